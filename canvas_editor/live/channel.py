"""What the pycrdt-websocket room sees of one client: every frame checked first.

The room (`YRoom.serve`) reads a client through a `Channel`. This one hands it only
what it can answer as it is, a sync step 1 (the client asks for the document) and
awareness messages of a sane shape and size; document updates never reach the room
from here: `SharedCanvas.receive` (or `receive_private`, for a participant's private
room) applies and reviews them, and the room broadcasts the result like any change of
its document. A frame that is not Yjs, or that the
review cannot read, closes the connection with one log line. A client over its rate
is slowed down here, so a flood costs its own connection time, not the host's, and
the participant is told (a `slowed` notice, at most one every few seconds).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable

from pycrdt import Decoder, YMessageType, YSyncMessageType
from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from canvas_editor.live.rights import SLOWED, Limits, Participant
from canvas_editor.live.shared_canvas import Changes, SharedCanvas

log = logging.getLogger("canvas_editor.live")

MAX_AWARENESS_BYTES = 4096
CLOSE_POLICY = 1008  # RFC 6455: a message that violates the endpoint's policy
# A participant kept over their rate is told again after this many seconds, not at
# every message the host holds back.
SLOWED_NOTICE_EVERY = 5.0


class BadFrame(ValueError):
    """A frame that is not the Yjs protocol as the room speaks it."""


class Pace:
    """One participant's allowance of messages, shared by all their connections (the
    page's shared and private rooms, a second tab): a burst, then a steady rate. Each
    message takes the next free turn; the time it waits for it is its delay (the
    generic cell rate algorithm), so connections read at once cannot overdraw it."""

    def __init__(self, limits: Limits) -> None:
        self._interval = 1.0 / limits.changes_per_second
        self._tolerance = (limits.burst - 1) * self._interval
        self._next_turn = 0.0
        self.warned = False  # the host's log says it once
        self.told_at = -SLOWED_NOTICE_EVERY  # when the participant was last told

    def delay(self, now: float) -> float:
        """How long a message that arrives `now` waits for its turn; the turn is taken."""
        turn = max(self._next_turn, now)
        self._next_turn = turn + self._interval
        return max(0.0, turn - now - self._tolerance)


class GuardedChannel:
    def __init__(
        self,
        websocket: ServerConnection,
        who: Participant,
        shared: SharedCanvas,
        on_changes: Callable[[Changes], None],
        pace: Pace,
        *,
        private: bool = False,
    ) -> None:
        self._websocket = websocket
        self._who = who
        self._shared = shared
        self._receive = shared.receive_private if private else shared.receive
        self._on_changes = on_changes
        self._pace = pace

    @property
    def path(self) -> str:
        return self._who.label

    def __aiter__(self) -> GuardedChannel:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except (ConnectionClosed, BadFrame):
            raise StopAsyncIteration from None

    async def send(self, message: bytes) -> None:
        with contextlib.suppress(ConnectionClosed):  # the room drops it when its reading ends
            await self._websocket.send(message)

    async def recv(self) -> bytes:
        while True:
            message = await self._websocket.recv()
            await self._throttle()
            try:
                passed = self._check(message)
            except BadFrame as exc:
                log.warning("live: closed the connection of %s: %s", self._who.label, exc)
                await self._websocket.close(CLOSE_POLICY, "not the Yjs protocol")
                raise
            if passed is not None:
                return passed

    def _check(self, message: bytes | str) -> bytes | None:
        """The frame for the room, or None when it was handled here."""
        if not isinstance(message, bytes):
            raise BadFrame("a text frame")
        if len(message) < 2:
            raise BadFrame("a frame too short to be Yjs")
        kind, rest = message[0], message[1:]
        if kind == YMessageType.AWARENESS:
            _check_awareness(rest)
            return message
        if kind != YMessageType.SYNC:
            raise BadFrame(f"unknown message type {kind}")
        step = rest[0]
        payload = _read_payload(rest[1:])
        if step == YSyncMessageType.SYNC_STEP1:
            return message
        if step not in (YSyncMessageType.SYNC_STEP2, YSyncMessageType.SYNC_UPDATE):
            raise BadFrame(f"unknown sync step {step}")
        if payload == b"\x00\x00":
            return None  # an empty update
        try:
            changes = self._receive(self._who, payload, catching_up=step == YSyncMessageType.SYNC_STEP2)
        except ValueError as exc:
            raise BadFrame(f"not a Yjs update ({str(exc)[:80]})") from None
        if changes:
            self._on_changes(changes)
        return None

    async def _throttle(self) -> None:
        pace = self._pace
        now = time.monotonic()
        delay = pace.delay(now)
        if delay > 0.0:
            if not pace.warned:
                pace.warned = True
                log.warning("live: %s sends too fast; slowed down", self._who.label)
            if not self._who.facilitator and now - pace.told_at >= SLOWED_NOTICE_EVERY:
                pace.told_at = now
                self._shared.notify(self._who.public_id, SLOWED)
            await asyncio.sleep(delay)


def _read_payload(data: bytes) -> bytes:
    try:
        payload = Decoder(data).read_message()
    except (IndexError, RuntimeError):
        payload = None
    if payload is None:
        raise BadFrame("a sync message without its payload")
    return payload


def _check_awareness(rest: bytes) -> None:
    """An awareness update of JSON states within its size; the room forwards it to all."""
    if len(rest) > MAX_AWARENESS_BYTES:
        raise BadFrame("an awareness message too large")
    try:
        decoder = Decoder(_read_payload(rest))
        for _ in range(decoder.read_var_uint()):
            decoder.read_var_uint()  # client id
            decoder.read_var_uint()  # clock
            state = decoder.read_var_string()
            if state:
                json.loads(state)
    except (IndexError, RuntimeError, UnicodeDecodeError, ValueError) as exc:
        raise BadFrame("a malformed awareness message") from exc
