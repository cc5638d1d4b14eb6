"""Autosave: a modified document is written to a recovery file, never over the user's file.

While a document has unsaved changes it is written every `interval` seconds (30 by
default; the `autosave/interval_s` setting) and whenever its window loses focus, to
`<data>/recovery/<session>/<document>.bmc-recovery` (see storage/recovery.py), and only
when something changed since the last write. A save, an undo back to the saved state, a
discard or a normal close removes the file: a clean document needs no recovery.

Changes are noticed through the controller's signals rather than the undo index, so
typing (whose keystrokes merge into one undo step) counts too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal

from canvas_editor.controller.document_controller import DocumentController
from canvas_editor.model.document import new_id
from canvas_editor.storage.errors import SaveError
from canvas_editor.storage.save import canvas_to_bytes
from canvas_editor.ui.instance_lock import InstanceLock

INTERVAL_KEY = "autosave/interval_s"
DEFAULT_INTERVAL_S = 30
_MIN_INTERVAL_S, _MAX_INTERVAL_S = 1, 3600

# Where the document belongs (None: never saved) and the name shown for it.
Describe = Callable[[], tuple[Path | None, str]]


def interval_seconds(settings: QSettings | None) -> int:
    """The user's autosave interval, kept within sane bounds; 30 s when unset or unreadable."""
    if settings is None:
        return DEFAULT_INTERVAL_S
    value = settings.value(INTERVAL_KEY, DEFAULT_INTERVAL_S)
    try:
        seconds = int(str(value))
    except ValueError:
        return DEFAULT_INTERVAL_S
    return min(max(seconds, _MIN_INTERVAL_S), _MAX_INTERVAL_S)


class DocumentAutosave(QObject):
    """Keeps one document's recovery file in step with its unsaved changes."""

    written = Signal()
    failed = Signal(str)  # one line: why the recovery file could not be written

    def __init__(
        self,
        controller: DocumentController,
        session: InstanceLock | None,
        describe: Describe,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._session = session
        self._describe = describe
        self.document_id = new_id()
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_seconds(settings) * 1000)
        self._timer.timeout.connect(self.write_now)
        for signal in (
            controller.note_added,
            controller.note_removed,
            controller.note_changed,
            controller.note_moved,
        ):
            signal.connect(self._changed_note)
        for signal in (
            controller.notes_reordered,
            controller.header_changed,
            controller.segments_changed,
            controller.snapshots_changed,
            controller.canvas_reset,
        ):
            signal.connect(self.mark_changed)
        controller.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def enabled(self) -> bool:
        return self._session is not None and self._session.is_held

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def recovery_file(self) -> Path | None:
        """Where this document's recovery file is (whether or not it exists now)."""
        if self._session is None:
            return None
        return self._session.store.file_for(self._session.session, self.document_id)

    def is_pending(self) -> bool:
        """Changes not yet in the recovery file."""
        return self._dirty

    def _changed_note(self, _note_id: str) -> None:
        self.mark_changed()

    def mark_changed(self) -> None:
        if not self._controller.is_modified():
            return
        self._dirty = True
        if self.enabled and not self._timer.isActive():
            self._timer.start()

    def write_now(self) -> bool:
        """Write the recovery file if there is anything new to write; False if that failed."""
        self._timer.stop()
        if not (self._dirty and self.enabled and self._controller.is_modified()):
            return True
        assert self._session is not None
        path, name = self._describe()
        try:
            self._session.store.write(
                self._session.session,
                self.document_id,
                canvas_to_bytes(self._controller.canvas),
                path,
                untitled_name=name,
            )
        except (SaveError, OSError) as exc:
            self._timer.start()  # try again later; the document itself is untouched
            self.failed.emit(
                QCoreApplication.translate("Autosave", "Autosave failed: {reason}").format(reason=exc)
            )
            return False
        self._dirty = False
        self.written.emit()
        return True

    def discard(self) -> None:
        """The document is saved, discarded or closed: its recovery file goes."""
        self._timer.stop()
        self._dirty = False
        if self._session is not None:
            self._session.store.remove(self._session.session, self.document_id)

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()
        else:
            self.mark_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Install on the window: losing focus writes at once (another app may crash us)."""
        if event.type() == QEvent.Type.WindowDeactivate:
            self.write_now()
        return False
