"""Scene coordinates of the sheet: the layout's fractions scaled to a fixed board size.

The board is 1000 scene units high and sqrt(2) times as wide (the reference sheet),
so a note is a square of about 90 units; the view scales the whole sheet to fit.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId

SHEET_H = 1000.0
SHEET_W = SHEET_H * layout.SHEET_ASPECT
NOTE_W = layout.NOTE_W * SHEET_W
NOTE_H = layout.NOTE_H * SHEET_H
SHEET_RECT = QRectF(0.0, 0.0, SHEET_W, SHEET_H)


def to_scene(rect: layout.Rect) -> QRectF:
    return QRectF(rect.x * SHEET_W, rect.y * SHEET_H, rect.w * SHEET_W, rect.h * SHEET_H)


def to_sheet(point: QPointF) -> tuple[float, float]:
    """A scene point as fractions of the sheet."""
    return (point.x() / SHEET_W, point.y() / SHEET_H)


def note_top_left(block: BlockId, x: float, y: float) -> QPointF:
    r = layout.note_rect(block, x, y)
    return QPointF(r.x * SHEET_W, r.y * SHEET_H)


def block_rect(block: BlockId) -> QRectF:
    return to_scene(layout.BLOCK_RECTS[block])


def drop_placement(top_left: QPointF) -> tuple[BlockId, float, float]:
    """Where a note whose corner is at `top_left` lands: the block under its centre
    (or the nearest block when outside all), clamped wholly inside that block."""
    left, top = to_sheet(top_left)
    cx, cy = left + layout.NOTE_W / 2.0, top + layout.NOTE_H / 2.0
    block = layout.block_at(cx, cy) or layout.nearest_block(cx, cy)
    x, y = layout.position_in_block(block, left, top)
    return block, x, y


def placement_centred_at(block: BlockId, point: QPointF) -> tuple[float, float]:
    """The stored (x, y) of a note in `block` centred on a scene point (clamped)."""
    left = point.x() - NOTE_W / 2.0
    top = point.y() - NOTE_H / 2.0
    return layout.position_in_block(block, left / SHEET_W, top / SHEET_H)
