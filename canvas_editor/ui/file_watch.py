"""Noticing that the open file changed on disk (a sync tool, `git pull`, another editor).

`QFileSystemWatcher` stops watching a file that is replaced by a rename, as every atomic
save does (ours too), so the file is added again after every event, and its folder is
watched as well to see it come back after a delete-and-recreate. Events are gathered
for a moment (writers often touch a file several times), then the file's bytes are
compared with the ones we last loaded or saved: our own saves, a `touch`, or a sync
that rewrites the same content are not changes.

The window then reloads a document without unsaved changes (and says so), and asks
first when there are edits it would throw away. Whatever a reload replaces is kept as
a version in the backup store first, so nothing is lost either way.

Every window makes a FileWatch at start-up; what only a change on disk needs (the
backup store and its hashing, which loads OpenSSL: about 9 ms) is imported when a
change comes.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from canvas_editor.storage.errors import BmcError, LoadError
from canvas_editor.storage.load import parse_canvas, read_bytes
from canvas_editor.storage.save import canvas_to_bytes
from canvas_editor.ui import file_dialogs

if TYPE_CHECKING:
    from canvas_editor.storage.backup import BackupStore
    from canvas_editor.ui.main_window import MainWindow

SETTLE_MS = 300  # gather the events of one write before looking at the file


def _digest(data: bytes) -> bytes:
    import hashlib  # loads OpenSSL: only once there is a file to watch

    return hashlib.sha256(data).digest()


def _read(path: Path) -> bytes | None:
    """The file's bytes now; None when it is missing or unreadable (mid-rewrite, say)."""
    try:
        return read_bytes(path)
    except LoadError:
        return None


class FileWatch(QObject):
    """Watches one file; `changed` means its content differs from what we know it holds."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Made only while there is a file to watch: each one holds an inotify instance,
        # of which a user has 128 on a stock Linux.
        self._watcher: QFileSystemWatcher | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check_now)
        self._path: Path | None = None
        self._known: bytes | None = None  # digest of the content we loaded, saved or accepted
        self.paused = False  # while the window asks the user, further events wait

    @property
    def path(self) -> Path | None:
        return self._path

    def watch(self, path: Path | None, content: bytes | None = None) -> None:
        """Watch `path`, whose content is now `content` (read from disk when not given)."""
        self._path = path
        if path is None:
            self._known = None
        else:
            data = content if content is not None else _read(path)
            self._known = _digest(data) if data is not None else None
        self._rearm()

    def accept(self, content: bytes | None) -> None:
        """This content is known now (reloaded, or the user chose to keep their version)."""
        self._known = _digest(content) if content is not None else None

    def _rearm(self) -> None:
        if self._path is None:
            if self._watcher is not None:
                self._watcher.deleteLater()
                self._watcher = None
            return
        if self._watcher is None:
            self._watcher = QFileSystemWatcher(self)
            self._watcher.fileChanged.connect(self._event)
            self._watcher.directoryChanged.connect(self._event)
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        wanted = [str(self._path.parent)]
        if self._path.exists():
            wanted.append(str(self._path))
        self._watcher.addPaths(wanted)

    def _event(self, _path: str) -> None:
        self._settle.start()

    def check_now(self) -> None:
        """Look at the file and say whether it changed; also re-arms the watch."""
        self._settle.stop()
        self._rearm()
        if self._path is None or self.paused:
            return
        data = _read(self._path)
        if data is None:
            return  # gone or mid-rewrite: Save recreates it; a new file shows up as an event
        if _digest(data) != self._known:
            self.changed.emit()


def ask_reload(parent: QWidget | None, name: str, modified: bool) -> bool:
    """True: load the version on disk; False: keep mine. Only asked when edits would be lost."""
    informative = QCoreApplication.translate(
        "FileWatch",
        "Reload it and lose your unsaved changes, or keep your version (saving it will "
        "replace the one on disk)? Either way, the version you do not keep is kept as a backup.",
    )
    box = file_dialogs.plain_message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("FileWatch", "File Changed on Disk"),
        QCoreApplication.translate("FileWatch", "\u201c{name}\u201d was changed by another program.").format(
            name=name
        ),
        informative if modified else "",
    )
    reload = box.addButton(
        QCoreApplication.translate("FileWatch", "Reload"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("FileWatch", "Keep Mine"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is reload


def respond_to_change(window: MainWindow, backups: BackupStore | None = None) -> None:
    """The window's file changed on disk: reload it, asking first if edits would be lost."""
    watch = window.file_watch
    path = window.path
    if path is None or watch.paused:
        return
    data = _read(path)
    if data is None:
        return
    watch.paused = True
    try:
        modified = window.is_modified()
        if modified and not ask_reload(window, window.display_name(), modified=True):
            watch.accept(data)  # keep mine: not asked again for this version
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "FileWatch", "Kept your version of {name}; Save replaces the one on disk"
                ).format(name=path.name)
            )
            return
        try:
            canvas = parse_canvas(data)
        except LoadError as exc:
            from canvas_editor.ui.plain_errors import load_failure  # only when something fails

            watch.accept(data)
            lead = QCoreApplication.translate(
                "FileWatch", "{name} was changed by another program and cannot be read now."
            ).format(name=path.name)
            failure = load_failure(lead, path, exc)
            file_dialogs.show_error(
                window,
                QCoreApplication.translate("FileWatch", "File Changed on Disk"),
                QCoreApplication.translate(
                    "FileWatch", "{reason} Your version stays open; saving it will replace the file."
                ).format(reason=failure.message),
                failure.details,
            )
            window.controller.undo_stack.resetClean()
            return
        _keep_shown_version(window, path, backups)
        window.load_document(canvas, path, content=data)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "FileWatch", "Reloaded {name}: it was changed by another program"
            ).format(name=path.name),
            10_000,
        )
    finally:
        watch.paused = False
    watch.check_now()  # it may have changed again while we asked


def _keep_shown_version(window: MainWindow, path: Path, backups: BackupStore | None) -> None:
    """What the window showed goes into the backup store before a reload replaces it."""
    from canvas_editor.storage.backup import BackupStore

    # An unwritable store does not stop the reload: it was asked for (or nothing was unsaved).
    with contextlib.suppress(BmcError):
        (backups or BackupStore()).keep_version(path, canvas_to_bytes(window.controller.canvas))
