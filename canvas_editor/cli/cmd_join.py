"""`canvas-editor join URL`: a co-facilitator's window on a shared canvas.

The URL is the one `serve` or File > Share Workshop prints for co-facilitators (its
`f=` token gives facilitator rights); a participant's link joins with a participant's
rights. The window mirrors the room; the host's file is the one that is saved.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from canvas_editor.i18n import localized, translate


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "join",
        help=translate("cli", "open a window on a live workshop another machine hosts"),
        description=translate(
            "cli",
            "Open a co-facilitator's window on a shared canvas: edits there reach "
            "everyone in the workshop. URL is the co-facilitators' link the host shows.",
        ),
    )
    p.add_argument(
        "url",
        metavar="URL",
        help=translate("cli", "the workshop's link (http://ADDRESS:PORT/w/ROOM?f=TOKEN)"),
    )


def run(args: argparse.Namespace) -> int:
    from canvas_editor.live.room_client import JoinError, websocket_url

    try:
        websocket_url(args.url, "0" * 32)
    except JoinError as exc:
        print(f"canvas-editor join: {args.url[:200]!r}: {localized(exc)}", file=sys.stderr)
        return 2
    from canvas_editor.app import run_join  # Qt only now

    return run_join(args.url)
