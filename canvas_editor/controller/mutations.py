"""What undo commands change the document through: the controller's mutation interface.

For commands only: a call changes the canvas and emits the controller's signals, but
pushes no undo step (the command calling it is the step). Everything else edits
through the controller's user-level methods, which check values and push commands.

A step may outlive a note it names: in a shared room a participant deletes their own
note while the facilitator's step on it is still in the history. So the mutators skip
notes that are gone (and do not add one twice), and undoing such a step changes the
notes that are still there.
"""

from __future__ import annotations

from typing import Protocol

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Ballot, Canvas, Note, Segment, Snapshot


class DocumentMutations(Protocol):
    @property
    def canvas(self) -> Canvas:
        """The live document, to read (where new notes and segments go)."""
        ...

    def note(self, note_id: str) -> Note:
        """The note with this id (KeyError if none)."""
        ...

    def has_note(self, note_id: str) -> bool: ...

    def insert_notes(self, placed: list[tuple[int, Note]]) -> None:
        """Insert notes at their indices (ascending: each index is its final place);
        a note whose id is on the board already is left out."""
        ...

    def pop_notes(self, ids: list[str]) -> list[tuple[int, Note]]:
        """Remove notes; returns them with their former indices, ascending."""
        ...

    def replace_notes(self, replacements: list[Note]) -> None:
        """Swap notes for new values with the same ids; ids no longer on the board are skipped."""
        ...

    def reorder_notes(self, ids: list[str]) -> None:
        """Restack the notes in this order of ids; notes not named stay on top, in their order."""
        ...

    def set_header_fields(self, values: dict[str, str]) -> None:
        """Set header fields (title, designed_for, ...) to these values."""
        ...

    def set_presentation_blocks(self, blocks: list[BlockId]) -> None:
        """Store the order a presentation walks through the blocks."""
        ...

    def insert_segment(self, index: int, segment: Segment) -> None: ...

    def pop_segment(self, segment_id: str) -> tuple[int, Segment]:
        """Remove the segment; returns it with its former index."""
        ...

    def set_segments(self, segments: list[Segment]) -> None:
        """Put this list (renamed, recoloured, reordered or fewer segments) in place of the canvas's."""
        ...

    def insert_snapshot(self, index: int, snapshot: Snapshot) -> None: ...

    def pop_snapshot(self, snapshot_id: str) -> tuple[int, Snapshot]:
        """Remove the snapshot; returns it with its former index."""
        ...

    def replace_snapshot(self, snapshot: Snapshot) -> None:
        """Swap the snapshot with this id for this value (a rename)."""
        ...

    def replace_board(self, notes: list[Note], segments: list[Segment]) -> tuple[list[Note], list[Segment]]:
        """Put these notes and segments in place of the canvas's; returns the ones replaced."""
        ...

    def set_voting(self, budget: int, ballots: list[Ballot]) -> None:
        """Store the vote budget and the voters' ballots."""
        ...
