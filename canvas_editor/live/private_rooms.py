"""Participants' private documents: their face-down notes, words and all, beside the
shared document (docs/live-protocol.md, "A participant's private room").

A Yjs document reaches every client whole, so a note whose words must stay with its
writer until Reveal cannot be in the shared document. Each participant has a document
of their own (the room `ROOM.PUBLIC_ID`, which only they may open) holding the `notes`
root alone; what it holds follows one rule: the notes of the canvas that are face down
and theirs, with their words. Everything the host does keeps to it (`mirror`), and a
participant's update to it is applied, reviewed with the same rules and rights as the
shared room, and then the note's entry is written back to what the host accepted.

A new note written there while the session's brainstorm covers its block joins the
canvas face down, by its writer's name; the shared document gets its placeholder
(`layout.shared_view`: no words). A new note outside the brainstorm (it ended while the
phone was offline) joins face up, so it moves to the shared document. Reveal turns the
note face up on the canvas, so the words go into the shared entry and the private one
goes. All of this runs on the host's asyncio loop, as SharedCanvas does.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from pycrdt import Doc

from canvas_editor.live import layout
from canvas_editor.live.note_checks import checked_entry, layout_id, unknown_roots_refused
from canvas_editor.live.rights import (
    NOT_ALLOWED,
    Participant,
    Refusal,
    refuse_add,
    refuse_change,
)

if TYPE_CHECKING:
    from canvas_editor.live.shared_canvas import Changes, SharedCanvas

PRIVATE_ROOTS = ("notes",)  # a private document's one root


class PrivateRooms:
    def __init__(self, shared: SharedCanvas) -> None:
        self._shared = shared
        self._docs: dict[str, Doc[Any]] = {}
        self._touched: set[str] = set()
        self._subscriptions: list[Any] = []
        # Documents an earlier run of the room kept (room_file.py), not opened yet.
        self._kept: dict[str, bytes] = {}

    def resume(self, kept: dict[str, bytes]) -> None:
        """Carry on the private documents an earlier run kept, as SharedCanvas.resume
        carries on the shared one: a page re-sends its private document after a restart,
        and only in the same document is an edit made meanwhile more than a tie that a
        new document's copy of the note could win."""
        self._kept = dict(kept)

    def states(self) -> dict[str, bytes]:
        """Every private document's whole state, for `resume` in a later run."""
        states = dict(self._kept)
        states.update({public_id: doc.get_update() for public_id, doc in self._docs.items()})
        return states

    def open(self, public_id: str) -> Doc[Any]:
        """The participant's private document the first time they connect: the one an
        earlier run kept, or a new one, made to hold the canvas's face-down notes that
        are theirs (so a restarted host has them again)."""
        doc = self._docs.get(public_id)
        if doc is None:
            doc = _continued(self._kept.pop(public_id, b""))
            wanted = {n.id: n for n in self._shared.notes_of(public_id) if n.hidden}
            with doc.transaction(origin="host"):
                notes = layout.root(doc, "notes")
                for note_id in layout.note_ids(doc) - set(wanted):
                    layout.remove_note(doc, note_id)
                for note in wanted.values():
                    layout.write_note(doc, note, public_id, words=True)
            self._subscriptions.append(notes.observe_deep(self._notes_touched))
            self._docs[public_id] = doc
        return doc

    def doc(self, public_id: str) -> Doc[Any] | None:
        return self._docs.get(public_id)

    def mirror(self, note_id: str, owner: str) -> None:
        """The note's entry in its owner's private document as the canvas now has it:
        there with its words while it is face down, gone otherwise."""
        doc = self._docs.get(owner)
        if doc is None:
            return
        note = self._shared.held(note_id)
        with doc.transaction(origin="host"):
            if note is not None and note.hidden and self._shared.owner_of(note_id) == owner:
                layout.write_note(doc, note, owner, words=True)
            else:
                layout.remove_note(doc, note_id)

    # ---- what a participant sends to their own room --------------------------------------

    def receive(self, who: Participant, update: bytes, changes: Changes) -> list[Refusal]:
        """Apply the participant's update to their document and review each note it
        touched; ValueError for bytes that are no Yjs update."""
        doc = self.open(who.public_id)
        self._touched.clear()
        with doc.transaction(origin=who.public_id):
            doc.apply_update(update)
        refusals: list[Refusal] = []
        for note_id in sorted(self._touched):
            refusal = self._review(who, doc, note_id, changes)
            if refusal is not None:
                refusals.append(refusal)
            # Accepted or not, the entry says what the host holds (or goes).
            self.mirror(note_id, who.public_id)
        with doc.transaction(origin="host"):
            refusals += unknown_roots_refused(doc, PRIVATE_ROOTS)
        return refusals

    def _notes_touched(self, events: list[Any]) -> None:
        self._touched.update(layout.touched_note_ids(events))

    def _review(self, who: Participant, doc: Doc[Any], note_id: str, changes: Changes) -> Refusal | None:
        shared = self._shared
        before = shared.held(note_id)
        owner = shared.owner_of(note_id)
        held_here = before is not None and before.hidden and owner == who.public_id
        read = checked_entry(doc, note_id, shared.segments)
        if before is not None and not held_here:
            # Revealed meanwhile (an offline phone's copy, which simply goes), or not
            # theirs at all.
            if owner == who.public_id or read is None:
                return None
            reason = f"note {layout_id(note_id)}: not one of the participant's private notes"
            return Refusal(NOT_ALLOWED, reason)
        if read is None:
            if held_here:
                shared.forget_note(note_id)
                changes.removed.append(note_id)
            return None
        if isinstance(read, Refusal):
            return read
        after, new_owner = read
        if before is None:
            refusal = refuse_add(who, after, new_owner, shared.owned_count(new_owner), shared.limits)
            if refusal is not None:
                return refusal
            if layout.brainstorm_covers(shared.session_value(layout.SESSION_BRAINSTORM), after.block.value):
                after = dataclasses.replace(after, hidden=True, author=self._author(who))
            shared.keep_note(after, new_owner)
            changes.added.append(after)
            return None
        refusal = refuse_change(who, before, after, owner, new_owner)
        if refusal is None and after != before:
            shared.keep_note(after, owner)
            changes.changed.append(after)
        return refusal

    def _author(self, who: Participant) -> str:
        """The face-down card's label: the writer's name in the room; none yet, and the
        window says "Face down" in its own language."""
        return " ".join(self._shared.participant_names().get(who.public_id, "").split())


def _continued(kept: bytes) -> Doc[Any]:
    """A document with the kept state; a new one when there is none or it does not read."""
    doc: Doc[Any] = Doc()
    if kept:
        try:
            doc.apply_update(kept)
        except (ValueError, RuntimeError):
            return Doc()
    return doc
