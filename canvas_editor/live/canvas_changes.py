"""Accepted remote changes applied to a plain Canvas (the headless host's model)."""

from __future__ import annotations

from canvas_editor.live.shared_canvas import Changes
from canvas_editor.model.document import Ballot, Canvas
from canvas_editor.model.voting import fitting_ballots, with_ballot


def apply_changes(canvas: Canvas, changes: Changes) -> None:
    """New notes go on top, as a note added on the board does; the header takes its fields."""
    gone = set(changes.removed)
    by_id = {n.id: n for n in changes.changed}
    canvas.notes[:] = [by_id.get(n.id, n) for n in canvas.notes if n.id not in gone]
    canvas.notes.extend(changes.added)
    for name, value in changes.header.items():
        setattr(canvas, name, value)
    for voter, dots in changes.ballots.items():
        canvas.ballots = with_ballot(canvas.ballots, Ballot(voter, dots))
    # The file's rules want every dot on a note that holds it.
    canvas.ballots = fitting_ballots(canvas.ballots, canvas.notes)
