"""The window's side of a shared room: the controller's canvas in, the room's changes out.

A window is in a room in one of two ways: it hosts it (`WindowLink`, File > Share
Workshop, the room on `host.HostThread`) or it joined someone else's (`JoinLink`,
`canvas-editor join`, the room's document on `room_client.RoomClient`'s thread).
Both run the room on a thread of its own; the changes it accepts reach the
controller only through a queued Qt signal, so they are applied on the GUI thread,
between paints, through the controller's mutation interface: they show on the board
at once and are not the facilitator's to undo. They mark the document modified (the
undo stack leaves its clean state), so saving and autosave treat them as edits. The
window's own edits go to the room's loop through the thread's `call`; values the
room already holds are not written again, so a change never echoes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal

from canvas_editor.controller.document_controller import DocumentController
from canvas_editor.live.access import Access
from canvas_editor.live.host import HostThread, LiveHost
from canvas_editor.live.layout import HEADER_FIELDS
from canvas_editor.live.room_client import RoomClient
from canvas_editor.live.room_file import KeptRoom, RoomKeeper
from canvas_editor.live.shared_canvas import Changes
from canvas_editor.model.document import Ballot, Canvas, Note
from canvas_editor.model.voting import fitting_ballots, with_ballot


class _Room(Protocol):
    """What the window writes into: the host's SharedCanvas or a joined RoomClient."""

    def put_notes(self, notes: list[Note]) -> None: ...

    def drop_notes(self, ids: list[str]) -> None: ...

    def put_header(self, values: dict[str, str]) -> None: ...


class _ControllerLink(QObject):
    changes_arrived = Signal(object)  # Changes, emitted on the room's thread

    def __init__(self, controller: DocumentController) -> None:
        super().__init__(controller)
        self._controller = controller
        self.changes_arrived.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        self._arriving: dict[str, Note] = {}
        self._leaving: set[str] = set()
        self._header_arriving = False
        self._connections: list[Any] = []

    def _link(self, room: _Room, call: Callable[..., None]) -> None:
        self._room, self._call = room, call
        controller = self._controller
        self._connections = [
            controller.note_added.connect(self._note_out),
            controller.note_changed.connect(self._note_out),
            controller.note_moved.connect(self._note_out),
            controller.note_removed.connect(self._note_gone),
            controller.header_changed.connect(self._header_out),
        ]

    def _unlink(self) -> None:
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections.clear()

    def _apply(self, changes: Changes) -> None:
        # What the room sent is not sent back: by the time the window applies it, the
        # room may hold a newer value from the same writer, which an echo would undo
        # for a moment in everyone's view.
        self._arriving = {n.id: n for n in (*changes.changed, *changes.added)}
        self._leaving = set(changes.removed)
        self._header_arriving = bool(changes.header)
        try:
            self._apply_changes(changes)
        finally:
            self._arriving, self._leaving, self._header_arriving = {}, set(), False

    def _apply_changes(self, changes: Changes) -> None:
        controller = self._controller
        removed = [i for i in changes.removed if controller.has_note(i)]
        if removed:
            controller.pop_notes(removed)
        changed = [n for n in changes.changed if controller.has_note(n.id)]
        if changed:
            controller.replace_notes(changed)
        added = [n for n in changes.added if not controller.has_note(n.id)]
        if added:
            end = len(controller.canvas.notes)
            controller.insert_notes([(end + i, note) for i, note in enumerate(added)])
        if changes.header:
            controller.set_header_fields(dict(changes.header))
        canvas = controller.canvas
        if changes.ballots:
            ballots = list(canvas.ballots)
            for voter, dots in changes.ballots.items():
                ballots = with_ballot(ballots, Ballot(voter, dots))
            controller.set_voting(canvas.vote_budget, ballots)
        if removed or changed:
            # Dots on a note that went, or beyond a note's new count, go with it: the
            # file's rules want every dot on a note that holds it.
            fitting = fitting_ballots(canvas.ballots, canvas.notes)
            if fitting != canvas.ballots:
                controller.set_voting(canvas.vote_budget, fitting)
        if changes:
            controller.undo_stack.resetClean()  # modified, without an undo step

    def _note_out(self, note_id: str) -> None:
        if self._controller.has_note(note_id):
            note = self._controller.note(note_id)
            if self._arriving.get(note_id) != note:
                self._call(self._room.put_notes, [note])

    def _note_gone(self, note_id: str) -> None:
        if note_id not in self._leaving:
            self._call(self._room.drop_notes, [note_id])

    def _header_out(self) -> None:
        if self._header_arriving:
            return
        canvas = self._controller.canvas
        self._call(self._room.put_header, {n: getattr(canvas, n) for n in HEADER_FIELDS})


