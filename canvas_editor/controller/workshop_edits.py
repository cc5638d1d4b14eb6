"""The controller's workshop edits: revealing a silent brainstorm's notes and dot voting.

A part of DocumentController (it inherits these methods), kept in a module of its own
so the controller stays readable. Each method is one undo step, or none when nothing
changes; a refusal is a ValueError (`VoteRefused` for a dot) with a one-line message.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from canvas_editor.controller.workshop_commands import VoteCommand
from canvas_editor.model import voting
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Ballot, Canvas, Note

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from canvas_editor.controller.mutations import DocumentMutations


class WorkshopEdits:
    """Mixed into DocumentController, whose canvas, notes and undo stack these use."""

    if TYPE_CHECKING:
        _canvas: Canvas

        @property
        def undo_stack(self) -> QUndoStack: ...

        def note(self, note_id: str) -> Note: ...

        def _replace(self, after: list[Note], label: str) -> None: ...

    # ---- silent brainstorm ----------------------------------------------------------

    def reveal_notes(self, block: BlockId | None = None) -> int:
        """Turn the face-down notes of `block` (None: of every block) face up, in one
        step; returns how many."""
        notes = [n for n in self._canvas.notes if n.hidden and (block is None or n.block == block)]
        label = "Reveal note" if len(notes) == 1 else f"Reveal {len(notes)} notes"
        self._replace([replace(n, hidden=False) for n in notes], label)
        return len(notes)

    # ---- dot voting -----------------------------------------------------------------

    def cast_vote(self, note_id: str, voter: str) -> None:
        """One dot from `voter` on the note; VoteRefused when their budget is spent or
        the note is face down."""
        after, ballots = voting.cast(self._canvas, self.note(note_id), voter)
        self._push_vote([after], ballots, self._canvas.vote_budget, "Vote")

    def take_back_vote(self, note_id: str, voter: str) -> None:
        """One of `voter`'s dots off the note; VoteRefused when they gave it none."""
        after, ballots = voting.take_back(self._canvas, self.note(note_id), voter)
        self._push_vote([after], ballots, self._canvas.vote_budget, "Take back vote")

    def clear_votes(self) -> bool:
        """Every note back to no votes and every ballot empty; False when there were none."""
        voted = [replace(n, votes=0) for n in self._canvas.notes if n.votes]
        if not voted and not self._canvas.ballots:
            return False
        self._push_vote(voted, [], self._canvas.vote_budget, "Clear votes")
        return True

    def set_vote_budget(self, budget: int) -> None:
        """The dots each voter may give; dots already given stay."""
        from canvas_editor.model.validation import checked_field

        budget = checked_field(Canvas, "vote_budget", budget)
        if budget != self._canvas.vote_budget:
            self._push_vote([], list(self._canvas.ballots), budget, "Change vote budget")

    def _push_vote(self, after: list[Note], ballots: list[Ballot], budget: int, label: str) -> None:
        from canvas_editor.model.validation import checked_field

        ballots = checked_field(Canvas, "ballots", ballots)
        before = [self.note(n.id) for n in after]
        canvas = self._canvas
        voting_before = (canvas.vote_budget, list(canvas.ballots))
        mutations = cast("DocumentMutations", self)
        command = VoteCommand(mutations, (before, after), (voting_before, (budget, ballots)), label)
        self.undo_stack.push(command)
