"""A dense board skips painting notes wholly under others, and looks exactly the same.

Each check grabs the board as it paints on screen, then again with the skipping turned
off, and compares the pixels. (That notes are skipped at all, which is what keeps a
dense board quick: tests/perf/test_perf_painting.py.)
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from canvas_editor.model.blocks import BlockId
from canvas_editor.scene.occlusion import MIN_SCALE
from tests.board_gestures import drag, make_board, note_center
from tests.dense_boards import assert_same_as_painting_everything, dense_canvas


def test_skipping_hidden_notes_changes_no_pixel_at_every_zoom(qtbot: QtBot) -> None:
    _, view = make_board(qtbot, dense_canvas())
    assert_same_as_painting_everything(view)
    for _ in range(3):
        view.zoom_in()
        assert_same_as_painting_everything(view)


def test_a_small_window_near_the_smallest_zoom_that_skips_notes(qtbot: QtBot) -> None:
    # A note's margin is narrowest in device pixels here: the pixels must still match.
    _, view = make_board(qtbot, dense_canvas(), width=560, height=400)
    assert MIN_SCALE <= view.zoom() < MIN_SCALE * 1.1
    assert_same_as_painting_everything(view)


def test_notes_beneath_show_when_the_notes_over_them_move_away(qtbot: QtBot) -> None:
    controller, view = make_board(qtbot, dense_canvas())
    assert_same_as_painting_everything(view)
    top = controller.canvas.notes[-40:]  # the last notes are painted last, on top
    controller.move_notes({n.id: (BlockId.COST_STRUCTURE, 0.1, 0.1) for n in top})
    assert_same_as_painting_everything(view)
    controller.undo_stack.undo()
    assert_same_as_painting_everything(view)


def test_a_dragged_note_uncovers_the_notes_beneath(qtbot: QtBot) -> None:
    controller, view = make_board(qtbot, dense_canvas())
    assert_same_as_painting_everything(view)
    for note in reversed(controller.canvas.notes[-5:]):
        drag(view, note_center(view, note.id), note_center(view, note.id) + QPointF(0.0, 600.0))
    assert [n.block for n in controller.canvas.notes[-5:]] != [n.block for n in dense_canvas().notes[-5:]]
    assert_same_as_painting_everything(view)


def test_notes_faded_by_a_search_hide_nothing(qtbot: QtBot) -> None:
    # The emphasis alone; with the find bar open, notes cache their pictures instead
    # (tests/test_search_repaint.py).
    controller, view = make_board(qtbot, dense_canvas())
    matches = {n.id for n in controller.canvas.notes if "배송" in n.text}
    view.board_scene.set_note_emphasis(matches)
    assert_same_as_painting_everything(view)
    view.board_scene.set_note_emphasis(None)
    assert_same_as_painting_everything(view)


def test_deleting_the_notes_on_top_and_undoing_it(qtbot: QtBot) -> None:
    controller, view = make_board(qtbot, dense_canvas())
    view.board_scene.select_notes([n.id for n in controller.canvas.notes[-60:]])
    controller.remove_notes(view.board_scene.selected_note_ids())
    assert_same_as_painting_everything(view)
    controller.undo_stack.undo()
    assert_same_as_painting_everything(view)
