"""The participant's page and its script, answered to plain HTTP requests.

Everything the page needs comes from the host (no network beyond the room's): the
built files in resources/web/ (`make web` builds app.js from web/, see
docs/architecture.md). Headers keep the page from loading anything else and from
being framed; user text never reaches HTML here, the page inserts it as text.
"""

from __future__ import annotations

import json
from functools import cache
from http import HTTPStatus

from websockets.datastructures import Headers
from websockets.http11 import Response

from canvas_editor.resource_files import resource

_TYPES = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
}
_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)


@cache
def _body(name: str) -> bytes:
    return resource("web", name).read_bytes()


def response(status: HTTPStatus, body: bytes, content_type: str) -> Response:
    headers = Headers()
    headers["Content-Type"] = content_type
    headers["Content-Length"] = str(len(body))
    headers["Cache-Control"] = "no-store"
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Content-Security-Policy"] = _POLICY
    headers["Referrer-Policy"] = "no-referrer"
    headers["Connection"] = "close"
    return Response(status.value, status.phrase, headers, body)


def text_response(status: HTTPStatus, text: str) -> Response:
    return response(status, (text + "\n").encode(), "text/plain; charset=utf-8")


@cache
def _blocks_json() -> bytes:
    """The blocks' names and the note colours for the page, from the model (one source)."""
    from canvas_editor.model.blocks import BLOCKS
    from canvas_editor.model.colors import STICKY_COLORS
    from canvas_editor.model.rules import MAX_NOTE_TEXT

    data = {
        "blocks": [{"id": b.id.value, "en": b.name_en, "ko": b.name_ko} for b in BLOCKS.values()],
        "colors": list(STICKY_COLORS.values()),
        "max_text": MAX_NOTE_TEXT,
    }
    return json.dumps(data, ensure_ascii=False).encode()


def page() -> Response:
    return file_response("index.html")


def file_response(name: str) -> Response:
    """A shipped file by its name (`/static/NAME`); 404 for any other name."""
    if name == "blocks.json":
        return response(HTTPStatus.OK, _blocks_json(), "application/json")
    if name not in _TYPES:
        return text_response(HTTPStatus.NOT_FOUND, "not found")
    try:
        body = _body(name)
    except OSError:
        return text_response(HTTPStatus.NOT_FOUND, "not found")
    return response(HTTPStatus.OK, body, _TYPES[name])
