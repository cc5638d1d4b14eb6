"""`canvas-editor snapshot`: take a named snapshot of a canvas and save the file.

The name is checked as the window checks it (`model.snapshots`); the file is saved
atomically, and the version it replaces goes to the backups first, as a save from the
window does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from canvas_editor.i18n import localized, translate
from canvas_editor.model.document import Canvas
from canvas_editor.model.snapshots import checked_name, new_snapshot
from canvas_editor.storage.backup import BackupStore
from canvas_editor.storage.errors import LoadError, SaveError
from canvas_editor.storage.load import parse_canvas, read_bytes
from canvas_editor.storage.save import canvas_to_bytes, check_loadable, write_atomic


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "snapshot",
        help=translate("cli", "take a named snapshot of a canvas"),
        description=translate(
            "cli",
            "Take a snapshot of FILE's board (its notes and segments) named NAME, "
            "stamped with the time, and save FILE. Exit status: 0 taken, 1 FILE cannot be read "
            "or written or already has a snapshot of that name, 2 a usage error.",
        ),
    )
    p.add_argument("file", metavar="FILE", help=translate("cli", "the .bmc file"))
    p.add_argument(
        "--name",
        required=True,
        metavar="NAME",
        help=translate("cli", "the snapshot's name (at most 200 characters)"),
    )
    p.set_defaults(snapshot_parser=p)


def run(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.snapshot_parser
    try:
        checked_name(Canvas(), args.name)  # a name no canvas could take is a usage error
    except ValueError as exc:
        parser.error(f"--name: {localized(exc)}")
    path = Path(args.file)
    try:
        old = read_bytes(path)
        canvas = parse_canvas(old)
    except LoadError as exc:
        print(f"{args.file}: {localized(exc)}", file=sys.stderr)
        return 1
    try:
        canvas.snapshots.append(new_snapshot(canvas, args.name))
    except ValueError as exc:
        print(f"{args.file}: {localized(exc)}", file=sys.stderr)
        return 1
    data = canvas_to_bytes(canvas)
    try:
        check_loadable(data)
        _keep_previous_version(path, data)
        write_atomic(path, data)
    except SaveError as exc:
        print(f"{args.file}: {localized(exc)}", file=sys.stderr)
        return 1
    return 0


def _keep_previous_version(path: Path, data: bytes) -> None:
    """As a save from the window: the version replaced goes to the backups; a failure there warns."""
    try:
        BackupStore().keep_previous_version(path, replacing_with=data)
    except SaveError as exc:
        print(
            translate("cli", "{file}: no backup of the previous version: {reason}").format(
                file=path, reason=localized(exc)
            ),
            file=sys.stderr,
        )
