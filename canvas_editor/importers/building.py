"""What every importer shares: its errors, reading text, and building the new canvas.

An importer reads a file into drafts (each with the place it came from, `line 12` or
`nodes[3]`) and hands them to a `CanvasBuilder`, whose `finish()` checks every value
with the model's own validators (`model/validation.py`, as a `.bmc` file is checked)
and returns a whole canvas, or raises naming the place of the first problem. Nothing
else leaves an importer, so a refused file never leaves half a canvas behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from canvas_editor.i18n import QT_TRANSLATE_NOOP, Message
from canvas_editor.model.blocks import BlockId, block_named, closest_block_name
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.model.layout import note_rect
from canvas_editor.model.placement import free_position
from canvas_editor.model.rules import MAX_NOTES
from canvas_editor.storage.errors import LoadError
from canvas_editor.storage.load import MAX_FILE_BYTES, file_text, too_large

_Value = TypeVar("_Value")

# Past this many notes in one block, new notes take the places of the first ones again:
# they overlap either way, and finding a free place looks at every note already there,
# so a file of 20,000 notes in one block would take minutes instead of a second.
PLACED_PER_BLOCK = 200

# Where in a file a problem is: `line 12` (in the user's language), or a path into a
# JSON document such as `nodes[3]`, which stays as the file spells it.
Place = Message | str


class ImportRefused(LoadError):
    """The file cannot become a canvas; the message is one line naming the place."""


class UnplacedNotes(ImportRefused):
    """Notes that name no block (an unknown heading, block id or group): the caller may
    name a block to put them in (`--into`, or a choice in the window) and import again."""


def at_line(number: int) -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "line {number}"), number=number)


def check_size(data: bytes) -> None:
    if len(data) > MAX_FILE_BYTES:
        raise too_large(len(data))


def decode_text(data: bytes) -> str:
    """The text of a UTF-8 file (a byte order mark is dropped), or a one-line error."""
    check_size(data)
    text = file_text(data)
    if not text.strip():
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "the file is empty"))
    return text


def text_lines(text: str) -> list[str]:
    """Lines as a text editor shows them: ended by LF, CRLF or CR, nothing else."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def unknown_block(what: Message | str, name: str) -> Message:
    """`heading 'Value Proposition' names no block (did you mean 'Value Propositions'?)`."""
    close = closest_block_name(name)
    if close:
        return Message(
            QT_TRANSLATE_NOOP("Errors", "{what} {name!r} names no block (did you mean {close!r}?)"),
            what=what,
            name=name,
            close=close,
        )
    return Message(QT_TRANSLATE_NOOP("Errors", "{what} {name!r} names no block"), what=what, name=name)


@dataclass
class NoteDraft:
    where: Place
    block: BlockId
    values: dict[str, Any]
    segment: str | None = None  # the segment's name, as files name segments


@dataclass
class SegmentDraft:
    where: Place
    name: str
    color: str


