"""Snapshots and comparisons in a document window: the Snapshots menu, its panel, the changes.

`install_snapshots(window)` adds everything, in one place, so the window's own menus
(ui/menus.py) stay as they are: the Snapshots menu (before Help), the Snapshots panel
(a dock, right) and the Changes panel (a dock, right, shown by a comparison). Every
command is a named action in `SnapshotActions`; Help > Keyboard Shortcuts lists their
keys as it lists every action of the menus.

The docks exist from the start, so the window's saved state finds them by name; what
they hold is imported and built the first time they are needed, as the outline's is.
Every change to the document is one undo step through the controller.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from canvas_editor.controller import DocumentController
from canvas_editor.ui import file_dialogs

if TYPE_CHECKING:
    from canvas_editor.model.compare import Board
    from canvas_editor.model.document import Canvas, Snapshot
    from canvas_editor.ui.compare_panel import ChangeList, Comparison
    from canvas_editor.ui.main_window import MainWindow
    from canvas_editor.ui.snapshot_panel import SnapshotPanel
    from canvas_editor.ui.snapshot_window import SnapshotWindow

# Save As has Ctrl+Shift+S on every desktop, so taking a snapshot is Ctrl+Alt+S.
TAKE_KEY = "Ctrl+Alt+S"
COMPARE_KEY = "Ctrl+Alt+C"
PANEL_KEY = "Ctrl+Alt+P"


@dataclass(eq=False, repr=False)
class SnapshotActions:
    """The Snapshots menu's actions by name, for tests and the panel's buttons."""

    take: QAction
    compare: QAction
    hide_changes: QAction
    panel: QAction
    open: QAction
    restore: QAction
    rename: QAction
    delete: QAction


class _LazyDock(QDockWidget):
    """A dock whose contents are built by `build` the first time it is shown."""

    def __init__(self, title: str, name: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)  # saveState() needs a name
        self.setAccessibleName(title)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.visibilityChanged.connect(self._on_visibility)

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self.contents()

    def build(self) -> QWidget:
        raise NotImplementedError

    def contents(self) -> QWidget:
        widget = self.widget()
        if widget is None:
            widget = self.build()
            self.setWidget(widget)
        return widget


class _SnapshotsDock(_LazyDock):
    def __init__(self, tools: SnapshotTools) -> None:
        super().__init__("Snapshots", "snapshots_dock", tools.window)
        self._tools = tools

    def build(self) -> QWidget:
        from canvas_editor.ui.snapshot_panel import SnapshotPanel  # on first show

        return SnapshotPanel(self._tools, self)


class _ChangesDock(_LazyDock):
    def __init__(self, tools: SnapshotTools) -> None:
        super().__init__("Changes", "changes_dock", tools.window)
        self._tools = tools

    def build(self) -> QWidget:
        from canvas_editor.ui.compare_panel import ChangeList  # on the first comparison

        changes = ChangeList(self)
        changes.close_requested.connect(self._tools.hide_changes)
        return changes

    def closeEvent(self, event: QCloseEvent) -> None:
        # Its close button also takes the marks off the board. (Not on hiding: a dock
        # tabbed behind another is hidden too.)
        super().closeEvent(event)
        self._tools.hide_changes()


class SnapshotTools:
    """The snapshot commands of one window, and the state they share (the comparison shown)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.controller: DocumentController = window.controller
        self.comparison: Comparison | None = None
        self.windows: list[SnapshotWindow] = []  # read-only windows: kept until closed
        self.snapshots_dock = _SnapshotsDock(self)
        self.changes_dock = _ChangesDock(self)
        for dock in (self.snapshots_dock, self.changes_dock):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
        self.changes_dock.visibilityChanged.connect(self._changes_shown)
        self.actions = self._make_actions()
        self.controller.snapshots_changed.connect(self.update_actions)
        self.controller.canvas_reset.connect(self.update_actions)
        self.snapshots_dock.visibilityChanged.connect(self.update_actions)
        self.update_actions()

    # ----- the menu -------------------------------------------------------------------

    def _make_actions(self) -> SnapshotActions:
        window = self.window

        def action(text: str, slot: Callable[[], object], key: str = "", tip: str = "") -> QAction:
            act = QAction(text, window)
            if key:
                act.setShortcut(QKeySequence(key))
            if tip:
                act.setStatusTip(tip)
            act.triggered.connect(lambda _checked=False: slot())
            return act

        panel = self.snapshots_dock.toggleViewAction()
        panel.setText("Snapshots &Panel")
        panel.setShortcut(QKeySequence(PANEL_KEY))
        panel.setStatusTip("Show the snapshots of this canvas")
        panel.triggered.connect(self._panel_toggled)
        return SnapshotActions(
            take=action("&Take Snapshot...", self.take_snapshot, TAKE_KEY, "Keep the board as it is now"),
            compare=action("&Compare...", self.compare, COMPARE_KEY, "Show what changed between two states"),
            hide_changes=action("&Hide Changes", self.hide_changes, tip="Take the changes off the board"),
            panel=panel,
            open=action("&Open Snapshot", self.open_current, tip="Show the chosen snapshot in a window"),
            restore=action("&Restore Snapshot", self.restore_current, tip="Put its board back (undoable)"),
            rename=action("Re&name Snapshot...", self.rename_current),
            delete=action("&Delete Snapshot", self.delete_current, tip="Delete it (undoable)"),
        )

    def install_menu(self) -> QMenu:
        """The Snapshots menu, just before Help."""
        acts = self.actions
        menu = QMenu("&Snapshots", self.window)
        menu.setObjectName("snapshots_menu")
        menu.addActions([acts.take, acts.compare, acts.hide_changes])
        menu.addSeparator()
        menu.addAction(acts.panel)
        menu.addSeparator()
        menu.addActions([acts.open, acts.restore, acts.rename, acts.delete])
        bar = self.window.menuBar()
        help_menu = self.window.findChild(QMenu, "help_menu")
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        return menu

    def update_actions(self) -> None:
        chosen = self.current() is not None and self.snapshots_dock.isVisible()
        for act in (self.actions.open, self.actions.restore, self.actions.rename, self.actions.delete):
            act.setEnabled(chosen)
        self.actions.hide_changes.setEnabled(self.comparison is not None)

    # ----- the panel ------------------------------------------------------------------

    @property
    def panel(self) -> SnapshotPanel:
        from canvas_editor.ui.snapshot_panel import SnapshotPanel

        panel = self.snapshots_dock.contents()
        assert isinstance(panel, SnapshotPanel)
        return panel

    def _panel_toggled(self, shown: bool) -> None:
        """Opened from the menu or its key, the panel takes the keyboard."""
        if shown:
            self.focus_panel()

    def focus_panel(self) -> None:
        self.snapshots_dock.show()
        self.snapshots_dock.raise_()
        self.panel.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self) -> Snapshot | None:
        """The snapshot chosen in the panel (None before the panel is built)."""
        if self.snapshots_dock.widget() is None:
            return None
        return self.panel.current()

    def status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8_000)

    # ----- commands -------------------------------------------------------------------

    def take_snapshot(self) -> str | None:
        """Ask for a name (a fresh one offered) and take the snapshot; its id, or None if cancelled."""
        from canvas_editor.model.snapshots import default_name

        self.window.view.board_scene.finish_edit()  # the text being typed belongs in it
        name = default_name(self.controller.canvas)
        while True:
            answer = _ask_name(self.window, "Take Snapshot", "Name of the snapshot:", name)
            if answer is None:
                return None
            try:
                snapshot_id = self.controller.take_snapshot(answer)
            except ValueError as exc:
                file_dialogs.show_error(self.window, "Cannot Take Snapshot", _sentence(exc))
                name = answer
                continue
            if not self._fits_in_a_file():
                return None
            self.status(f"Took snapshot {self.controller.snapshot(snapshot_id).name!r}")
            if self.snapshots_dock.widget() is not None:
                self.panel.choose(snapshot_id)
            return snapshot_id

    def _fits_in_a_file(self) -> bool:
        """Undo a snapshot that would make the file too large to open again, saying so."""
        from canvas_editor.storage.errors import SaveError
        from canvas_editor.storage.save import canvas_to_bytes, check_loadable

        try:
            check_loadable(canvas_to_bytes(self.controller.canvas))
        except SaveError as exc:
            self.controller.undo_stack.undo()
            file_dialogs.show_error(self.window, "Cannot Take Snapshot", _sentence(exc))
            return False
        return True

    def open_current(self) -> None:
        snapshot = self.current()
        if snapshot is not None:
            self.open_snapshot(snapshot)

    def open_snapshot(self, snapshot: Snapshot) -> SnapshotWindow:
        from canvas_editor.model.snapshots import as_canvas
        from canvas_editor.model.snapshots import title as snapshot_title

        hint = "Snapshots > Restore Snapshot puts this board back in the document."
        return self.open_window(as_canvas(self.controller.canvas, snapshot), snapshot_title(snapshot), hint)

    def open_window(
        self, canvas: Canvas, title: str, hint: str = "", before: Board | None = None, before_title: str = ""
    ) -> SnapshotWindow:
        """A read-only window on `canvas`; with `before`, showing what changed since it."""
        from canvas_editor.ui.snapshot_window import SnapshotWindow

        window = SnapshotWindow(canvas, f"{title} ({self.window.display_name()})", hint, self.window)
        if before is not None:
            window.show_comparison(before, f"From {before_title} to {title}")
        self.windows.append(window)
        window.destroyed.connect(lambda: self.windows.remove(window) if window in self.windows else None)
        window.show()
        return window

    def restore_current(self) -> None:
        snapshot = self.current()
        if snapshot is None:
            return
        self.window.view.board_scene.finish_edit()
        if self.controller.restore_snapshot(snapshot.id):
            self.status(f"Restored snapshot {snapshot.name!r}; Undo brings back the board as it was")
        else:
            self.status(f"The board is already as in snapshot {snapshot.name!r}")

    def rename_current(self) -> None:
        snapshot = self.current()
        if snapshot is None:
            return
        name = snapshot.name
        while True:
            answer = _ask_name(self.window, "Rename Snapshot", "New name of the snapshot:", name)
            if answer is None:
                return
            try:
                self.controller.rename_snapshot(snapshot.id, answer)
            except ValueError as exc:
                file_dialogs.show_error(self.window, "Cannot Rename Snapshot", _sentence(exc))
                name = answer
                continue
            return

    def delete_current(self) -> None:
        snapshot = self.current()
        if snapshot is not None:
            self.controller.delete_snapshot(snapshot.id)
            self.status(f"Deleted snapshot {snapshot.name!r}; Undo brings it back")

    # ----- comparing ------------------------------------------------------------------

    def compare(self) -> None:
        """Ask what to compare with what, and show it: here when the newer is this board."""
        from canvas_editor.ui.compare_dialog import ask_comparison

        folder = self.window.workspace.last_folder()
        chosen = ask_comparison(self.window, self.controller.canvas, self.current(), folder)
        if chosen is None:
            return
        if chosen.after.is_now:
            self.compare_with_now(chosen.before.board, chosen.before.title)
        else:
            after = chosen.after
            assert after.canvas is not None
            self.open_window(after.canvas, after.title, "", chosen.before.board, chosen.before.title)

    def compare_with_now(self, before: Board, before_title: str) -> Comparison:
        """Mark on this board, and list, what changed since `before`; they follow every edit."""
        from canvas_editor.ui.compare_panel import ChangeList, Comparison

        self.hide_changes()
        changes = self.changes_dock.contents()
        assert isinstance(changes, ChangeList)
        view = self.window.view
        self.comparison = Comparison(
            changes,
            view,
            view.board_scene,
            before,
            lambda: self.controller.canvas,
            f"From {before_title} to now",
            live=self.controller,
        )
        self.changes_dock.show()
        self.changes_dock.raise_()
        self.update_actions()
        return self.comparison

    @property
    def change_list(self) -> ChangeList | None:
        from canvas_editor.ui.compare_panel import ChangeList

        widget = self.changes_dock.widget()
        return widget if isinstance(widget, ChangeList) else None

    def hide_changes(self) -> None:
        comparison, self.comparison = self.comparison, None
        if comparison is not None:
            comparison.stop()
            comparison.deleteLater()
            self.changes_dock.hide()
        self.update_actions()


    def _changes_shown(self, visible: bool) -> None:
        # A window's saved layout may show the Changes panel; without a comparison
        # (a new window has none) it has nothing to show.
        if visible and self.comparison is None:
            QTimer.singleShot(0, self._hide_empty_changes)

    def _hide_empty_changes(self) -> None:
        if self.comparison is None:
            self.changes_dock.hide()


def install_snapshots(window: MainWindow) -> SnapshotTools:
    """The snapshot commands, their menu and their panels, for `window`."""
    tools = SnapshotTools(window)
    tools.install_menu()
    return tools


def _sentence(exc: Exception) -> str:
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _ask_name(parent: QWidget, title: str, label: str, name: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from canvas_editor.model.rules import MAX_SHORT_TEXT

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(name)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    line = dialog.findChild(QLineEdit)
    if line is not None:
        line.setMaxLength(MAX_SHORT_TEXT)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()
