"""Snapshots and comparisons in a document window: the Snapshots menu and its two panels.

`install_snapshots(window)` adds them in one place, so the window's own menus
(ui/menus.py) stay as they are: the Snapshots menu (before Help), the Snapshots panel
(a dock, right) and the Changes panel (a dock, right, shown by a comparison). Every
command is a named action in `SnapshotActions`, made from its entry in
`ui.window_commands` like every command of the menus.

The docks exist from the start, so the window's saved state finds them by name. What
the commands and panels need (ui/snapshot_operations.py) loads with the first command
or panel asked for, as the outline's panel loads when it is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from canvas_editor.controller import DocumentController
from canvas_editor.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from canvas_editor.ui.main_window import MainWindow
    from canvas_editor.ui.snapshot_operations import SnapshotOperations


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
    """A dock whose contents `build` makes the first time it is shown; `title` is in
    English, marked for the catalogue in context "Snapshots", and shown translated."""

    def __init__(
        self, tools: SnapshotTools, title: str, name: str, build: Callable[[QWidget], QWidget]
    ) -> None:
        super().__init__(tools.window)
        self._title = title
        self.setObjectName(name)  # saveState() needs a name
        self._retranslate()
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self._tools = tools
        self._build = build
        self.visibilityChanged.connect(self._on_visibility)

    def _retranslate(self) -> None:
        title = QCoreApplication.translate("Snapshots", self._title)
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self.contents()

    def contents(self) -> QWidget:
        widget = self.widget()
        if widget is None:
            widget = self._build(self)
            self.setWidget(widget)
        return widget


class _ChangesDock(_LazyDock):
    def closeEvent(self, event: QCloseEvent) -> None:
        # Its close button also takes the marks off the board. (Not on hiding: a dock
        # tabbed behind another is hidden too.)
        super().closeEvent(event)
        self._tools.hide_changes()


class SnapshotTools:
    """The Snapshots menu and panels of one window; `operations` does what they ask."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.controller: DocumentController = window.controller
        self._operations: SnapshotOperations | None = None
        self.snapshots_dock = _LazyDock(
            self,
            QT_TRANSLATE_NOOP("Snapshots", "Snapshots"),
            "snapshots_dock",
            lambda dock: self.operations.build_panel(dock),
        )
        self.changes_dock = _ChangesDock(
            self,
            QT_TRANSLATE_NOOP("Snapshots", "Changes"),
            "changes_dock",
            lambda dock: self.operations.build_change_list(dock),
        )
        for dock in (self.snapshots_dock, self.changes_dock):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
        self.changes_dock.visibilityChanged.connect(self._changes_shown)
        self.actions = self._make_actions()
        self.controller.snapshots_changed.connect(self.update_actions)
        self.controller.canvas_reset.connect(self.update_actions)
        self.snapshots_dock.visibilityChanged.connect(self.update_actions)
        self.update_actions()

    @property
    def operations(self) -> SnapshotOperations:
        if self._operations is None:
            from canvas_editor.ui.snapshot_operations import SnapshotOperations  # see the module's note

            self._operations = SnapshotOperations(self)
        return self._operations

    def _make_actions(self) -> SnapshotActions:
        from canvas_editor.ui.menus import command_action

        def run(operation: str) -> Callable[[], object]:
            return lambda: getattr(self.operations, operation)()

        panel = command_action(self.window, "snapshots_panel", self.snapshots_dock.toggleViewAction())
        panel.triggered.connect(self._panel_toggled)
        return SnapshotActions(
            take=command_action(self.window, "take_snapshot", run("take_snapshot")),
            compare=command_action(self.window, "compare", run("compare")),
            hide_changes=command_action(self.window, "hide_changes", run("hide_changes")),
            panel=panel,
            open=command_action(self.window, "open_snapshot", run("open_current")),
            restore=command_action(self.window, "restore_snapshot", run("restore_current")),
            rename=command_action(self.window, "rename_snapshot", run("rename_current")),
            delete=command_action(self.window, "delete_snapshot", run("delete_current")),
        )

    def install_menu(self) -> QMenu:
        """The Snapshots menu, just before Help."""
        acts = self.actions
        from canvas_editor.ui.menus import titled_menu

        menu = titled_menu(self.window, "snapshots_menu")
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
        """A snapshot's commands need one chosen in the shown panel; Hide Changes, changes shown."""
        ops = self._operations
        chosen = ops is not None and ops.current() is not None and self.snapshots_dock.isVisible()
        for act in (self.actions.open, self.actions.restore, self.actions.rename, self.actions.delete):
            act.setEnabled(chosen)
        self.actions.hide_changes.setEnabled(ops is not None and ops.comparison is not None)

    def hide_changes(self) -> None:
        if self._operations is not None:
            self._operations.hide_changes()

    def _panel_toggled(self, shown: bool) -> None:
        """Opened from the menu or its key, the panel takes the keyboard."""
        if shown:
            self.operations.focus_panel()

    def _changes_shown(self, visible: bool) -> None:
        # A window's saved layout may show the Changes panel; without a comparison
        # (a new window has none) it has nothing to show.
        if visible:
            QTimer.singleShot(0, self._hide_empty_changes)

    def _hide_empty_changes(self) -> None:
        if self._operations is None or self._operations.comparison is None:
            self.changes_dock.hide()


def install_snapshots(window: MainWindow) -> SnapshotTools:
    """The snapshot commands, their menu and their panels, for `window`."""
    tools = SnapshotTools(window)
    tools.install_menu()
    return tools
