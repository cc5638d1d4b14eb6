"""How values from outside appear in one-line messages: short, and safe for a terminal."""

from __future__ import annotations

import re
from typing import Any

_SIMPLE_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")


def short_repr(value: Any) -> str:
    """A value for a one-line message: its repr, at most 40 characters."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def location(loc: tuple[int | str, ...]) -> str:
    """A place in a canvas as `notes[3].color`; keys that are not plain names are quoted."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _SIMPLE_KEY.fullmatch(part):
            # An unknown key comes from the file: it may be huge or hold control characters.
            out += f"[{short_repr(part)}]"
        else:
            out += f".{part}" if out else part
    return out
