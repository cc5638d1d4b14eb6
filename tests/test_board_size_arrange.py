"""Larger and smaller notes, alike on screen and on paper, and tidying a block: from the
board's real right-click menus, checked on the model, the saved file, the board's items
and the printed sheet's layout."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest

from canvas_editor.export.sheet_layout import REFERENCE_H, REFERENCE_W, layout_sheet
from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.model.layout import NOTE_SIZES, Rect
from canvas_editor.model.placement import rect_of
from canvas_editor.model.rules import MAX_NOTE_SIZE, MIN_NOTE_SIZE
from canvas_editor.scene.geometry import NOTE_H, NOTE_W
from canvas_editor.storage import save_canvas
from tests.board_gestures import block_point, click, drag, make_board, note_center, press, to_view
from tests.dialog_answers import choose_in_context_menu

CTRL = Qt.KeyboardModifier.ControlModifier
B = BlockId
LONG = "Same-day delivery in every big city, with lockers at stations for commuters and returns"


def _written_notes(canvas: Canvas, tmp_path: Path) -> dict[str, dict[str, object]]:
    path = tmp_path / "saved.bmc"
    save_canvas(canvas, path)
    return {n["id"]: n for n in json.loads(path.read_bytes())["canvas"]["notes"]}


def _drawn(view, note_id: str) -> QRectF:  # type: ignore[no-untyped-def]
    """Where the board draws the note's paper, in scene units."""
    item = view.board_scene.note_item(note_id)
    return item.mapRectToScene(QRectF(0.0, 0.0, NOTE_W, NOTE_H))


def _overlap(a: Rect, b: Rect) -> bool:
    eps = 1e-12
    return a.x < b.right - eps and b.x < a.right - eps and a.y < b.bottom - eps and b.y < a.bottom - eps


# ---- size ---------------------------------------------------------------------------------


def test_a_note_is_made_larger_and_smaller_from_the_menu(qtbot, tmp_path: Path) -> None:
    original = Note(id="a", block=B.VALUE_PROPOSITIONS, text=LONG, x=0.1, y=0.1)
    c, view = make_board(qtbot, Canvas(notes=[original]))
    standard = _drawn(view, "a")
    choose_in_context_menu(view, note_center(view, "a"), "size:large")
    large = NOTE_SIZES["large"]
    assert c.note("a").size == large
    assert c.undo_stack.count() == 1
    drawn = _drawn(view, "a")
    assert (drawn.width(), drawn.height()) == (pytest.approx(standard.width() * large), pytest.approx(
        standard.height() * large
    ))
    assert drawn.topLeft() == standard.topLeft()  # it grows from its corner
    assert _written_notes(c.canvas, tmp_path)["a"]["size"] == large
    choose_in_context_menu(view, note_center(view, "a"), "size:small")
    assert c.note("a").size == NOTE_SIZES["small"]
    assert _drawn(view, "a").width() == pytest.approx(standard.width() * NOTE_SIZES["small"])
    press(view, Qt.Key.Key_Z, CTRL)
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas.notes == [original]
    assert _drawn(view, "a") == standard


def test_several_notes_take_one_size_in_one_step(qtbot) -> None:
    canvas = Canvas(
        notes=[
            Note(id="a", block=B.CHANNELS, text="Web", x=0.05, y=0.2),
            Note(id="b", block=B.CHANNELS, text="App", x=0.6, y=0.2),
        ]
    )
    c, view = make_board(qtbot, canvas)
    click(view, note_center(view, "a"))
    click(view, note_center(view, "b"), modifiers=CTRL)
    choose_in_context_menu(view, note_center(view, "b"), "size:small")
    assert {c.note(i).size for i in "ab"} == {NOTE_SIZES["small"]}
    assert c.undo_stack.count() == 1


def test_dragging_a_selected_notes_corner_resizes_it_in_one_step(qtbot, tmp_path: Path) -> None:
    original = Note(id="a", block=B.VALUE_PROPOSITIONS, text=LONG, x=0.1, y=0.1)
    c, view = make_board(qtbot, Canvas(notes=[original]))
    standard = _drawn(view, "a")
    grip = QPointF(standard.right() - 3.0, standard.bottom() - 3.0)
    click(view, note_center(view, "a"))
    assert view.board_scene.selected_note_ids() == ["a"]
    QTest.mouseMove(view.viewport(), to_view(view, grip))
    assert view.viewport().cursor().shape() == Qt.CursorShape.SizeFDiagCursor
    # Half as wide again: the corner goes half a note right and down.
    drag(view, grip, grip + QPointF(standard.width() / 2.0, standard.height() / 2.0))
    assert c.note("a").size == pytest.approx(1.5)
    assert (c.note("a").x, c.note("a").y) == (original.x, original.y)
    assert _drawn(view, "a").width() == pytest.approx(standard.width() * 1.5)
    assert c.undo_stack.count() == 1
    assert _written_notes(c.canvas, tmp_path)["a"]["size"] == pytest.approx(1.5)
    # Not below the smallest size, however far it is pushed.
    corner = _drawn(view, "a").bottomRight() - QPointF(3.0, 3.0)
    drag(view, corner, QPointF(standard.left(), standard.top()))
    assert c.note("a").size == MIN_NOTE_SIZE
    press(view, Qt.Key.Key_Z, CTRL)
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas.notes == [original]
    assert _drawn(view, "a") == standard


def test_the_corner_of_an_unselected_note_moves_it(qtbot) -> None:
    c, view = make_board(qtbot, Canvas(notes=[Note(id="a", block=B.VALUE_PROPOSITIONS, x=0.1, y=0.1)]))
    drawn = _drawn(view, "a")
    grip = QPointF(drawn.right() - 3.0, drawn.bottom() - 3.0)
    drag(view, grip, grip + QPointF(40.0, 40.0))
    assert c.note("a").size == 1.0
    assert (c.note("a").x, c.note("a").y) != (0.1, 0.1)


