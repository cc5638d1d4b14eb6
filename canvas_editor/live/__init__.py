"""The live workshop: a shared Yjs room that mirrors the open canvas.

The layout of the shared document is a published protocol (docs/live-protocol.md):
`layout.py` writes and reads it, `shared_canvas.py` checks what participants change
against the model's declared rules and their rights (`note_checks.py` reads a note's
entry with the file's rules), `private_rooms.py` keeps each participant's face-down
notes, with their words, in a document of their own, `host.py` runs the
pycrdt-websocket rooms on an asyncio loop of its own, `room_client.py` joins another's
room from a desktop window. Nothing here imports Qt except `window_link.py`, which the
window alone loads; the command line's `serve` runs without Qt.
"""
