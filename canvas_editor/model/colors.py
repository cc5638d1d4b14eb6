"""Sticky-note colours offered in the editor; a note may carry any #RRGGBB."""

from __future__ import annotations

import colorsys
from collections.abc import Iterable

from canvas_editor.i18n import QT_TRANSLATE_NOOP

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

# Each sticky colour's name as the window shows it (translated where shown, context "Colors").
COLOR_TITLES: dict[str, str] = {
    "yellow": QT_TRANSLATE_NOOP("Colors", "Yellow"),
    "orange": QT_TRANSLATE_NOOP("Colors", "Orange"),
    "pink": QT_TRANSLATE_NOOP("Colors", "Pink"),
    "purple": QT_TRANSLATE_NOOP("Colors", "Purple"),
    "blue": QT_TRANSLATE_NOOP("Colors", "Blue"),
    "green": QT_TRANSLATE_NOOP("Colors", "Green"),
    "lime": QT_TRANSLATE_NOOP("Colors", "Lime"),
    "grey": QT_TRANSLATE_NOOP("Colors", "Grey"),
}

DEFAULT_NOTE_COLOR = STICKY_COLORS["yellow"]

# Colours a customer segment may take: every sticky colour but the one notes have before
# they serve any segment, so a segment's notes always stand out from the others.
SEGMENT_PALETTE: dict[str, str] = {
    name: value for name, value in STICKY_COLORS.items() if value != DEFAULT_NOTE_COLOR
}


def unused_segment_color(used: Iterable[str]) -> str:
    """A segment colour no colour in `used` takes: the first free one of the palette, and
    once all are taken a pastel of a hue as far as can be from those of the used colours."""
    taken = {c.upper() for c in used}
    for value in SEGMENT_PALETTE.values():
        if value.upper() not in taken:
            return value
    hues = sorted(_hue(c) for c in taken | {DEFAULT_NOTE_COLOR.upper()})
    gaps = [((hues[(i + 1) % len(hues)] - h) % 1.0 or 1.0, h) for i, h in enumerate(hues)]
    width, start = max(gaps)
    red, green, blue = colorsys.hls_to_rgb((start + width / 2.0) % 1.0, 0.78, 0.75)
    return "#{:02X}{:02X}{:02X}".format(*(round(v * 255) for v in (red, green, blue)))


def _hue(color: str) -> float:
    red, green, blue = (int(color[i : i + 2], 16) / 255.0 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(red, green, blue)[0]
