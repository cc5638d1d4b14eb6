"""A Yjs client's end of a room's websocket, as the participant's page is one
(y-websocket): it syncs with the room and sends its own changes only.

pycrdt's `Provider` also sends back every update it receives, so a client built on it
echoes the whole room to the host, where each echo counts against the connection's
rate (live/channel.py). `RoomPeer` speaks the sync protocol with pycrdt's sync
functions instead: it answers the host's sync messages, applies what arrives, and
sends an update only for a change made through `change`. The desktop client
(live/room_client.py) and the benchmark's simulated clients (bench/probes) use it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

from pycrdt import (
    Doc,
    YMessageType,
    YSyncMessageType,
    create_sync_message,
    create_update_message,
    handle_sync_message,
)
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

log = logging.getLogger("canvas_editor.live")


class RoomPeer:
    """One document kept in sync with a room over one websocket.

    `run` reads the connection until it closes; `synced` is set once the room's
    document has arrived. `change` is called on the loop that runs `run`.
    """

    def __init__(self, websocket: ClientConnection, doc: Doc[Any] | None = None) -> None:
        self.websocket = websocket
        self.doc: Doc[Any] = doc if doc is not None else Doc()
        self.synced = asyncio.Event()
        self._outbox: asyncio.Queue[bytes] = asyncio.Queue()

    async def run(self) -> None:
        """Sync, then apply what the room sends and send what `change` queues, until the
        connection closes. A message that is not the sync protocol closes it."""
        writer = asyncio.ensure_future(self._write())
        try:
            await self.websocket.send(create_sync_message(self.doc))
            async for message in self.websocket:
                if not isinstance(message, bytes) or len(message) < 2 or message[0] != YMessageType.SYNC:
                    continue  # awareness, or nothing this client reads
                reply = handle_sync_message(message[1:], self.doc)
                if message[1] == YSyncMessageType.SYNC_STEP2:
                    self.synced.set()
                if reply is not None:
                    self._outbox.put_nowait(reply)
        except ConnectionClosed:
            pass
        except (ValueError, RuntimeError, IndexError) as exc:
            log.warning("live: the room sent what is not the Yjs protocol (%s)", str(exc)[:80])
            await self.websocket.close()
        finally:
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await writer

    def change(self, edit: Callable[[Doc[Any]], object]) -> None:
        """Make a change in the document and send it, as y-websocket sends a local one."""
        state = self.doc.get_state()
        edit(self.doc)
        update = self.doc.get_update(state)
        if update != b"\x00\x00":  # nothing changed
            self._outbox.put_nowait(create_update_message(update))

    async def _write(self) -> None:
        # One writer keeps the frames in the order they were made.
        with contextlib.suppress(ConnectionClosed):
            while True:
                await self.websocket.send(await self._outbox.get())
