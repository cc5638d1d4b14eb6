"""Where notes land in a block (model/placement.py), for any notes already there: a free
place near the aim, never over another note while the block has room, a tidy layout in
reading order when it has none."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR, SEGMENT_PALETTE, unused_segment_color
from canvas_editor.model.document import Note
from canvas_editor.model.layout import BLOCK_RECTS, Rect
from canvas_editor.model.placement import (
    GAP,
    Arrival,
    arrange,
    arranged,
    free_position,
    nearest_free,
    reading_order,
    rect_of,
    settle,
)
from canvas_editor.model.rules import MAX_NOTE_SIZE, MIN_NOTE_SIZE

EPS = 1e-9
blocks = st.sampled_from(list(BlockId))
unit = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
sizes = st.sampled_from([MIN_NOTE_SIZE, 0.75, 1.0, 1.5, MAX_NOTE_SIZE])


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right - EPS and b.x < a.right - EPS and a.y < b.bottom - EPS and b.y < a.bottom - EPS


def _inside(r: Rect, block: BlockId) -> bool:
    b = BLOCK_RECTS[block]
    return b.x - EPS <= r.x and r.right <= b.right + EPS and b.y - EPS <= r.y and r.bottom <= b.bottom + EPS


def _capacity_at_smallest(block: BlockId) -> int:
    b = BLOCK_RECTS[block]
    w, h = layout.note_extent(MIN_NOTE_SIZE)
    return math.floor((b.w - GAP) / (w + GAP)) * math.floor((b.h - layout.BLOCK_TITLE_H + GAP) / (h + GAP))


@st.composite
def crowds(draw: st.DrawFn) -> tuple[BlockId, list[Note], list[Arrival]]:
    """A block, notes already in it (anywhere, overlapping or not) and notes arriving
    with aims in and around it; never more than fit at the smallest size."""
    block = draw(blocks)
    room = _capacity_at_smallest(block)
    staying_count = draw(st.integers(min_value=0, max_value=room - 1))
    arriving_count = draw(st.integers(min_value=1, max_value=min(5, room - staying_count)))
    b = BLOCK_RECTS[block]
    staying = [
        Note(id=f"s{i}", block=block, x=draw(unit), y=draw(unit), size=draw(sizes))
        for i in range(staying_count)
    ]
    arriving = []
    for i in range(arriving_count):
        note = Note(id=f"a{i}", block=BlockId.KEY_PARTNERS, size=draw(sizes))
        fx = draw(st.floats(min_value=-0.3, max_value=1.3, allow_nan=False))
        fy = draw(st.floats(min_value=-0.3, max_value=1.3, allow_nan=False))
        aim = None if draw(st.booleans()) and i == 0 else (b.x + fx * b.w, b.y + fy * b.h)
        arriving.append(Arrival(note, aim))
    return block, staying, arriving


@settings(max_examples=150, deadline=None)
@given(crowd=crowds())
def test_arriving_notes_never_cover_another_note(crowd: tuple[BlockId, list[Note], list[Arrival]]) -> None:
    block, staying, arriving = crowd
    placed = settle(block, staying, arriving)
    ids = [a.note.id for a in arriving]
    assert [n.id for n in placed[: len(ids)]] == ids
    after = {n.id: n for n in staying} | {n.id: n for n in placed}
    assert all(n.block == block and _inside(rect_of(n), block) for n in after.values())
    for note_id in ids:
        mine = rect_of(after[note_id])
        assert not any(_overlap(mine, rect_of(o)) for i, o in after.items() if i != note_id), note_id
    moved_aside = placed[len(ids) :]
    if moved_aside:  # the block was laid out again: nothing overlaps at all
        assert not any(_overlap(rect_of(a), rect_of(b)) for a, b in itertools.combinations(after.values(), 2))
    # Sizes only ever shrink, and arriving notes keep what they carry.
    assert all(after[n.id].size <= n.size for n in staying)
    assert all((after[a.note.id].text, after[a.note.id].id) == (a.note.text, a.note.id) for a in arriving)


@settings(max_examples=150, deadline=None)
@given(block=blocks, size=sizes, fx=unit, fy=unit)
def test_a_free_aimed_spot_is_taken_exactly(block: BlockId, size: float, fx: float, fy: float) -> None:
    b = BLOCK_RECTS[block]
    w, h = layout.note_extent(size)
    aim = (b.x + fx * (b.w - w), b.y + fy * (b.h - h))
    x, y = nearest_free(block, size, aim, []) or (math.nan, math.nan)
    r = layout.note_rect(block, x, y, size)
    assert (r.x, r.y) == (pytest.approx(aim[0], abs=1e-11), pytest.approx(aim[1], abs=1e-11))


def test_a_taken_spot_gives_the_nearest_free_place_beside_the_note_there() -> None:
    block = BlockId.VALUE_PROPOSITIONS
    there = Note(id="t", block=block, x=0.3, y=0.4)
    r = rect_of(there)
    x, y = nearest_free(block, 1.0, (r.x, r.y), [r]) or (math.nan, math.nan)
    new = layout.note_rect(block, x, y)
    assert not _overlap(new, r)
    # Moved by one note and the gap, along one axis only.
    moved = (abs(new.x - r.x), abs(new.y - r.y))
    assert min(moved) == pytest.approx(0.0, abs=1e-12)
    steps = (pytest.approx(layout.NOTE_W + GAP), pytest.approx(layout.NOTE_H + GAP))
    assert max(moved) in steps


@pytest.mark.parametrize("block", list(BlockId))
def test_free_position_fills_a_block_in_reading_order_then_says_it_is_full(block: BlockId) -> None:
    taken: list[Rect] = []
    while (spot := free_position(block, taken)) is not None:
        new = layout.note_rect(block, *spot)
        assert _inside(new, block)
        assert not any(_overlap(new, t) for t in taken)
        if taken:
            last = taken[-1]
            assert (new.y, new.x) > (last.y, last.x)  # row by row
        taken.append(new)
        assert len(taken) < 100
    assert len(taken) >= 4  # even the smallest block holds two rows of two


@settings(max_examples=100, deadline=None)
@given(block=blocks, note_sizes=st.lists(sizes, min_size=1, max_size=40))
def test_arrange_keeps_the_order_in_rows_without_overlap(block: BlockId, note_sizes: list[float]) -> None:
    laid = arrange(block, note_sizes, squeeze=False)
    if laid is None:  # more than fit at the smallest size
        assert len(note_sizes) > _capacity_at_smallest(block)
        squeezed = arrange(block, note_sizes)
        assert squeezed is not None and {s for _, _, s in squeezed} == {MIN_NOTE_SIZE}
        return
    rects = [layout.note_rect(block, x, y, s) for x, y, s in laid]
    assert all(_inside(r, block) for r in rects)
    assert not any(_overlap(a, b) for a, b in itertools.combinations(rects, 2))
    assert reading_order(rects) == list(range(len(rects)))
    new_sizes = [s for _, _, s in laid]
    assert all(MIN_NOTE_SIZE <= new <= old for new, old in zip(new_sizes, note_sizes, strict=True))
    if new_sizes != note_sizes:  # shrunk: the largest to one cap, the smaller ones kept
        cap = max(new_sizes)
        assert new_sizes == [min(s, cap) for s in note_sizes]


def test_reading_order_takes_notes_a_little_higher_or_lower_as_one_row() -> None:
    w, h = layout.note_extent()
    rects = [
        Rect(0.3, 0.21, w, h),
        Rect(0.1, 0.2, w, h),
        Rect(0.2, 0.2 + h * 0.4, w, h),
        Rect(0.1, 0.2 + h, w, h),
    ]
    assert reading_order(rects) == [1, 2, 0, 3]


def test_arranged_returns_only_the_notes_that_change() -> None:
    block = BlockId.CHANNELS
    laid = arrange(block, [1.0, 1.0])
    assert laid is not None
    (x0, y0, _), (x1, y1, _) = laid
    tidy = [Note(id="a", block=block, x=x0, y=y0), Note(id="b", block=block, x=x1, y=y1)]
    assert arranged(block, tidy) == []
    assert [n.id for n in arranged(block, [tidy[0], Note(id="c", block=block, x=x0, y=y0)])] == ["c"]


def test_segment_colours_are_new_ones_until_the_palette_is_used_up_and_after() -> None:
    assert DEFAULT_NOTE_COLOR not in SEGMENT_PALETTE.values()
    used: list[str] = []
    for _ in range(len(SEGMENT_PALETTE) + 5):
        color = unused_segment_color(used)
        assert color.upper() not in {c.upper() for c in [*used, DEFAULT_NOTE_COLOR]}
        assert len(color) == 7 and color.startswith("#")
        used.append(color)
    assert set(used[: len(SEGMENT_PALETTE)]) == set(SEGMENT_PALETTE.values())
