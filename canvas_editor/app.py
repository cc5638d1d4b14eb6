"""The editor application (placeholder until the window lands)."""

from __future__ import annotations

import sys


def run_editor(files: list[str], template: str | None = None) -> int:
    print("canvas-editor: the editor window is not built yet; try 'canvas-editor --help'", file=sys.stderr)
    return 2
