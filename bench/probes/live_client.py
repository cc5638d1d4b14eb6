# A Yjs client as the participant's page is one (y-websocket): it syncs with the room
# and sends its own changes only. pycrdt's Provider also sends back every update it
# receives, which would make each simulated client echo the whole room to the host;
# a browser does not, so the probes speak the protocol with pycrdt's sync functions.
import asyncio
import secrets

from pycrdt import (
    Doc,
    YMessageType,
    YSyncMessageType,
    create_sync_message,
    create_update_message,
    handle_sync_message,
)
from websockets.asyncio.client import connect

from canvas_editor.live.room_client import websocket_url


class RoomPeer:
    def __init__(self, websocket):
        self.doc = Doc()
        self.websocket = websocket
        self.synced = asyncio.Event()

    async def run(self):
        await self.websocket.send(create_sync_message(self.doc))
        async for message in self.websocket:
            if message[0] != YMessageType.SYNC:
                continue  # awareness
            reply = handle_sync_message(message[1:], self.doc)
            if message[1] == YSyncMessageType.SYNC_STEP2:
                self.synced.set()
            if reply is not None:
                await self.websocket.send(reply)

    async def change(self, edit):
        """Make a change in the document and send it, as y-websocket sends a local one."""
        state = self.doc.get_state()
        edit(self.doc)
        await self.websocket.send(create_update_message(self.doc.get_update(state)))


async def join(url, secret=None):
    secret = secret or secrets.token_hex(16)
    websocket = await connect(websocket_url(url, secret), max_size=None)
    peer = RoomPeer(websocket)
    peer.secret = secret
    peer.task = asyncio.create_task(peer.run())
    await asyncio.wait_for(peer.synced.wait(), 60)
    return peer
