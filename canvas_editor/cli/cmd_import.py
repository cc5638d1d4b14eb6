"""`canvas-editor import`: a new `.bmc` canvas from a Markdown, CSV, JSON Canvas or text file.

The input's suffix picks the importer (`canvas_editor.importers`). Notes whose
heading, block id or group names no block make the import fail, naming the line,
unless `--into BLOCK` says where they go; a text file's lines all go into that block.

Exit codes: 0 written; 1 the input cannot become a canvas, or the output exists or
cannot be written (one line; an existing file is only replaced with `--force`, and
atomically); 2 usage, such as an input of a kind that cannot be imported.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from canvas_editor.i18n import localized, translate
from canvas_editor.importers import IMPORTERS, ONE_BLOCK, UnplacedNotes, importer_for
from canvas_editor.model.blocks import BlockId, block_named, closest_block_name
from canvas_editor.storage.errors import LoadError, SaveError
from canvas_editor.storage.load import read_bytes
from canvas_editor.storage.save import canvas_to_bytes, write_atomic


def _block(value: str) -> BlockId:
    block = block_named(value)
    if block is None:
        close = closest_block_name(value)
        hint = f"did you mean {close!r}?" if close else f"the ids are {', '.join(b.value for b in BlockId)}"
        raise argparse.ArgumentTypeError(f"{value!r} names no block ({hint})")
    return block


def add_parser(sub: Any) -> None:
    kinds = ", ".join(f"{suffix} ({name})" for suffix, (name, _) in IMPORTERS.items())
    p = sub.add_parser(
        "import",
        help=translate("cli", "make a .bmc canvas from a Markdown, CSV, JSON Canvas or text file"),
        description=translate(
            "cli",
            "Make a new .bmc canvas from another program's file: {kinds}. Block headings, block ids "
            "and group labels may name a block by its id or its English or Korean name, in any case "
            "and spacing.",
        ).format(kinds=kinds),
    )
    p.add_argument(
        "file", metavar="FILE", help=translate("cli", "the file to read; its suffix says what it holds")
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="OUT.bmc", help=translate("cli", "the canvas to write")
    )
    p.add_argument(
        "--into",
        type=_block,
        metavar="BLOCK",
        help=translate(
            "cli",
            "the block for notes whose heading, block id or group names none "
            "(and for every line of a .txt file); without it such notes make the import fail",
        ),
    )
    p.add_argument("--force", action="store_true", help=translate("cli", "overwrite OUT.bmc if it exists"))
    p.set_defaults(import_parser=p)


def run(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.import_parser
    source, out = Path(args.file), Path(args.output)
    importer = importer_for(source)
    if importer is None:
        what = f"'{source.suffix}'" if source.suffix else translate("cli", "no suffix")
        *others, last = IMPORTERS
        kinds = translate("cli", "{some} or {last}").format(some=", ".join(others), last=last)
        parser.error(
            translate("cli", "cannot tell what {name} holds ({suffix}); name a {kinds} file").format(
                name=source.name, suffix=what, kinds=kinds
            )
        )
    if source.suffix.lower() in ONE_BLOCK and args.into is None:
        parser.error(
            translate("cli", "--into BLOCK is needed: every line of {name} goes into one block").format(
                name=source.name
            )
        )
    if out.suffix.lower() != ".bmc":
        parser.error(
            translate(
                "cli", "the output is a canvas, OUT.bmc; to write {name} use 'canvas-editor export'"
            ).format(name=out.name)
        )
    # As `new` does: a link, even a broken one, counts as a file the user may want kept.
    if os.path.lexists(out) and not args.force:
        print(
            translate("cli", "{file}: already exists (use --force to overwrite)").format(file=out),
            file=sys.stderr,
        )
        return 1
    try:
        canvas = importer(read_bytes(source), args.into)
    except UnplacedNotes as exc:
        print(
            translate("cli", "{file}: {reason} (use --into BLOCK to put such notes in a block)").format(
                file=source, reason=localized(exc)
            ),
            file=sys.stderr,
        )
        return 1
    except LoadError as exc:
        print(f"{source}: {localized(exc)}", file=sys.stderr)
        return 1
    try:
        write_atomic(out, canvas_to_bytes(canvas))
    except SaveError as exc:
        print(f"{out}: {localized(exc)}", file=sys.stderr)
        return 1
    return 0