@dataclass
class CanvasBuilder:
    """Collects what a file holds; `finish()` makes the canvas or refuses the file.

    `into` is where notes that name no block go; None refuses them. Segments are named
    by their name in files, so two segments may not share one; a note may name a
    segment no legend lists only when `segments_from_notes` (CSV has no legend), and
    then the segment takes that note's colour.
    """

    into: BlockId | None = None
    segments_from_notes: bool = False
    header: dict[str, str] = field(default_factory=dict)
    notes: list[NoteDraft] = field(default_factory=list)
    segments: list[SegmentDraft] = field(default_factory=list)

    def block_for(self, name: str | None, where: Place, what: Message | str) -> BlockId:
        """The block `name` names, else the `into` block; else refuse, naming `where`."""
        block = block_named(name) if name is not None else None
        if block is not None:
            return block
        if self.into is not None:
            return self.into
        if name is None or not name.strip():
            raise UnplacedNotes(
                QT_TRANSLATE_NOOP("Errors", "{place}: a note outside every block"), place=where
            )
        raise UnplacedNotes("{place}: {problem}", place=where, problem=unknown_block(what, name))

    def add_segment(self, where: Place, name: str, color: str) -> None:
        for other in self.segments:
            if other.name == name:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{place}: a second segment named {name!r} ({first} has the first); "
                        "notes name their segment, so names must differ",
                    ),
                    place=where,
                    name=name,
                    first=other.where,
                )
        self.segments.append(SegmentDraft(where, name, color))

    def add_note(self, where: Place, block: BlockId, segment: str | None = None, **values: Any) -> None:
        if len(self.notes) >= MAX_NOTES:  # before a huge file builds every note it holds
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Errors", "{place}: more than {limit:,} notes, the most a canvas holds"),
                place=where,
                limit=MAX_NOTES,
            )
        self.notes.append(NoteDraft(where, block, values, segment))

    def finish(self) -> Canvas:
        from canvas_editor.model.validation import ValidationError, describe_validation_error, validate_canvas

        segments, segment_ids = self._segments()
        notes = self._notes(segment_ids, {s.id: s.color for s in segments})
        try:
            canvas: Canvas = validate_canvas({**self.header, "notes": notes, "segments": segments})
        except ValidationError as exc:
            # Not marked for translation: the model's validation message, in English.
            raise ImportRefused("{problem}", problem=describe_validation_error(exc)) from None
        return canvas

    def _segments(self) -> tuple[list[Segment], dict[str, str]]:
        """The segments, checked, and their ids by name."""
        from canvas_editor.model.validation import validate_segment

        drafts = list(self.segments)
        if self.segments_from_notes:
            listed = {s.name for s in drafts}
            for note in self.notes:
                if note.segment is not None and note.segment not in listed:
                    listed.add(note.segment)
                    drafts.append(
                        SegmentDraft(note.where, note.segment, note.values.get("color") or DEFAULT_NOTE_COLOR)
                    )
        ids = {draft.name: f"s{i}" for i, draft in enumerate(drafts, start=1)}
        segments: list[Segment] = [
            _checked(
                draft.where,
                validate_segment,
                {"id": ids[draft.name], "name": draft.name, "color": draft.color},
            )
            for draft in drafts
        ]
        return segments, ids

    def _notes(self, segment_ids: dict[str, str], colors: dict[str, str]) -> list[Note]:
        """The notes, checked: segments by id, colours and places filled in."""
        from canvas_editor.model.validation import validate_note

        placed: dict[BlockId, list[tuple[float, float]]] = {}
        full_at: dict[BlockId, int] = {}  # how many notes a block held when no free place was left
        notes: list[Note] = []
        for i, draft in enumerate(self.notes, start=1):
            values = dict(draft.values)
            segment = None
            if draft.segment is not None:
                segment = segment_ids.get(draft.segment)
                if segment is None:
                    raise ImportRefused(
                        QT_TRANSLATE_NOOP("Errors", "{place}: no segment named {name!r} in the legend"),
                        place=draft.where,
                        name=draft.segment,
                    )
            if values.get("color") is None:
                values["color"] = colors[segment] if segment is not None else DEFAULT_NOTE_COLOR
            taken = placed.setdefault(draft.block, [])
            if values.get("x") is None or values.get("y") is None:
                free = None
                if draft.block not in full_at and len(taken) < PLACED_PER_BLOCK:
                    free = free_position(draft.block, [note_rect(draft.block, x, y) for x, y in taken])
                    if free is None:
                        full_at[draft.block] = len(taken)
                if free is None:  # a full block: the first places again, in turn, overlapping
                    cycle = full_at.get(draft.block, PLACED_PER_BLOCK)
                    free = taken[len(taken) % cycle] if cycle else (0.0, 0.0)
                # A coordinate the file gives is kept, and checked like any other value.
                for key, value in zip(("x", "y"), free, strict=True):
                    if values.get(key) is None:
                        values[key] = value
            taken.append((values["x"], values["y"]))
            data = {"id": f"n{i}", "block": draft.block, **values, "segment": segment}
            notes.append(_checked(draft.where, validate_note, data))
        return notes


def _checked(where: Place, check: Callable[[dict[str, Any]], _Value], data: dict[str, Any]) -> _Value:
    """`check(data)`, or ImportRefused naming `where` and the field, in the loader's words."""
    from canvas_editor.model.validation import ValidationError, describe_validation_error

    try:
        return check(data)
    except ValidationError as exc:
        raise ImportRefused(
            "{place}: {problem}", place=where, problem=describe_validation_error(exc)
        ) from None
