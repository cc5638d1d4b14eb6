"""The shared document's layout: how a canvas is written into a Y document and read back.

Version 1 of the protocol (docs/live-protocol.md). Root maps:

- `meta`: `protocol` (1) and `room`.
- `header`: the canvas's header fields (title, designed_for, ...), as in the file.
- `notes`: note id -> a map of the note's fields as the file writes them (the same
  names and JSON values), plus `owner`: the public id of the participant who wrote it
  ("" for the facilitator's notes).
- `segments`: segment id -> a map of `name` and `color`.
- `participants`: public id -> a map with `name`.
- `session`: the workshop's state (timer, presented block, voting open, budget, the
  silent brainstorm's scope).
- `ballots`: public id -> the note ids of that participant's dots.
- `notices`: public id -> the host's last notice to that participant (a refused change,
  a slowed connection).

A participant's private document (the room `ROOM.PUBLIC_ID`) holds the `notes` root
alone: that participant's face-down notes with their words.

The fields come from the model's dataclasses, so a field added to `Note` (a workshop
feature such as `hidden`) joins the shared document without a change here. Reading is
defensive: a hostile client may put any value under any key, and whatever does not
read as the file's JSON comes back as `INVALID`, never as an exception.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any, Final

from pycrdt import Doc, Map

from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.storage.canvas_json import notes_to_json, segments_to_json

PROTOCOL_VERSION: Final = 1
ROOTS: Final = ("meta", "header", "notes", "segments", "participants", "session", "ballots", "notices")
# A face-down note's words stay on the host until it is revealed: every client gets
# the whole document, so they are not in it (its place, colour and author are).
PRIVATE_FIELDS: Final = ("text", "description", "tags")
# A participant's private document: their face-down notes, words and all.
PRIVATE_ROOTS: Final = ("notes",)
# `session.brainstorm`: `{"block": BLOCK_ID or null for every block}` while new notes
# go face down, null otherwise.
SESSION_BRAINSTORM: Final = "brainstorm"
BRAINSTORM_BLOCK: Final = "block"
OWNER: Final = "owner"
FACILITATOR: Final = ""  # the owner of notes the facilitator (or the file) wrote
HEADER_FIELDS: Final = ("title", "designed_for", "designed_by", "date", "iteration", "language")
NOTE_FIELDS: Final = tuple(f.name for f in dataclasses.fields(Note) if f.name != "id")
SEGMENT_FIELDS: Final = tuple(f.name for f in dataclasses.fields(Segment) if f.name != "id")
# Yjs numbers are doubles: a whole number comes back as a float, and the file (and the
# model's strict rules) want an integer for these fields.
_INTEGER_FIELDS: Final = frozenset(
    f.name for f in dataclasses.fields(Note) if isinstance(f.default, int) and not isinstance(f.default, bool)
)


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"


INVALID: Final[_Invalid] = _Invalid()


def root(doc: Doc[Any], name: str) -> Map[Any]:
    shared: Map[Any] = doc.get(name, type=Map)
    return shared


def shared_view(note: Note) -> Note:
    """The note as the shared document holds it: a face-down note without its words."""
    if not note.hidden:
        return note
    return dataclasses.replace(note, text="", description="", tags=())


def brainstorm_session(on: bool, block: str | None) -> dict[str, Any] | None:
    """The `session.brainstorm` value for face-down writing on (in `block`, None: any) or off."""
    return {BRAINSTORM_BLOCK: block} if on else None


def brainstorm_covers(value: object, block: str) -> bool:
    """Whether a `session.brainstorm` value puts new notes of `block` face down."""
    if not isinstance(value, dict):
        return False
    scope = value.get(BRAINSTORM_BLOCK)
    return scope is None or scope == block


def with_private_fields(shared: Note, kept: Note) -> Note:
    """A face-down note read from the document, with the words the host keeps for it."""
    if not (shared.hidden and kept.hidden):
        return shared
    return dataclasses.replace(shared, **{name: getattr(kept, name) for name in PRIVATE_FIELDS})


def note_json(note: Note) -> dict[str, Any]:
    """The note's fields as the file writes them, without its id."""
    data = notes_to_json([note])[0]
    del data["id"]
    return data


def segment_json(segment: Segment) -> dict[str, Any]:
    data = segments_to_json([segment])[0]
    del data["id"]
    return data


def write_canvas(doc: Doc[Any], canvas: Canvas, room: str, owners: dict[str, str]) -> None:
    """Fill an empty document with the canvas (the host does this before anyone syncs)."""
    with doc.transaction(origin="host"):
        root(doc, "meta").update({"protocol": PROTOCOL_VERSION, "room": room})
        write_header(doc, {name: getattr(canvas, name) for name in HEADER_FIELDS})
        for note in canvas.notes:
            write_note(doc, note, owners.get(note.id, FACILITATOR))
        write_segments(doc, canvas.segments)
        root(doc, "participants")
        root(doc, "session")
        root(doc, "ballots")
        root(doc, "notices")


