"""Add a customer segment to the canvas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from canvas_editor.model.document import Segment

if TYPE_CHECKING:
    from canvas_editor.controller.document_controller import DocumentController


class AddSegmentCommand(QUndoCommand):
    def __init__(self, controller: DocumentController, segment: Segment) -> None:
        super().__init__("New segment")
        self._controller = controller
        self._segment = segment
        self._index: int | None = None

    def redo(self) -> None:
        if self._index is None:
            self._index = len(self._controller.canvas.segments)
        self._controller._insert_segment(self._index, self._segment)

    def undo(self) -> None:
        self._controller._remove_segment(self._segment.id)
