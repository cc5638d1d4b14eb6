"""Add notes (new note, paste, duplicate): one undo step."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from canvas_editor.controller.commands.merge_ids import NO_MERGE, TEXT_EDIT
from canvas_editor.controller.commands.remove_notes import RemoveNotesCommand
from canvas_editor.controller.commands.set_note_text import SetNoteTextCommand
from canvas_editor.model.document import Note

if TYPE_CHECKING:
    from canvas_editor.controller.document_controller import DocumentController


class AddNotesCommand(QUndoCommand):
    """Appends notes on first redo; later redos put them back at the same places.

    A single note added with a `draft_session` is a note being typed into: the text
    edits of that session merge into this step (one "Add note" with its text), and its
    removal in the same session makes the step vanish (an abandoned empty note).
    """

    def __init__(
        self,
        controller: DocumentController,
        notes: list[Note],
        label: str,
        draft_session: int | None = None,
    ) -> None:
        super().__init__(label)
        self._controller = controller
        self._notes = list(notes)
        self._indices: list[int] | None = None
        self.draft_session = draft_session if len(notes) == 1 else None

    def id(self) -> int:
        return TEXT_EDIT if self.draft_session is not None else NO_MERGE

    def redo(self) -> None:
        if self._indices is None:
            start = len(self._controller.canvas.notes)
            self._indices = list(range(start, start + len(self._notes)))
        self._controller._insert_notes(list(zip(self._indices, self._notes, strict=True)))

    def undo(self) -> None:
        self._controller._remove_notes([n.id for n in self._notes])

    def mergeWith(self, other: QUndoCommand) -> bool:
        if self.draft_session is None or getattr(other, "session", None) != self.draft_session:
            return False
        note = self._notes[0]
        if isinstance(other, SetNoteTextCommand) and other.note_id == note.id:
            self._notes[0] = replace(note, text=other.after)
            return True
        if isinstance(other, RemoveNotesCommand) and other.ids == [note.id]:
            # Added and removed in one session: nothing happened; the stack drops this step.
            self.setObsolete(True)
            return True
        return False
