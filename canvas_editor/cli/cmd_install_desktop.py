"""`canvas-editor install-desktop [--uninstall]`: the editor in the desktop's menus, `.bmc`
files opening in it with their own icon (canvas_editor.desktop.install)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from canvas_editor.desktop.install import (
    ToolFailed,
    data_home,
    install,
    launcher_command,
    refresh_caches,
    uninstall,
)
from canvas_editor.storage.load import FORMAT_NAME


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "install-desktop",
        help="add the editor and .bmc files to the desktop (Linux)",
        description=f"Write a menu entry, the .{FORMAT_NAME} file type and the icons under "
        "$XDG_DATA_HOME (default ~/.local/share), so the desktop lists the editor and opens "
        f".{FORMAT_NAME} files in it; prints each file it writes.",
    )
    p.add_argument("--uninstall", action="store_true", help="remove exactly the files it writes")


def run(args: argparse.Namespace) -> int:
    if sys.platform in ("win32", "darwin"):
        print("canvas-editor: install-desktop is for Linux and other freedesktop desktops", file=sys.stderr)
        return 1
    home = data_home()
    try:
        if args.uninstall:
            changed = uninstall(home)
            if not changed:
                print(f"nothing to remove under {home}", file=sys.stderr)
        else:
            changed = install(home, launcher_command(sys.argv[0], sys.executable))
        for path in changed:
            print(path)
        for note in refresh_caches(home):
            print(f"canvas-editor: {note}", file=sys.stderr)
    except OSError as exc:
        where = exc.filename if exc.filename is not None else home
        print(f"canvas-editor: cannot change {where}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except ToolFailed as exc:
        print(f"canvas-editor: {exc}", file=sys.stderr)
        return 1
    return 0
