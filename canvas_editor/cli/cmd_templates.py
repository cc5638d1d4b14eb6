"""`canvas-editor templates`: the bundled templates, one line each."""

from __future__ import annotations

import argparse
from typing import Any

from canvas_editor.storage.templates import TEMPLATES


def add_parser(sub: Any) -> None:
    sub.add_parser("templates", help="list the bundled templates", description="List the bundled templates.")


def run(args: argparse.Namespace) -> int:
    width = max(len(n) for n in TEMPLATES)
    for name, description in TEMPLATES.items():
        print(f"{name:<{width}}  {description}")
    return 0
