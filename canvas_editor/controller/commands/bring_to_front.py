"""Restack notes so the chosen ones lie on top."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from canvas_editor.controller.document_controller import DocumentController


class BringToFrontCommand(QUndoCommand):
    def __init__(self, controller: DocumentController, before: list[str], after: list[str]) -> None:
        super().__init__("Bring to front")
        self._controller = controller
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._controller._set_order(self._after)

    def undo(self) -> None:
        self._controller._set_order(self._before)
