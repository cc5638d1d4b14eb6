"""The undoable edits of the customer segments themselves: rename, recolour, reorder,
delete.

One command serves them all: the segment list as it was and as it becomes, and the
notes that change with it (a recolour's notes take the new colour, a deleted segment's
notes lose the link). Like every command it changes the document only through
DocumentMutations. Notes change while their segment exists: on redo before a deleted
segment goes, on undo after it is back, so no note ever names a missing segment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from canvas_editor.model.document import Note, Segment

if TYPE_CHECKING:
    from canvas_editor.controller.mutations import DocumentMutations


class EditSegmentsCommand(QUndoCommand):
    def __init__(
        self,
        controller: DocumentMutations,
        segments: tuple[list[Segment], list[Segment]],
        notes: tuple[list[Note], list[Note]],
        label: str,
    ) -> None:
        super().__init__(label)
        self._controller = controller
        self._segments_before, self._segments_after = list(segments[0]), list(segments[1])
        self._notes_before, self._notes_after = list(notes[0]), list(notes[1])

    def redo(self) -> None:
        if self._notes_after:
            self._controller.replace_notes(self._notes_after)
        self._controller.set_segments(self._segments_after)

    def undo(self) -> None:
        self._controller.set_segments(self._segments_before)
        if self._notes_before:
            self._controller.replace_notes(self._notes_before)
