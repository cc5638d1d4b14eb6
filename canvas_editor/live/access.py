"""The room's code and tokens, the join URLs, and the check of a request against them.

A join URL is `http://ADDR:PORT/w/ROOM?t=TOKEN` (`f=` with the facilitator token for a
co-facilitator). The page connects its websocket to `/ws/ROOM?t=TOKEN&p=SECRET`,
where SECRET is the browser's own random id (rights.participant_from_secret), and its
private document (its face-down notes with their words) to `/ws/ROOM.PUBLIC_ID?t=...&p=...`,
which only the participant whose secret hashes to PUBLIC_ID may open. A request without
the right token is refused before any of the document is sent.
"""

from __future__ import annotations

import hmac
import secrets
import socket
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from canvas_editor.live.rights import Participant, participant_from_secret

# No 0/O, 1/I/L: the code is read off a projector.
_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
ROOM_CODE_LENGTH = 6


@dataclass(frozen=True, slots=True)
class Admitted:
    """A websocket request the room lets in: who it is, and whether to their private room."""

    who: Participant
    private: bool = False


def private_room(room: str, public_id: str) -> str:
    """The name of a participant's private room (y-websocket names a document by its room)."""
    return f"{room}.{public_id}"


@dataclass(frozen=True, slots=True)
class Access:
    room: str
    token: str  # participants'
    facilitator_token: str

    @staticmethod
    def new() -> Access:
        room = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(ROOM_CODE_LENGTH))
        return Access(room, secrets.token_hex(16), secrets.token_hex(16))

    def join_url(self, address: str, port: int, *, facilitator: bool = False) -> str:
        key = f"f={self.facilitator_token}" if facilitator else f"t={self.token}"
        return f"http://{_host(address)}:{port}/w/{self.room}?{key}"

    def page_allowed(self, path: str) -> bool:
        """`/w/ROOM?t=...` (or `f=`) with a right token."""
        parts = urlsplit(path)
        return parts.path == f"/w/{self.room}" and self._rights(parse_qs(parts.query)) is not None

    def websocket_participant(self, path: str) -> Admitted | None:
        """Who a websocket request to `/ws/ROOM?t=...&p=...` (or to the sender's own
        `/ws/ROOM.PUBLIC_ID`) is, or None to refuse it."""
        parts = urlsplit(path)
        query = parse_qs(parts.query)
        facilitator = self._rights(query)
        secret = query.get("p", [""])
        if facilitator is None or len(secret) != 1:
            return None
        who = participant_from_secret(secret[0], facilitator=facilitator)
        if who is None:
            return None
        if parts.path == f"/ws/{self.room}":
            return Admitted(who)
        # Co-facilitators see face-down placeholders, as the shared room has them.
        if not who.facilitator and parts.path == f"/ws/{private_room(self.room, who.public_id)}":
            return Admitted(who, private=True)
        return None

    def _rights(self, query: dict[str, list[str]]) -> bool | None:
        """True for the facilitator token, False for the participants', None for neither."""
        if _matches(query.get("f"), self.facilitator_token):
            return True
        if _matches(query.get("t"), self.token):
            return False
        return None


def _matches(given: list[str] | None, token: str) -> bool:
    return given is not None and len(given) == 1 and hmac.compare_digest(given[0].encode(), token.encode())


def _host(address: str) -> str:
    return f"[{address}]" if ":" in address else address


def lan_address() -> str:
    """The address other machines on the LAN reach this one at (loopback when offline).

    Connecting a UDP socket sends nothing; it only asks the kernel which interface
    would carry traffic to the documentation address 192.0.2.1 (RFC 5737).
    """
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))
            address: str = probe.getsockname()[0]
            return address
    except OSError:
        return "127.0.0.1"
