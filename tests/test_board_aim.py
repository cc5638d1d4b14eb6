"""Every gesture lands where the facilitator aims: dropped, pasted and new notes take the
free place nearest where they were aimed, never covering another note, and a full
block makes its notes smaller rather than stacking them.

Gestures go through the view (mouse on the viewport, keys on the view, the real
right-click menu); the checks are on the model and on the saved file.
"""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.model.placement import rect_of
from canvas_editor.scene.geometry import NOTE_H, NOTE_W, SHEET_W
from canvas_editor.storage import load_canvas, save_canvas
from tests.board_gestures import block_point, click, drag, make_board, note_center, press, to_view, type_text
from tests.dialog_answers import choose_in_context_menu

CTRL = Qt.KeyboardModifier.ControlModifier
B = BlockId


def _overlap(a: Note, b: Note) -> float:
    ra, rb = rect_of(a), rect_of(b)
    across = min(ra.right, rb.right) - max(ra.x, rb.x)
    down = min(ra.bottom, rb.bottom) - max(ra.y, rb.y)
    return max(across, 0.0) * max(down, 0.0)


def _assert_tidy(canvas: Canvas, block: BlockId) -> None:
    """No note of the block covers another, and each lies wholly inside it."""
    notes = canvas.notes_in(block)
    for a, b in itertools.combinations(notes, 2):
        assert _overlap(a, b) < 1e-12, (a.text, b.text)
    outer = layout.BLOCK_RECTS[block]
    for n in notes:
        r = rect_of(n)
        assert outer.x - 1e-9 <= r.x and r.right <= outer.right + 1e-9, n.text
        assert outer.y - 1e-9 <= r.y and r.bottom <= outer.bottom + 1e-9, n.text


def _saved(canvas: Canvas, tmp_path: Path) -> tuple[Canvas, dict[str, dict[str, object]]]:
    """The canvas as saved and read back, and the saved notes as written, by id."""
    path = tmp_path / "aimed.bmc"
    save_canvas(canvas, path)
    written = json.loads(path.read_bytes())["canvas"]["notes"]
    return load_canvas(path), {n["id"]: n for n in written}


def _scene_distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())


def _hover(view, scene_point: QPointF) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseMove(view.viewport(), to_view(view, scene_point))


def _leave(view) -> None:  # type: ignore[no-untyped-def]
    QApplication.sendEvent(view.viewport(), QEvent(QEvent.Type.Leave))


# ---- dropping -----------------------------------------------------------------------------


