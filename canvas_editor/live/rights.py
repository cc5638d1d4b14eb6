"""Who may change what in the shared canvas: the participant's rights and limits.

A participant adds notes, edits and deletes their own, moves them within their block;
a facilitator (the host, or a co-facilitator whose join URL carries the facilitator
token) may do anything the model's rules allow. Each function answers with a
`Refusal` (one line for the host's log, and the kind of notice the participant is
shown) or None when the change is allowed.
The workshop features (voting within a budget, private notes) add their fields to
`PARTICIPANT_FIELDS` and their checks here.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, fields
from typing import Any, Final

from canvas_editor.model.document import Note

# The note fields a participant may set on their own notes (besides the block, which
# they choose once, when they add the note).
PARTICIPANT_FIELDS: Final = frozenset({"text", "description", "color", "x", "y"})
_SECRET = re.compile(r"[A-Za-z0-9_-]{16,64}")
MAX_NAME: Final = 60


@dataclass(frozen=True, slots=True)
class Limits:
    """What one participant may send (over all their connections); over it they are
    slowed down, and a message over the size limit closes its connection."""

    message_bytes: int = 1 << 20  # a reconnecting phone sends all its notes at once
    notes_per_participant: int = 200
    changes_per_second: float = 20.0
    burst: int = 60


# What a refused participant is told (docs/live-protocol.md, `notices`): the page words
# each kind in the participant's language, so the host sends a kind, not a sentence.
TOO_MANY: Final = "too_many"  # over the notes-per-participant limit
TOO_LONG: Final = "too_long"  # a note's text over the file's limit
INVALID: Final = "invalid"  # breaks another of the file's rules
NOT_ALLOWED: Final = "not_allowed"  # not theirs, or not a participant's to change
VOTE: Final = "vote"  # a ballot the voting rules refuse
SLOWED: Final = "slowed"  # sends faster than the room reads; read more slowly
NOTICE_KINDS: Final = (TOO_MANY, TOO_LONG, INVALID, NOT_ALLOWED, VOTE, SLOWED)


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a change may not stand: the host's log line and the participant's notice."""

    kind: str
    reason: str
    limit: int | None = None  # the limit a TOO_MANY or TOO_LONG notice names

    def __str__(self) -> str:
        return self.reason


@dataclass(frozen=True, slots=True)
class Participant:
    """One browser (or desktop client) in the room, known by the hash of its secret."""

    public_id: str
    facilitator: bool = False

    @property
    def label(self) -> str:
        return ("facilitator " if self.facilitator else "participant ") + self.public_id[:8]


def participant_from_secret(secret: str, *, facilitator: bool = False) -> Participant | None:
    """The participant a client's secret stands for, or None for a malformed secret.

    The shared document names owners by a hash of the secret, so reading the document
    does not let anyone act as another participant.
    """
    if not _SECRET.fullmatch(secret):
        return None
    return Participant(hashlib.sha256(secret.encode()).hexdigest()[:32], facilitator)


def refuse_add(who: Participant, note: Note, owner: str, notes_owned: int, limits: Limits) -> Refusal | None:
    if who.facilitator:
        return None
    if owner != who.public_id:
        return Refusal(NOT_ALLOWED, f"note {note.id}: a new note must carry its writer as owner")
    if notes_owned >= limits.notes_per_participant:
        limit = limits.notes_per_participant
        return Refusal(TOO_MANY, f"note {note.id}: at most {limit} notes per participant", limit)
    fresh = Note(id=note.id, block=note.block)
    outside = [n for n in _changed_names(fresh, note) if n not in PARTICIPANT_FIELDS]
    if outside:
        reason = f"note {note.id}: a participant's new note may not set {', '.join(outside)}"
        return Refusal(NOT_ALLOWED, reason)
    return None


def refuse_change(who: Participant, before: Note, after: Note, owner: str, new_owner: str) -> Refusal | None:
    if new_owner != owner:
        return Refusal(NOT_ALLOWED, f"note {before.id}: its owner cannot change")
    if who.facilitator:
        return None
    if owner != who.public_id:
        return Refusal(NOT_ALLOWED, f"note {before.id}: a participant edits only their own notes")
    outside = {name for name in _changed_names(before, after) if name not in PARTICIPANT_FIELDS}
    if outside:
        reason = f"note {before.id}: a participant may not change {', '.join(sorted(outside))}"
        return Refusal(NOT_ALLOWED, reason)
    return None


def refuse_remove(who: Participant, note_id: str, owner: str) -> Refusal | None:
    if who.facilitator or owner == who.public_id:
        return None
    return Refusal(NOT_ALLOWED, f"note {note_id}: a participant deletes only their own notes")


def refuse_participant_entry(who: Participant, key: str, value: Any) -> Refusal | None:
    """A participant writes only their own entry: `{"name": "..."}`."""
    if key != who.public_id:
        return Refusal(NOT_ALLOWED, "participants: only one's own entry")
    name = value.get("name") if isinstance(value, dict) else None
    if not isinstance(value, dict) or set(value) != {"name"} or not isinstance(name, str):
        return Refusal(INVALID, "participants: an entry is {name}")
    if len(name) > MAX_NAME:
        return Refusal(TOO_LONG, f"participants: a name has at most {MAX_NAME} characters", MAX_NAME)
    return None


def _changed_names(before: Note, after: Note) -> list[str]:
    return [f.name for f in fields(Note) if getattr(before, f.name) != getattr(after, f.name)]
