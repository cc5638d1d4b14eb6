"""A note's entry in a room's document read and checked with the file's rules, for the
shared room's review, each private room's, and a co-facilitator's client; and what a
client wrote outside the protocol's roots, emptied again."""

from __future__ import annotations

from typing import Any

from pycrdt import Doc

from canvas_editor.live import layout
from canvas_editor.live.rights import INVALID, NOT_ALLOWED, TOO_LONG, Refusal
from canvas_editor.model.document import Note, Segment


def checked_entry(doc: Doc[Any], note_id: str, segments: list[Segment]) -> tuple[Note, str] | Refusal | None:
    """The note its entry says and the owner it names; a Refusal (TOO_LONG or INVALID)
    when the entry breaks the file's rules; None when there is no entry."""
    read = layout.read_note(doc, note_id)
    if read is None:
        return None
    if isinstance(read, layout._Invalid):
        return Refusal(INVALID, f"note {layout_id(note_id)}: not a map of the file's values")
    data, owner = read
    note, problem = valid_note(data, segments)
    if note is None:
        limit = _text_limit(data)
        reason = f"note {layout_id(note_id)}: {problem}"
        return Refusal(TOO_LONG if limit is not None else INVALID, reason, limit)
    return note, owner


def layout_id(note_id: str) -> str:
    """A note id as the log shows it: a hostile id is cut short."""
    return repr(note_id[:40])


def _text_limit(data: dict[str, Any]) -> int | None:
    """The limit the note's text or description is over, if either is."""
    from canvas_editor.model.rules import MAX_DESCRIPTION, MAX_NOTE_TEXT

    for name, limit in (("text", MAX_NOTE_TEXT), ("description", MAX_DESCRIPTION)):
        value = data.get(name)
        if isinstance(value, str) and len(value) > limit:
            return limit
    return None


def valid_note(data: dict[str, Any], segments: list[Segment]) -> tuple[Note | None, str]:
    from canvas_editor.model.validation import ValidationError, describe_validation_error, validate_note

    try:
        note = validate_note(data)
    except ValidationError as exc:
        return None, describe_validation_error(exc)
    if note.segment is not None and note.segment not in {s.id for s in segments}:
        return None, f"no segment has the id {note.segment!r}"
    return note, ""


def unknown_roots_refused(doc: Doc[Any], known: tuple[str, ...]) -> list[Refusal]:
    """What a client wrote outside the protocol's roots, emptied again."""
    return [
        Refusal(NOT_ALLOWED, f"{name[:40]!r}: not a root of the protocol")
        for name in layout.clear_unknown_roots(doc, known)
    ]
