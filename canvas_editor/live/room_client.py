"""A desktop client in someone else's room: `canvas-editor join URL`.

The client keeps a pycrdt document synced with the room (a `RoomPeer` over a
`websockets` connection, the same Yjs protocol the page speaks, sending only the
window's own changes) on an asyncio loop of its own thread, as the host does in a
window. What arrives is read with the layout's
defensive readers and the model's rules (a room is network input like any other) and
handed on as `Changes`; what the window changes is written into the document on the
loop's thread (`call`). Every comparison is against what the client last knew, so a
change the window wrote does not come back as a remote one.

The host reviews every change a client sends (live/shared_canvas.py); this side only
refuses to take into the window what is not a valid note.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

from pycrdt import Doc
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidHandshake, InvalidURI

from canvas_editor.i18n import QT_TRANSLATE_NOOP, LocalizedError
from canvas_editor.live import layout
from canvas_editor.live.note_checks import valid_note
from canvas_editor.live.room_peer import RoomPeer
from canvas_editor.live.shared_canvas import Changes
from canvas_editor.model.document import Canvas, Note, Segment

log = logging.getLogger("canvas_editor.live")

SYNC_SECONDS = 15.0
# Why a joined room is gone, for the window to say in its language.
ENDED = "ended"  # the facilitator stopped sharing
REMOVED = "removed"  # the facilitator removed this client
LOST = "lost"  # the connection broke


class JoinError(LocalizedError, ValueError):
    """The room cannot be joined; the message is one line for the user, in their language."""


def websocket_url(join_url: str, secret: str) -> str:
    """The websocket a join URL's page connects to (docs/live-protocol.md), or JoinError."""
    parts = urlsplit(join_url)
    query = parse_qs(parts.query)
    key = "f" if "f" in query else "t"
    segments = parts.path.split("/")
    if (
        parts.scheme not in ("http", "https")
        or not parts.netloc
        or len(segments) != 3
        or segments[1] != "w"
        or not segments[2].isalnum()
        or len(query.get(key, [])) != 1
    ):
        raise JoinError(
            QT_TRANSLATE_NOOP("Errors", "not a workshop link (http://ADDRESS:PORT/w/ROOM?t=TOKEN)")
        )
    scheme = "wss" if parts.scheme == "https" else "ws"
    return f"{scheme}://{parts.netloc}/ws/{segments[2]}?{key}={query[key][0]}&p={secret}"