def _partners_and_segments() -> Canvas:
    partners = [
        Note(id=f"kp{i}", block=B.KEY_PARTNERS, text=f"Partner {i}", x=x, y=y)
        for i, (x, y) in enumerate((0.05 + 0.45 * (k % 2), 0.08 + 0.17 * (k // 2)) for k in range(5))
    ]
    segments = [
        Note(id="cs-a", block=B.CUSTOMER_SEGMENTS, text="Families", x=1.0, y=0.3),
        Note(id="cs-b", block=B.CUSTOMER_SEGMENTS, text="Students", x=1.0, y=0.55),
    ]
    return Canvas(notes=partners + segments)


def test_five_notes_dropped_at_a_blocks_edge_take_free_places_without_covering_any(
    qtbot, tmp_path: Path
) -> None:
    c, view = make_board(qtbot, _partners_and_segments())
    ids = [f"kp{i}" for i in range(5)]
    first = note_center(view, "kp0")
    # Rubber band from the block's empty top-left corner over all five.
    corner = block_point(B.KEY_PARTNERS, 0.01, 0.045)
    drag(view, corner, block_point(B.KEY_PARTNERS, 0.99, 0.8))
    assert view.board_scene.selected_note_ids() == ids
    # Drop them by their first note at Customer Segments' right edge: half the group hangs
    # over the edge of the sheet, onto "Families" and "Students".
    target = block_point(B.CUSTOMER_SEGMENTS, 0.85, 0.35)
    drag(view, first, target)
    assert {c.note(i).block for i in ids} == {B.CUSTOMER_SEGMENTS}
    _assert_tidy(c.canvas, B.CUSTOMER_SEGMENTS)
    for held in ("cs-a", "cs-b"):  # the notes there stay
        assert c.note(held) == _partners_and_segments().note(held)
    # Still together, near where they were dropped.
    for i in ids:
        assert _scene_distance(note_center(view, i), target) < 4.5 * NOTE_W, i
    assert c.undo_stack.count() == 1  # the rubber band is no step
    saved, written = _saved(c.canvas, tmp_path)
    _assert_tidy(saved, B.CUSTOMER_SEGMENTS)
    assert {written[i]["block"] for i in ids} == {"customer_segments"}
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas == _partners_and_segments()


def test_a_note_dropped_outside_the_board_takes_the_free_place_nearest_the_drop(
    qtbot, tmp_path: Path
) -> None:
    families = Note(id="held", block=B.CUSTOMER_SEGMENTS, text="Families", x=1.0, y=0.5)
    schools = Note(id="moved", block=B.KEY_PARTNERS, text="Schools", x=0.1, y=0.1)
    c, view = make_board(qtbot, Canvas(notes=[families, schools]))
    held = note_center(view, "held")
    # Right of the sheet, level with "Families": its place is taken.
    outside = QPointF(SHEET_W + 8.0, held.y())
    drag(view, note_center(view, "moved"), outside)
    moved = c.note("moved")
    assert moved.block == B.CUSTOMER_SEGMENTS
    _assert_tidy(c.canvas, B.CUSTOMER_SEGMENTS)
    assert c.note("held") == families
    # Beside "Families", not across the block.
    assert _scene_distance(note_center(view, "moved"), held) < 1.6 * NOTE_H
    _, written = _saved(c.canvas, tmp_path)
    assert (written["moved"]["block"], written["moved"]["x"], written["moved"]["y"]) == (
        "customer_segments",
        moved.x,
        moved.y,
    )


def test_a_note_dropped_on_a_free_spot_lands_exactly_there(qtbot) -> None:
    c, view = make_board(qtbot, _partners_and_segments())
    target = block_point(B.VALUE_PROPOSITIONS, 0.5, 0.4)
    drag(view, note_center(view, "kp3"), target)
    assert c.note("kp3").block == B.VALUE_PROPOSITIONS
    assert _scene_distance(note_center(view, "kp3"), target) < 1.5  # rounding of the mouse


def test_a_full_block_makes_its_notes_smaller_rather_than_stacking_them(qtbot, tmp_path: Path) -> None:
    # Key Activities holds four standard notes side by side; a fifth has no room.
    activities = [
        Note(id=f"ka{i}", block=B.KEY_ACTIVITIES, text=f"Activity {i}", x=x, y=y)
        for i, (x, y) in enumerate([(0.03, 0.13), (0.52, 0.13), (0.03, 0.56), (0.52, 0.56)])
    ]
    newcomer = Note(id="new", block=B.KEY_PARTNERS, text="Logistics", x=0.1, y=0.1)
    c, view = make_board(qtbot, Canvas(notes=[*activities, newcomer]))
    before = list(c.canvas.notes)
    target = block_point(B.KEY_ACTIVITIES, 0.5, 0.5)
    drag(view, note_center(view, "new"), target)
    assert c.note("new").block == B.KEY_ACTIVITIES
    _assert_tidy(c.canvas, B.KEY_ACTIVITIES)
    sizes = {n.size for n in c.canvas.notes_in(B.KEY_ACTIVITIES)}
    assert max(sizes) < 1.0
    # In reading order: the dropped note between the top row and the bottom row.
    order = sorted(c.canvas.notes_in(B.KEY_ACTIVITIES), key=lambda n: (round(rect_of(n).y, 6), rect_of(n).x))
    assert [n.id for n in order].index("new") == 2
    assert c.undo_stack.count() == 1
    saved, written = _saved(c.canvas, tmp_path)
    _assert_tidy(saved, B.KEY_ACTIVITIES)
    assert {written[f"ka{i}"]["size"] for i in range(4)} == sizes
    # The items on the board show the smaller notes.
    item = view.board_scene.note_item("ka0")
    assert item.mapRectToScene(item.boundingRect()).width() < NOTE_W
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas.notes == before


# ---- pasting ------------------------------------------------------------------------------


def _channels() -> Canvas:
    return Canvas(
        notes=[
            Note(id="web", block=B.CHANNELS, text="Web store", color="#81D4FA", x=0.1, y=0.3),
            Note(id="rent", block=B.COST_STRUCTURE, text="Rent", x=0.05, y=0.2),
        ]
    )


def _copy(view, note_id: str) -> None:  # type: ignore[no-untyped-def]
    click(view, note_center(view, note_id))
    press(view, Qt.Key.Key_C, CTRL)


def test_paste_from_the_menu_goes_where_right_clicked(qtbot, tmp_path: Path) -> None:
    c, view = make_board(qtbot, _channels())
    _copy(view, "web")
    spot = block_point(B.REVENUE_STREAMS, 0.6, 0.5)
    choose_in_context_menu(view, spot, "paste")
    [copy] = [n for n in c.canvas.notes if n.id not in ("web", "rent")]
    assert (copy.block, copy.text, copy.color) == (B.REVENUE_STREAMS, "Web store", "#81D4FA")
    assert _scene_distance(note_center(view, copy.id), spot) < 1.5
    assert c.note("web") == _channels().note("web")
    assert c.undo_stack.count() == 1
    _, written = _saved(c.canvas, tmp_path)
    assert written[copy.id]["block"] == "revenue_streams"


def test_ctrl_v_pastes_under_the_mouse_at_a_free_place(qtbot, tmp_path: Path) -> None:
    c, view = make_board(qtbot, _channels())
    _copy(view, "web")
    spot = block_point(B.COST_STRUCTURE, 0.8, 0.6)  # another block, empty there
    _hover(view, spot)
    press(view, Qt.Key.Key_V, CTRL)
    [first] = [n for n in c.canvas.notes if n.id not in ("web", "rent")]
    assert (first.block, first.text) == (B.COST_STRUCTURE, "Web store")
    assert _scene_distance(note_center(view, first.id), spot) < 1.5
    assert view.board_scene.selected_note_ids() == [first.id]
    # Over a note: beside it.
    rent = note_center(view, "rent")
    _hover(view, rent)
    press(view, Qt.Key.Key_V, CTRL)
    [second] = [n for n in c.canvas.notes if n.id not in ("web", "rent", first.id)]
    assert second.block == B.COST_STRUCTURE
    _assert_tidy(c.canvas, B.COST_STRUCTURE)
    assert _scene_distance(note_center(view, second.id), rent) < 1.6 * NOTE_H
    assert c.undo_stack.count() == 2
    saved, written = _saved(c.canvas, tmp_path)
    _assert_tidy(saved, B.COST_STRUCTURE)
    assert (written[first.id]["block"], written[first.id]["x"]) == ("cost_structure", first.x)


def test_ctrl_v_over_the_copied_note_does_not_cover_it(qtbot) -> None:
    c, view = make_board(qtbot, _channels())
    _copy(view, "web")
    press(view, Qt.Key.Key_V, CTRL)  # the mouse is still on "Web store"
    [copy] = [n for n in c.canvas.notes if n.id not in ("web", "rent")]
    assert copy.block == B.CHANNELS
    _assert_tidy(c.canvas, B.CHANNELS)


def test_without_the_mouse_paste_goes_to_the_selected_notes_block(qtbot) -> None:
    c, view = make_board(qtbot, _channels())
    _copy(view, "web")
    click(view, note_center(view, "rent"))
    _leave(view)
    press(view, Qt.Key.Key_V, CTRL)
    [copy] = [n for n in c.canvas.notes if n.id not in ("web", "rent")]
    assert copy.block == B.COST_STRUCTURE
    _assert_tidy(c.canvas, B.COST_STRUCTURE)


def test_with_nothing_aimed_at_paste_goes_back_to_the_source_block(qtbot) -> None:
    c, view = make_board(qtbot, _channels())
    _copy(view, "web")
    press(view, Qt.Key.Key_Escape)  # nothing selected
    _leave(view)
    press(view, Qt.Key.Key_V, CTRL)
    [copy] = [n for n in c.canvas.notes if n.id not in ("web", "rent")]
    assert copy.block == B.CHANNELS
    _assert_tidy(c.canvas, B.CHANNELS)


def test_pasted_text_lines_gather_around_the_mouse(qtbot) -> None:
    c, view = make_board(qtbot)
    QGuiApplication.clipboard().setText("Rent\nSalaries\nServers")
    spot = block_point(B.REVENUE_STREAMS, 0.5, 0.6)
    _hover(view, spot)
    press(view, Qt.Key.Key_V, CTRL)
    assert {n.block for n in c.canvas.notes} == {B.REVENUE_STREAMS}
    _assert_tidy(c.canvas, B.REVENUE_STREAMS)
    assert min(_scene_distance(note_center(view, n.id), spot) for n in c.canvas.notes) < 1.5
    assert all(_scene_distance(note_center(view, n.id), spot) < 2.5 * NOTE_W for n in c.canvas.notes)


# ---- N ------------------------------------------------------------------------------------


def test_n_puts_the_note_at_the_mouse_and_else_at_the_nearest_free_place(qtbot, tmp_path: Path) -> None:
    c, view = make_board(qtbot)
    spot = block_point(B.CHANNELS, 0.4, 0.55)
    _hover(view, spot)
    press(view, Qt.Key.Key_N)
    type_text(view, "Pop-up shop")
    press(view, Qt.Key.Key_Escape)
    [first] = c.canvas.notes
    assert (first.block, first.text) == (B.CHANNELS, "Pop-up shop")
    assert _scene_distance(note_center(view, first.id), spot) < 1.5
    # Again with the mouse on that note: the new one goes beside it.
    _hover(view, spot)
    press(view, Qt.Key.Key_N)
    type_text(view, "Kiosk")
    press(view, Qt.Key.Key_Escape)
    second = c.canvas.notes[-1]
    assert (second.block, second.text) == (B.CHANNELS, "Kiosk")
    _assert_tidy(c.canvas, B.CHANNELS)
    assert _scene_distance(note_center(view, second.id), spot) < 1.6 * NOTE_H
    assert c.undo_stack.count() == 2
    saved, written = _saved(c.canvas, tmp_path)
    _assert_tidy(saved, B.CHANNELS)
    assert (written[second.id]["x"], written[second.id]["y"]) == (second.x, second.y)


def test_n_in_a_chosen_block_without_the_mouse_takes_its_first_free_place(qtbot) -> None:
    c, view = make_board(qtbot)
    _leave(view)
    press(view, Qt.Key.Key_5)  # Customer Relationships
    press(view, Qt.Key.Key_N)
    type_text(view, "Community")
    press(view, Qt.Key.Key_Escape)
    [note] = c.canvas.notes
    assert note.block == B.CUSTOMER_RELATIONSHIPS
    r, b = rect_of(note), layout.BLOCK_RECTS[B.CUSTOMER_RELATIONSHIPS]
    assert r.y - b.y == pytest.approx(layout.BLOCK_TITLE_H)  # below the block's title
    assert r.x - b.x < NOTE_W / SHEET_W  # at its left


def test_n_in_a_full_block_makes_room_and_an_abandoned_note_gives_it_back(qtbot, tmp_path: Path) -> None:
    activities = [
        Note(id=f"ka{i}", block=B.KEY_ACTIVITIES, text=f"Activity {i}", x=x, y=y)
        for i, (x, y) in enumerate([(0.03, 0.13), (0.52, 0.13), (0.03, 0.56), (0.52, 0.56)])
    ]
    c, view = make_board(qtbot, Canvas(notes=list(activities)))
    _hover(view, block_point(B.KEY_ACTIVITIES, 0.5, 0.5))
    press(view, Qt.Key.Key_N)
    assert len(c.canvas.notes) == 5
    _assert_tidy(c.canvas, B.KEY_ACTIVITIES)
    press(view, Qt.Key.Key_Escape)  # left empty: no note, and the others as they were
    assert c.canvas.notes == activities
    assert c.undo_stack.count() == 0
    press(view, Qt.Key.Key_N)
    type_text(view, "Baking")
    press(view, Qt.Key.Key_Escape)
    assert len(c.canvas.notes) == 5 and c.undo_stack.count() == 1
    saved, _ = _saved(c.canvas, tmp_path)
    _assert_tidy(saved, B.KEY_ACTIVITIES)
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas.notes == activities
