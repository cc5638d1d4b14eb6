"""The room's Y document beside the canvas the host has accepted, and the review of
every participant's update against the model's rules and the participant's rights.

A participant's update is applied to the document first (a CRDT cannot drop an update
without breaking the updates that build on it), then each note, header field or entry
it touched is checked; what may not stand is written back to its accepted value in a
host transaction, which every client receives as an ordinary update. What may stand
comes back as `Changes` for the model. Participants' face-down notes with their words
are in their private documents (`private_rooms.py`), which every change here keeps in
step. All of this runs on the host's asyncio loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Doc

from canvas_editor.live import layout
from canvas_editor.live.note_checks import checked_entry, unknown_roots_refused
from canvas_editor.live.private_rooms import PrivateRooms
from canvas_editor.live.rights import (
    INVALID,
    NOT_ALLOWED,
    VOTE,
    Limits,
    Participant,
    Refusal,
    refuse_add,
    refuse_change,
    refuse_participant_entry,
    refuse_remove,
)
from canvas_editor.model.document import Canvas, Note, Segment

log = logging.getLogger("canvas_editor.live")


@dataclass
class Changes:
    """What the model takes from one update: notes by value, removed notes by id."""

    added: list[Note] = field(default_factory=list)
    changed: list[Note] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    header: dict[str, str] = field(default_factory=dict)
    # Participants' ballots by voter (as the canvas's ballots name them): their dots.
    ballots: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed or self.header or self.ballots)


class SharedCanvas:
    def __init__(self, canvas: Canvas, room: str, limits: Limits | None = None) -> None:
        self.doc: Doc[Any] = Doc()
        self.room = room
        self.limits = limits or Limits()
        self._notes: dict[str, Note] = {n.id: n for n in canvas.notes}
        # Who wrote each participant's note (the facilitator's notes are not listed).
        self._owners: dict[str, str] = {}
        self._header = {name: getattr(canvas, name) for name in layout.HEADER_FIELDS}
        self._segments: list[Segment] = list(canvas.segments)
        self._participants: dict[str, dict[str, Any]] = {}
        self._session: dict[str, Any] = {}
        # Dot voting: the budget, each participant's accepted dots, and the voter name
        # their ballot has in the canvas.
        self._budget = canvas.vote_budget
        self._ballots: dict[str, tuple[str, ...]] = {}
        self._voters: dict[str, str] = {}
        # The last notice each participant was shown (docs/live-protocol.md, `notices`).
        self._notices: dict[str, dict[str, Any]] = {}
        self._notice_count = 0
        # Told when a participant's entry (their name) is accepted.
        self.participants_changed: Callable[[], None] = lambda: None
        layout.write_canvas(self.doc, canvas, room, self._owners)
        self.private = PrivateRooms(self)
        self._touched_notes: set[str] = set()
        self._touched_roots: set[str] = set()
        self._watch()

    def _watch(self) -> None:
        """Learn which notes and roots each update touches (the review reads only those)."""
        doc = self.doc
        self._subscriptions = [layout.root(doc, "notes").observe_deep(self._notes_touched)]
        for name in layout.ROOTS:
            if name != "notes":
                self._subscriptions.append(layout.root(doc, name).observe_deep(self._root_touched(name)))

    # ---- what participants send -------------------------------------------------------

    def receive(self, who: Participant, update: bytes, *, catching_up: bool = False) -> Changes:
        """Apply a client's update, revert what it may not do; ValueError for bytes that
        are no Yjs update. `catching_up`: the update is what a reconnecting client holds
        and the room lacks (its sync step 2), see `report`."""
        self._touched_notes.clear()
        self._touched_roots.clear()
        with self.doc.transaction(origin=who.public_id):
            self.doc.apply_update(update)
        touched_notes, touched_roots = set(self._touched_notes), set(self._touched_roots)
        changes = Changes()
        refusals: list[Refusal] = []
        with self.doc.transaction(origin="host"):
            for note_id in sorted(touched_notes):
                owner = self._owners.get(note_id)
                refusal = self._review_note(who, note_id, changes)
                if refusal:
                    refusals.append(refusal)
                    self._revert_note(note_id)
                elif note_id in self._notes and self._notes[note_id].hidden:
                    # Words typed into a face-down placeholder are not its words.
                    self._revert_note(note_id)
                owner = owner or self._owners.get(note_id)
                if owner:
                    self.private.mirror(note_id, owner)
            for name in sorted(touched_roots):
                refusal = self._review_root(who, name, changes)
                if refusal:
                    refusals.append(refusal)
            refusals += unknown_roots_refused(self.doc, layout.ROOTS)
        self.report(who, refusals, catching_up=catching_up)
        return changes

    def receive_private(self, who: Participant, update: bytes, *, catching_up: bool = False) -> Changes:
        """Apply a participant's update to their private document (private_rooms.py) and
        revert what they may not do; ValueError for bytes that are no Yjs update."""
        changes = Changes()
        self.report(who, self.private.receive(who, update, changes), catching_up=catching_up)
        return changes

    def report(self, who: Participant, refusals: list[Refusal], *, catching_up: bool = False) -> None:
        """One log line for an update's refusals, and the sender's notice of the first.

        What a reconnecting page sends to catch up can hold what others wrote and the
        room has lost (a host restarted after a kill): refused as not theirs, it is no
        change the participant made, so `not_allowed` is not told then. What they wrote
        themselves while away (a note too long, over the limit) still is."""
        if not refusals:
            return
        more = f" (and {len(refusals) - 1} more)" if len(refusals) > 1 else ""
        log.warning("live: reverted a change by %s: %s%s", who.label, refusals[0], more)
        told = [r for r in refusals if not (catching_up and r.kind == NOT_ALLOWED)]
        if told and not who.facilitator:
            self.notify(who.public_id, told[0].kind, told[0].limit)

    def notify(self, public_id: str, kind: str, limit: int | None = None) -> None:
        """Tell one participant why the host refused or slowed them: their entry in the
        `notices` root, which only the host writes; `n` grows with every notice, so the
        page shows a repeated kind again."""
        self._notice_count += 1
        notice: dict[str, Any] = {"n": self._notice_count, "kind": kind}
        if limit is not None:
            notice["limit"] = limit
        self._notices[public_id] = notice
        with self.doc.transaction(origin="host"):
            layout.root(self.doc, "notices")[public_id] = notice

    def _root_touched(self, name: str) -> Callable[[list[Any]], None]:
        return lambda _events: self._touched_roots.add(name)

    def _notes_touched(self, events: list[Any]) -> None:
        self._touched_notes.update(layout.touched_note_ids(events))

    def _review_note(self, who: Participant, note_id: str, changes: Changes) -> Refusal | None:
        before = self._notes.get(note_id)
        owner = self._owners.get(note_id, layout.FACILITATOR)
        read = checked_entry(self.doc, note_id, self._segments)
        if read is None:
            if before is None:
                return None
            refusal = refuse_remove(who, note_id, owner)
            if refusal is None:
                del self._notes[note_id]
                self._owners.pop(note_id, None)
                changes.removed.append(note_id)
            return refusal
        if isinstance(read, Refusal):
            return read
        after, new_owner = read
        if before is not None:
            after = layout.with_private_fields(after, before)
        if before is None:
            refusal = refuse_add(who, after, new_owner, self.owned_count(new_owner), self.limits)
            if refusal is None:
                self._notes[note_id] = after
                if new_owner != layout.FACILITATOR:
                    self._owners[note_id] = new_owner
                changes.added.append(after)
            return refusal
        if after == before and new_owner == owner:
            return None
        refusal = refuse_change(who, before, after, owner, new_owner)
        if refusal is None:
            self._notes[note_id] = after
            changes.changed.append(after)
        return refusal

    def _revert_note(self, note_id: str) -> None:
        note = self._notes.get(note_id)
        if note is None:
            layout.remove_note(self.doc, note_id)
        else:
            layout.write_note(self.doc, note, self._owners.get(note_id, layout.FACILITATOR))

    def _review_root(self, who: Participant, name: str, changes: Changes) -> Refusal | None:
        if name == "header":
            return self._review_header(who, changes)
        if name == "participants":
            return self._review_participants(who)
        if name == "segments":
            layout.write_segments(self.doc, self._segments)
            return Refusal(NOT_ALLOWED, "segments: only the host edits segments")
        if name == "ballots":
            return self._review_ballots(who, changes)
        return self._restore_host_root(name)

    def _review_header(self, who: Participant, changes: Changes) -> Refusal | None:
        from canvas_editor.model.validation import checked_field

        shared = layout.read_plain(self.doc, "header")
        refusal: Refusal | None = None
        if not who.facilitator:
            refusal = Refusal(NOT_ALLOWED, "header: only a facilitator edits the header")
        elif set(shared) - set(layout.HEADER_FIELDS):
            refusal = Refusal(INVALID, "header: unknown field")
        else:
            wanted: dict[str, str] = {}
            for key, value in shared.items():
                if value != self._header[key]:
                    try:
                        wanted[key] = checked_field(Canvas, key, value)
                    except ValueError as exc:
                        refusal = Refusal(INVALID, f"header.{exc}")
                        break
            if refusal is None:
                self._header.update(wanted)
                changes.header.update(wanted)
        layout.write_header(self.doc, self._header)  # restores a deleted or refused field
        return refusal

    def _review_participants(self, who: Participant) -> Refusal | None:
        shared = layout.read_plain(self.doc, "participants")
        refusal: Refusal | None = None
        for key in set(shared) | set(self._participants):
            value = shared.get(key)
            if value == self._participants.get(key):
                continue
            refusal = (
                refuse_participant_entry(who, key, value)
                if value is not None
                else Refusal(NOT_ALLOWED, "participants: an entry stays for the workshop")
            )
            if refusal is None and isinstance(value, dict):
                self._participants[key] = value
                self.participants_changed()
        if refusal is not None:
            self._write_root("participants", self._participants)
        return refusal

    def _review_ballots(self, who: Participant, changes: Changes) -> Refusal | None:
        shared = layout.read_plain(self.doc, "ballots")
        refusal: Refusal | None = None
        for key in sorted(set(shared) | set(self._ballots)):
            before = self._ballots.get(key, ())
            value = shared.get(key, [])
            dots = (
                tuple(value) if isinstance(value, list) and all(isinstance(d, str) for d in value) else None
            )
            if dots == before:
                continue
            if key != who.public_id:
                refusal = Refusal(NOT_ALLOWED, "ballots: only one's own ballot")
            elif dots is None:
                refusal = Refusal(INVALID, "ballots: a ballot is a list of note ids")
            elif self._session.get("voting") is not True:
                refusal = Refusal(VOTE, "ballots: voting is not open")
            else:
                refusal = self._vote(key, before, dots, changes) or refusal
        if refusal is not None:
            self._write_root("ballots", {k: list(v) for k, v in self._ballots.items() if v})
        return refusal

    def _vote(
        self, public_id: str, before: tuple[str, ...], dots: tuple[str, ...], changes: Changes
    ) -> Refusal | None:
        """The participant's ballot from `before` to `dots`, checked by the model's rules
        of dot voting (budget, face-down notes); a refusal, or None once applied."""
        from canvas_editor.model import voting
        from canvas_editor.model.document import Ballot

        voter = self._voter(public_id)
        named = [i for i in dict.fromkeys((*before, *dots)) if i in self._notes]
        canvas = Canvas(notes=[self._notes[i] for i in named], vote_budget=self._budget)
        kept = tuple(i for i in before if i in self._notes)
        canvas.ballots = [Ballot(voter, kept)] if kept else []
        try:
            for note_id in kept:
                note, canvas.ballots = voting.take_back(canvas, canvas.note(note_id), voter)
                canvas.notes[named.index(note_id)] = note
            for note_id in dots:
                if note_id not in self._notes:
                    return Refusal(VOTE, "ballots: a dot on a note that is not there")
                note, canvas.ballots = voting.cast(canvas, canvas.note(note_id), voter)
                canvas.notes[named.index(note_id)] = note
        except voting.VoteRefused as exc:
            return Refusal(VOTE, f"ballots: {exc}")
        for note in canvas.notes:
            if note != self._notes[note.id]:
                self._notes[note.id] = note
                layout.write_note(self.doc, note, self._owners.get(note.id, layout.FACILITATOR))
                changes.changed.append(note)
        self._ballots[public_id] = dots
        changes.ballots[voter] = dots
        return None

    def _voter(self, public_id: str) -> str:
        """The name a participant's ballot has in the canvas: theirs, made unique."""
        voter = self._voters.get(public_id)
        if voter is None:
            name = self.participant_names().get(public_id, "").strip() or "Participant"
            taken = set(self._voters.values())
            voter = name if name not in taken else f"{name} ({public_id[:4]})"
            self._voters[public_id] = voter
        return voter

    def put_voting(self, budget: int, ballots: list[Any]) -> None:
        """The canvas's budget and ballots (the facilitator cleared votes, changed the
        budget): participants' ballots in the room follow."""
        self._budget = budget
        by_voter = {b.voter: tuple(b.dots) for b in ballots}
        with self.doc.transaction(origin="host"):
            for public_id, voter in self._voters.items():
                dots = by_voter.get(voter, ())
                if self._ballots.get(public_id, ()) != dots:
                    self._ballots[public_id] = dots
                    shared = layout.root(self.doc, "ballots")
                    if dots:
                        shared[public_id] = list(dots)
                    elif public_id in shared:
                        del shared[public_id]

    def participant_names(self) -> dict[str, str]:
        return {key: str(entry.get("name", "")) for key, entry in self._participants.items()}

    def _restore_host_root(self, name: str) -> Refusal | None:
        # `meta`, `session` and `notices` belong to the host; a client that writes there
        # is reverted.
        wanted = self._host_roots().get(name, {})
        if layout.read_plain(self.doc, name) == wanted:
            return None  # the host's own write, seen again
        self._write_root(name, wanted)
        return Refusal(NOT_ALLOWED, f"{name}: only the host writes here")

    def _host_roots(self) -> dict[str, dict[str, Any]]:
        meta = {"protocol": layout.PROTOCOL_VERSION, "room": self.room}
        return {"meta": meta, "session": dict(self._session), "notices": dict(self._notices)}

    def _write_root(self, name: str, values: dict[str, Any]) -> None:
        from pycrdt import Map

        shared = layout.root(self.doc, name)
        for key in list(shared.keys()):
            if key not in values:
                del shared[key]
        # Participants' entries are maps (each writes their own); session values are plain.
        nested = name == "participants"
        for key, value in values.items():
            if layout._plain(shared.get(key)) != value:
                shared[key] = Map(value) if nested and isinstance(value, dict) else value

    # ---- what the host changes (local edits flow out) ---------------------------------

    def put_notes(self, notes: list[Note]) -> None:
        """The facilitator's notes as the canvas has them; a participant's face-down note
        follows into their private document, and a revealed one leaves it."""
        with self.doc.transaction(origin="host"):
            for note in notes:
                if self._notes.get(note.id) == note:
                    # The room has it already: the window hands back every note the room
                    # gave it, and writing out the fields a page left at their defaults
                    # would send every participant's note to every client twice.
                    continue
                self._notes[note.id] = note
                layout.write_note(self.doc, note, self._owners.get(note.id, layout.FACILITATOR))
        for note in notes:
            if note.id in self._owners:
                self.private.mirror(note.id, self._owners[note.id])

    def drop_notes(self, ids: list[str]) -> None:
        owners = {i: self._owners[i] for i in ids if i in self._owners}
        with self.doc.transaction(origin="host"):
            for note_id in ids:
                self._notes.pop(note_id, None)
                self._owners.pop(note_id, None)
                layout.remove_note(self.doc, note_id)
        for note_id, owner in owners.items():
            self.private.mirror(note_id, owner)

    def put_header(self, values: dict[str, str]) -> None:
        self._header.update(values)
        with self.doc.transaction(origin="host"):
            layout.write_header(self.doc, self._header)

    def put_segments(self, segments: list[Segment]) -> None:
        self._segments = list(segments)
        with self.doc.transaction(origin="host"):
            layout.write_segments(self.doc, self._segments)

    def put_canvas(self, canvas: Canvas) -> None:
        """The whole canvas again (the facilitator opened or reverted a file)."""
        gone = [i for i in self._notes if i not in {n.id for n in canvas.notes}]
        self.drop_notes(gone)
        self.put_segments(canvas.segments)
        self.put_header({name: getattr(canvas, name) for name in layout.HEADER_FIELDS})
        self.put_notes(canvas.notes)

    def put_session(self, values: dict[str, Any]) -> None:
        """Workshop state the host sets (docs/live-protocol.md); keys whose value is
        unchanged are not written again."""
        changed = {k: v for k, v in values.items() if self._session.get(k) != v}
        if not changed:
            return
        self._session.update(changed)
        with self.doc.transaction(origin="host"):
            shared = layout.root(self.doc, "session")
            for key, value in changed.items():
                shared[key] = value  # a plain JSON value, objects included

    def restore_owners(self, owners: dict[str, str]) -> None:
        """Owners kept from an earlier run of the room (room_file.py), for notes still here."""
        kept = {k: v for k, v in owners.items() if k in self._notes}
        self._owners.update(kept)
        with self.doc.transaction(origin="host"):
            for note_id in kept:
                layout.write_note(self.doc, self._notes[note_id], kept[note_id])

    def owners(self) -> dict[str, str]:
        return dict(self._owners)

    def state(self) -> bytes:
        """The Y document's whole state, for `resume` in a later run of the room."""
        return self.doc.get_update()

    def resume(self, kept: bytes) -> None:
        """Carry on the Y document an earlier run of this room kept (room_file.py), made
        to say the canvas as loaded (the file wins); call after `restore_owners`, before
        the room runs. A participant's page that reconnects after the host was killed
        holds that document's items: in a document of the host's own, the same notes
        would be other items, and Yjs settles such a tie by client id, so an edit the
        participant made while the host was down could lose to the file's copy. In the
        same document it is only what the host has not seen yet. A kept document that
        does not read leaves the new one as it is."""
        doc: Doc[Any] = Doc()
        try:
            doc.apply_update(kept)
        except (ValueError, RuntimeError):
            return
        self.doc = doc
        with doc.transaction(origin="host"):
            for note_id in layout.note_ids(doc) - set(self._notes):
                layout.remove_note(doc, note_id)
            for note in self._notes.values():
                layout.write_note(doc, note, self._owners.get(note.id, layout.FACILITATOR))
            layout.write_header(doc, self._header)
            layout.write_segments(doc, self._segments)
            # What earlier runs accepted stays: names, and the notices' count goes on
            # rising, so a page that saw notice n is told the next one.
            self._participants = {
                key: value
                for key, value in layout.read_plain(doc, "participants").items()
                if refuse_participant_entry(Participant(key), key, value) is None
            }
            self._notices = {
                key: value
                for key, value in layout.read_plain(doc, "notices").items()
                if isinstance(value, dict) and _notice_number(value.get("n"))
            }
            self._notice_count = int(max((v["n"] for v in self._notices.values()), default=0))
            for name, values in {
                **self._host_roots(),
                "participants": self._participants,
                "ballots": {k: list(v) for k, v in self._ballots.items() if v},
            }.items():
                self._write_root(name, values)
        self._watch()

    # ---- what the private rooms read and accept (private_rooms.py) -------------------------

    def held(self, note_id: str) -> Note | None:
        """The note as the host has accepted it (words and all)."""
        return self._notes.get(note_id)

    def owner_of(self, note_id: str) -> str:
        return self._owners.get(note_id, layout.FACILITATOR)

    def notes_of(self, public_id: str) -> list[Note]:
        owned = (i for i, owner in self._owners.items() if owner == public_id)
        return [self._notes[i] for i in owned if i in self._notes]

    def owned_count(self, public_id: str) -> int:
        """The participant's notes, face up and face down: one limit counts both."""
        return sum(1 for owner in self._owners.values() if owner == public_id)

    @property
    def segments(self) -> list[Segment]:
        return self._segments

    def session_value(self, key: str) -> Any:
        return self._session.get(key)

    def keep_note(self, note: Note, owner: str) -> None:
        """A participant's note accepted from their private room; the shared document
        gets it as everyone may see it (a face-down note without its words)."""
        self._notes[note.id] = note
        if owner != layout.FACILITATOR:
            self._owners[note.id] = owner
        with self.doc.transaction(origin="host"):
            layout.write_note(self.doc, note, owner)

    def forget_note(self, note_id: str) -> None:
        """A participant deleted their private note: its placeholder goes too."""
        self._notes.pop(note_id, None)
        self._owners.pop(note_id, None)
        with self.doc.transaction(origin="host"):
            layout.remove_note(self.doc, note_id)


def _notice_number(n: object) -> bool:
    """A notice's `n` as the host writes it: a whole count a double holds exactly."""
    return isinstance(n, int | float) and not isinstance(n, bool) and 0 <= n < 2**53
