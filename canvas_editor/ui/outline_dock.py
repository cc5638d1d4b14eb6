"""The dockable home of the outline panel (ui/outline_panel.py).

The dock exists from the start, so View > Outline, its key and the window's saved
state (restoreState finds it by name) work before the outline was ever shown; the
panel and its model are imported and built the first time the dock is shown. Most
windows never show the outline, and importing it takes about 10 ms.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from canvas_editor.controller import DocumentController
from canvas_editor.scene.board_view import BoardView

if TYPE_CHECKING:
    from canvas_editor.ui.outline_panel import OutlinePanel


class OutlineDock(QDockWidget):
    """Builds the outline panel the first time it is shown."""

    def __init__(
        self, controller: DocumentController, view: BoardView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outline_dock")  # saveState() needs a name
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self._controller = controller
        self._view = view
        self._panel: OutlinePanel | None = None
        self._emphasis: frozenset[str] | None = None
        self.visibilityChanged.connect(self._on_visibility)
        self.retranslate()

    def retranslate(self) -> None:
        """Title and name in the window's language (again on LanguageChange); the menu item
        is the command table's once the menus take it (View > Outline)."""
        from canvas_editor.ui.menus import retranslate_action

        self.setWindowTitle(QCoreApplication.translate("OutlineDock", "Outline"))
        self.setAccessibleName(QCoreApplication.translate("OutlineDock", "Outline"))
        action = self.toggleViewAction()
        action.setText(QCoreApplication.translate("OutlineDock", "&Outline"))
        action.setStatusTip(
            QCoreApplication.translate("OutlineDock", "Show the canvas as a list of blocks and notes")
        )
        retranslate_action(action)  # once the menus have made it View > Outline

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def panel(self) -> OutlinePanel:
        if self._panel is None:
            from canvas_editor.ui.outline_panel import OutlinePanel  # on first show: start-up skips it

            self._panel = OutlinePanel(self._controller, self._view, self)
            self._panel.set_emphasis(self._emphasis)
            self.setWidget(self._panel)
        return self._panel

    def set_emphasis(self, matches: Iterable[str] | None) -> None:
        self._emphasis = frozenset(matches) if matches is not None else None
        if self._panel is not None:
            self._panel.set_emphasis(self._emphasis)

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self.panel  # noqa: B018  # built on first show

    def show_and_focus(self) -> None:
        self.show()
        self.raise_()
        self.panel.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_if_shown(self, shown: bool) -> None:
        """After View > Outline: the keyboard goes where the user just asked to look."""
        if shown:
            self.show_and_focus()