def write_header(doc: Doc[Any], values: dict[str, str]) -> None:
    header = root(doc, "header")
    for name, value in values.items():
        if header.get(name) != value:
            header[name] = value
    for name in list(header.keys()):
        if name not in HEADER_FIELDS:
            del header[name]


def write_note(doc: Doc[Any], note: Note, owner: str, *, words: bool = False) -> None:
    """Make the note's entry say exactly this, touching only the fields that differ; a
    face-down note without its words unless `words` (its writer's private document)."""
    notes = root(doc, "notes")
    wanted = {**note_json(note if words else shared_view(note)), OWNER: owner}
    entry = notes.get(note.id)
    if not isinstance(entry, Map):
        notes[note.id] = Map(wanted)
        return
    for name, value in wanted.items():
        if _plain(entry.get(name)) != value:
            entry[name] = value
    for name in list(entry.keys()):
        if name not in wanted:
            del entry[name]


def remove_note(doc: Doc[Any], note_id: str) -> None:
    notes = root(doc, "notes")
    if note_id in notes:
        del notes[note_id]


def write_segments(doc: Doc[Any], segments: list[Segment]) -> None:
    shared = root(doc, "segments")
    wanted = {s.id: segment_json(s) for s in segments}
    for segment_id in list(shared.keys()):
        if segment_id not in wanted:
            del shared[segment_id]
    for segment_id, fields in wanted.items():
        entry = shared.get(segment_id)
        if not isinstance(entry, Map) or {k: _plain(v) for k, v in entry.items()} != fields:
            shared[segment_id] = Map(fields)


def read_note(doc: Doc[Any], note_id: str) -> tuple[dict[str, Any], str] | _Invalid | None:
    """The note's JSON fields (with its id) and its owner; None when there is no such
    entry; INVALID when the entry is not a map of plain values."""
    entry = root(doc, "notes").get(note_id)
    if entry is None:
        return None
    if not isinstance(entry, Map):
        return INVALID
    data: dict[str, Any] = {"id": note_id}
    for name, value in entry.items():
        plain = _plain(value)
        if isinstance(plain, _Invalid):
            return INVALID
        data[name] = int(plain) if name in _INTEGER_FIELDS and _whole(plain) else plain
    owner = data.pop(OWNER, FACILITATOR)
    if not isinstance(owner, str):
        return INVALID
    return dict(data), owner


def owner_of(doc: Doc[Any], note_id: str) -> str:
    """The owner the note's entry names (the facilitator's when none or not a string)."""
    entry = root(doc, "notes").get(note_id)
    owner = entry.get(OWNER) if isinstance(entry, Map) else None
    return owner if isinstance(owner, str) else FACILITATOR


def touched_note_ids(events: list[Any]) -> set[str]:
    """The ids of the notes a transaction's deep events on the `notes` root touched."""
    from pycrdt import MapEvent

    touched: set[str] = set()
    for event in events:
        path: list[Any] = getattr(event, "path", [])
        if path:
            touched.add(str(path[0]))
        elif isinstance(event, MapEvent):
            keys: dict[str, Any] = getattr(event, "keys", {})
            touched.update(str(k) for k in keys)
    return touched


def read_segments(doc: Doc[Any]) -> list[Segment]:
    """The segments that read as the file's segments; others are left out."""
    from canvas_editor.model.validation import ValidationError, validate_segment

    segments: list[Segment] = []
    for segment_id, fields in sorted(read_plain(doc, "segments").items()):
        if isinstance(fields, dict):
            try:
                segments.append(validate_segment({**fields, "id": segment_id}))
            except ValidationError:
                continue
    return segments


def note_ids(doc: Doc[Any]) -> set[str]:
    return set(root(doc, "notes").keys())


def clear_unknown_roots(doc: Doc[Any], known: tuple[str, ...]) -> list[str]:
    """Empty every root the protocol does not name and return those that held
    something. Clients ignore such roots, but the room would keep and relay whatever a
    hostile client put there. A root has no type until read, so both views are
    emptied: a map's entries, and the items of a list or text."""
    from pycrdt import Array

    cleared: list[str] = []
    for name in list(doc.keys()):
        if name in known:
            continue
        items: Array[Any] = doc.get(name, type=Array)
        entries = root(doc, name)
        if len(items) or len(entries):
            del items[:]
            entries.clear()
            cleared.append(name)
    return cleared


def read_plain(doc: Doc[Any], name: str) -> dict[str, Any]:
    """A small root map (header, segments, participants, session) as plain values."""
    return {key: _plain(value) for key, value in root(doc, name).items()}


def _whole(value: object) -> bool:
    return isinstance(value, float) and math.isfinite(value) and value.is_integer()


def _plain(value: object) -> Any:
    """A JSON-like value as the file would hold it; INVALID for shared types."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, list):
        items = [_plain(v) for v in value]
        return INVALID if any(v is INVALID for v in items) else items
    if isinstance(value, Map):
        fields = {k: _plain(v) for k, v in value.items()}
        return INVALID if any(v is INVALID for v in fields.values()) else fields
    if isinstance(value, dict):
        fields = {str(k): _plain(v) for k, v in value.items()}
        return INVALID if any(v is INVALID for v in fields.values()) else fields
    return INVALID
