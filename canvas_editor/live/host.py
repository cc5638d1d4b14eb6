"""The live room's host: an HTTP and websocket server around pycrdt-websocket rooms: the
shared one, and each participant's private one (their face-down notes, made when they
first connect, private_rooms.py).

It runs on an asyncio loop: `canvas-editor serve` runs it on the main thread, the
window on a worker thread of its own (`HostThread`), so the room's network work never
waits for a paint and Qt never runs inside the room's loop. Whatever crosses between
the two goes through `HostThread.call` one way and the `on_changes` callback (which
the window turns into a queued Qt signal) the other way.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from pycrdt.websocket import YRoom
from websockets.asyncio.server import ServerConnection, serve
from websockets.http11 import Request, Response

from canvas_editor.live import web_files
from canvas_editor.live.access import Access, Admitted
from canvas_editor.live.channel import GuardedChannel, Pace
from canvas_editor.live.rights import Limits
from canvas_editor.live.shared_canvas import Changes, SharedCanvas
from canvas_editor.model.document import Canvas

log = logging.getLogger("canvas_editor.live")

CLOSE_GOING_AWAY = 1001
# An application close code (4000-4999, RFC 6455): the facilitator removed this
# participant; the page stops reconnecting and says so.
CLOSE_REMOVED = 4001
# The room is locked and this participant had not joined before; the page says so and
# goes on trying, so it gets in once the facilitator unlocks the room.
CLOSE_LOCKED = 4002


@dataclass(frozen=True, slots=True)
class Person:
    """Someone connected to the room, as the facilitator's dialog lists them."""

    public_id: str
    name: str
    facilitator: bool


