"""`canvas-editor diff`: what changed between two canvases, or snapshots, one line per change.

Exit codes follow `diff`: 0 the two are the same, 1 they differ, 2 trouble (a usage
error, a file that cannot be read, a snapshot that is not there). The comparison is
`model.compare`, the one the window shows.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from canvas_editor.cli.parsing import RawDescriptionFormatter
from canvas_editor.i18n import localized, translate
from canvas_editor.model.compare import Board, change_json, compare, describe
from canvas_editor.model.document import Canvas
from canvas_editor.model.snapshots import find_snapshot
from canvas_editor.storage.errors import LoadError
from canvas_editor.storage.load import load_canvas

SAME, DIFFERENT, TROUBLE = 0, 1, 2


def description() -> str:
    """The help's description, in the user's language (its lines kept as written)."""
    return translate(
        "cli",
        """
Compare two canvases, or snapshots, and print one line per change: notes added,
removed, moved to another block, with their text changed, recoloured, moved to
another segment, or with other votes. Notes are followed by their ids. Positions
inside a block, descriptions, tags and the title block are not compared.

  canvas-editor diff A.bmc B.bmc                    A now against B now
  canvas-editor diff A.bmc --snapshot v1            A's snapshot v1 against A now
  canvas-editor diff A.bmc B.bmc --snapshot v1      A's snapshot v1 against B now
  canvas-editor diff A.bmc --snapshot v1 --snapshot v2
                                                    A's snapshot v1 against its v2

Exit status: 0 no changes, 1 changes, 2 trouble (a usage error, a file that
cannot be read, no such snapshot).

With --format json, one JSON object:

  {"before": {"file": "A.bmc", "snapshot": "v1"},   snapshot: null for the canvas now
   "after": {"file": "B.bmc", "snapshot": null},
   "equal": false,
   "changes": [{"kind": "moved", "note": "vp-1", "block": "channels",
                "text": "Fresh bread", "before": "key_partners", "after": "channels"}, ...]}

A change's "kind" is added, removed, moved, text, color, segment or votes; "note"
is the note's id, "block" the id of the block it is in (was in, when removed) and
"text" its text. "before" and "after" hold what changed: block ids (moved), texts
(text), "#RRGGBB" (color), {"id": ..., "name": ...} or null (segment), numbers
(votes); both are null for added and removed. Changes come block by block in the
standard order of the blocks.
""",
    ).lstrip("\n")


class Trouble(Exception):
    """A file or snapshot that cannot be compared; one line, exit 2."""


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "diff",
        help=translate("cli", "show what changed between two canvases or snapshots"),
        description=description(),
        formatter_class=RawDescriptionFormatter,
    )
    p.add_argument("before", metavar="A.bmc", help=translate("cli", "the canvas before"))
    p.add_argument(
        "after", metavar="B.bmc", nargs="?", help=translate("cli", "the canvas after (default: A.bmc)")
    )
    p.add_argument(
        "--snapshot",
        action="append",
        default=[],
        metavar="NAME",
        help=translate(
            "cli",
            "compare a snapshot (by name, or id) instead of the canvas now: the first "
            "--snapshot is A's, a second one B's",
        ),
    )
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=translate("cli", "output format (default: text)"),
    )
    p.set_defaults(diff_parser=p)


def run(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.diff_parser
    names: list[str] = args.snapshot
    if len(names) > 2:
        parser.error(
            translate("cli", "--snapshot names at most two snapshots: one of A.bmc, then one of B.bmc")
        )
    if args.after is None and not names:
        parser.error(translate("cli", "with one file, name a snapshot to compare with it (--snapshot NAME)"))
    after_file: str = args.after if args.after is not None else args.before
    try:
        canvases = _load({args.before, after_file})
        before = _state(canvases[args.before], args.before, names[0] if names else None)
        after = _state(canvases[after_file], after_file, names[1] if len(names) > 1 else None)
    except Trouble as exc:
        print(exc, file=sys.stderr)
        return TROUBLE
    changes = compare(before, after)
    if args.format == "json":
        document = {
            "before": {"file": args.before, "snapshot": names[0] if names else None},
            "after": {"file": after_file, "snapshot": names[1] if len(names) > 1 else None},
            "equal": not changes,
            "changes": [change_json(c) for c in changes],
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("".join(describe(c) + "\n" for c in changes))
    return DIFFERENT if changes else SAME


def _load(files: set[str]) -> dict[str, Canvas]:
    canvases: dict[str, Canvas] = {}
    for name in sorted(files):
        try:
            canvases[name] = load_canvas(name)
        except LoadError as exc:
            raise Trouble(f"{name}: {localized(exc)}") from None
    return canvases


def _state(canvas: Canvas, file: str, snapshot: str | None) -> Board:
    if snapshot is None:
        return canvas
    try:
        return find_snapshot(canvas, snapshot)
    except LookupError as exc:
        raise Trouble(f"{file}: {localized(exc)}") from None
