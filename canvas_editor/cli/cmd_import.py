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
        help="make a .bmc canvas from a Markdown, CSV, JSON Canvas or text file",
        description="Make a new .bmc canvas from another program's file: " + kinds + ". "
        "Block headings, block ids and group labels may name a block by its id or its "
        "English or Korean name, in any case and spacing.",
    )
    p.add_argument("file", metavar="FILE", help="the file to read; its suffix says what it holds")
    p.add_argument("-o", "--output", required=True, metavar="OUT.bmc", help="the canvas to write")
    p.add_argument(
        "--into",
        type=_block,
        metavar="BLOCK",
        help="the block for notes whose heading, block id or group names none "
        "(and for every line of a .txt file); without it such notes make the import fail",
    )
    p.add_argument("--force", action="store_true", help="overwrite OUT.bmc if it exists")
    p.set_defaults(import_parser=p)


def run(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.import_parser
    source, out = Path(args.file), Path(args.output)
    importer = importer_for(source)
    if importer is None:
        what = f"'{source.suffix}'" if source.suffix else "no suffix"
        *others, last = IMPORTERS
        kinds = f"{', '.join(others)} or {last}"
        parser.error(f"cannot tell what {source.name} holds ({what}); name a {kinds} file")
    if source.suffix.lower() in ONE_BLOCK and args.into is None:
        parser.error(f"--into BLOCK is needed: every line of {source.name} goes into one block")
    if out.suffix.lower() != ".bmc":
        parser.error(f"the output is a canvas, OUT.bmc; to write {out.name} use 'canvas-editor export'")
    # As `new` does: a link, even a broken one, counts as a file the user may want kept.
    if os.path.lexists(out) and not args.force:
        print(f"{out}: already exists (use --force to overwrite)", file=sys.stderr)
        return 1
    try:
        canvas = importer(read_bytes(source), args.into)
    except UnplacedNotes as exc:
        print(f"{source}: {exc} (use --into BLOCK to put such notes in a block)", file=sys.stderr)
        return 1
    except LoadError as exc:
        print(f"{source}: {exc}", file=sys.stderr)
        return 1
    try:
        write_atomic(out, canvas_to_bytes(canvas))
    except SaveError as exc:
        print(f"{out}: {exc}", file=sys.stderr)
        return 1
    return 0
