"""The undoable edits: each a QUndoCommand that changes the document through
DocumentMutations (controller/mutations.py), never by itself.

Commands refer to notes by id (never by graphics item), so they survive the scene
rebuilding its items. Notes are immutable values, so a command keeps them before and
after, and undo puts the old values back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from canvas_editor.controller.workshop_commands import KeptBallots
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Note, Segment

if TYPE_CHECKING:
    from canvas_editor.controller.mutations import DocumentMutations

# QUndoCommand.id() values: commands with the same id may merge on the undo stack.
NO_MERGE = -1
# Typing into a note; also a just-created "draft" note absorbs the typing that follows
# it, and its removal when left empty (so an abandoned new note leaves no undo step).
TEXT_EDIT = 1
# Repeated moves with the same merge key (keyboard nudges of the same notes).
MOVE = 2

Placement = tuple[BlockId, float, float]
HEADER_FIELDS = ("title", "designed_for", "designed_by", "date", "iteration", "language")


# ----- notes ------------------------------------------------------------------------------


class SetNoteTextCommand(QUndoCommand):
    """Edit a note's text; the keystrokes of one editing session merge into one step."""

    def __init__(
        self,
        controller: DocumentMutations,
        note_id: str,
        before: str,
        after: str,
        session: int | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Edit note"))
        self._controller = controller
        self.note_id = note_id
        self.before = before
        self.after = after
        self.session = session

    def id(self) -> int:
        return TEXT_EDIT

    def _apply(self, text: str) -> None:
        if not self._controller.has_note(self.note_id):
            return  # gone from the room meanwhile (see controller/mutations.py)
        note = self._controller.note(self.note_id)
        self._controller.replace_notes([replace(note, text=text)])

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


class RemoveNotesCommand(QUndoCommand):
    """Delete notes: undo puts each back at its old place in the stacking order."""

    def __init__(
        self,
        controller: DocumentMutations,
        ids: list[str],
        label: str,
        draft_session: int | None = None,
    ) -> None:
        super().__init__(label)
        self._controller = controller
        self.ids = list(ids)
        self.session = draft_session
        self._removed: list[tuple[int, Note]] = []
        self._ballots = KeptBallots()  # the dots on removed notes come back with them

    def id(self) -> int:
        # Only a removal inside an editing session may cancel that session's new note.
        return TEXT_EDIT if self.session is not None else NO_MERGE

    def redo(self) -> None:
        self._removed = self._controller.pop_notes(self.ids)
        self._ballots.prune(self._controller)

    def undo(self) -> None:
        self._controller.insert_notes(self._removed)
        self._ballots.restore(self._controller)

    def mergeWith(self, other: QUndoCommand) -> bool:
        return False


class AddNotesCommand(QUndoCommand):
    """Add notes (new note, paste, duplicate): appends them on first redo; later redos
    put them back at the same places. `room` holds the notes that move or shrink to make
    room for them, as they were and as they become, so that is part of the same step.

    A single note added with a `draft_session` is a note being typed into: the text
    edits of that session merge into this step (one "Add note" with its text), and its
    removal in the same session makes the step vanish (an abandoned empty note).
    """

    def __init__(
        self,
        controller: DocumentMutations,
        notes: list[Note],
        label: str,
        draft_session: int | None = None,
        room: tuple[list[Note], list[Note]] = ([], []),
    ) -> None:
        super().__init__(label)
        self._controller = controller
        self._notes = list(notes)
        self._indices: list[int] | None = None
        self._room_before, self._room_after = list(room[0]), list(room[1])
        self.draft_session = draft_session if len(notes) == 1 else None

    def id(self) -> int:
        return TEXT_EDIT if self.draft_session is not None else NO_MERGE

    def redo(self) -> None:
        if self._indices is None:
            start = len(self._controller.canvas.notes)
            self._indices = list(range(start, start + len(self._notes)))
        self._controller.insert_notes(list(zip(self._indices, self._notes, strict=True)))
        if self._room_after:
            self._controller.replace_notes(self._room_after)

    def undo(self) -> None:
        self._controller.pop_notes([n.id for n in self._notes])
        if self._room_before:
            self._controller.replace_notes(self._room_before)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if self.draft_session is None or getattr(other, "session", None) != self.draft_session:
            return False
        note = self._notes[0]
        if isinstance(other, SetNoteTextCommand) and other.note_id == note.id:
            self._notes[0] = replace(note, text=other.after)
            return True
        if isinstance(other, RemoveNotesCommand) and other.ids == [note.id]:
            # Added and removed in one session: nothing happened; the stack drops this
            # step without undoing it, so the notes that made room go back here.
            if self._room_before:
                self._controller.replace_notes(self._room_before)
            self.setObsolete(True)
            return True
        return False


class EditNotesCommand(QUndoCommand):
    """Replace notes by new values of the same ids: colour, segment, tags, description, and
    where notes land when dropped or arranged (with the notes that make room)."""

    def __init__(
        self, controller: DocumentMutations, before: list[Note], after: list[Note], label: str
    ) -> None:
        super().__init__(label)
        self._controller = controller
        self._before = list(before)
        self._after = list(after)

    def redo(self) -> None:
        self._controller.replace_notes(self._after)

    def undo(self) -> None:
        self._controller.replace_notes(self._before)


class MoveNotesCommand(QUndoCommand):
    """Move notes between or inside blocks: a whole drag is one step, nudges merge."""

    def __init__(
        self,
        controller: DocumentMutations,
        before: dict[str, Placement],
        after: dict[str, Placement],
        label: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(label)
        self._controller = controller
        self._before = dict(before)
        self._after = dict(after)
        self.merge_key = merge_key

    def id(self) -> int:
        return MOVE if self.merge_key is not None else NO_MERGE

    def _apply(self, placements: dict[str, Placement]) -> None:
        controller = self._controller
        controller.replace_notes(
            [
                replace(controller.note(note_id), block=block, x=x, y=y)
                for note_id, (block, x, y) in placements.items()
                if controller.has_note(note_id)
            ]
        )

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveNotesCommand) or other.merge_key != self.merge_key:
            return False
        if set(other._after) - set(self._after):
            return False  # other notes: a new step
        self._after.update(other._after)
        if self._after == {k: self._before[k] for k in self._after}:
            self.setObsolete(True)
        return True


class BringToFrontCommand(QUndoCommand):
    """Restack notes so the chosen ones lie on top."""

    def __init__(self, controller: DocumentMutations, before: list[str], after: list[str]) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Bring to front"))
        self._controller = controller
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._controller.reorder_notes(self._after)

    def undo(self) -> None:
        self._controller.reorder_notes(self._before)


# ----- the rest of the canvas -------------------------------------------------------------


class SetHeaderCommand(QUndoCommand):
    """Edit the canvas header (title, designed for/by, date, iteration, language)."""

    def __init__(self, controller: DocumentMutations, before: dict[str, str], after: dict[str, str]) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Edit header"))
        self._controller = controller
        self._before = dict(before)
        self._after = dict(after)

    def redo(self) -> None:
        self._controller.set_header_fields(self._after)

    def undo(self) -> None:
        self._controller.set_header_fields(self._before)


class SetPresentationOrderCommand(QUndoCommand):
    """Change the order a presentation walks through the blocks."""

    def __init__(self, controller: DocumentMutations, before: list[BlockId], after: list[BlockId]) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Change presentation order"))
        self._controller = controller
        self._before = list(before)
        self._after = list(after)

    def redo(self) -> None:
        self._controller.set_presentation_blocks(self._after)

    def undo(self) -> None:
        self._controller.set_presentation_blocks(self._before)


class AddSegmentCommand(QUndoCommand):
    """Add a customer segment to the canvas."""

    def __init__(self, controller: DocumentMutations, segment: Segment) -> None:
        super().__init__(QCoreApplication.translate("Undo", "New segment"))
        self._controller = controller
        self._segment = segment
        self._index: int | None = None

    def redo(self) -> None:
        if self._index is None:
            self._index = len(self._controller.canvas.segments)
        self._controller.insert_segment(self._index, self._segment)

    def undo(self) -> None:
        self._controller.pop_segment(self._segment.id)
