"""Creating and editing notes on the board with the mouse and keyboard.

Every test drives the real view and checks the model (and saved files); every edit
is undone and redone with the keys a user presses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.scene import BoardView
from canvas_editor.storage import load_canvas, save_canvas
from tests.board_gestures import (
    block_point,
    click,
    commit_input,
    double_click,
    make_board,
    note_center,
    press,
    to_view,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _two_notes() -> Canvas:
    return Canvas(
        notes=[
            Note(id="a", block=BlockId.KEY_RESOURCES, text="Brand", x=0.05, y=0.2),
            Note(id="b", block=BlockId.KEY_RESOURCES, text="Data", x=0.5, y=0.2),
            Note(id="c", block=BlockId.CHANNELS, text="Web", x=0.05, y=0.2),
        ]
    )


def test_double_click_in_a_block_creates_a_note_that_takes_typing(qtbot, tmp_path: Path) -> None:
    c, view = make_board(qtbot)
    double_click(view, block_point(BlockId.CHANNELS, 0.5, 0.6))
    type_text(view, "Web shop")
    press(view, Qt.Key.Key_Escape)
    assert not view.board_scene.is_editing()
    [note] = c.canvas.notes
    assert (note.block, note.text) == (BlockId.CHANNELS, "Web shop")
    assert c.undo_stack.count() == 1

    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas.notes == []
    press(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [n.text for n in c.canvas.notes] == ["Web shop"]

    path = tmp_path / "one.bmc"
    save_canvas(c.canvas, path)
    assert load_canvas(path) == c.canvas


def test_korean_typing_and_input_method_commit(qtbot, tmp_path: Path) -> None:
    c, view = make_board(qtbot)
    input_method = Qt.WidgetAttribute.WA_InputMethodEnabled
    assert not view.testAttribute(input_method)  # N, Delete ... reach the board as keys
    double_click(view, block_point(BlockId.VALUE_PROPOSITIONS))
    assert view.testAttribute(input_method)  # the input method composes into the note
    type_text(view, "가장 낮은 ")
    commit_input(view, "가격", preedit="가")
    press(view, Qt.Key.Key_Escape)
    [note] = c.canvas.notes
    assert note.text == "가장 낮은 가격"
    assert not view.testAttribute(input_method)
    path = tmp_path / "ko.bmc"
    save_canvas(c.canvas, path)
    assert "가장 낮은 가격" in path.read_text(encoding="utf-8")
    assert load_canvas(path) == c.canvas
    press(view, Qt.Key.Key_Y, CTRL)  # nothing to redo: still one note
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas.notes == []
    press(view, Qt.Key.Key_Y, CTRL)
    assert c.note(note.id).text == "가장 낮은 가격"


def test_a_new_note_left_empty_disappears_without_an_undo_step(qtbot) -> None:
    c, view = make_board(qtbot)
    double_click(view, block_point(BlockId.KEY_PARTNERS))
    assert len(c.canvas.notes) == 1  # there while editing
    type_text(view, "x")
    press(view, Qt.Key.Key_Backspace)
    press(view, Qt.Key.Key_Escape)
    assert c.canvas.notes == []
    assert c.undo_stack.count() == 0
    assert not c.is_modified()


def test_a_click_outside_commits_the_edit(qtbot) -> None:
    c, view = make_board(qtbot)
    double_click(view, block_point(BlockId.KEY_PARTNERS, 0.5, 0.3))
    type_text(view, "Suppliers")
    click(view, block_point(BlockId.REVENUE_STREAMS, 0.8, 0.8))
    assert not view.board_scene.is_editing()
    assert [n.text for n in c.canvas.notes] == ["Suppliers"]
    # The click started nothing else: typing now goes nowhere.
    type_text(view, "zzz")
    assert [n.text for n in c.canvas.notes] == ["Suppliers"]


def test_edit_a_note_in_place_with_enter_f2_or_double_click(qtbot, tmp_path: Path) -> None:
    c, view = make_board(qtbot, _two_notes())
    click(view, note_center(view, "a"))
    press(view, Qt.Key.Key_Return)
    type_text(view, " value\nand trust")
    press(view, Qt.Key.Key_Escape)
    assert c.note("a").text == "Brand value\nand trust"
    assert c.undo_stack.count() == 1

    click(view, note_center(view, "b"))
    press(view, Qt.Key.Key_F2)
    type_text(view, "!")
    press(view, Qt.Key.Key_Escape)
    double_click(view, note_center(view, "c"))
    type_text(view, "?")
    press(view, Qt.Key.Key_Escape)
    assert (c.note("b").text, c.note("c").text) == ("Data!", "Web?")
    assert c.undo_stack.count() == 3

    press(view, Qt.Key.Key_Z, CTRL)
    press(view, Qt.Key.Key_Z, CTRL)
    press(view, Qt.Key.Key_Z, CTRL)
    assert [n.text for n in c.canvas.notes] == ["Brand", "Data", "Web"]
    press(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert c.note("a").text == "Brand value\nand trust"

    path = tmp_path / "edited.bmc"
    save_canvas(c.canvas, path)
    assert load_canvas(path) == c.canvas


def test_tab_moves_to_the_next_note_of_the_block(qtbot) -> None:
    c, view = make_board(qtbot, _two_notes())
    double_click(view, note_center(view, "a"))
    press(view, Qt.Key.Key_Tab)
    assert view.board_scene.editing_note_id() == "b"
    type_text(view, "1")
    press(view, Qt.Key.Key_Tab)  # wraps round to the first note of the block
    type_text(view, "2")
    press(view, Qt.Key.Key_Escape)
    assert (c.note("a").text, c.note("b").text, c.note("c").text) == ("Brand2", "Data1", "Web")


def test_n_adds_a_note_to_the_block_under_the_mouse(qtbot) -> None:
    c, view = make_board(qtbot, _two_notes())
    QTest.mouseMove(view.viewport(), to_view(view, block_point(BlockId.REVENUE_STREAMS)))
    press(view, Qt.Key.Key_N)
    type_text(view, "Fees")
    press(view, Qt.Key.Key_Escape)
    assert [(n.block, n.text) for n in c.canvas.notes[3:]] == [(BlockId.REVENUE_STREAMS, "Fees")]


def test_n_adds_a_note_to_the_selected_notes_block_and_digits_choose_a_block(qtbot) -> None:
    c, view = make_board(qtbot, _two_notes())
    click(view, note_center(view, "c"))
    press(view, Qt.Key.Key_N)
    type_text(view, "Stores")
    press(view, Qt.Key.Key_Escape)
    press(view, Qt.Key.Key_8)  # block 8: Cost Structure
    press(view, Qt.Key.Key_Return, CTRL)
    type_text(view, "Rent")
    press(view, Qt.Key.Key_Escape)
    added = [n for n in c.canvas.notes if n.id not in {"a", "b", "c"}]
    assert [(n.block, n.text) for n in added] == [
        (BlockId.CHANNELS, "Stores"),
        (BlockId.COST_STRUCTURE, "Rent"),
    ]
    assert c.undo_stack.count() == 2


def test_delete_and_backspace_delete_the_selection(qtbot) -> None:
    c, view = make_board(qtbot, _two_notes())
    click(view, note_center(view, "a"))
    click(view, note_center(view, "b"), modifiers=CTRL)
    press(view, Qt.Key.Key_Delete)
    assert [n.id for n in c.canvas.notes] == ["c"]
    click(view, note_center(view, "c"))
    press(view, Qt.Key.Key_Backspace)
    assert c.canvas.notes == []
    press(view, Qt.Key.Key_Z, CTRL)
    press(view, Qt.Key.Key_Z, CTRL)
    assert [n.id for n in c.canvas.notes] == ["a", "b", "c"]
    # Back in their old places in the stacking order too.
    scene = view.board_scene
    assert sorted("abc", key=lambda i: scene.note_item(i).zValue()) == ["a", "b", "c"]


def test_ctrl_d_duplicates_beside_the_original(qtbot) -> None:
    c, view = make_board(qtbot, _two_notes())
    click(view, note_center(view, "c"))
    press(view, Qt.Key.Key_D, CTRL)
    [copy] = [n for n in c.canvas.notes if n.id not in {"a", "b", "c"}]
    original = c.note("c")
    assert (copy.block, copy.text, copy.color) == (original.block, original.text, original.color)
    assert (copy.x, copy.y) != (original.x, original.y)
    assert view.board_scene.selected_note_ids() == [copy.id]
    press(view, Qt.Key.Key_Z, CTRL)
    assert len(c.canvas.notes) == 3


def test_arrow_nudges_merge_into_one_undo_step(qtbot) -> None:
    c, view = make_board(qtbot, _two_notes())
    before = c.note("c")
    click(view, note_center(view, "c"))
    for _ in range(3):
        press(view, Qt.Key.Key_Right, CTRL)
    press(view, Qt.Key.Key_Down, SHIFT)
    after = c.note("c")
    assert after.block == before.block
    assert after.x > before.x and after.y > before.y
    assert c.undo_stack.count() == 1
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.note("c") == before


def test_while_typing_the_windows_shortcuts_leave_the_keys_to_the_note(qtbot) -> None:
    """Delete, Backspace, Ctrl+A and Ctrl+Z edit the text, not the board, in a window."""
    c = DocumentController()
    window = QMainWindow()
    view = BoardView(c, window)
    window.setCentralWidget(view)
    qtbot.addWidget(window)
    fired: list[str] = []
    for key in ("Del", "Backspace", "Ctrl+A", "Ctrl+Z", "Ctrl+V"):
        action = QAction(key, window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _=False, k=key: fired.append(k))
        window.addAction(action)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)

    double_click(view, block_point(BlockId.CHANNELS))
    type_text(view, "abcd")
    press(view, Qt.Key.Key_Left)
    press(view, Qt.Key.Key_Delete)  # abc
    press(view, Qt.Key.Key_Backspace)  # ab
    press(view, Qt.Key.Key_A, CTRL)
    type_text(view, "x")  # x
    press(view, Qt.Key.Key_Z, CTRL)  # the note's own undo: ab
    assert fired == []
    assert [n.text for n in c.canvas.notes] == ["ab"]
    press(view, Qt.Key.Key_Escape)
    press(view, Qt.Key.Key_Delete)  # not typing any more: the window's Delete
    assert fired == ["Del"]
    assert c.undo_stack.count() == 1


def test_a_click_hands_the_choice_of_block_back_to_the_mouse(qtbot) -> None:
    c, view = make_board(qtbot, _two_notes())
    press(view, Qt.Key.Key_9)  # Revenue Streams
    assert view.board_scene.block_item(BlockId.REVENUE_STREAMS).is_chosen()
    click(view, note_center(view, "c"))
    assert not view.board_scene.block_item(BlockId.REVENUE_STREAMS).is_chosen()
    press(view, Qt.Key.Key_N)
    type_text(view, "Kiosk")
    press(view, Qt.Key.Key_Escape)
    assert (c.canvas.notes[-1].block, c.canvas.notes[-1].text) == (BlockId.CHANNELS, "Kiosk")
