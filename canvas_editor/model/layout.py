"""The standard Business Model Canvas layout, as fractions of the sheet.

One place for the geometry: the board on screen and the PDF page both scale these
fractions to their own size, so a canvas looks the same at any window or paper size.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from canvas_editor.model.blocks import BlockId

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
HEADER = Rect(MARGIN, MARGIN, 1.0 - 2 * MARGIN, 0.07)
BOARD = Rect(MARGIN, 0.10, 1.0 - 2 * MARGIN, 0.855)
FOOTER = Rect(MARGIN, BOARD.bottom + 0.005, 1.0 - 2 * MARGIN, 1.0 - BOARD.bottom - 0.01)

# Sticky notes are square on the reference sheet.
NOTE_W = 0.064
NOTE_H = NOTE_W * SHEET_ASPECT
# Note text as printed on the reference sheet, A4 landscape (297 mm wide): 8 pt down to
# 5 pt in 0.5 pt steps, inside a padding of 7 % of the note's width. The PDF scales
# these with its paper and the board with its scene, so a note wraps alike on both.
REFERENCE_SHEET_W_PT = 297.0 / 25.4 * 72.0
NOTE_TEXT_MAX_PT, NOTE_TEXT_MIN_PT, NOTE_TEXT_STEP_PT = 8.0, 5.0, 0.5
NOTE_PADDING = 0.07
# Room at the top of each block for its name, where automatic placement starts.
BLOCK_TITLE_H = 0.035

ATTRIBUTION = "The Business Model Canvas by Strategyzer AG, licensed under CC BY-SA 3.0"


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


def note_rect(block: BlockId, x: float, y: float) -> Rect:
    """The sheet rectangle of a note stored at (x, y) of `block`.

    The note is kept inside its block even when (x, y) is near 1, so nothing is ever
    drawn over a neighbouring block.
    """
    b = BLOCK_RECTS[block]
    left = b.x + min(_clamp01(x) * b.w, max(b.w - NOTE_W, 0.0))
    top = b.y + min(_clamp01(y) * b.h, max(b.h - NOTE_H, 0.0))
    return Rect(left, top, NOTE_W, NOTE_H)


def position_in_block(block: BlockId, left: float, top: float) -> tuple[float, float]:
    """The stored (x, y) for a note whose top-left corner is at sheet point (left, top).

    Clamped so the note lies wholly inside the block.
    """
    b = BLOCK_RECTS[block]
    max_x = max(b.w - NOTE_W, 0.0) / b.w
    max_y = max(b.h - NOTE_H, 0.0) / b.h
    return (
        min(max((left - b.x) / b.w, 0.0), max_x),
        min(max((top - b.y) / b.h, 0.0), max_y),
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


def free_position(block: BlockId, occupied: list[tuple[float, float]]) -> tuple[float, float]:
    """A stored (x, y) for a new note in `block` that does not cover another note.

    Scans a grid below the block's title, row by row; `occupied` holds the stored
    positions of the block's notes. When the block is full, cascades diagonally.
    """
    b = BLOCK_RECTS[block]
    gap = NOTE_W * 0.08
    step_x = (NOTE_W + gap) / b.w
    step_y = (NOTE_H + gap) / b.h
    start_x = gap / b.w
    start_y = BLOCK_TITLE_H / b.h
    taken = [note_rect(block, x, y) for x, y in occupied]
    cols = max(int((1.0 - start_x - NOTE_W / b.w) // step_x) + 1, 1)
    rows = max(int((1.0 - start_y - NOTE_H / b.h) // step_y) + 1, 1)
    for row in range(rows):
        for col in range(cols):
            x, y = start_x + col * step_x, start_y + row * step_y
            r = note_rect(block, x, y)
            if not any(_overlap(r, t) for t in taken):
                return (x, y)
    n = len(occupied)
    return ((start_x + (n % 7) * 0.04) % 0.9, (start_y + (n % 11) * 0.04) % 0.9)


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right - 1e-9 and b.x < a.right - 1e-9 and a.y < b.bottom - 1e-9 and b.y < a.bottom - 1e-9
