"""The standard Business Model Canvas layout, as fractions of the sheet.

One place for the geometry: the board on screen and the PDF page both scale these
fractions to their own size, so a canvas looks the same at any window or paper size.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.canvas_words import attribution

# The reference sheet is ISO A landscape; other paper sizes stretch the fractions.
SHEET_ASPECT = math.sqrt(2.0)


class Rect(NamedTuple):
    """An axis-aligned rectangle; y grows downwards, as on screen."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2.0, self.y + self.h / 2.0)

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom

    def scaled(self, sx: float, sy: float, dx: float = 0.0, dy: float = 0.0) -> Rect:
        """This rectangle mapped onto a surface of size (sx, sy) at offset (dx, dy)."""
        return Rect(dx + self.x * sx, dy + self.y * sy, self.w * sx, self.h * sy)

    def distance_to(self, px: float, py: float) -> float:
        dx = max(self.x - px, 0.0, px - self.right)
        dy = max(self.y - py, 0.0, py - self.bottom)
        return math.hypot(dx, dy)


MARGIN = 0.02
# The header starts lower than the side margin: 5.5 mm down on A4 landscape, below the
# band office printers cannot print, so the reference sheet prints whole as it is.
HEADER = Rect(MARGIN, 0.026, 1.0 - 2 * MARGIN, 0.07)
BOARD = Rect(MARGIN, 0.10, 1.0 - 2 * MARGIN, 0.855)
FOOTER = Rect(MARGIN, BOARD.bottom + 0.005, 1.0 - 2 * MARGIN, 1.0 - BOARD.bottom - 0.01)

# Sticky notes are square on the reference sheet.
NOTE_W = 0.064
NOTE_H = NOTE_W * SHEET_ASPECT
# The sizes the editor offers by name; a note may have any size its rule allows (rules.py).
NOTE_SIZES: dict[str, float] = {"small": 0.75, "medium": 1.0, "large": 1.5}
# Their names as the window shows them (translated where shown, context "Sizes").
NOTE_SIZE_TITLES: dict[str, str] = {
    "small": QT_TRANSLATE_NOOP("Sizes", "Small"),
    "medium": QT_TRANSLATE_NOOP("Sizes", "Medium"),
    "large": QT_TRANSLATE_NOOP("Sizes", "Large"),
}
# Note text as printed on the reference sheet, A4 landscape (297 mm wide): 8 pt down to
# 5 pt in 0.5 pt steps, inside a padding of 7 % of the note's width. The PDF scales
# these with its paper and the board with its scene, so a note wraps alike on both.
REFERENCE_SHEET_W_PT = 297.0 / 25.4 * 72.0
NOTE_TEXT_MAX_PT, NOTE_TEXT_MIN_PT, NOTE_TEXT_STEP_PT = 8.0, 5.0, 0.5
NOTE_PADDING = 0.07
# Room at the top of each block for its name, where automatic placement starts.
BLOCK_TITLE_H = 0.035

# The attribution in the source language; model.canvas_words.attribution gives it in a canvas's language.
ATTRIBUTION = attribution("en")


def _blocks() -> dict[BlockId, Rect]:
    col = BOARD.w / 5.0
    top_h = BOARD.h * 2.0 / 3.0
    half = top_h / 2.0
    x0, y0 = BOARD.x, BOARD.y
    bottom_y = y0 + top_h
    bottom_h = BOARD.h - top_h
    return {
        BlockId.KEY_PARTNERS: Rect(x0, y0, col, top_h),
        BlockId.KEY_ACTIVITIES: Rect(x0 + col, y0, col, half),
        BlockId.KEY_RESOURCES: Rect(x0 + col, y0 + half, col, half),
        BlockId.VALUE_PROPOSITIONS: Rect(x0 + 2 * col, y0, col, top_h),
        BlockId.CUSTOMER_RELATIONSHIPS: Rect(x0 + 3 * col, y0, col, half),
        BlockId.CHANNELS: Rect(x0 + 3 * col, y0 + half, col, half),
        BlockId.CUSTOMER_SEGMENTS: Rect(x0 + 4 * col, y0, col, top_h),
        BlockId.COST_STRUCTURE: Rect(x0, bottom_y, BOARD.w / 2.0, bottom_h),
        BlockId.REVENUE_STREAMS: Rect(x0 + BOARD.w / 2.0, bottom_y, BOARD.w / 2.0, bottom_h),
    }


BLOCK_RECTS: dict[BlockId, Rect] = _blocks()


def _clamp01(v: float) -> float:
    return min(max(v, 0.0), 1.0)


def note_extent(size: float = 1.0) -> tuple[float, float]:
    """Width and height, as fractions of the sheet, of a note of `size` (1.0: the standard note)."""
    return (NOTE_W * size, NOTE_H * size)


def note_rect(block: BlockId, x: float, y: float, size: float = 1.0) -> Rect:
    """The sheet rectangle of a note of `size` stored at (x, y) of `block`.

    The note is kept inside its block even when (x, y) is near 1, so nothing is ever
    drawn over a neighbouring block.
    """
    b = BLOCK_RECTS[block]
    w, h = note_extent(size)
    left = b.x + min(_clamp01(x) * b.w, max(b.w - w, 0.0))
    top = b.y + min(_clamp01(y) * b.h, max(b.h - h, 0.0))
    return Rect(left, top, w, h)


def position_in_block(block: BlockId, left: float, top: float, size: float = 1.0) -> tuple[float, float]:
    """The stored (x, y) for a note of `size` whose top-left corner is at sheet point (left, top).

    Clamped so the note lies wholly inside the block.
    """
    b = BLOCK_RECTS[block]
    w, h = note_extent(size)
    max_x = max(b.w - w, 0.0) / b.w
    max_y = max(b.h - h, 0.0) / b.h
    # Rounded to 12 places: a note put back where it was keeps its stored value
    # (0.1, not 0.09999999999999998), and files stay readable.
    return (
        round(min(max((left - b.x) / b.w, 0.0), max_x), 12),
        round(min(max((top - b.y) / b.h, 0.0), max_y), 12),
    )


def note_text_pt(size: float = 1.0) -> tuple[float, float, float]:
    """The largest and smallest font size tried for the text of a note of `size`, and the
    step between them, in points on the reference sheet.

    Text grows and shrinks with its note, but never below the smallest size of the
    standard note, the smallest that stays legible in print: a small note wraps its
    text into fewer words per line rather than printing it too small to read.
    """
    return (
        max(NOTE_TEXT_MAX_PT * size, NOTE_TEXT_MIN_PT),
        max(NOTE_TEXT_MIN_PT * size, NOTE_TEXT_MIN_PT),
        NOTE_TEXT_STEP_PT,
    )


def block_at(px: float, py: float) -> BlockId | None:
    """The block under a sheet point, or None outside every block."""
    for block, rect in BLOCK_RECTS.items():
        if rect.contains(px, py):
            return block
    return None


def nearest_block(px: float, py: float) -> BlockId:
    """The block under a sheet point, or the closest one when outside all."""
    return min(BLOCK_RECTS, key=lambda b: BLOCK_RECTS[b].distance_to(px, py))