class WindowLink(_ControllerLink):
    """The window hosts the room (File > Share Workshop)."""

    roster_changed = Signal(object)  # list[Person]: who is connected, from the room's thread

    def __init__(
        self, controller: DocumentController, address: str, port: int = 0, access: Access | None = None
    ) -> None:
        """`access`: the room's code and tokens (a kept room); a new room when None."""
        super().__init__(controller)
        self.host = LiveHost(
            _copy(controller.canvas),
            self.changes_arrived.emit,
            address=address,
            port=port,
            access=access,
            on_roster=self.roster_changed.emit,
        )
        self._thread = HostThread(self.host)
        # The room's documents as of the file's last save, for FILE.live.
        self._kept_doc = b""
        self._kept_private: dict[str, bytes] = {}
        shared = self.host.shared
        self._link(shared, self._thread.call)
        self._connections += [
            controller.segments_changed.connect(self._segments_out),
            controller.canvas_reset.connect(self._canvas_out),
            controller.voting_changed.connect(self._voting_out),
        ]

    def start(self) -> None:
        """OSError when the address or port cannot be listened on."""
        self._thread.start()

    def resume(self, kept: KeptRoom) -> None:
        """Before `start`: the room kept beside the file carries on (owners, document)."""
        self.host.shared.restore_owners(kept.owners)
        if kept.doc:
            self.host.shared.resume(kept.doc)
            self._kept_doc = kept.doc
        self.host.shared.private.resume(kept.private_docs)
        self._kept_private = dict(kept.private_docs)

    def keep_room(self, keeper: RoomKeeper, *, saved: bool) -> None:
        """Write FILE.live on the room's thread, where the Y document lives. `saved`: the
        canvas now matches its file, so the document as it is now goes with it (a
        restarted room carries on the document kept with the file it opens)."""
        self._thread.call(self._keep_room, keeper, saved)

    def _keep_room(self, keeper: RoomKeeper, saved: bool) -> None:
        from canvas_editor.storage.errors import SaveError

        host = self.host
        if saved:
            self._kept_doc = host.shared.state()
            self._kept_private = host.shared.private.states()
        room = KeptRoom(host.access, host.port, host.shared.owners(), self._kept_doc, self._kept_private)
        # The canvas's own save tells the facilitator about a folder it cannot write to.
        with contextlib.suppress(SaveError):
            keeper.keep(room)

    def stop(self) -> None:
        """The room ends: participants are told, and the window keeps the canvas."""
        self._unlink()
        self._thread.stop()

    def remove(self, public_id: str) -> None:
        self._thread.call(self.host.remove, public_id)

    def set_locked(self, locked: bool) -> None:
        self._thread.call(self.host.set_locked, locked)

    def put_session(self, values: dict[str, Any]) -> None:
        """Workshop state for the participants' pages (timer, presented block, voting)."""
        self._thread.call(self.host.shared.put_session, values)

    def _voting_out(self) -> None:
        canvas = self._controller.canvas
        self._thread.call(self.host.shared.put_voting, canvas.vote_budget, list(canvas.ballots))

    def _segments_out(self) -> None:
        self._thread.call(self.host.shared.put_segments, list(self._controller.canvas.segments))

    def _canvas_out(self) -> None:
        self._thread.call(self.host.shared.put_canvas, _copy(self._controller.canvas))


class JoinLink(_ControllerLink):
    """The window joined someone else's room (`canvas-editor join URL`).

    `ended` says why the room is gone (it ended, this window was removed, the
    connection was lost); the window keeps the canvas as it last was. Opening another
    file in the window leaves the room, so that file never replaces the shared canvas.
    """

    ended = Signal(str)  # room_client.ENDED, REMOVED or LOST, from the room's thread

    def __init__(self, controller: DocumentController, client: RoomClient) -> None:
        """`client` has joined; the controller holds the canvas its `join` returned."""
        super().__init__(controller)
        self.client = client
        self._link(client, client.call)
        self._connections.append(controller.canvas_reset.connect(self.leave))
        client.attach(self.changes_arrived.emit, self.ended.emit)

    def leave(self) -> None:
        self._unlink()
        self.client.stop()


def _copy(canvas: Canvas) -> Canvas:
    """A copy the room's thread may read while the window edits its own (notes are frozen)."""
    return replace(canvas, notes=list(canvas.notes), segments=list(canvas.segments))
