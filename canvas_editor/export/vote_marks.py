"""Dot-voting marks on a printed note: a dot for each vote (five at most) and the count.

Drawn in the band of the note's top padding, where no text goes, in ink that reads in
black-and-white print; the board draws the same marks (scene/note_style.py).
"""

from __future__ import annotations

from typing import Any

from canvas_editor.export import fonts
from canvas_editor.model.layout import NOTE_PADDING, Rect

MAX_DOTS = 5  # more votes show as five dots and the count
DOT_RADIUS = 0.3  # of the padding
DOT_PITCH = 0.8  # centre to centre, of the padding


def draw_votes(c: Any, rect: Rect, votes: int, page_height: float, ink: tuple[float, float, float]) -> None:
    """The marks of `votes` in the top band of the note at `rect` (page points, y down)."""
    if votes <= 0:
        return
    pad = rect.w * NOTE_PADDING
    y = page_height - (rect.y + pad / 2.0)
    x = rect.x + pad
    c.saveState()
    c.setFillColorRGB(*ink)
    for i in range(min(votes, MAX_DOTS)):
        c.circle(x + i * pad * DOT_PITCH + pad * DOT_RADIUS, y, pad * DOT_RADIUS, stroke=0, fill=1)
    size = pad * 0.9
    c.setFont(fonts.BOLD, size)
    c.drawString(x + min(votes, MAX_DOTS) * pad * DOT_PITCH + pad * 0.2, y - size * 0.35, str(votes))
    c.restoreState()