class RoomClient:
    """One room joined from a desktop window, on a worker thread with its own loop."""

    def __init__(self, join_url: str, secret: str | None = None) -> None:
        """JoinError for a URL that is no workshop link."""
        self.url = join_url
        self._websocket_url = websocket_url(join_url, secret or secrets.token_hex(16))
        # What arrives before a window attaches waits here (on the loop's thread).
        self._pending: list[Changes] = []
        self._pending_end: str | None = None
        self._on_changes: Callable[[Changes], None] = self._pending.append
        self._on_ended: Callable[[str], None] = self._keep_end
        self.doc: Doc[Any] = Doc()
        self._notes: dict[str, Note] = {}
        self._segments: list[Segment] = []
        self._header: dict[str, str] = {}
        self._touched: set[str] = set()
        self._flush_due = False
        self._ended = False
        self._peer: RoomPeer | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._canvas: Canvas | None = None
        self._error: JoinError | None = None
        self._thread = threading.Thread(target=self._main, name="live-client", daemon=True)

    def join(self, timeout: float = SYNC_SECONDS) -> Canvas:
        """Connect and sync; the room's canvas, or JoinError (one line) when it cannot be had."""
        self._thread.start()
        if not self._ready.wait(timeout):
            self.stop()
            raise JoinError(QT_TRANSLATE_NOOP("Errors", "the workshop did not answer"))
        if self._error is not None:
            raise self._error
        assert self._canvas is not None
        return self._canvas

    def attach(self, on_changes: Callable[[Changes], None], on_ended: Callable[[str], None]) -> None:
        """Where changes and the end go from now on (`on_ended` gets ENDED, REMOVED or
        LOST); what arrived since `join` goes there first. Both are called on the
        client's thread."""
        self.call(self._attach, on_changes, on_ended)

    def _attach(self, on_changes: Callable[[Changes], None], on_ended: Callable[[str], None]) -> None:
        self._on_changes, self._on_ended = on_changes, on_ended
        for changes in self._pending:
            on_changes(changes)
        self._pending.clear()
        if self._pending_end is not None:
            on_ended(self._pending_end)

    def _keep_end(self, reason: str) -> None:
        self._pending_end = reason

    def call(self, function: Callable[..., Any], *args: Any) -> None:
        """Run `function(*args)` on the client's loop (the document lives there)."""
        if self._loop is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                self._loop.call_soon_threadsafe(function, *args)

    def stop(self, timeout: float = 5.0) -> None:
        """Leave the room (the canvas stays in the window)."""
        self._ended = True
        if self._stop is not None:
            self.call(self._stop.set)
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    # ---- the loop's thread ------------------------------------------------------------

    def _main(self) -> None:
        try:
            asyncio.run(self._run())
        except JoinError as exc:
            self._error = exc
        except (OSError, InvalidHandshake, InvalidURI, TimeoutError) as exc:
            self._error = _reason(exc)
        finally:
            self._ready.set()

    async def _run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        async with connect(self._websocket_url, max_size=None, open_timeout=SYNC_SECONDS) as websocket:
            self._peer = RoomPeer(websocket, self.doc)
            reading = asyncio.ensure_future(self._peer.run())
            try:
                await self._synced(reading)
                self._canvas = self._read_all()
                self._watch()
                self._ready.set()
                closed = asyncio.ensure_future(websocket.wait_closed())
                stopped = asyncio.ensure_future(self._stop.wait())
                await asyncio.wait({closed, stopped}, return_when=asyncio.FIRST_COMPLETED)
                stopped.cancel()
                if not closed.done():
                    closed.cancel()
                    await websocket.close()
                elif not self._ended:
                    self._end(_ended_reason(self.doc, websocket.close_code))
            finally:
                reading.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await reading

    async def _synced(self, reading: asyncio.Future[None]) -> None:
        """Wait for the room's document (TimeoutError when it does not come)."""
        assert self._peer is not None
        synced: asyncio.Future[Any] = asyncio.ensure_future(self._peer.synced.wait())
        await asyncio.wait({synced, reading}, timeout=SYNC_SECONDS, return_when=asyncio.FIRST_COMPLETED)
        if not synced.done():
            synced.cancel()
            if reading.done():
                raise JoinError(QT_TRANSLATE_NOOP("Errors", "the workshop closed the connection"))
            raise TimeoutError

    def _read_all(self) -> Canvas:
        header = layout.read_plain(self.doc, "header")
        canvas = Canvas()
        from canvas_editor.model.validation import checked_field

        for name in layout.HEADER_FIELDS:
            with contextlib.suppress(ValueError, TypeError):
                setattr(canvas, name, checked_field(Canvas, name, header.get(name, getattr(canvas, name))))
        self._header = {name: getattr(canvas, name) for name in layout.HEADER_FIELDS}
        self._segments = layout.read_segments(self.doc)
        canvas.segments = list(self._segments)
        for note_id in sorted(layout.note_ids(self.doc)):
            note = self._read_note(note_id)
            if note is not None:
                self._notes[note_id] = note
        canvas.notes = list(self._notes.values())
        return canvas

    def _read_note(self, note_id: str) -> Note | None:
        read = layout.read_note(self.doc, note_id)
        if read is None or isinstance(read, layout._Invalid):
            return None
        note, _problem = valid_note(read[0], self._segments)
        return note

    def _watch(self) -> None:
        self._subscriptions = [
            layout.root(self.doc, "notes").observe_deep(self._notes_touched),
            layout.root(self.doc, "header").observe_deep(lambda _events: self._schedule()),
            layout.root(self.doc, "segments").observe_deep(lambda _events: self._schedule()),
            layout.root(self.doc, "session").observe_deep(lambda _events: self._schedule()),
        ]

    def _notes_touched(self, events: list[Any]) -> None:
        self._touched.update(layout.touched_note_ids(events))
        self._schedule()

    def _schedule(self) -> None:
        # Observers run inside the transaction; the document is read once it is over.
        if not self._flush_due and self._loop is not None:
            self._flush_due = True
            self._loop.call_soon(self._flush)

    def _flush(self) -> None:
        self._flush_due = False
        if layout.read_plain(self.doc, "session").get("ended") is True:
            self._end(ENDED)
            return
        self._segments = layout.read_segments(self.doc)
        changes = Changes()
        touched, self._touched = self._touched, set()
        for note_id in sorted(touched):
            before = self._notes.get(note_id)
            after = self._read_note(note_id)
            if after == before:
                continue
            if after is None:
                if note_id not in layout.note_ids(self.doc):
                    del self._notes[note_id]
                    changes.removed.append(note_id)
                continue  # an entry that does not read as a note stays as it was here
            self._notes[note_id] = after
            (changes.added if before is None else changes.changed).append(after)
        header = layout.read_plain(self.doc, "header")
        for name in layout.HEADER_FIELDS:
            value = header.get(name)
            if isinstance(value, str) and value != self._header.get(name):
                self._header[name] = value
                changes.header[name] = value
        if changes:
            self._on_changes(changes)

    def _end(self, reason: str) -> None:
        if not self._ended:
            self._ended = True
            self._on_ended(reason)
            if self._stop is not None:
                self._stop.set()

    # ---- what the window changes (on the loop's thread, through `call`) ----------------

    def put_notes(self, notes: list[Note]) -> None:
        def write(doc: Doc[Any]) -> None:
            with doc.transaction(origin="local"):
                for note in notes:
                    if self._notes.get(note.id) != note:
                        self._notes[note.id] = note
                        layout.write_note(doc, note, layout.owner_of(doc, note.id))

        self._change(write)

    def drop_notes(self, ids: list[str]) -> None:
        def drop(doc: Doc[Any]) -> None:
            with doc.transaction(origin="local"):
                for note_id in ids:
                    if self._notes.pop(note_id, None) is not None:
                        layout.remove_note(doc, note_id)

        self._change(drop)

    def put_header(self, values: dict[str, str]) -> None:
        changed = {k: v for k, v in values.items() if self._header.get(k) != v}
        if changed:
            self._header.update(changed)

            def write(doc: Doc[Any]) -> None:
                with doc.transaction(origin="local"):
                    layout.write_header(doc, self._header)

            self._change(write)

    def _change(self, edit: Callable[[Doc[Any]], None]) -> None:
        # The room's document is written, and the change sent, only once connected.
        if self._peer is not None:
            self._peer.change(edit)


def _reason(exc: BaseException) -> JoinError:
    from websockets.exceptions import InvalidStatus

    if isinstance(exc, InvalidStatus):
        status = exc.response.status_code
        if status == 403:
            return JoinError(QT_TRANSLATE_NOOP("Errors", "the workshop refused this link"))
        return JoinError(QT_TRANSLATE_NOOP("Errors", "the workshop answered HTTP {status}"), status=status)
    if isinstance(exc, TimeoutError):
        return JoinError(QT_TRANSLATE_NOOP("Errors", "the workshop did not answer"))
    reason = (
        exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)[:120] or type(exc).__name__
    )
    return JoinError(QT_TRANSLATE_NOOP("Errors", "cannot reach the workshop: {reason}"), reason=reason)


def _ended_reason(doc: Doc[Any], code: int | None) -> str:
    from canvas_editor.live.host import CLOSE_REMOVED

    if layout.read_plain(doc, "session").get("ended") is True:
        return ENDED
    return REMOVED if code == CLOSE_REMOVED else LOST
