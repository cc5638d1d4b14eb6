"""Dot voting: each voter gives up to the canvas's `vote_budget` dots, several to one
note if they like, and takes them back.

A note's `votes` is its total; each voter's `Ballot` lists the notes their dots went to,
so a budget holds after the file is saved and opened again, and a live workshop can
share who gave what. Functions here return new values and never change the canvas:
the controller puts them in place as one undo step.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.document import Ballot, Canvas, Note

# How a note shows its votes, on the board and on paper: a dot per vote, at most
# MAX_DOTS, then the count, in the band of the note's top padding where no text goes.
# Sizes are fractions of that padding (model.layout.NOTE_PADDING of the note's width).
MAX_DOTS = 5
DOT_RADIUS = 0.4
DOT_PITCH = 1.0
COUNT_SIZE = 0.9


UNNAMED_VOTER = QT_TRANSLATE_NOOP("Voting", "The unnamed voter")
FACE_DOWN_REFUSED = QT_TRANSLATE_NOOP("Voting", "That note is face down: reveal it before voting on it")
BUDGET_SPENT = QT_TRANSLATE_NOOP(
    "Voting", "{voter} has given all {budget} dots: take one back, or name the next voter"
)
NO_DOT_TO_TAKE_BACK = QT_TRANSLATE_NOOP("Voting", "{voter} has no dot on that note to take back")


def _as_is(text: str) -> str:
    return text


def who(voter: str, tr: Callable[[str], str] = _as_is) -> str:
    """The voter as a sentence names them; `tr` words the unnamed one (context "Voting")."""
    return voter.strip() or tr(UNNAMED_VOTER)


class VoteRefused(ValueError):
    """A dot that cannot be given or taken back: one line for the user, a template
    (context "Voting") with named values, so the window words it in its language;
    `str()` is the English. A `voter` value is the name as given ("" for the unnamed)."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(self.worded())

    def worded(self, tr: Callable[[str], str] = _as_is) -> str:
        """The message, its template and the unnamed voter put through `tr`."""
        values = dict(self.values)
        if "voter" in values:
            values["voter"] = who(str(values["voter"]), tr)
        return tr(self.template).format(**values)


def ballot_of(ballots: Iterable[Ballot], voter: str) -> Ballot:
    """The voter's ballot (an empty one when they have given nothing yet)."""
    return next((b for b in ballots if b.voter == voter), Ballot(voter=voter))


def dots_left(canvas: Canvas, voter: str) -> int:
    return max(canvas.vote_budget - len(ballot_of(canvas.ballots, voter).dots), 0)


def cast(canvas: Canvas, note: Note, voter: str) -> tuple[Note, list[Ballot]]:
    """The note with one dot more and the ballots with the voter's dot on it, or VoteRefused."""
    if note.hidden:
        raise VoteRefused(FACE_DOWN_REFUSED)
    ballot = ballot_of(canvas.ballots, voter)
    if len(ballot.dots) >= canvas.vote_budget:
        raise VoteRefused(BUDGET_SPENT, voter=voter, budget=canvas.vote_budget)
    ballots = with_ballot(canvas.ballots, replace(ballot, dots=(*ballot.dots, note.id)))
    return replace(note, votes=note.votes + 1), ballots


def take_back(canvas: Canvas, note: Note, voter: str) -> tuple[Note, list[Ballot]]:
    """The note with one dot fewer and the voter's last dot on it gone, or VoteRefused."""
    ballot = ballot_of(canvas.ballots, voter)
    if note.id not in ballot.dots:
        raise VoteRefused(NO_DOT_TO_TAKE_BACK, voter=voter)
    dots = list(ballot.dots)
    del dots[len(dots) - 1 - dots[::-1].index(note.id)]
    return replace(note, votes=note.votes - 1), with_ballot(canvas.ballots, replace(ballot, dots=tuple(dots)))


def with_ballot(ballots: list[Ballot], ballot: Ballot) -> list[Ballot]:
    """The ballots with this voter's replaced (added at the end when new; gone when empty)."""
    out = [b for b in ballots if b.voter != ballot.voter]
    if ballot.dots:
        index = next((i for i, b in enumerate(ballots) if b.voter == ballot.voter), len(ballots))
        out.insert(index, ballot)
    return out


def fitting_ballots(ballots: list[Ballot], notes: Iterable[Note]) -> list[Ballot]:
    """The ballots with only the dots these notes can hold: dots on notes that are gone
    (deleted, or not on a restored snapshot) go, and no note keeps more dots than votes."""
    room = {n.id: n.votes for n in notes}
    given: Counter[str] = Counter()
    out: list[Ballot] = []
    for ballot in ballots:
        kept = []
        for note_id in ballot.dots:
            if given[note_id] < room.get(note_id, 0):
                given[note_id] += 1
                kept.append(note_id)
        if kept:
            out.append(replace(ballot, dots=tuple(kept)) if len(kept) != len(ballot.dots) else ballot)
    return out


def ranked(notes: Iterable[Note]) -> list[Note]:
    """Notes with votes, most first; equal votes keep the order given."""
    return sorted((n for n in notes if n.votes and not n.hidden), key=lambda n: -n.votes)


def kept(notes: Iterable[Note], n: int, per_block: bool) -> set[str]:
    """The notes "Keep the top N" keeps: the top `n` overall, or of each block."""
    notes = list(notes)
    if not per_block:
        return top(notes, n)
    blocks = dict.fromkeys(note.block for note in notes)
    return {i for block in blocks for i in top((x for x in notes if x.block == block), n)}


def top(notes: Iterable[Note], n: int) -> set[str]:
    """The ids of the `n` notes with most votes, and of any note tied with the last of
    them: a tie is the room's call, not the order of the list."""
    ordered = ranked(notes)
    if n <= 0 or not ordered:
        return set()
    floor = ordered[min(n, len(ordered)) - 1].votes
    return {note.id for note in ordered if note.votes >= floor}
