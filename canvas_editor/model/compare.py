"""What changed between two states of a board: a pure function, for the window and the CLI.

A state is anything with `notes` and `segments`: a canvas as it is now, or one of its
snapshots. Notes are followed by id (a snapshot copies the ids, and so does a copy
of a file), so a note that changed block, text, colour, segment or votes is one note
that changed, not one removed and one added. A note that moved inside its block,
changed only its description or tags, or was restacked has not changed here: the
comparison is about the business model, not about tidying the board.

A face-down note (a silent brainstorm) is named by its author, never by its words, in
either state: `model.private_writing.spoken`.

Each change is one `Change` with its kind; a note that changed in several ways gives
one change of each kind. `describe` words a change as one line (the `diff` command's
output and the window's list); `change_json` is its shape in `diff --format json`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple, Protocol

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.document import Note, Segment
from canvas_editor.model.private_writing import spoken


class Board(Protocol):
    """A state to compare: a Canvas or a Snapshot."""

    @property
    def notes(self) -> list[Note]: ...

    @property
    def segments(self) -> list[Segment]: ...


class ChangeKind(StrEnum):
    """The kinds of change, in the order a note's changes are listed."""

    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"  # to another block
    TEXT = "text"
    COLOR = "color"
    SEGMENT = "segment"
    VOTES = "votes"


# The kinds as `diff` writes them; the window shows them translated (context "Changes").
LABELS: dict[ChangeKind, str] = {
    ChangeKind.ADDED: QT_TRANSLATE_NOOP("Changes", "added"),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP("Changes", "removed"),
    ChangeKind.MOVED: QT_TRANSLATE_NOOP("Changes", "moved"),
    ChangeKind.TEXT: QT_TRANSLATE_NOOP("Changes", "text changed"),
    ChangeKind.COLOR: QT_TRANSLATE_NOOP("Changes", "recoloured"),
    ChangeKind.SEGMENT: QT_TRANSLATE_NOOP("Changes", "segment changed"),
    ChangeKind.VOTES: QT_TRANSLATE_NOOP("Changes", "votes changed"),
}
NO_SEGMENT = QT_TRANSLATE_NOOP("Changes", "none")


class SegmentRef(NamedTuple):
    """A note's segment as it was or is: its id and, for reading, its name."""

    id: str
    name: str


Value = BlockId | str | int | SegmentRef | None


@dataclass(frozen=True, slots=True)
class Change:
    """One way one note changed.

    `before` and `after` are the note in each state (None where it is missing: an added
    note has no `before`). `old` and `new` are the value that changed: blocks for
    MOVED, texts for TEXT, `#RRGGBB` (upper case) for COLOR, `SegmentRef`s or None for
    SEGMENT, numbers for VOTES; None for ADDED and REMOVED.
    """

    kind: ChangeKind
    before: Note | None
    after: Note | None
    old: Value = None
    new: Value = None

    @property
    def note(self) -> Note:
        """The note as it is after the change (as it was, for a removed note)."""
        note = self.after if self.after is not None else self.before
        assert note is not None
        return note

    @property
    def note_id(self) -> str:
        return self.note.id

    @property
    def block(self) -> BlockId:
        """The block the note is in after the change (was in, for a removed note)."""
        return self.note.block


def compare(before: Board, after: Board) -> list[Change]:
    """Every change from `before` to `after`, block by block in the standard block order.

    Inside a block, the notes of `after` come in their order (a note's own changes in
    ChangeKind order), then the notes removed from that block in `before`'s order.
    """
    old_notes = {n.id: n for n in before.notes}
    new_ids = {n.id for n in after.notes}
    old_segments = {s.id: s for s in before.segments}
    new_segments = {s.id: s for s in after.segments}
    changes: list[Change] = []
    for note in after.notes:
        old = old_notes.get(note.id)
        if old is None:
            changes.append(Change(ChangeKind.ADDED, None, note))
        elif old != note:
            changes.extend(_note_changes(old, note, old_segments, new_segments))
    changes.extend(Change(ChangeKind.REMOVED, n, None) for n in before.notes if n.id not in new_ids)
    order = {block: i for i, block in enumerate(BlockId)}
    # A stable sort: the order built above holds inside each block.
    changes.sort(key=lambda c: order[c.block])
    return changes


