"""A scripted participant for the live-workshop tests: a pycrdt document synced with
a room through a `websockets` client, as any Yjs client following
docs/live-protocol.md would."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from pycrdt import Doc, Map, Provider
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

# The desktop client's URL, as every Yjs client following the protocol builds it.
from canvas_editor.live.room_client import websocket_url

__all__ = ["Participant", "joined", "private_room", "until", "websocket_url"]


class WebsocketChannel:
    """A websocket as pycrdt's `Channel` for `Provider`: binary frames in and out. A
    `Provider` also sends back every update it receives; the tests' participants are
    few and slow enough for the host's rate limit."""

    def __init__(self, websocket: ClientConnection) -> None:
        self.websocket = websocket

    @property
    def path(self) -> str:
        return "room"

    def __aiter__(self) -> WebsocketChannel:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except ConnectionClosed:
            raise StopAsyncIteration from None

    async def send(self, message: bytes) -> None:
        with contextlib.suppress(ConnectionClosed):
            await self.websocket.send(message)

    async def recv(self) -> bytes:
        while True:
            message = await self.websocket.recv()
            if isinstance(message, bytes):
                return message


class Participant:
    def __init__(self, doc: Doc, secret: str, websocket: ClientConnection) -> None:
        self.doc = doc
        self.secret = secret
        self.websocket = websocket

    @property
    def notes(self) -> Map:
        return self.doc.get("notes", type=Map)

    def public_id(self) -> str:
        return public_id(self.secret)

    def add_note(self, note_id: str, block: str, text: str, **fields: Any) -> None:
        self.notes[note_id] = Map({"block": block, "text": text, "owner": self.public_id(), **fields})


def public_id(secret: str) -> str:
    import hashlib

    return hashlib.sha256(secret.encode()).hexdigest()[:32]


@contextlib.asynccontextmanager
async def joined(join_url: str, secret: str | None = None) -> AsyncIterator[Participant]:
    secret = secret or secrets.token_hex(16)
    async with _synced(websocket_url(join_url, secret), secret) as participant:
        yield participant


@contextlib.asynccontextmanager
async def private_room(join_url: str, secret: str, of: str | None = None) -> AsyncIterator[Participant]:
    """The participant's private room, `/ws/ROOM.PUBLIC_ID` (their face-down notes with
    their words); `of` asks for another public id's room, which the host refuses."""
    from canvas_editor.live.access import private_room as room_name

    url = websocket_url(join_url, secret)
    room = url.split("/ws/", 1)[1].split("?", 1)[0]
    url = url.replace(f"/ws/{room}?", f"/ws/{room_name(room, of or public_id(secret))}?")
    async with _synced(url, secret) as participant:
        yield participant


@contextlib.asynccontextmanager
async def _synced(url: str, secret: str) -> AsyncIterator[Participant]:
    async with connect(url, max_size=None) as websocket:
        doc = Doc()
        async with Provider(doc, WebsocketChannel(websocket)) as provider:
            await asyncio.wait_for(provider.synced.wait(), 10)
            yield Participant(doc, secret, websocket)


async def until(condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Wait for `condition()` to hold (AssertionError naming the wait when it never does)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the room")
        await asyncio.sleep(0.02)
