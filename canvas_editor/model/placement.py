"""Where notes go in a block: a free place near where the user aims, and tidy rows.

Every gesture that puts notes into a block (a drop, a paste, N, a double-click) asks
`settle` where they land: where aimed when that spot is free, else at the nearest
free place, so a note never covers another's text. A block with no room left is laid
out again in reading order, its largest notes shrunk step by step until every note
fits (`arrange`): smaller notes rather than scrolling inside the block, because a
printed canvas cannot scroll, and the file, the screen and the paper must show the
same notes. Only a block holding more notes than fit even at the smallest size lets
an arriving note overlap others, where it covers the least of them.

Plain sheet fractions as in `layout` (y grows downwards), no Qt: the board, the
outline and the controller share these rules.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Note
from canvas_editor.model.layout import BLOCK_RECTS, BLOCK_TITLE_H, SHEET_ASPECT, Rect, note_extent
from canvas_editor.model.rules import MIN_NOTE_SIZE

# Room kept between notes placed here, as a fraction of the sheet (in x and in y).
GAP = layout.NOTE_W * 0.08
# Arranging a crowded block shrinks its largest notes in steps of this size.
SIZE_STEP = 0.05
_EPS = 1e-9

# A sheet point (fractions of the sheet) where a note's top-left corner is wanted.
Aim = tuple[float, float]


class Arrival(NamedTuple):
    """A note coming into a block: its id, size and content, and where it is aimed."""

    note: Note
    aim: Aim | None  # None: the first free place in reading order


def rect_of(note: Note) -> Rect:
    """Where a note is on the sheet."""
    return layout.note_rect(note.block, note.x, note.y, note.size)


def aim_of(note: Note, block: BlockId | None = None) -> Aim:
    """The sheet point of a note's corner if it kept its place in `block` (default: its own)."""
    r = layout.note_rect(block or note.block, note.x, note.y, note.size)
    return (r.x, r.y)


def centred_aim(px: float, py: float, size: float = 1.0) -> Aim:
    """The corner of a note of `size` centred on the sheet point (px, py)."""
    w, h = note_extent(size)
    return (px - w / 2.0, py - h / 2.0)


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right - _EPS and b.x < a.right - _EPS and a.y < b.bottom - _EPS and b.y < a.bottom - _EPS


