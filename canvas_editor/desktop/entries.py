"""The text of the desktop entry and of the shared-mime-info type for `.bmc` files."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import quoteattr

from canvas_editor.desktop.identity import APP_ID, APP_NAME, MIME_COMMENT, MIME_TYPE
from canvas_editor.storage.load import FORMAT_NAME

# Characters that make the desktop entry spec require an Exec argument to be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_argument(arg: str) -> str:
    """One argument of an Exec key, quoted and escaped as the desktop entry spec asks."""
    arg = arg.replace("%", "%%")
    if _RESERVED.isdisjoint(arg):
        return arg
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    # A backslash is also escaped once more as a string value of the entry.
    return '"' + quoted.replace("\\", "\\\\") + '"'


def desktop_entry(command: Sequence[str]) -> str:
    """The `.desktop` file: `command` (the program and its leading arguments) opens files."""
    program = " ".join(exec_argument(part) for part in command)
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "GenericName=Business Model Canvas Editor",
            f"Comment=Sticky notes on a Business Model Canvas, saved as .{FORMAT_NAME} files",
            f"Exec={program} %F",
            f"Icon={APP_ID}",
            "Terminal=false",
            "StartupNotify=true",
            "Categories=Office;",
            f"MimeType={MIME_TYPE};",
            "Keywords=business model;canvas;strategy;workshop;",
            "",
        ]
    )


def magic_values() -> list[str]:
    """What a `.bmc` file holds near its start: its envelope's format, as saved (with a
    space after the colon) and as a compact writer would put it."""
    return [f'"format": "{FORMAT_NAME}"', f'"format":"{FORMAT_NAME}"']


def mime_package() -> str:
    """The shared-mime-info package: the glob, JSON as the parent type, and the magic that
    tells a `.bmc` file by its content, whatever its name."""
    matches = "".join(
        f'\n      <match type="string" value={quoteattr(value)} offset="0:64"/>' for value in magic_values()
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>{MIME_COMMENT}</comment>
    <sub-class-of type="application/json"/>
    <generic-icon name="x-office-document"/>
    <glob pattern="*.{FORMAT_NAME}"/>
    <magic priority="80">{matches}
    </magic>
  </mime-type>
</mime-info>
"""
