"""Dot-voting marks on a printed note: a dot for each vote (five at most) and the count,
as the board shows them (model/voting.py has their sizes), in the note's ink so they
read in black-and-white print."""

from __future__ import annotations

from typing import Any

from canvas_editor.export import fonts
from canvas_editor.model.layout import NOTE_PADDING, Rect
from canvas_editor.model.voting import COUNT_SIZE, DOT_PITCH, DOT_RADIUS, MAX_DOTS


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
    size = pad * COUNT_SIZE
    c.setFont(fonts.BOLD, size)
    c.drawString(x + min(votes, MAX_DOTS) * pad * DOT_PITCH + pad * 0.2, y - size * 0.35, str(votes))
    c.restoreState()
