"""The canvas document: plain dataclasses that are the single source of truth.

Notes and segments are immutable values: an edit replaces a whole note
(`dataclasses.replace`), which keeps undo simple (a command holds the note before and
after). Each field declares its rules with its type (`model/rules.py`); the rules that
tie parts of a canvas together live here (`check_references`). A dataclass's
`__pydantic_config__` is read by pydantic alone: unknown keys are refused, and a note
handed to the validator is checked again rather than trusted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Annotated

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR
from canvas_editor.model.rules import (
    DEFAULT_VOTE_BUDGET,
    MAX_BALLOTS,
    MAX_NOTES,
    MAX_SEGMENTS,
    MAX_SNAPSHOTS,
    Color,
    Count,
    Description,
    Dots,
    Flag,
    Fraction,
    Id,
    LanguageTag,
    NoteSize,
    NoteText,
    Rule,
    SegmentName,
    ShortText,
    Tags,
    VoteBudget,
)

_CHECKED = {"extra": "forbid", "revalidate_instances": "always"}


def new_id() -> str:
    """A fresh, collision-free id for a note, segment or snapshot: 64 random bits as hex.

    os.urandom rather than uuid4 (the same randomness): `uuid` imports `platform` and
    costs milliseconds at start-up, where the instance lock and autosave make ids.
    """
    return os.urandom(8).hex()


@dataclass(frozen=True, slots=True)
class Note:
    __pydantic_config__ = _CHECKED

    id: Id
    block: BlockId
    text: NoteText = ""
    description: Description = ""
    color: Color = DEFAULT_NOTE_COLOR
    segment: Id | None = None
    tags: Tags = ()
    # Dots from dot voting: every voter's, the ballots' and those given without one (an import).
    votes: Count = 0
    # Face down (a silent brainstorm): shown as a blank card with its author until revealed,
    # and left out of every export (model/private_writing.py).
    hidden: Flag = False
    # Who wrote it: the label a face-down card shows.
    author: ShortText = ""
    # The note's top-left corner as fractions of its block.
    x: Fraction = 0.0
    y: Fraction = 0.0
    # Its side as a multiple of the standard note (model/layout.py), on screen and paper.
    size: NoteSize = 1.0


Notes = Annotated[list[Note], Rule(max_length=MAX_NOTES)]


@dataclass(frozen=True, slots=True)
class Segment:
    """A customer-segment "story": notes that serve it share its colour."""

    __pydantic_config__ = _CHECKED

    id: Id
    name: SegmentName
    color: Color


Segments = Annotated[list[Segment], Rule(max_length=MAX_SEGMENTS)]


# A snapshot carries its segments so that a restore brings back the segments its notes
# name, with their names and colours, and a comparison names them. The title block
# describes the document rather than one iteration of the model, so it stays with the
# canvas: the snapshot's own name and time say which iteration it is.
@dataclass(slots=True)
class Snapshot:
    """A named copy of the board (its notes and segments) at a moment; the title block is not part of it."""

    __pydantic_config__ = _CHECKED

    id: Id
    name: ShortText
    created: ShortText = ""
    notes: Notes = field(default_factory=list)
    segments: Segments = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Ballot:
    """One voter's dots in dot voting (model/voting.py), kept so a budget holds across saves.

    `voter` is the name the facilitator typed, or "" for a voter without one.
    """

    __pydantic_config__ = _CHECKED

    voter: ShortText
    dots: Dots = ()


@dataclass(slots=True)
class Canvas:
    __pydantic_config__ = _CHECKED

    title: ShortText = ""
    designed_for: ShortText = ""
    designed_by: ShortText = ""
    date: ShortText = ""
    iteration: ShortText = ""
    language: LanguageTag = "en"
    notes: Notes = field(default_factory=list)
    segments: Segments = field(default_factory=list)
    snapshots: Annotated[list[Snapshot], Rule(max_length=MAX_SNAPSHOTS)] = field(default_factory=list)
    # Blocks in the order a presenter walks through them; empty means the standard order.
    presentation_order: Annotated[list[BlockId], Rule(max_length=len(BlockId))] = field(default_factory=list)
    # Dot voting: the dots each voter may give, and who gave which.
    vote_budget: VoteBudget = DEFAULT_VOTE_BUDGET
    ballots: Annotated[list[Ballot], Rule(max_length=MAX_BALLOTS)] = field(default_factory=list)

    def note(self, note_id: str) -> Note:
        for n in self.notes:
            if n.id == note_id:
                return n
        raise KeyError(note_id)

    def notes_in(self, block: BlockId) -> list[Note]:
        return [n for n in self.notes if n.block == block]

    def segment(self, segment_id: str) -> Segment | None:
        return next((s for s in self.segments if s.id == segment_id), None)


def check_references(canvas: Canvas) -> None:
    """Raise ValueError, naming the place, where parts of the canvas contradict each other.

    Ids are unique in their list, a note names an existing segment (a snapshot's note one
    of that snapshot's segments), each block appears once in the presentation order.
    """
    _check_board("", canvas.notes, canvas.segments)
    _check_unique("snapshots", "snapshot id", [s.id for s in canvas.snapshots])
    for k, snapshot in enumerate(canvas.snapshots):
        _check_board(f"snapshots[{k}].", snapshot.notes, snapshot.segments)
    for i, block in enumerate(canvas.presentation_order):
        if block in canvas.presentation_order[:i]:
            raise ValueError(f"presentation_order[{i}]: {block.value!r} is listed twice")
    _check_ballots(canvas)


def _check_ballots(canvas: Canvas) -> None:
    """Each voter has one ballot, each dot names a note of the board, and no note has
    fewer votes than the ballots give it."""
    _check_unique("ballots", "voter", [b.voter for b in canvas.ballots], key="voter")
    votes = {n.id: n.votes for n in canvas.notes}
    given: dict[str, int] = {}
    for k, ballot in enumerate(canvas.ballots):
        for d, note_id in enumerate(ballot.dots):
            if note_id not in votes:
                raise ValueError(f"ballots[{k}].dots[{d}]: no note has the id {note_id!r}")
            given[note_id] = given.get(note_id, 0) + 1
    for i, note in enumerate(canvas.notes):
        if given.get(note.id, 0) > note.votes:
            raise ValueError(
                f"notes[{i}].votes: {note.votes} is fewer than the {given[note.id]} dots the ballots give it"
            )


def _check_board(place: str, notes: list[Note], segments: list[Segment]) -> None:
    """Notes and segments of the canvas, or of a snapshot (`place` is its prefix)."""
    _check_unique(f"{place}notes", "note id", [n.id for n in notes])
    _check_unique(f"{place}segments", "segment id", [s.id for s in segments])
    segment_ids = {s.id for s in segments}
    for i, note in enumerate(notes):
        if note.segment is not None and note.segment not in segment_ids:
            raise ValueError(f"{place}notes[{i}].segment: no segment has the id {note.segment!r}")


def _check_unique(place: str, what: str, ids: list[str], key: str = "id") -> None:
    """Raise with the place of the first repeated id, as `place[i].id: duplicate ...`."""
    seen: set[str] = set()
    for i, item_id in enumerate(ids):
        if item_id in seen:
            raise ValueError(f"{place}[{i}].{key}: duplicate {what} {item_id!r}")
        seen.add(item_id)
