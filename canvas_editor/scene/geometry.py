"""Scene coordinates of the sheet: the layout's fractions scaled to a fixed board size.

The board is 1000 scene units high and sqrt(2) times as wide (the reference sheet),
so a note is a square of about 90 units; the view scales the whole sheet to fit.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from canvas_editor.model import layout, placement
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.placement import Aim

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


def note_top_left(block: BlockId, x: float, y: float, size: float = 1.0) -> QPointF:
    r = layout.note_rect(block, x, y, size)
    return QPointF(r.x * SHEET_W, r.y * SHEET_H)


def block_rect(block: BlockId) -> QRectF:
    return to_scene(layout.BLOCK_RECTS[block])


def drop_aim(top_left: QPointF, size: float = 1.0) -> tuple[BlockId, Aim]:
    """Where a note of `size` whose corner is at `top_left` is dropped: the block under its
    centre (or the nearest block when outside all), and its corner as a sheet point."""
    left, top = to_sheet(top_left)
    w, h = layout.note_extent(size)
    cx, cy = left + w / 2.0, top + h / 2.0
    return layout.block_at(cx, cy) or layout.nearest_block(cx, cy), (left, top)


def centred_aim(point: QPointF, size: float = 1.0) -> Aim:
    """The corner, as a sheet point, of a note of `size` centred on a scene point."""
    return placement.centred_aim(*to_sheet(point), size)
