"""Dragging notes on the board: within a block, into another, outside all, several at once.

A drag is one undo step, and the model is untouched until the mouse is released.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.scene.geometry import NOTE_H, NOTE_W, SHEET_H, SHEET_W, note_top_left
from canvas_editor.storage import load_canvas, save_canvas
from tests.board_gestures import block_point, click, drag, make_board, note_center, press, to_view

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _canvas() -> Canvas:
    return Canvas(
        notes=[
            Note(id="a", block=BlockId.KEY_PARTNERS, text="Sellers", x=0.05, y=0.1),
            Note(id="b", block=BlockId.KEY_PARTNERS, text="Banks", x=0.05, y=0.4),
            Note(id="c", block=BlockId.KEY_PARTNERS, text="Couriers", x=0.5, y=0.7),
        ]
    )


def _inside(note: Note) -> bool:
    """The note's rectangle lies wholly inside its block."""
    r, b = layout.note_rect(note.block, note.x, note.y), layout.BLOCK_RECTS[note.block]
    eps = 1e-9
    return b.x - eps <= r.x and r.right <= b.right + eps and b.y - eps <= r.y and r.bottom <= b.bottom + eps


def _item_centre(view, note_id: str) -> QPointF:  # type: ignore[no-untyped-def]
    """Where the note is drawn now (it may differ from the model during a drag)."""
    item = view.board_scene.note_item(note_id)
    return item.pos() + QPointF(NOTE_W / 2.0, NOTE_H / 2.0)


def test_drag_within_the_block_moves_the_note_in_one_step(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())
    before = c.note("a")
    start = note_center(view, "a")
    drag(view, start, start + QPointF(60.0, 150.0))
    after = c.note("a")
    assert after.block == BlockId.KEY_PARTNERS
    assert after.y > before.y
    assert c.undo_stack.count() == 1
    # The item sits where the model says.
    assert _item_centre(view, "a") == note_center(view, "a")
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.note("a") == before
    assert _item_centre(view, "a") == note_center(view, "a")


def test_dropped_over_another_block_the_note_joins_it(qtbot, tmp_path: Path) -> None:
    c, view = make_board(qtbot, _canvas())
    drag(view, note_center(view, "a"), block_point(BlockId.VALUE_PROPOSITIONS, 0.4, 0.5))
    moved = c.note("a")
    assert moved.block == BlockId.VALUE_PROPOSITIONS
    assert _inside(moved)
    # Stored relative to the new block: its centre is where it was dropped.
    centre = note_center(view, "a")
    target = block_point(BlockId.VALUE_PROPOSITIONS, 0.4, 0.5)
    assert abs(centre.x() - target.x()) < 3 and abs(centre.y() - target.y()) < 3
    path = tmp_path / "moved.bmc"
    save_canvas(c.canvas, path)
    assert load_canvas(path).note("a").block == BlockId.VALUE_PROPOSITIONS
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.note("a").block == BlockId.KEY_PARTNERS
    press(view, Qt.Key.Key_Y, CTRL)
    assert c.note("a").block == BlockId.VALUE_PROPOSITIONS


def test_dropped_near_a_block_edge_it_is_clamped_inside(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())
    rect = layout.BLOCK_RECTS[BlockId.CUSTOMER_SEGMENTS]
    # Centre just inside the block's bottom-right corner: most of the note would hang out.
    corner = QPointF((rect.right - 0.002) * SHEET_W, (rect.bottom - 0.002) * SHEET_H)
    drag(view, note_center(view, "b"), corner)
    moved = c.note("b")
    assert moved.block == BlockId.CUSTOMER_SEGMENTS
    assert _inside(moved)


def test_dropped_outside_every_block_it_returns_to_the_nearest(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())
    # Into the header, above Customer Relationships.
    above = QPointF(block_point(BlockId.CUSTOMER_RELATIONSHIPS).x(), layout.HEADER.center[1] * SHEET_H)
    drag(view, note_center(view, "c"), above)
    moved = c.note("c")
    assert moved.block == BlockId.CUSTOMER_RELATIONSHIPS
    assert _inside(moved)
    assert moved.y == 0.0  # pressed against the top edge
    assert c.undo_stack.count() == 1


def test_several_selected_notes_drag_together_in_one_step(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())
    click(view, note_center(view, "a"))
    click(view, note_center(view, "b"), modifiers=CTRL)
    click(view, note_center(view, "c"), modifiers=SHIFT)
    assert view.board_scene.selected_note_ids() == ["a", "b", "c"]
    before = {i: c.note(i) for i in "abc"}
    drag(view, note_center(view, "b"), block_point(BlockId.VALUE_PROPOSITIONS, 0.3, 0.45))
    assert {c.note(i).block for i in "abc"} == {BlockId.VALUE_PROPOSITIONS}
    assert all(_inside(c.note(i)) for i in "abc")
    assert c.undo_stack.count() == 1
    press(view, Qt.Key.Key_Z, CTRL)
    assert {i: c.note(i) for i in "abc"} == before


def test_rubber_band_selects_the_notes_it_touches(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())
    a, b = note_center(view, "a"), note_center(view, "b")
    # From empty space right of note a to the middle of note b.
    drag(view, QPointF(a.x() + NOTE_W * 1.8, a.y() - NOTE_H), b)
    assert view.board_scene.selected_note_ids() == ["a", "b"]
    assert c.undo_stack.count() == 0


def test_the_model_is_untouched_until_release(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())
    before = c.note("a")
    viewport = view.viewport()
    start = to_view(view, note_center(view, "a"))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(40 * step, 10 * step))
    assert c.note("a") == before
    scene = view.board_scene
    assert scene.note_item("a").pos() != note_top_left(before.block, before.x, before.y)
    assert scene.note_item("a").zValue() > scene.note_item("c").zValue()  # rides on top
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(200, 50)
    )
    assert c.note("a") != before
    assert c.undo_stack.count() == 1
    assert scene.note_item("a").zValue() < scene.note_item("c").zValue()  # back in its place


def test_a_click_without_moving_is_no_step(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())
    click(view, note_center(view, "a"))
    assert view.board_scene.selected_note_ids() == ["a"]
    assert c.undo_stack.count() == 0