@pytest.mark.parametrize("size", [MIN_NOTE_SIZE, *NOTE_SIZES.values(), MAX_NOTE_SIZE])
def test_a_note_of_any_size_wraps_on_screen_as_it_prints(qtbot, size: float) -> None:
    """The board and the PDF share the note's geometry and its text rule (model/layout.py):
    on the reference sheet (A4) the lines are the same, and the note as large."""
    texts = [LONG, "Kiosks", "가까운 편의점에서 택배를 찾는 서비스", "Subscriptions\nfor families"]
    canvas = Canvas(
        notes=[
            Note(id=f"n{i}", block=B.REVENUE_STREAMS, text=t, x=0.02 + 0.3 * i, y=0.2, size=size)
            for i, t in enumerate(texts)
        ]
    )
    _, view = make_board(qtbot, canvas)
    sheet = layout_sheet(canvas, Rect(0.0, 0.0, REFERENCE_W, REFERENCE_H), numbering="truncated")
    for note, printed in zip(canvas.notes, sheet.notes, strict=True):
        on_screen = view.board_scene.note_item(note.id).fitted_text()
        if printed.number is None:  # text cut at the smallest size carries a number in print
            assert on_screen.lines == tuple(line.text for line in printed.text.lines), note.text
        assert printed.rect.w == pytest.approx(layout.NOTE_W * size * REFERENCE_W)
        assert _drawn(view, note.id).width() == pytest.approx(NOTE_W * size)
    # Text is never smaller than the standard note's smallest, the legible minimum.
    assert min(n.text.size for n in sheet.notes) >= layout.NOTE_TEXT_MIN_PT - 1e-9


# ---- arrange ------------------------------------------------------------------------------


def _messy() -> Canvas:
    """Overlapping notes in Key Partners (in reading order a, b, c, d) and one elsewhere."""
    return Canvas(
        notes=[
            Note(id="c", block=B.KEY_PARTNERS, text="Couriers", x=0.1, y=0.45),
            Note(id="a", block=B.KEY_PARTNERS, text="Sellers", x=0.1, y=0.1),
            Note(id="d", block=B.KEY_PARTNERS, text="Banks", x=0.35, y=0.5),
            Note(id="b", block=B.KEY_PARTNERS, text="Authors", x=0.3, y=0.13, size=1.5),
            Note(id="z", block=B.CHANNELS, text="Web", x=0.3, y=0.3),
            Note(id="y", block=B.CHANNELS, text="App", x=0.35, y=0.35),
        ]
    )


def _reading(canvas: Canvas, block: BlockId) -> list[str]:
    rows = sorted(canvas.notes_in(block), key=lambda n: (round(rect_of(n).y, 9), rect_of(n).x))
    return [n.id for n in rows]


def _tidy(canvas: Canvas, block: BlockId) -> bool:
    rects = [rect_of(n) for n in canvas.notes_in(block)]
    return not any(_overlap(a, b) for a, b in itertools.combinations(rects, 2))


def test_arrange_notes_lays_a_block_out_in_reading_order_in_one_step(qtbot, tmp_path: Path) -> None:
    c, view = make_board(qtbot, _messy())
    assert not _tidy(c.canvas, B.KEY_PARTNERS)
    empty = block_point(B.KEY_PARTNERS, 0.5, 0.95)
    choose_in_context_menu(view, empty, "arrange")
    assert _tidy(c.canvas, B.KEY_PARTNERS)
    assert _reading(c.canvas, B.KEY_PARTNERS) == ["a", "b", "c", "d"]
    # Rows below the block's title; sizes kept where they fit.
    block = layout.BLOCK_RECTS[B.KEY_PARTNERS]
    assert min(rect_of(n).y for n in c.canvas.notes_in(B.KEY_PARTNERS)) == pytest.approx(
        block.y + layout.BLOCK_TITLE_H
    )
    assert c.note("b").size == 1.5
    assert [c.note(i) for i in "zy"] == [_messy().note(i) for i in "zy"]  # other blocks alone
    assert c.undo_stack.count() == 1
    written = _written_notes(c.canvas, tmp_path)
    assert [(written[i]["x"], written[i]["y"], written[i]["size"]) for i in "abcd"] == [
        (c.note(i).x, c.note(i).y, c.note(i).size) for i in "abcd"
    ]
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas == _messy()


def test_arrange_all_tidies_every_block_in_one_step(qtbot) -> None:
    c, view = make_board(qtbot, _messy())
    choose_in_context_menu(view, block_point(B.COST_STRUCTURE, 0.5, 0.5), "arrange-all")
    assert _tidy(c.canvas, B.KEY_PARTNERS) and _tidy(c.canvas, B.CHANNELS)
    assert c.undo_stack.count() == 1
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas == _messy()


def test_arranging_a_crowded_block_makes_its_notes_smaller(qtbot) -> None:
    crowd = [
        Note(id=f"n{i:02}", block=B.KEY_RESOURCES, text=f"Resource {i}", x=0.05 * (i % 8), y=0.04 * i)
        for i in range(12)
    ]
    c, view = make_board(qtbot, Canvas(notes=list(crowd)))
    choose_in_context_menu(view, block_point(B.KEY_RESOURCES, 0.97, 0.1), "arrange")
    assert _tidy(c.canvas, B.KEY_RESOURCES)
    sizes = {n.size for n in c.canvas.notes}
    assert len(sizes) == 1 and MIN_NOTE_SIZE <= sizes.pop() < 1.0
    assert _reading(c.canvas, B.KEY_RESOURCES) == [n.id for n in crowd]
    assert c.undo_stack.count() == 1
