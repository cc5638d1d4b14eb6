"""`canvas-editor validate`: check files; `FILE: ok` or `FILE: reason` for each."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from canvas_editor.i18n import localized, translate
from canvas_editor.storage.errors import LoadError
from canvas_editor.storage.load import load_canvas


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "validate",
        help=translate("cli", "check .bmc files"),
        description=translate("cli", "Check that .bmc files are valid."),
    )
    p.add_argument("files", nargs="+", metavar="FILE")


def run(args: argparse.Namespace) -> int:
    status = 0
    for name in args.files:
        try:
            load_canvas(name)
        except LoadError as exc:
            print(f"{name}: {localized(exc)}", file=sys.stderr)
            status = 1
        else:
            print(f"{name}: ok")
    return status
