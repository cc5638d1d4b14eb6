"""The undoable edits of a workshop's dot voting and silent brainstorm, through
DocumentMutations (controller/mutations.py) like every other command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from canvas_editor.model.document import Ballot, Note
from canvas_editor.model.voting import fitting_ballots

if TYPE_CHECKING:
    from canvas_editor.controller.mutations import DocumentMutations

Voting = tuple[int, list[Ballot]]  # the vote budget and the ballots


class VoteCommand(QUndoCommand):
    """Notes take new vote counts, and the budget and ballots new values, together: a
    dot given or taken back, all votes cleared, or the budget changed."""

    def __init__(
        self,
        controller: DocumentMutations,
        notes: tuple[list[Note], list[Note]],
        voting: tuple[Voting, Voting],
        label: str,
    ) -> None:
        super().__init__(label)
        self._controller = controller
        self._notes = notes
        self._voting = voting

    def _apply(self, side: int) -> None:
        controller = self._controller
        if self._notes[side]:
            controller.replace_notes(self._notes[side])
        budget, ballots = self._voting[side]
        # Without dots on notes that left the room since this step was taken.
        controller.set_voting(budget, fitting_ballots(ballots, controller.canvas.notes))

    def redo(self) -> None:
        self._apply(1)

    def undo(self) -> None:
        self._apply(0)


class KeptBallots:
    """For a command that takes notes off the board: the ballots as they were, and
    without the dots on notes that are gone, so undo gives those dots back."""

    def __init__(self) -> None:
        self._before: list[Ballot] | None = None

    def prune(self, controller: DocumentMutations) -> None:
        canvas = controller.canvas
        self._before = list(canvas.ballots)
        fitting = fitting_ballots(canvas.ballots, canvas.notes)
        if fitting != canvas.ballots:
            controller.set_voting(canvas.vote_budget, fitting)

    def restore(self, controller: DocumentMutations) -> None:
        if self._before is not None and self._before != controller.canvas.ballots:
            controller.set_voting(controller.canvas.vote_budget, self._before)
