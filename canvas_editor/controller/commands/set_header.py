"""Edit the canvas header (title, designed for/by, date, iteration, language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from canvas_editor.controller.document_controller import DocumentController

HEADER_FIELDS = ("title", "designed_for", "designed_by", "date", "iteration", "language")


class SetHeaderCommand(QUndoCommand):
    def __init__(self, controller: DocumentController, before: dict[str, str], after: dict[str, str]) -> None:
        super().__init__("Edit header")
        self._controller = controller
        self._before = dict(before)
        self._after = dict(after)

    def redo(self) -> None:
        self._controller._set_header_fields(self._after)

    def undo(self) -> None:
        self._controller._set_header_fields(self._before)
