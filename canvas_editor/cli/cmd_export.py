"""`canvas-editor export`: a printable PDF of a canvas (see canvas_editor.export)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_parser(sub: Any) -> None:
    p = sub.add_parser("export", help="export a canvas to PDF", description="Export a canvas to PDF.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT")


def run(args: argparse.Namespace) -> int:
    print("canvas-editor: export is not built yet", file=sys.stderr)
    return 2
