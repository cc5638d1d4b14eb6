"""Edit a note's text; the keystrokes of one editing session merge into one step."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from canvas_editor.controller.commands.merge_ids import TEXT_EDIT

if TYPE_CHECKING:
    from canvas_editor.controller.document_controller import DocumentController


class SetNoteTextCommand(QUndoCommand):
    def __init__(
        self,
        controller: DocumentController,
        note_id: str,
        before: str,
        after: str,
        session: int | None = None,
    ) -> None:
        super().__init__("Edit note")
        self._controller = controller
        self.note_id = note_id
        self.before = before
        self.after = after
        self.session = session

    def id(self) -> int:
        return TEXT_EDIT

    def _apply(self, text: str) -> None:
        note = self._controller.note(self.note_id)
        self._controller._replace_notes([replace(note, text=text)])

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetNoteTextCommand):
            return False
        if other.note_id != self.note_id or other.session != self.session:
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)  # typed and erased again: no step at all
        return True
