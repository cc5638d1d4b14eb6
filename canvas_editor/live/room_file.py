"""The room kept beside the canvas (`FILE.live`), so a restarted host opens the same room.

It holds the room code, both tokens, the port, who owns which note and the room's Y
document as of the last save: after a crash and a restart, participants' pages reconnect
with the URL they have, can still edit their own notes, and re-send what they wrote
meanwhile into the same document (see `SharedCanvas.resume`). Readable by its owner
alone (it holds the tokens). A missing, unreadable or malformed file means a new room;
a document that does not read means a new document for the same room.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from canvas_editor.live.access import _CODE_ALPHABET, ROOM_CODE_LENGTH, Access
from canvas_editor.storage.save import write_atomic

_ROOM = re.compile(f"[{_CODE_ALPHABET}]{{{ROOM_CODE_LENGTH}}}")
_TOKEN = re.compile(r"[0-9a-f]{32}")
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def room_file(canvas_path: Path) -> Path:
    return canvas_path.with_name(canvas_path.name + ".live")


@dataclass(frozen=True, slots=True)
class KeptRoom:
    access: Access
    port: int
    owners: dict[str, str]
    doc: bytes = b""  # the Y document's whole state (a Yjs update); empty: none kept
    # Each participant's private document (their face-down notes), by public id.
    private_docs: dict[str, bytes] = field(default_factory=dict)


def read_room(path: Path) -> KeptRoom | None:
    try:
        data: Any = json.loads(path.read_bytes()[: 1 << 22])
        access = Access(data["room"], data["token"], data["facilitator_token"])
        owners = data.get("owners", {})
        port = data.get("port", 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not (
        isinstance(port, int)
        and 0 <= port <= 65535
        and isinstance(access.room, str)
        and _ROOM.fullmatch(access.room)
        and all(isinstance(t, str) and _TOKEN.fullmatch(t) for t in (access.token, access.facilitator_token))
        and isinstance(owners, dict)
    ):
        return None
    owners = {k: v for k, v in owners.items() if _owner_entry(k, v)}
    private_docs = _private_docs(data.get("private_docs"))
    return KeptRoom(access, port, owners, _decoded(data.get("doc", "")), private_docs)


def _decoded(text: object) -> bytes:
    if not isinstance(text, str):
        return b""
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return b""


def _encoded(doc: bytes) -> str:
    return base64.b64encode(doc).decode("ascii")


def _private_docs(docs: object) -> dict[str, bytes]:
    if not isinstance(docs, dict):
        return {}
    named = {key: text for key, text in docs.items() if isinstance(key, str) and _TOKEN.fullmatch(key)}
    decoded = {key: _decoded(text) for key, text in named.items()}
    return {key: doc for key, doc in decoded.items() if doc}


def _owner_entry(note_id: object, owner: object) -> bool:
    return isinstance(owner, str) and bool(_ID.fullmatch(str(note_id)) and _TOKEN.fullmatch(owner))


def write_room(path: Path, room: KeptRoom) -> None:
    """SaveError (one line) when it cannot be written."""
    access = room.access
    data = {
        "room": access.room,
        "port": room.port,
        "token": access.token,
        "facilitator_token": access.facilitator_token,
        "owners": room.owners,
        "doc": _encoded(room.doc),
        "private_docs": {key: _encoded(doc) for key, doc in room.private_docs.items()},
    }
    # write_atomic keeps the mode of the file it replaces: create it private first.
    with contextlib.suppress(OSError):  # exists already, or write_atomic reports the reason
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    write_atomic(path, (json.dumps(data, indent=1, sort_keys=True) + "\n").encode())


class RoomKeeper:
    """Keeps FILE.live in step with a running room: written when the room starts and
    again whenever its owners change, so a host killed at any moment restarts the same
    room. A canvas without a file (`path` None) keeps no room."""

    def __init__(self, canvas_path: Path | None, kept: KeptRoom | None = None) -> None:
        self.path = room_file(canvas_path) if canvas_path is not None else None
        self._written = kept

    def keep(self, room: KeptRoom) -> None:
        """SaveError (one line) when it cannot be written."""
        if self.path is not None and room != self._written:
            write_room(self.path, room)
            self._written = room