class LiveHost:
    def __init__(
        self,
        canvas: Canvas,
        on_changes: Callable[[Changes], None],
        *,
        address: str,
        port: int = 0,
        access: Access | None = None,
        limits: Limits | None = None,
        on_roster: Callable[[list[Person]], None] | None = None,
    ) -> None:
        self.access = access or Access.new()
        self.address = address
        self.port = port
        self.limits = limits or Limits()
        self.shared = SharedCanvas(canvas, self.access.room, self.limits)
        self._on_changes = on_changes
        self._stop: asyncio.Event | None = None
        self._who: dict[ServerConnection, Admitted] = {}
        # Each participant's private room, by public id, and the tasks that run them.
        self._private_rooms: dict[str, YRoom] = {}
        # Each participant's allowance of messages, over all their connections.
        self._paces: dict[str, Pace] = {}
        self._room_tasks: set[asyncio.Future[None]] = set()
        self._on_roster = on_roster
        self.shared.participants_changed = self._roster_changed
        # Who has joined (a locked room still lets them back after a dropped connection)
        # and whom the facilitator removed (refused from then on).
        self._joined: set[str] = set()
        self._removed: set[str] = set()
        # Connections let through the handshake only to be closed with a code.
        self._turned_away: dict[ServerConnection, tuple[int, str]] = {}
        self._closing: set[asyncio.Future[None]] = set()
        self.locked = False
        self.started = False

    @property
    def url(self) -> str:
        return self.access.join_url(self.address, self.port)

    @property
    def facilitator_url(self) -> str:
        return self.access.join_url(self.address, self.port, facilitator=True)

    async def run(self, started: Callable[[LiveHost], None] | None = None) -> None:
        """Serve until `stop()`; `started` is called once the port is open. OSError when
        the address cannot be listened on."""
        self._stop = asyncio.Event()
        room = YRoom(ready=True, ydoc=self.shared.doc, log=log, exception_handler=_log_room_error)
        # Listening first: a port that cannot be had fails here, as a plain OSError.
        server = await serve(
            lambda ws: self._serve_client(room, ws),
            self.address,
            self.port,
            process_request=self._http,
            max_size=self.limits.message_bytes,
            max_queue=16,
            logger=logging.getLogger("canvas_editor.live.websocket"),
        )
        try:
            async with room:
                self.port = next(iter(server.sockets)).getsockname()[1]
                self.started = True
                if started is not None:
                    started(self)
                await self._stop.wait()
                await self._end_room(room)
        finally:
            server.close()
            await server.wait_closed()

    def stop(self) -> None:
        """Call on the host's loop: the room ends, its clients are told and let go."""
        if self._stop is not None:
            self._stop.set()

    def set_locked(self, locked: bool) -> None:
        """A locked room lets in only who has joined already (and facilitators)."""
        self.locked = locked

    def remove(self, public_id: str) -> None:
        """Call on the host's loop: the participant's connections close and their link
        stops working; their notes stay on the canvas."""
        self._removed.add(public_id)
        for websocket, admitted in list(self._who.items()):
            if admitted.who.public_id == public_id:
                closing = asyncio.ensure_future(_close(websocket, CLOSE_REMOVED, "removed by the host"))
                self._closing.add(closing)  # a task the loop only references weakly
                closing.add_done_callback(self._closing.discard)
        log.info("live: removed participant %s", public_id[:8])

    def roster(self) -> list[Person]:
        """Who is connected now, once each, in the order they joined."""
        names = self.shared.participant_names()
        people: dict[str, Person] = {}
        for who in (admitted.who for admitted in self._who.values()):
            name = names.get(who.public_id, "")
            people.setdefault(who.public_id, Person(who.public_id, name, who.facilitator))
        return list(people.values())

    def _roster_changed(self) -> None:
        if self._on_roster is not None:
            self._on_roster(self.roster())

    async def _end_room(self, room: YRoom) -> None:
        self.shared.put_session({"ended": True})
        await asyncio.sleep(0.1)  # the room broadcasts the end before the sockets close
        for websocket in list(self._who):
            await _close(websocket, CLOSE_GOING_AWAY, "the workshop ended")
        for private in self._private_rooms.values():
            with contextlib.suppress(RuntimeError):  # it never got to run
                await private.stop()
        await asyncio.gather(*self._room_tasks, return_exceptions=True)
        self._private_rooms.clear()

    async def _private_room(self, public_id: str) -> YRoom:
        """The participant's private room, started the first time they connect."""
        room = self._private_rooms.get(public_id)
        if room is None:
            doc = self.shared.private.open(public_id)
            room = YRoom(ready=True, ydoc=doc, log=log, exception_handler=_log_room_error)
            self._private_rooms[public_id] = room
            task = asyncio.ensure_future(room.start())
            self._room_tasks.add(task)  # a task the loop only references weakly
            task.add_done_callback(self._room_tasks.discard)
        await room.started.wait()
        await room.ydoc_observed.wait()  # from here its changes reach its clients
        return room

    def _http(self, connection: ServerConnection, request: Request) -> Response | None:
        """Answer everything but an allowed websocket before the handshake."""
        path = request.path
        if path.startswith("/ws/"):
            admitted = self.access.websocket_participant(path)
            if admitted is None:
                return web_files.text_response(HTTPStatus.FORBIDDEN, "forbidden")
            who = admitted.who
            # A removed participant, or a newcomer to a locked room, is let in only to
            # be told with a close code the page understands: a 403 looks like a lost
            # network to it.
            if who.public_id in self._removed:
                self._turned_away[connection] = (CLOSE_REMOVED, "removed by the host")
                return None
            if self.locked and not who.facilitator and who.public_id not in self._joined:
                self._turned_away[connection] = (CLOSE_LOCKED, "the workshop is locked")
                return None
            self._who[connection] = admitted
            return None
        if path.startswith("/static/"):
            return web_files.file_response(path.removeprefix("/static/").split("?")[0])
        if path.startswith("/w/"):
            if self.access.page_allowed(path):
                return web_files.page()
            return web_files.text_response(HTTPStatus.FORBIDDEN, "this link is not valid for the workshop")
        return web_files.text_response(HTTPStatus.NOT_FOUND, "not found")

    async def _serve_client(self, room: YRoom, websocket: ServerConnection) -> None:
        turned_away = self._turned_away.pop(websocket, None)
        if turned_away is not None:
            await _close(websocket, *turned_away)  # before any of the document
            return
        admitted = self._who.get(websocket)
        if admitted is None:
            return
        who, private = admitted.who, admitted.private
        if private:
            room = await self._private_room(who.public_id)
        else:
            self._joined.add(who.public_id)
        pace = self._paces.setdefault(who.public_id, Pace(self.limits))
        channel = GuardedChannel(websocket, who, self.shared, self._on_changes, pace, private=private)
        try:
            log.info("live: %s joined%s", who.label, " their private room" if private else "")
            self._roster_changed()
            await room.serve(channel)
        finally:
            self._who.pop(websocket, None)
            log.info("live: %s left%s", who.label, " their private room" if private else "")
            self._roster_changed()


async def _close(websocket: ServerConnection, code: int, reason: str) -> None:
    with contextlib.suppress(Exception):  # gone already
        await websocket.close(code, reason)


def _log_room_error(exception: Exception, logger: logging.Logger) -> bool:
    logger.warning("live: %s", str(exception)[:200] or type(exception).__name__)
    return True


class HostThread:
    """A LiveHost on a worker thread with its own asyncio loop (the window's way)."""

    def __init__(self, host: LiveHost) -> None:
        self.host = host
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._main, name="live-host", daemon=True)

    def start(self, timeout: float = 10.0) -> None:
        """Start and wait until the port is open; OSError when it cannot be."""
        self._thread.start()
        self._ready.wait(timeout)
        if self._error is not None:
            raise self._error
        if not self._ready.is_set():
            raise OSError("the workshop's server did not start")

    def call(self, function: Callable[..., Any], *args: Any) -> None:
        """Run `function(*args)` on the host's loop (the shared document lives there)."""
        if self._loop is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                self._loop.call_soon_threadsafe(function, *args)

    def stop(self, timeout: float = 5.0) -> None:
        self.call(self.host.stop)
        self._thread.join(timeout)

    def _main(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            await self.host.run(lambda _host: self._ready.set())

        try:
            asyncio.run(main())
        except OSError as exc:
            self._error = exc
            self._ready.set()
