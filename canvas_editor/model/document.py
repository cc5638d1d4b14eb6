"""The canvas document: pydantic models that are the single source of truth.

Notes and segments are immutable values: an edit replaces a whole note, which keeps
undo simple (a command holds the note before and after).
"""

from __future__ import annotations

from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR

MAX_NOTE_TEXT = 2_000
MAX_DESCRIPTION = 10_000
MAX_NOTES = 20_000
MAX_SEGMENTS = 200
MAX_TAGS = 50

Id = Annotated[str, StringConstraints(strict=True, pattern=r"^[A-Za-z0-9_-]{1,64}$")]
Color = Annotated[str, StringConstraints(strict=True, pattern=r"^#[0-9A-Fa-f]{6}$")]
Fraction = Annotated[float, Field(strict=True, ge=0.0, le=1.0, allow_inf_nan=False)]
ShortText = Annotated[str, StringConstraints(strict=True, max_length=200)]
Tag = Annotated[str, StringConstraints(strict=True, min_length=1, max_length=50)]
# A BCP 47 language tag such as "en" or "ko-KR"; 35 characters is the length RFC 5646 asks to support.
LanguageTag = Annotated[
    str, StringConstraints(strict=True, max_length=35, pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
]


def new_id() -> str:
    """A fresh, collision-free id for a note, segment or snapshot."""
    # Imported here: `uuid` costs a few milliseconds at every start of the editor and
    # the command line, and ids are only made once the user edits (bench/RESULTS.md).
    import uuid

    return uuid.uuid4().hex[:16]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=False)


class Note(_Model):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    block: BlockId
    text: Annotated[str, StringConstraints(strict=True, max_length=MAX_NOTE_TEXT)] = ""
    description: Annotated[str, StringConstraints(strict=True, max_length=MAX_DESCRIPTION)] = ""
    color: Color = DEFAULT_NOTE_COLOR
    segment: Id | None = None
    tags: Annotated[list[Tag], Field(max_length=MAX_TAGS)] = []
    x: Fraction = 0.0
    y: Fraction = 0.0


class Segment(_Model):
    """A customer-segment "story": notes that serve it share its colour."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    name: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=100)]
    color: Color


class Snapshot(_Model):
    """A named copy of the notes at a moment, for comparing iterations (later issues)."""

    id: Id
    name: ShortText
    created: ShortText = ""
    notes: Annotated[list[Note], Field(max_length=MAX_NOTES)] = []


class Canvas(_Model):
    title: ShortText = ""
    designed_for: ShortText = ""
    designed_by: ShortText = ""
    date: ShortText = ""
    iteration: ShortText = ""
    language: LanguageTag = "en"
    notes: Annotated[list[Note], Field(max_length=MAX_NOTES)] = []
    segments: Annotated[list[Segment], Field(max_length=MAX_SEGMENTS)] = []
    snapshots: Annotated[list[Snapshot], Field(max_length=100)] = []
    # Blocks in the order a presenter walks through them; empty means the standard order.
    presentation_order: Annotated[list[BlockId], Field(max_length=9)] = []

    @model_validator(mode="after")
    def _references_hold(self) -> Self:
        _check_unique("notes", "note id", [n.id for n in self.notes])
        _check_unique("segments", "segment id", [s.id for s in self.segments])
        segment_ids = {s.id for s in self.segments}
        for i, note in enumerate(self.notes):
            if note.segment is not None and note.segment not in segment_ids:
                raise ValueError(f"notes[{i}].segment: no segment has the id {note.segment!r}")
        # Snapshot notes may name segments deleted since; their ids must still tell notes apart.
        _check_unique("snapshots", "snapshot id", [s.id for s in self.snapshots])
        for k, snapshot in enumerate(self.snapshots):
            _check_unique(f"snapshots[{k}].notes", "note id", [n.id for n in snapshot.notes])
        for i, block in enumerate(self.presentation_order):
            if block in self.presentation_order[:i]:
                raise ValueError(f"presentation_order[{i}]: {block.value!r} is listed twice")
        return self

    def note(self, note_id: str) -> Note:
        for n in self.notes:
            if n.id == note_id:
                return n
        raise KeyError(note_id)

    def notes_in(self, block: BlockId) -> list[Note]:
        return [n for n in self.notes if n.block == block]

    def segment(self, segment_id: str) -> Segment | None:
        return next((s for s in self.segments if s.id == segment_id), None)


def _check_unique(place: str, what: str, ids: list[str]) -> None:
    """Raise with the place of the first repeated id, as `place[i].id: duplicate ...`."""
    seen: set[str] = set()
    for i, item_id in enumerate(ids):
        if item_id in seen:
            raise ValueError(f"{place}[{i}].id: duplicate {what} {item_id!r}")
        seen.add(item_id)
