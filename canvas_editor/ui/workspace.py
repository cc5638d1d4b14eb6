"""The open documents of one application: one window each, like a Mac app.

New always opens a new window. Open, and New from Template, replace the window they
were asked from only when that window holds an untouched, untitled, empty document;
otherwise the file (or the template's copy) gets its own window, and a file that is
already open is brought to the front instead of being read twice. Quit closes the
windows one by one and stops at the first Cancel.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings

from canvas_editor.model.document import Canvas
from canvas_editor.model.new_canvas import new_canvas_from
from canvas_editor.storage.errors import LoadError
from canvas_editor.storage.load import parse_canvas, read_bytes
from canvas_editor.storage.templates import UnknownTemplate, load_template
from canvas_editor.ui import file_dialogs
from canvas_editor.ui.instance_lock import InstanceLock
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.recent_files import RecentFiles, canonical

LAST_FOLDER_KEY = "last_folder"
CASCADE_STEPS = 8


class Workspace(QObject):
    def __init__(
        self, settings: QSettings, parent: QObject | None = None, recovery: InstanceLock | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.recovery = recovery  # this editor's autosave session; None: no autosave
        self.recent = RecentFiles(settings, self)
        self.windows: list[MainWindow] = []
        self._untitled_count = 0

    # ----- creating and opening -----------------------------------------------------

    def new_document(
        self, template: str | None = None, origin: MainWindow | None = None
    ) -> MainWindow | None:
        """A new untitled document, blank or from a bundled template (Save asks where),
        dated today. A template asked for from an untouched untitled window fills that
        window, as Open does; New always opens a window of its own."""
        name = template or "blank"
        try:
            canvas = new_canvas_from(load_template(name))
        except (LoadError, UnknownTemplate, OSError) as exc:
            # Templates ship with the program: failing here means a broken installation.
            message = QCoreApplication.translate(
                "Workspace",
                "Could not open the template \u201c{name}\u201d: the installation may be damaged.",
            ).format(name=name)
            title = QCoreApplication.translate("Workspace", "Could Not Create")
            file_dialogs.show_error(origin, title, message, str(exc))
            return None
        reusable = origin is not None and origin in self.windows and origin.is_untitled_empty()
        if template is not None and origin is not None and reusable:
            origin.load_document(canvas, None, untitled_name=origin.display_name())
            return origin
        return self._add_window(canvas, None)

    def open_paths(
        self, paths: Iterable[str | os.PathLike[str]], origin: MainWindow | None = None
    ) -> list[MainWindow]:
        """Open each file; a file that will not load shows why and changes nothing.

        `origin` is the window the user asked from; None for files named outside any
        window (the command line), where a file that does not exist yet is offered as
        a new canvas to create there.
        """
        opened: list[MainWindow] = []
        for raw in paths:
            path = Path(canonical(raw))
            window = self.window_for(path)
            if window is None:
                window = self._open_one(path, origin)
            else:
                window.show()
                window.raise_()
                window.activateWindow()
                self.remember(path)
            if window is not None:
                opened.append(window)
        return opened

    def _open_one(self, path: Path, origin: MainWindow | None) -> MainWindow | None:
        try:
            data = read_bytes(path)
            canvas = parse_canvas(data)
        except LoadError as exc:
            missing = not os.path.lexists(path)
            if missing:
                self.recent.remove(path)
            if missing and origin is None and path.parent.is_dir():
                return self._offer_new_file(path)
            from canvas_editor.ui.plain_errors import load_failure  # only when something fails

            lead = QCoreApplication.translate("Workspace", "Could not open {name}.").format(name=path.name)
            failure = load_failure(lead, path, exc)
            title = QCoreApplication.translate("Workspace", "Could Not Open")
            file_dialogs.show_error(origin, title, failure.message, failure.details)
            return None
        if origin is not None and origin in self.windows and origin.is_untitled_empty():
            origin.load_document(canvas, path, content=data)
            window = origin
        else:
            window = self._add_window(canvas, path, content=data)
        self.remember(path)
        return window

    def _offer_new_file(self, path: Path) -> MainWindow | None:
        """A file named from outside any window (the command line) that does not exist:
        asked first, a new canvas is written there and opened, so Save keeps it there."""
        if not file_dialogs.ask_create_missing(None, path):
            return None
        from canvas_editor.storage.errors import SaveError
        from canvas_editor.storage.save import canvas_to_bytes, write_atomic

        canvas = new_canvas_from(load_template("blank"))
        data = canvas_to_bytes(canvas)
        try:
            write_atomic(path, data)
        except SaveError as exc:
            file_dialogs.show_error(
                None,
                QCoreApplication.translate("Workspace", "Could Not Create"),
                QCoreApplication.translate("Workspace", "Could not create {name}.").format(name=path.name),
                str(exc),
            )
            return None
        window = self._add_window(canvas, path.resolve(), content=data)
        self.remember(path.resolve())
        return window

    def open_imported(self, canvas: Canvas) -> MainWindow:
        """A window for a canvas read from another program's file: untitled and modified,
        so closing it asks where to save it, and autosave keeps it meanwhile."""
        window = self._add_window(canvas, None)
        window.controller.undo_stack.resetClean()
        window.autosave.mark_changed()
        return window

    def open_recovered(self, canvas: Canvas, path: Path | None) -> MainWindow:
        """A window for a document restored after a crash; the caller marks it modified."""
        return self._add_window(canvas, path)

    def _add_window(self, canvas: Canvas, path: Path | None, content: bytes | None = None) -> MainWindow:
        untitled = QCoreApplication.translate("Workspace", "Untitled")
        if path is None:
            self._untitled_count += 1
            if self._untitled_count > 1:
                untitled = QCoreApplication.translate("Workspace", "Untitled {number}").format(
                    number=self._untitled_count
                )
        window = MainWindow(self, canvas, path, untitled_name=untitled, content=content)
        window.restore_layout(self.settings, cascade=len(self.windows) % CASCADE_STEPS)
        self.windows.append(window)
        window.show()
        return window

    def window_for(self, path: Path) -> MainWindow | None:
        return next((w for w in self.windows if w.path == path), None)

    # ----- shared state -------------------------------------------------------------

    def remember(self, path: Path) -> None:
        """A file was opened or saved: top of Open Recent, and next dialogs start beside it."""
        self.recent.add(path)
        self.settings.setValue(LAST_FOLDER_KEY, str(path.parent))

    def last_folder(self) -> str:
        folder = self.settings.value(LAST_FOLDER_KEY, "")
        if isinstance(folder, str) and folder and os.path.isdir(folder):
            return folder
        return str(Path.home())

    def forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    # ----- quitting -----------------------------------------------------------------

    def quit(self) -> bool:
        """Close every window, asking about unsaved changes; False if the user cancelled."""
        # all() stops at the first window whose close the user cancelled.
        return all(window.close() for window in list(self.windows) if window in self.windows)
