"""`canvas-editor new`: a new `.bmc` file from a template, dated today (model.new_canvas)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from canvas_editor.i18n import localized, translate
from canvas_editor.model.new_canvas import new_canvas_from
from canvas_editor.storage.errors import BmcError
from canvas_editor.storage.save import canvas_to_bytes, write_atomic
from canvas_editor.storage.templates import TEMPLATES, load_template


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "new",
        help=translate("cli", "create a .bmc file from a template"),
        description=translate(
            "cli", "Create a new .bmc file from a bundled template, dated today, with an empty 'Designed by'."
        ),
    )
    p.add_argument(
        "--template",
        default="blank",
        choices=list(TEMPLATES),
        help=translate("cli", "template (default: blank)"),
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=translate("cli", "the file to create")
    )
    p.add_argument("--force", action="store_true", help=translate("cli", "overwrite FILE if it exists"))


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    # lexists: never raises (a name too long is left to the save to report), and a
    # link, even a broken one, counts as something the user may not want replaced.
    if os.path.lexists(out) and not args.force:
        print(
            translate("cli", "{file}: already exists (use --force to overwrite)").format(file=out),
            file=sys.stderr,
        )
        return 1
    try:
        write_atomic(out, canvas_to_bytes(new_canvas_from(load_template(args.template))))
    except BmcError as exc:
        print(f"{out}: {localized(exc)}", file=sys.stderr)
        return 1
    return 0
