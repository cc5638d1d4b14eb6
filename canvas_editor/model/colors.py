"""Sticky-note colours offered in the editor; a note may carry any #RRGGBB."""

from __future__ import annotations

STICKY_COLORS: dict[str, str] = {
    "yellow": "#FFF176",
    "orange": "#FFB74D",
    "pink": "#F48FB1",
    "purple": "#CE93D8",
    "blue": "#81D4FA",
    "green": "#A5D6A7",
    "lime": "#E6EE9C",
    "grey": "#E0E0E0",
}

DEFAULT_NOTE_COLOR = STICKY_COLORS["yellow"]