def free_position(block: BlockId, taken: Sequence[Rect], size: float = 1.0) -> tuple[float, float] | None:
    """The stored (x, y) of the first free place in `block` for a note of `size`, or None.

    Scans a grid below the block's title, row by row (reading order); `taken` holds the
    sheet rectangles of the notes already there.
    """
    b = BLOCK_RECTS[block]
    w, h = note_extent(size)
    step_x = (w + GAP) / b.w
    step_y = (h + GAP) / b.h
    start_x = GAP / b.w
    start_y = BLOCK_TITLE_H / b.h
    cols = max(int((1.0 - start_x - w / b.w) // step_x) + 1, 1)
    rows = max(int((1.0 - start_y - h / b.h) // step_y) + 1, 1)
    for row in range(rows):
        for col in range(cols):
            x, y = start_x + col * step_x, start_y + row * step_y
            r = layout.note_rect(block, x, y, size)
            if not any(_overlap(r, t) for t in taken):
                return (x, y)
    return None


def nearest_free(block: BlockId, size: float, aim: Aim, taken: Sequence[Rect]) -> tuple[float, float] | None:
    """The stored (x, y) nearest to `aim` where a note of `size` lies inside `block`, at
    least GAP away from every rectangle in `taken`; None when there is no such place.

    Distance is measured on paper, where a note is square. The nearest free place is
    the aimed spot itself, or lies against a neighbour or an edge of the block: each
    column against one (and the aimed column) is searched for its free height nearest
    the aim, nearest columns first, so the answer is exact.
    """
    b = BLOCK_RECTS[block]
    w, h = note_extent(size)
    lo_x, hi_x = b.x, max(b.right - w, b.x)
    lo_y, hi_y = b.y, max(b.bottom - h, b.y)
    blockers = [(t.x - GAP, t.y - GAP, t.right + GAP, t.bottom + GAP) for t in taken]
    columns = {min(max(aim[0], lo_x), hi_x), lo_x, hi_x}
    columns.update(v for left, _, right, _ in blockers for v in (right, left - w) if lo_x <= v <= hi_x)
    best: tuple[float, float, float] | None = None
    for x in sorted(columns, key=lambda x: abs(x - aim[0])):
        across = abs(x - aim[0]) * SHEET_ASPECT
        if best is not None and across >= best[0]:
            break  # every column further on is farther already
        # Heights at which a note in this column would come too close to a blocker.
        spans = sorted(
            (top - h + _EPS, bottom - _EPS)
            for left, top, right, bottom in blockers
            if x + _EPS < right and left < x + w - _EPS
        )
        y = _nearest_outside(spans, lo_y, hi_y, aim[1])
        if y is not None:
            distance = math.hypot(across, y - aim[1])
            if best is None or distance < best[0]:
                best = (distance, x, y)
    if best is None:
        return None
    return layout.position_in_block(block, best[1], best[2], size)


def _nearest_outside(
    spans: Sequence[tuple[float, float]], lo: float, hi: float, target: float
) -> float | None:
    """The value in [lo, hi] nearest `target` that lies in none of the open `spans`
    (sorted by start); None when they cover it all."""
    best: float | None = None
    start = lo
    for span_start, span_end in [*spans, (math.inf, math.inf)]:
        end = min(span_start, hi)
        if start <= end:
            candidate = min(max(target, start), end)
            if best is None or abs(candidate - target) < abs(best - target):
                best = candidate
        start = max(start, span_end)
        if start > hi:
            break
    return best


def _lattice(start: float, lo: float, hi: float, step: float) -> list[float]:
    """Points `start + k * step` between lo and hi."""
    below = int((start - lo) // step)
    above = int((hi - start) // step)
    return [start + k * step for k in range(-below, above + 1)]


def least_covering(block: BlockId, size: float, aim: Aim, taken: Sequence[Rect]) -> tuple[float, float]:
    """The stored (x, y) near `aim` where a note of `size` covers the least area of `taken`
    (for a block too full for any free place)."""
    b = BLOCK_RECTS[block]
    w, h = note_extent(size)
    lo_x, hi_x = b.x, max(b.right - w, b.x)
    lo_y, hi_y = b.y, max(b.bottom - h, b.y)
    ax = min(max(aim[0], lo_x), hi_x)
    ay = min(max(aim[1], lo_y), hi_y)

    def covered(x: float, y: float) -> float:
        area = 0.0
        for t in taken:
            dx = min(x + w, t.right) - max(x, t.x)
            dy = min(y + h, t.bottom) - max(y, t.y)
            if dx > 0.0 and dy > 0.0:
                area += dx * dy
        return area

    best = min(
        (covered(x, y), math.hypot((x - ax) * SHEET_ASPECT, y - ay), x, y)
        for x in {ax, *_lattice(ax, lo_x, hi_x, w / 2.0)}
        for y in {ay, *_lattice(ay, lo_y, hi_y, h / 2.0)}
    )
    return layout.position_in_block(block, best[2], best[3], size)


def reading_order(rects: Sequence[Rect]) -> list[int]:
    """Indexes of `rects` row by row, each row left to right, as a reader takes them in.

    A rectangle belongs to the row of the topmost one above it whose upper half it
    starts in, so notes placed by hand a little higher or lower still read as one row.
    """
    by_top = sorted(range(len(rects)), key=lambda i: (rects[i].y, rects[i].x, i))
    rows: list[list[int]] = []
    row_middle = -math.inf
    for i in by_top:
        r = rects[i]
        if rows and r.y < row_middle:
            rows[-1].append(i)
        else:
            rows.append([i])
            row_middle = r.y + r.h / 2.0
    return [i for row in rows for i in sorted(row, key=lambda i: (rects[i].x, i))]


def _rows(block: BlockId, sizes: Sequence[float]) -> tuple[list[tuple[float, float]], list[int], float]:
    """Corners for notes of `sizes` laid left to right in rows below the block's title;
    also the row of each and how far down the last row reaches."""
    b = BLOCK_RECTS[block]
    left0, top = b.x + GAP, b.y + BLOCK_TITLE_H
    x, row_h, row = left0, 0.0, 0
    corners: list[tuple[float, float]] = []
    rows: list[int] = []
    for size in sizes:
        w, h = note_extent(size)
        if x > left0 and x + w > b.right + _EPS:
            top += row_h + GAP
            x, row_h, row = left0, 0.0, row + 1
        corners.append((x, top))
        rows.append(row)
        x += w + GAP
        row_h = max(row_h, h)
    return corners, rows, top + row_h


def arrange(
    block: BlockId, sizes: Sequence[float], *, squeeze: bool = True
) -> list[tuple[float, float, float]] | None:
    """Stored (x, y, size) for notes of `sizes`, in this order, in rows without overlap.

    Notes keep their sizes when they all fit; otherwise the largest shrink, in steps
    of SIZE_STEP, to the largest size at which all fit. When not even the smallest
    size makes room, `squeeze` brings the rows closer until they overlap, each note's
    top still showing; without it the answer is None.
    """
    if not sizes:
        return []
    b = BLOCK_RECTS[block]
    largest = max(sizes)
    caps = [largest] + [
        round(k * SIZE_STEP, 2)
        for k in range(math.ceil(largest / SIZE_STEP) - 1, round(MIN_NOTE_SIZE / SIZE_STEP) - 1, -1)
    ]
    for cap in caps:
        fitted = [min(s, cap) for s in sizes]
        corners, _, bottom = _rows(block, fitted)
        if bottom <= b.bottom + _EPS:
            return _stored(block, corners, fitted)
    if not squeeze:
        return None
    smallest = [MIN_NOTE_SIZE] * len(sizes)
    corners, rows, bottom = _rows(block, smallest)
    count = rows[-1] + 1
    row_h = note_extent(MIN_NOTE_SIZE)[1]
    first_top = corners[0][1]
    pitch = (b.bottom - row_h - first_top) / (count - 1) if count > 1 else 0.0
    squeezed = [(x, first_top + row * pitch) for (x, _), row in zip(corners, rows, strict=True)]
    return _stored(block, squeezed, smallest)


def _stored(
    block: BlockId, corners: Sequence[tuple[float, float]], sizes: Sequence[float]
) -> list[tuple[float, float, float]]:
    return [
        (*layout.position_in_block(block, left, top, size), size)
        for (left, top), size in zip(corners, sizes, strict=True)
    ]


def arranged(block: BlockId, notes: Sequence[Note]) -> list[Note]:
    """The notes of a block laid out in their reading order; only those that change."""
    order = reading_order([rect_of(n) for n in notes])
    laid = arrange(block, [notes[i].size for i in order]) or []
    out = []
    for i, (x, y, size) in zip(order, laid, strict=True):
        note = notes[i]
        new = replace(note, block=block, x=x, y=y, size=size)
        if new != note:
            out.append(new)
    return out


def settle(block: BlockId, staying: Sequence[Note], arriving: Sequence[Arrival]) -> list[Note]:
    """The arriving notes placed in `block`, then the staying notes that made room for them.

    Each arriving note lands where aimed if free, else at the nearest free place; notes
    aimed together (a dragged selection, a paste) first shift as a group to lie inside
    the block, keeping their arrangement. When some find no free place, the block is
    laid out again (`arrange`) in reading order, arriving notes where they were aimed
    in that order; when even that has no room, the arriving notes go where they cover
    the least and the staying notes stay.
    """
    if not arriving:
        return []
    aims = _shifted_inside(block, arriving)
    taken = [rect_of(n) for n in staying]
    placed: list[Note] = []
    for k in _arrival_order(arriving, aims):
        note, aim = arriving[k].note, aims[k]
        if aim is None:
            spot = free_position(block, taken, note.size)
        else:
            spot = nearest_free(block, note.size, aim, taken)
        if spot is None:
            break
        moved = replace(note, block=block, x=spot[0], y=spot[1])
        placed.append(moved)
        taken.append(rect_of(moved))
    else:
        return _in_arrival_order(arriving, placed)

    everyone = [*staying, *(a.note for a in arriving)]
    b = BLOCK_RECTS[block]
    last = (b.right, b.bottom)  # notes without an aim come last in reading order
    rects = [rect_of(n) for n in staying] + [
        Rect(*(aim or last), *note_extent(a.note.size)) for a, aim in zip(arriving, aims, strict=True)
    ]
    order = reading_order(rects)
    laid = arrange(block, [everyone[i].size for i in order], squeeze=False)
    if laid is not None:
        new = {
            everyone[i].id: replace(everyone[i], block=block, x=x, y=y, size=size)
            for i, (x, y, size) in zip(order, laid, strict=True)
        }
        arrived = [new[a.note.id] for a in arriving]
        made_room = [new[n.id] for n in staying if new[n.id] != n]
        return arrived + made_room

    taken = [rect_of(n) for n in staying]
    placed = []
    for k in _arrival_order(arriving, aims):
        note, aim = arriving[k].note, aims[k]
        spot = least_covering(block, note.size, aim or (b.x + GAP, b.y + BLOCK_TITLE_H), taken)
        moved = replace(note, block=block, x=spot[0], y=spot[1])
        placed.append(moved)
        taken.append(rect_of(moved))
    return _in_arrival_order(arriving, placed)


def _arrival_order(arriving: Sequence[Arrival], aims: Sequence[Aim | None]) -> list[int]:
    """Aimed notes first, in reading order of their aims, then the others as given."""
    aimed: list[int] = []
    rects: list[Rect] = []
    rest: list[int] = []
    for k, aim in enumerate(aims):
        if aim is None:
            rest.append(k)
        else:
            aimed.append(k)
            rects.append(Rect(aim[0], aim[1], *note_extent(arriving[k].note.size)))
    return [aimed[i] for i in reading_order(rects)] + rest


def _in_arrival_order(arriving: Sequence[Arrival], placed: Sequence[Note]) -> list[Note]:
    by_id = {n.id: n for n in placed}
    return [by_id[a.note.id] for a in arriving]


def _shifted_inside(block: BlockId, arriving: Sequence[Arrival]) -> list[Aim | None]:
    """The aims, moved together just as far as brings all the aimed notes inside the block."""
    aimed = [(a.aim, note_extent(a.note.size)) for a in arriving if a.aim is not None]
    if not aimed:
        return [a.aim for a in arriving]
    b = BLOCK_RECTS[block]
    left = min(aim[0] for aim, _ in aimed)
    top = min(aim[1] for aim, _ in aimed)
    right = max(aim[0] + w for aim, (w, _) in aimed)
    bottom = max(aim[1] + h for aim, (_, h) in aimed)
    dx = _shift_into(left, right, b.x, b.right)
    dy = _shift_into(top, bottom, b.y, b.bottom)
    return [None if a.aim is None else (a.aim[0] + dx, a.aim[1] + dy) for a in arriving]


def _shift_into(low: float, high: float, lo: float, hi: float) -> float:
    """How far to move the span [low, high] to lie within [lo, hi] (to its start if longer)."""
    if high - low > hi - lo or low < lo:
        return lo - low
    if high > hi:
        return hi - high
    return 0.0
