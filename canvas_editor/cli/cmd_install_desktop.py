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
from canvas_editor.i18n import translate
from canvas_editor.storage.load import FORMAT_NAME


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "install-desktop",
        help=translate("cli", "add the editor and .{format} files to the desktop (Linux)").format(
            format=FORMAT_NAME
        ),
        description=translate(
            "cli",
            "Write a menu entry, the .{format} file type and the icons under "
            "$XDG_DATA_HOME (default ~/.local/share), so the desktop lists the editor and opens "
            ".{format} files in it; prints each file it writes.",
        ).format(format=FORMAT_NAME),
    )
    p.add_argument(
        "--uninstall", action="store_true", help=translate("cli", "remove exactly the files it writes")
    )


def run(args: argparse.Namespace) -> int:
    if sys.platform in ("win32", "darwin"):
        line = translate("cli", "install-desktop is for Linux and other freedesktop desktops")
        print(f"canvas-editor: {line}", file=sys.stderr)
        return 1
    home = data_home()
    try:
        if args.uninstall:
            changed = uninstall(home)
            if not changed:
                print(
                    translate("cli", "nothing to remove under {folder}").format(folder=home), file=sys.stderr
                )
        else:
            changed = install(home, launcher_command(sys.argv[0], sys.executable))
        for path in changed:
            print(path)
        for note in refresh_caches(home):
            print(f"canvas-editor: {note}", file=sys.stderr)
    except OSError as exc:
        where = exc.filename if exc.filename is not None else home
        line = translate("cli", "cannot change {path}: {reason}").format(
            path=where, reason=exc.strerror or exc
        )
        print(f"canvas-editor: {line}", file=sys.stderr)
        return 1
    except ToolFailed as exc:
        print(f"canvas-editor: {exc}", file=sys.stderr)
        return 1
    return 0
