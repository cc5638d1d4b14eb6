"""One document window: a DocumentController, its BoardView, and the file it came from.

"Modified" is the undo stack not being clean; the title's `[*]` follows it. Every way a
modified document can go away (close, quit, revert) asks first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from canvas_editor.controller.document_controller import DocumentController
from canvas_editor.model.document import Canvas
from canvas_editor.scene.board_view import BoardView
from canvas_editor.storage.errors import LoadError, SaveError
from canvas_editor.storage.load import parse_canvas, read_bytes
from canvas_editor.storage.save import canvas_to_bytes, write_atomic
from canvas_editor.ui import file_dialogs, file_watch, language
from canvas_editor.ui.autosave import DocumentAutosave
from canvas_editor.ui.drop import dropped_paths
from canvas_editor.ui.facilitation import install_facilitation
from canvas_editor.ui.live_sharing import install_live_sharing
from canvas_editor.ui.menus import install_menus
from canvas_editor.ui.outline_dock import OutlineDock
from canvas_editor.ui.segment_legend import install_segment_legend
from canvas_editor.ui.snapshots import install_snapshots
from canvas_editor.ui.status_bar import install_status
from canvas_editor.ui.workshop import install_workshop

if TYPE_CHECKING:
    from canvas_editor.ui.search_bar import SearchBar
    from canvas_editor.ui.workspace import Workspace

APP_TITLE = "Canvas Editor"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
DEFAULT_SIZE = (1280, 820)


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        canvas: Canvas,
        path: Path | None = None,
        untitled_name: str = "Untitled",
        parent: QWidget | None = None,
        content: bytes | None = None,
    ) -> None:
        """`content` is the file's bytes as read for `canvas`, so the watch knows them."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.controller = DocumentController(canvas, self)
        self.view = BoardView(self.controller, self)
        self.view.setObjectName("board")  # a pane F6 visits (ui/panes.py)
        # The board sits in a column so the find bar can open above it (built on Ctrl+F).
        board_area = QWidget(self)
        self._board_layout = QVBoxLayout(board_area)
        self._board_layout.setContentsMargins(0, 0, 0, 0)
        self._board_layout.setSpacing(0)
        self._board_layout.addWidget(self.view)
        self.setCentralWidget(board_area)
        self._search_bar: SearchBar | None = None
        # Hidden until asked for (View > Outline) or restored with the window's state;
        # its contents are built when it is first shown.
        self.outline_dock = OutlineDock(self.controller, self.view, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.outline_dock.hide()
        self._path: Path | None = path
        self._untitled_name = untitled_name
        self.menu_actions = install_menus(self)
        self.snapshots = install_snapshots(self)
        # Presenting, the presentation order and the workshop timer (ui/workshop.py).
        self.workshop = install_workshop(self)
        # The customer segments' legend dock, its commands and the board's focus.
        self.segment_legend = install_segment_legend(self)
        # Silent brainstorm and dot voting (ui/facilitation.py).
        self.facilitation = install_facilitation(self)
        # File > Share Workshop: the canvas as a live room (ui/live_sharing.py).
        self.live_sharing = install_live_sharing(self)
        self.controller.undo_stack.cleanChanged.connect(self._clean_changed)
        self.controller.header_changed.connect(self._refresh_title)
        self.controller.canvas_reset.connect(self._refresh_title)
        self.board_status = install_status(self.statusBar(), self.view)
        # Files dropped anywhere on the window open; the board itself would ignore them.
        self.setAcceptDrops(True)
        self.view.viewport().installEventFilter(self)
        # Never lose work: unsaved changes go to a recovery file (every 30 s and when the
        # window loses focus), and changes other programs make to the file are noticed.
        self.autosave = DocumentAutosave(
            self.controller, workspace.recovery, self._recovery_names, workspace.settings, self
        )
        self.installEventFilter(self.autosave)
        self.autosave.failed.connect(self._show_problem)
        self.file_watch = file_watch.FileWatch(self)
        self.file_watch.changed.connect(self._file_changed_on_disk)
        self.file_watch.watch(path, content)
        self._refresh_title()
        self._clean_changed(self.controller.undo_stack.isClean())

    def changeEvent(self, event: QEvent) -> None:
        # Another language was chosen (ui/language.py): every text is set again.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window's own texts again; its docks, bars and panels answer LanguageChange
        themselves, and the board's items (not widgets) are told here."""
        from canvas_editor.ui import menus

        menus.retranslate(self)
        self.view.board_scene.retranslate()
        self.workshop.retranslate()
        for action in self.findChildren(QAction):
            if action.objectName().startswith("language:"):
                action.setChecked(action.data() == language.chosen(self.workspace.settings))
        self._refresh_title()

    # ----- identity -----------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self._path

    def display_name(self) -> str:
        return self._path.name if self._path is not None else self._untitled_name

    def is_modified(self) -> bool:
        return self.controller.is_modified()

    def is_untitled_empty(self) -> bool:
        """A fresh blank document nobody has touched: Open may replace it."""
        return self._path is None and not self.is_modified() and not self.controller.canvas.notes

    def _refresh_title(self) -> None:
        """The file's name, then the canvas's own title when it has one."""
        title = " ".join(self.controller.canvas.title.split())
        canvas = f" ({title})" if title else ""
        self.setWindowTitle(f"{self.display_name()}[*]{canvas} - {APP_TITLE}")
        self.setWindowFilePath(str(self._path) if self._path is not None else "")
        self.menu_actions.revert.setEnabled(self._path is not None and self.is_modified())

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)
        self.menu_actions.revert.setEnabled(self._path is not None and not clean)

    def _recovery_names(self) -> tuple[Path | None, str]:
        return self._path, self.display_name()

    def _show_problem(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def _file_changed_on_disk(self) -> None:
        file_watch.respond_to_change(self)

    # ----- loading ------------------------------------------------------------------

    def load_document(
        self,
        canvas: Canvas,
        path: Path | None,
        untitled_name: str = "Untitled",
        content: bytes | None = None,
    ) -> None:
        """Replace what this window shows; the undo history starts afresh.

        `content` is the bytes `canvas` was parsed from: the file watch compares later
        changes with exactly what was loaded, without reading the file a second time.
        """
        self._path = path
        self._untitled_name = untitled_name
        self.controller.set_canvas(canvas)
        self.controller.mark_saved()
        self.file_watch.watch(path, content)
        self._refresh_title()

    def open_with_dialog(self) -> None:
        paths = file_dialogs.ask_open_paths(self, self.workspace.last_folder())
        if paths:
            self.workspace.open_paths(paths, origin=self)

    def open_path(self, path: str) -> None:
        self.workspace.open_paths([path], origin=self)

    def new_from_template(self) -> None:
        from canvas_editor.ui import template_chooser  # imported only when asked for

        name = template_chooser.choose_template(self)
        if name is not None:
            self.workspace.new_document(template=name, origin=self)

    def revert(self) -> bool:
        """Reload the file from disk, after confirming if there are edits to lose."""
        if self._path is None:
            return False
        if self.is_modified() and not file_dialogs.ask_revert(self, self.display_name()):
            return False
        try:
            data = read_bytes(self._path)
            canvas = parse_canvas(data)
        except LoadError as exc:
            from canvas_editor.ui.plain_errors import load_failure  # only when something fails

            lead = QCoreApplication.translate("MainWindow", "Could not read {name}.").format(
                name=self._path.name
            )
            failure = load_failure(lead, self._path, exc)
            title = QCoreApplication.translate("MainWindow", "Revert Failed")
            file_dialogs.show_error(self, title, failure.message, failure.details)
            return False
        self.load_document(canvas, self._path, content=data)
        return True

    # ----- saving -------------------------------------------------------------------

    def save(self) -> bool:
        """True when the document is on disk afterwards; False if cancelled or failed."""
        if self._path is None:
            return self.save_as()
        return self._write(self._path)

    def save_as(self) -> bool:
        chosen = file_dialogs.ask_save_path(self, str(self._suggested_path()))
        if not chosen:
            return False
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".bmc")
        return self._write(path)

    def _suggested_path(self) -> Path:
        if self._path is not None:
            return self._path
        stem = self.controller.canvas.title.strip() or self._untitled_name
        stem = "".join(c for c in stem if c not in '/\\:*?"<>|').strip() or "Untitled"
        return Path(self.workspace.last_folder()) / f"{stem}.bmc"

    def _write(self, path: Path) -> bool:
        data = canvas_to_bytes(self.controller.canvas)
        self._keep_previous_version(path, data)
        try:
            write_atomic(path, data)  # the old file stays whole unless the new one is on disk
        except SaveError as exc:
            file_dialogs.show_error(self, QCoreApplication.translate("MainWindow", "Save Failed"), str(exc))
            return False
        self._path = path.resolve()
        self.file_watch.watch(self._path, data)  # our own save is not a change on disk
        self.controller.mark_saved()
        self._refresh_title()
        self.workspace.remember(self._path)
        return True

    def _keep_previous_version(self, path: Path, data: bytes) -> None:
        """The version a save replaces goes to the backup store (a failure there does not stop the save)."""
        from canvas_editor.storage.backup import BackupStore  # with hashlib: on the first save

        try:
            BackupStore().keep_previous_version(path, replacing_with=data)
        except SaveError as exc:
            self._show_problem(
                QCoreApplication.translate(
                    "MainWindow", "No backup of the previous version: {reason}"
                ).format(reason=exc)
            )

    def maybe_save(self) -> bool:
        """Before the document goes away: True means go on (saved or discarded)."""
        if not self.is_modified():
            return True
        choice = file_dialogs.ask_unsaved_changes(self, self.display_name())
        if choice is file_dialogs.UnsavedChoice.SAVE:
            return self.save()
        return choice is file_dialogs.UnsavedChoice.DISCARD

    # ----- window life --------------------------------------------------------------

    def restore_layout(self, settings: QSettings, cascade: int = 0) -> None:
        """Size, position, toolbar and dock state as the user last left them."""
        geometry = settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._default_geometry()
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        if cascade:
            self.move(self.pos().x() + 28 * cascade, self.pos().y() + 28 * cascade)

    def _default_geometry(self) -> None:
        """First run: a comfortable size that fits the screen, centred on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(*DEFAULT_SIZE)
            return
        available = screen.availableGeometry()
        width = min(DEFAULT_SIZE[0], int(available.width() * 0.9))
        height = min(DEFAULT_SIZE[1], int(available.height() * 0.9))
        self.resize(width, height)
        self.move(available.center().x() - width // 2, available.center().y() - height // 2)

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave.write_now()  # first: the session may end while the question is open
        if not self.maybe_save():
            event.ignore()
            return
        self.autosave.discard()
        self.live_sharing.stop()
        self.file_watch.watch(None)
        self.view.board_scene.close_fading_panels()  # gives back its pictures' room
        self.save_layout(self.workspace.settings)
        self.workspace.forget(self)
        event.accept()

    def show_about(self) -> None:
        from canvas_editor.ui.about import show_about  # only when asked for

        show_about(self)

    def show_shortcuts(self) -> None:
        from canvas_editor.ui.shortcuts_sheet import show_shortcuts  # only when asked for

        show_shortcuts(self)

    # ----- find and outline --------------------------------------------------------

    @property
    def search_bar(self) -> SearchBar:
        if self._search_bar is None:
            from canvas_editor.ui.search_bar import SearchBar  # on first Ctrl+F

            bar = SearchBar(self.controller, self.view, self)
            bar.matches_changed.connect(self.outline_dock.set_emphasis)
            self._board_layout.insertWidget(0, bar)
            self._search_bar = bar
        return self._search_bar

    def show_search(self) -> None:
        self.search_bar.open()

    # ----- export and print (their modules, and reportlab, load on first use) -------

    def export_pdf(self) -> None:
        from canvas_editor.ui.export_dialog import export_pdf_from_window

        export_pdf_from_window(self)

    def export_image(self) -> None:
        from canvas_editor.ui.export_dialog import export_image_from_window

        export_image_from_window(self)

    def print_canvas(self) -> None:
        from canvas_editor.ui.print_canvas import print_from_window

        print_from_window(self)

    # ----- drag and drop ------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.workspace.open_paths(paths, origin=self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """File drops on the board open the files, before the scene sees them."""
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)
            if dropped_paths(event.mimeData()):
                if event.type() == QEvent.Type.Drop:
                    self.dropEvent(event)
                else:
                    event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)
