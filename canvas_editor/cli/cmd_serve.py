"""`canvas-editor serve FILE`: the live workshop's host without a window.

Prints the join URL and its QR code, saves FILE every few seconds while participants
write and once more on Ctrl+C (or SIGTERM). The room (code, tokens, note owners) is
kept in FILE.live, so a host restarted after a crash opens the same room and the
participants' pages reconnect by themselves.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from canvas_editor.i18n import localized, translate
from canvas_editor.storage.errors import BmcError
from canvas_editor.storage.load import load_canvas

if TYPE_CHECKING:
    from canvas_editor.live.host import LiveHost

SAVE_EVERY = 3.0


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "serve",
        help=translate("cli", "host a live workshop on FILE without a window"),
        description=translate(
            "cli",
            "Host a live workshop: participants open the printed URL (or scan the QR code) "
            "on the same network and write notes from their browsers; FILE is saved every few "
            "seconds and on Ctrl+C.",
        ),
    )
    p.add_argument("file", metavar="FILE", help=translate("cli", "the .bmc file to share"))
    p.add_argument(
        "--host",
        metavar="ADDR",
        help=translate("cli", "the address to listen on (default: this machine's LAN address)"),
    )
    p.add_argument(
        "--port", type=int, default=0, metavar="N", help=translate("cli", "the port (default: a free one)")
    )
    p.add_argument(
        "--new-room", action="store_true", help=translate("cli", "open a new room instead of FILE's last one")
    )
    p.add_argument("--save-every", type=float, default=SAVE_EVERY, metavar="SECONDS", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    from canvas_editor.live.access import lan_address

    path = Path(args.file)
    try:
        canvas = load_canvas(path)
    except BmcError as exc:
        print(f"{path}: {localized(exc)}", file=sys.stderr)
        return 1
    if not 0 <= args.port <= 65535:
        print(
            translate("cli", "--port: {port} is not a port (0 to 65535)").format(port=args.port),
            file=sys.stderr,
        )
        return 2
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    logging.getLogger("canvas_editor.live.websocket").setLevel(logging.CRITICAL)
    address = args.host or lan_address()
    return asyncio.run(_serve(path, canvas, address, args))


async def _serve(path: Path, canvas: Any, address: str, args: argparse.Namespace) -> int:
    from canvas_editor.live.canvas_changes import apply_changes
    from canvas_editor.live.host import LiveHost
    from canvas_editor.live.room_file import KeptRoom, RoomKeeper, read_room, room_file
    from canvas_editor.storage.save import canvas_to_bytes, write_atomic

    kept = None if args.new_room else read_room(room_file(path))
    host = LiveHost(
        canvas,
        lambda changes: apply_changes(canvas, changes),
        address=address,
        # The kept port too, so the pages' links of the last run still lead here.
        port=args.port or (kept.port if kept else 0),
        access=kept.access if kept else None,
    )
    host.shared.restore_owners(kept.owners if kept else {})
    if kept is not None:
        # The same Y document as the last run: the pages re-send only what it lacks.
        host.shared.resume(kept.doc)
        host.shared.private.resume(kept.private_docs)
    saved = canvas_to_bytes(canvas)
    keeper = RoomKeeper(path, kept)

    def snapshot() -> tuple[bytes, KeptRoom]:
        """What to save, read on the room's loop (where the canvas and the document
        change): the file and the room's document as of the same moment."""
        shared = host.shared
        room = KeptRoom(host.access, host.port, shared.owners(), shared.state(), shared.private.states())
        return canvas_to_bytes(canvas), room

    def save() -> None:
        write(*snapshot())

    def write(data: bytes, room: KeptRoom) -> None:
        nonlocal saved
        try:
            keeper.keep(room)
            if data != saved:
                write_atomic(path, data)
                saved = data
        except BmcError as exc:
            print(f"{path}: {localized(exc)}", file=sys.stderr)

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, host.stop)

    writing: asyncio.Future[None] | None = None

    async def save_often() -> None:
        nonlocal writing
        while True:
            await asyncio.sleep(args.save_every)
            # The disk's part (an fsync) runs on a thread: on a busy disk it took up to
            # 2 s, and the room answered no one meanwhile.
            writing = asyncio.ensure_future(asyncio.to_thread(write, *snapshot()))
            await asyncio.shield(writing)

    def started(started_host: LiveHost) -> None:
        save()
        _announce(started_host)
        # The room sends every change to every client through short-lived tasks, which
        # sets off a full collection every few seconds; each went over all that loading
        # left alive (20-100 ms on loopback with 50 participants, and up to 260 ms on a
        # busy machine, with the room's loop stopped). Frozen, later collections skip it.
        gc.freeze()

    saver = asyncio.create_task(save_often())
    try:
        await host.run(started)
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        line = translate("cli", "cannot listen on {address}:{port}: {reason}")
        print(line.format(address=address, port=host.port, reason=reason), file=sys.stderr)
        return 1
    finally:
        saver.cancel()
        if writing is not None:
            await asyncio.wait([writing])  # the last save ends before the final one begins
        if host.started:
            save()
    print(translate("cli", "the workshop ended; saved {file}").format(file=path), file=sys.stderr)
    return 0


def _announce(host: LiveHost) -> None:
    import segno

    room = translate("cli", "Workshop room {room}: open on a phone or laptop on the same network")
    print(room.format(room=host.access.room))
    print(f"  {host.url}")
    segno.make(host.url, error="m").terminal(out=sys.stdout, compact=True)
    print(translate("cli", "Co-facilitators: canvas-editor join '{url}'").format(url=host.facilitator_url))
    print(translate("cli", "Ctrl+C ends the workshop."), flush=True)
