"""Replace notes by new values of the same ids: colour, segment, description."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from canvas_editor.model.document import Note

if TYPE_CHECKING:
    from canvas_editor.controller.document_controller import DocumentController


class EditNotesCommand(QUndoCommand):
    """Holds each note before and after: notes are immutable values, so undo is a swap."""

    def __init__(
        self, controller: DocumentController, before: list[Note], after: list[Note], label: str
    ) -> None:
        super().__init__(label)
        self._controller = controller
        self._before = list(before)
        self._after = list(after)

    def redo(self) -> None:
        self._controller._replace_notes(self._after)

    def undo(self) -> None:
        self._controller._replace_notes(self._before)
