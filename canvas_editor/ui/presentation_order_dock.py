"""View > Presentation Order: the dock of the Presentation Order panel
(ui/presentation_order_panel.py).

Like the outline, the dock exists from the start (View menu, saved window state) and
builds its panel, and imports it, the first time it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BlockId

if TYPE_CHECKING:
    from canvas_editor.ui.presentation_order_panel import PresentationOrderPanel


class PresentationOrderDock(QDockWidget):
    """Builds the panel the first time it is shown."""

    def __init__(
        self,
        controller: DocumentController,
        presented_block: Callable[[], BlockId | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_order_dock")  # saveState() needs a name
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self._controller = controller
        self._presented_block = presented_block
        self._panel: PresentationOrderPanel | None = None
        self.visibilityChanged.connect(self._on_visibility)
        self.retranslate()

    def retranslate(self) -> None:
        """The title in the window's language (again on LanguageChange); the menu item is
        the command table's once the menus take it (View > Presentation Order)."""
        from canvas_editor.ui.menus import retranslate_action

        self.setWindowTitle(QCoreApplication.translate("PresentationOrder", "Presentation Order"))
        action = self.toggleViewAction()
        action.setText(QCoreApplication.translate("PresentationOrder", "Presentation &Order"))
        action.setStatusTip(
            QCoreApplication.translate(
                "PresentationOrder", "The order a presentation reveals the blocks in, stored with the canvas"
            )
        )
        retranslate_action(action)  # once the menus have made it View > Presentation Order

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def panel(self) -> PresentationOrderPanel:
        if self._panel is None:
            from canvas_editor.ui.presentation_order_panel import PresentationOrderPanel  # on first show

            self._panel = PresentationOrderPanel(self._controller, self._presented_block, self)
            self.setWidget(self._panel)
        return self._panel

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self.panel  # noqa: B018  # built on first show

    def focus_if_shown(self, shown: bool) -> None:
        """After the menu or its key: the keyboard goes to the list."""
        if shown:
            self.show()
            self.raise_()
            self.panel.list.setFocus(Qt.FocusReason.OtherFocusReason)
