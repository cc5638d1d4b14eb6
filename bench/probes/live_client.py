# A Yjs client as the participant's page is one (y-websocket): it syncs with the room
# and sends its own changes only (canvas_editor/live/room_peer.py, the desktop
# client's peer), so a simulated client does not echo the room to the host.
import asyncio
import secrets

from websockets.asyncio.client import connect

from canvas_editor.live.room_client import websocket_url
from canvas_editor.live.room_peer import RoomPeer


async def join(url, secret=None):
    secret = secret or secrets.token_hex(16)
    websocket = await connect(websocket_url(url, secret), max_size=None)
    peer = RoomPeer(websocket)
    peer.secret = secret
    peer.task = asyncio.create_task(peer.run())
    await asyncio.wait_for(peer.synced.wait(), 60)
    return peer