def _note_changes(
    old: Note, new: Note, old_segments: dict[str, Segment], new_segments: dict[str, Segment]
) -> list[Change]:
    found: list[Change] = []
    if old.block != new.block:
        found.append(Change(ChangeKind.MOVED, old, new, old.block, new.block))
    if spoken(old) != spoken(new):  # a face-down note's words are not compared
        found.append(Change(ChangeKind.TEXT, old, new, spoken(old), spoken(new)))
    if old.color.upper() != new.color.upper():
        found.append(Change(ChangeKind.COLOR, old, new, old.color.upper(), new.color.upper()))
    if old.segment != new.segment:
        found.append(
            Change(
                ChangeKind.SEGMENT,
                old,
                new,
                _segment_ref(old.segment, old_segments),
                _segment_ref(new.segment, new_segments),
            )
        )
    if old.votes != new.votes:
        found.append(Change(ChangeKind.VOTES, old, new, old.votes, new.votes))
    return found


def _segment_ref(segment_id: str | None, segments: dict[str, Segment]) -> SegmentRef | None:
    if segment_id is None:
        return None
    segment = segments.get(segment_id)
    return SegmentRef(segment_id, segment.name if segment is not None else segment_id)


def english_block_name(block: BlockId) -> str:
    return BLOCKS[block].name_en


def quoted(text: str) -> str:
    """Text in double quotes on one line: newlines and quotes escaped as in JSON."""
    return json.dumps(text, ensure_ascii=False)


def describe(
    change: Change,
    block_name: Callable[[BlockId], str] = english_block_name,
    words: Callable[[str], str] = str,
) -> str:
    """The change as one line, naming the block and the note's text.

    `added: Value Propositions: "Fresh bread"`,
    `moved: "Fresh bread": Key Partners -> Channels`,
    `text changed: Channels: "Flyers" -> "Posters"`,
    `segment changed: Channels: "Flyers": none -> "Commuters"`,
    `votes changed: Channels: "Flyers": 0 -> 3`.
    `words` gives the kinds' words (LABELS, NO_SEGMENT) in the reader's language.
    """
    label = words(LABELS[change.kind])
    old, new = change.old, change.new
    if change.kind is ChangeKind.MOVED:
        assert isinstance(old, BlockId) and isinstance(new, BlockId)
        return f"{label}: {quoted(spoken(change.note))}: {block_name(old)} -> {block_name(new)}"
    where = f"{label}: {block_name(change.block)}"
    if change.kind is ChangeKind.TEXT:
        assert isinstance(old, str) and isinstance(new, str)
        return f"{where}: {quoted(old)} -> {quoted(new)}"
    what = f"{where}: {quoted(spoken(change.note))}"
    if change.kind is ChangeKind.SEGMENT:
        return f"{what}: {_segment_words(old, words)} -> {_segment_words(new, words)}"
    if change.kind in (ChangeKind.COLOR, ChangeKind.VOTES):
        return f"{what}: {old} -> {new}"
    return what


def _segment_words(value: Value, words: Callable[[str], str]) -> str:
    return quoted(value.name) if isinstance(value, SegmentRef) else words(NO_SEGMENT)


def change_json(change: Change) -> dict[str, Any]:
    """The change as `diff --format json` writes it (the shape is in `diff --help`)."""
    return {
        "kind": change.kind.value,
        "note": change.note_id,
        "block": change.block.value,
        "text": spoken(change.note),
        "before": _json_value(change.old),
        "after": _json_value(change.new),
    }


def _json_value(value: Value) -> object:
    if isinstance(value, SegmentRef):
        return {"id": value.id, "name": value.name}
    if isinstance(value, BlockId):
        return value.value
    return value


def summary(changes: Sequence[Change]) -> dict[ChangeKind, int]:
    """How many changes of each kind, kinds without any left out, in ChangeKind order."""
    counts = {kind: 0 for kind in ChangeKind}
    for change in changes:
        counts[change.kind] += 1
    return {kind: n for kind, n in counts.items() if n}
