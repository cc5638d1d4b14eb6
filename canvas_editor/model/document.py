"""The canvas document: plain dataclasses that are the single source of truth.

Notes and segments are immutable values: an edit replaces a whole note
(`dataclasses.replace`), which keeps undo simple (a command holds the note before and
after). The rules a file must follow (lengths, patterns, ranges) live with the file
format in `storage/validation.py`; the rules that tie parts of a canvas together live
here (`check_references`), where both the validator and tests use them.

Why not pydantic models: importing pydantic and building its models took about 170 ms,
as long as starting Qt and painting a bare window, at every start of the editor and of
every command-line export (bench/RESULTS.md). Only untrusted bytes need validating, so
the validator (pydantic's core) is loaded when a file is read, not at start-up.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR

MAX_NOTE_TEXT = 2_000
MAX_DESCRIPTION = 10_000
MAX_NOTES = 20_000
MAX_SEGMENTS = 200
MAX_SNAPSHOTS = 100
MAX_TAGS = 50
MAX_TAG = 50
MAX_SHORT_TEXT = 200
MAX_SEGMENT_NAME = 100
# A BCP 47 language tag such as "en" or "ko-KR"; 35 characters is the length RFC 5646 asks to support.
MAX_LANGUAGE_TAG = 35


def new_id() -> str:
    """A fresh, collision-free id for a note, segment or snapshot: 64 random bits as hex.

    os.urandom rather than uuid4 (the same randomness): `uuid` imports `platform` and
    costs milliseconds at start-up, where the instance lock and autosave make ids.
    """
    return os.urandom(8).hex()


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    block: BlockId
    text: str = ""
    description: str = ""
    color: str = DEFAULT_NOTE_COLOR
    segment: str | None = None
    tags: list[str] = field(default_factory=list)
    # The note's top-left corner as fractions of its block.
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True, slots=True)
class Segment:
    """A customer-segment "story": notes that serve it share its colour."""

    id: str
    name: str
    color: str


@dataclass(slots=True)
class Snapshot:
    """A named copy of the notes at a moment, for comparing iterations (later issues)."""

    id: str
    name: str
    created: str = ""
    notes: list[Note] = field(default_factory=list)


@dataclass(slots=True)
class Canvas:
    title: str = ""
    designed_for: str = ""
    designed_by: str = ""
    date: str = ""
    iteration: str = ""
    language: str = "en"
    notes: list[Note] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    snapshots: list[Snapshot] = field(default_factory=list)
    # Blocks in the order a presenter walks through them; empty means the standard order.
    presentation_order: list[BlockId] = field(default_factory=list)

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

    Ids are unique in their list, a note names an existing segment, each block appears
    once in the presentation order.
    """
    _check_unique("notes", "note id", [n.id for n in canvas.notes])
    _check_unique("segments", "segment id", [s.id for s in canvas.segments])
    segment_ids = {s.id for s in canvas.segments}
    for i, note in enumerate(canvas.notes):
        if note.segment is not None and note.segment not in segment_ids:
            raise ValueError(f"notes[{i}].segment: no segment has the id {note.segment!r}")
    # Snapshot notes may name segments deleted since; their ids must still tell notes apart.
    _check_unique("snapshots", "snapshot id", [s.id for s in canvas.snapshots])
    for k, snapshot in enumerate(canvas.snapshots):
        _check_unique(f"snapshots[{k}].notes", "note id", [n.id for n in snapshot.notes])
    for i, block in enumerate(canvas.presentation_order):
        if block in canvas.presentation_order[:i]:
            raise ValueError(f"presentation_order[{i}]: {block.value!r} is listed twice")


def _check_unique(place: str, what: str, ids: list[str]) -> None:
    """Raise with the place of the first repeated id, as `place[i].id: duplicate ...`."""
    seen: set[str] = set()
    for i, item_id in enumerate(ids):
        if item_id in seen:
            raise ValueError(f"{place}[{i}].id: duplicate {what} {item_id!r}")
        seen.add(item_id)
