"""Delete notes: undo puts each back at its old place in the stacking order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from canvas_editor.controller.commands.merge_ids import NO_MERGE, TEXT_EDIT
from canvas_editor.model.document import Note

if TYPE_CHECKING:
    from canvas_editor.controller.document_controller import DocumentController


class RemoveNotesCommand(QUndoCommand):
    def __init__(
        self,
        controller: DocumentController,
        ids: list[str],
        label: str,
        draft_session: int | None = None,
    ) -> None:
        super().__init__(label)
        self._controller = controller
        self.ids = list(ids)
        self.session = draft_session
        self._removed: list[tuple[int, Note]] = []

    def id(self) -> int:
        # Only a removal inside an editing session may cancel that session's new note.
        return TEXT_EDIT if self.session is not None else NO_MERGE

    def redo(self) -> None:
        self._removed = self._controller._remove_notes(self.ids)

    def undo(self) -> None:
        self._controller._insert_notes(self._removed)

    def mergeWith(self, other: QUndoCommand) -> bool:
        return False
