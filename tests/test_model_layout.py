"""The standard layout: nine blocks tiling the board as docs/architecture.md draws them, notes kept inside."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.layout import (
    BLOCK_RECTS,
    BOARD,
    FOOTER,
    HEADER,
    NOTE_H,
    NOTE_W,
    SHEET_ASPECT,
    Rect,
    block_at,
    free_position,
    nearest_block,
    note_rect,
    position_in_block,
)
from tests.geometry_checks import rect_within

EPS = 1e-9
B = BlockId
blocks = st.sampled_from(list(BlockId))
unit = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
anywhere = st.floats(min_value=-10.0, max_value=10.0, allow_nan=False)


def _inside(inner: Rect, outer: Rect) -> bool:
    return rect_within(inner, outer, EPS)


def _overlap_area(a: Rect, b: Rect) -> float:
    w = min(a.right, b.right) - max(a.x, b.x)
    h = min(a.bottom, b.bottom) - max(a.y, b.y)
    return max(w, 0.0) * max(h, 0.0)


def _at(fx: float, fy: float) -> BlockId | None:
    """The block at a point given as fractions of the board."""
    return block_at(BOARD.x + fx * BOARD.w, BOARD.y + fy * BOARD.h)


def test_every_block_has_a_rectangle() -> None:
    assert set(BLOCK_RECTS) == set(BlockId)


def test_the_nine_blocks_tile_the_board_without_overlap() -> None:
    for rect in BLOCK_RECTS.values():
        assert _inside(rect, BOARD)
        assert rect.w > 0 and rect.h > 0
    for a, b in itertools.combinations(BLOCK_RECTS.values(), 2):
        assert _overlap_area(a, b) < EPS
    total = sum(r.w * r.h for r in BLOCK_RECTS.values())
    assert total == pytest.approx(BOARD.w * BOARD.h)


def test_header_board_and_footer_stack_on_the_sheet() -> None:
    sheet = Rect(0.0, 0.0, 1.0, 1.0)
    for area in (HEADER, BOARD, FOOTER):
        assert _inside(area, sheet)
    assert HEADER.bottom <= BOARD.y + EPS
    assert BOARD.bottom <= FOOTER.y + EPS


@pytest.mark.parametrize(
    ("fx", "fy", "expected"),
    [
        # Top area: five equal columns.
        (0.1, 0.05, B.KEY_PARTNERS),
        (0.1, 0.6, B.KEY_PARTNERS),
        (0.3, 0.1, B.KEY_ACTIVITIES),
        (0.3, 0.5, B.KEY_RESOURCES),
        (0.5, 0.05, B.VALUE_PROPOSITIONS),
        (0.5, 0.6, B.VALUE_PROPOSITIONS),
        (0.7, 0.1, B.CUSTOMER_RELATIONSHIPS),
        (0.7, 0.5, B.CHANNELS),
        (0.9, 0.05, B.CUSTOMER_SEGMENTS),
        (0.9, 0.6, B.CUSTOMER_SEGMENTS),
        # Bottom area: two halves.
        (0.05, 0.9, B.COST_STRUCTURE),
        (0.45, 0.9, B.COST_STRUCTURE),
        (0.55, 0.9, B.REVENUE_STREAMS),
        (0.95, 0.9, B.REVENUE_STREAMS),
    ],
)
def test_blocks_sit_where_the_business_model_canvas_puts_them(
    fx: float, fy: float, expected: BlockId
) -> None:
    assert _at(fx, fy) == expected


def test_proportions_follow_the_design() -> None:
    top_h = BLOCK_RECTS[B.KEY_PARTNERS].h
    # The top area takes about two thirds of the board.
    assert 0.6 <= top_h / BOARD.h <= 0.72
    columns = [
        B.KEY_PARTNERS,
        B.KEY_ACTIVITIES,
        B.VALUE_PROPOSITIONS,
        B.CUSTOMER_RELATIONSHIPS,
        B.CUSTOMER_SEGMENTS,
    ]
    for block in columns:
        assert BLOCK_RECTS[block].w == pytest.approx(BOARD.w / 5)
    for full in (B.KEY_PARTNERS, B.VALUE_PROPOSITIONS, B.CUSTOMER_SEGMENTS):
        assert BLOCK_RECTS[full].h == pytest.approx(top_h)
    for upper, lower in ((B.KEY_ACTIVITIES, B.KEY_RESOURCES), (B.CUSTOMER_RELATIONSHIPS, B.CHANNELS)):
        assert BLOCK_RECTS[upper].bottom == pytest.approx(BLOCK_RECTS[lower].y)
        assert BLOCK_RECTS[upper].h == pytest.approx(BLOCK_RECTS[lower].h)
    assert BLOCK_RECTS[B.COST_STRUCTURE].w == pytest.approx(BOARD.w / 2)
    assert BLOCK_RECTS[B.REVENUE_STREAMS].w == pytest.approx(BOARD.w / 2)


def test_a_note_is_square_on_the_reference_sheet() -> None:
    # Fractions of a landscape ISO sheet: a square note is taller as a fraction of the height.
    assert pytest.approx(NOTE_H) == NOTE_W * SHEET_ASPECT
    for rect in BLOCK_RECTS.values():
        assert rect.w > NOTE_W and rect.h > NOTE_H


@settings(max_examples=200, deadline=None)
@given(block=blocks, x=unit, y=unit)
def test_note_rect_stays_inside_its_block(block: BlockId, x: float, y: float) -> None:
    rect = note_rect(block, x, y)
    assert _inside(rect, BLOCK_RECTS[block])
    assert (rect.w, rect.h) == (NOTE_W, NOTE_H)


@settings(max_examples=100, deadline=None)
@given(block=blocks, x=anywhere, y=anywhere)
def test_note_rect_clamps_positions_outside_the_unit_square(block: BlockId, x: float, y: float) -> None:
    assert _inside(note_rect(block, x, y), BLOCK_RECTS[block])


@settings(max_examples=200, deadline=None)
@given(block=blocks, x=unit, y=unit)
def test_position_in_block_and_note_rect_round_trip(block: BlockId, x: float, y: float) -> None:
    """Dropping a note where it is drawn stores a position that draws it at the same place."""
    rect = note_rect(block, x, y)
    stored = position_in_block(block, rect.x, rect.y)
    again = note_rect(block, *stored)
    assert again.x == pytest.approx(rect.x, abs=1e-12)
    assert again.y == pytest.approx(rect.y, abs=1e-12)


@settings(max_examples=200, deadline=None)
@given(block=blocks, left=anywhere, top=anywhere)
def test_position_in_block_keeps_the_note_wholly_inside(block: BlockId, left: float, top: float) -> None:
    x, y = position_in_block(block, left, top)
    assert 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0
    assert _inside(note_rect(block, x, y), BLOCK_RECTS[block])
    b = BLOCK_RECTS[block]
    if b.x <= left <= b.right - NOTE_W and b.y <= top <= b.bottom - NOTE_H:
        # Where the note fits, it lands exactly at the drop point.
        drawn = note_rect(block, x, y)
        assert (drawn.x, drawn.y) == (pytest.approx(left), pytest.approx(top))


@settings(max_examples=200, deadline=None)
@given(px=unit, py=unit)
def test_nearest_block_agrees_with_block_at_on_the_board(px: float, py: float) -> None:
    hit = block_at(px, py)
    if hit is not None:
        assert BLOCK_RECTS[nearest_block(px, py)].contains(px, py)


@pytest.mark.parametrize(
    ("point", "expected"),
    [
        ((0.0, BLOCK_RECTS[B.KEY_PARTNERS].center[1]), B.KEY_PARTNERS),  # left of the board
        ((1.0, BLOCK_RECTS[B.CUSTOMER_SEGMENTS].center[1]), B.CUSTOMER_SEGMENTS),  # right of it
        ((BLOCK_RECTS[B.VALUE_PROPOSITIONS].center[0], 0.0), B.VALUE_PROPOSITIONS),  # above it
        ((BLOCK_RECTS[B.CHANNELS].center[0], -5.0), B.CUSTOMER_RELATIONSHIPS),  # far above
        ((0.1, 1.0), B.COST_STRUCTURE),  # below, left
        ((0.9, 1.0), B.REVENUE_STREAMS),  # below, right
        ((1.5, 1.5), B.REVENUE_STREAMS),  # off the bottom-right corner
        ((-1.0, -1.0), B.KEY_PARTNERS),  # off the top-left corner
    ],
)
def test_nearest_block_for_points_outside_the_board(point: tuple[float, float], expected: BlockId) -> None:
    assert block_at(*point) is None
    assert nearest_block(*point) == expected


@settings(max_examples=200, deadline=None)
@given(px=anywhere, py=anywhere)
def test_nearest_block_is_never_farther_than_another_block(px: float, py: float) -> None:
    best = BLOCK_RECTS[nearest_block(px, py)].distance_to(px, py)
    assert all(best <= r.distance_to(px, py) + EPS for r in BLOCK_RECTS.values())


@pytest.mark.parametrize("block", list(BlockId))
def test_free_position_places_new_notes_without_covering_others(block: BlockId) -> None:
    b = BLOCK_RECTS[block]
    fits = math.floor(b.w / NOTE_W) * math.floor((b.h - 0.035) / NOTE_H)
    occupied: list[tuple[float, float]] = []
    for _ in range(max(fits // 2, 1)):
        x, y = free_position(block, occupied)
        new = note_rect(block, x, y)
        assert _inside(new, b)
        for other in occupied:
            assert _overlap_area(new, note_rect(block, *other)) < EPS
        occupied.append((x, y))


@pytest.mark.parametrize("block", list(BlockId))
def test_free_position_in_a_full_block_still_gives_a_valid_position(block: BlockId) -> None:
    occupied = [(x / 20, y / 20) for x in range(21) for y in range(21)]
    x, y = free_position(block, occupied)
    assert 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0
