"""The right-click menus: colour, customer segment, order, delete, adding a note.

The menu is built exactly as a right-click builds it and its actions are triggered;
the colour dialog is answered by replacing the `ask_color` function the menu calls.
A new segment, tags, sizes and Arrange go through the real menu and their dialogs
(test_board_segments_tags.py, test_board_size_arrange.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMenu

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import STICKY_COLORS
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.scene import dialogs
from canvas_editor.scene.note_menu import build_block_menu, build_note_menu
from canvas_editor.storage import canvas_to_bytes, parse_canvas
from tests.board_gestures import block_point, click, make_board, note_center, press

CTRL = Qt.KeyboardModifier.ControlModifier


def _canvas() -> Canvas:
    return Canvas(
        segments=[Segment(id="kindle", name="Kindle readers", color="#F48FB1")],
        notes=[
            Note(id="a", block=BlockId.VALUE_PROPOSITIONS, text="Low prices", x=0.05, y=0.1),
            Note(id="b", block=BlockId.VALUE_PROPOSITIONS, text="Fast delivery", x=0.5, y=0.1),
        ],
    )


def _menu_for(view, *ids: str) -> QMenu:  # type: ignore[no-untyped-def]
    """Select the notes by clicking, then build the menu a right-click on the first gives."""
    click(view, note_center(view, ids[0]))
    for note_id in ids[1:]:
        click(view, note_center(view, note_id), modifiers=CTRL)
    scene = view.board_scene
    return build_note_menu(scene, scene.selected_note_ids(), view.viewport())


def _action(menu: QMenu, name: str) -> QAction:
    action = menu.findChild(QAction, name)
    assert action is not None, name
    return action


def _reloads(c) -> None:  # type: ignore[no-untyped-def]
    assert parse_canvas(canvas_to_bytes(c.canvas)) == c.canvas


def test_colour_from_the_menu(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())
    menu = _menu_for(view, "a", "b")
    _action(menu, "color:green").trigger()
    assert {c.note("a").color, c.note("b").color} == {STICKY_COLORS["green"]}
    assert c.undo_stack.count() == 1
    _reloads(c)
    press(view, Qt.Key.Key_Z, CTRL)
    assert {c.note("a").color, c.note("b").color} == {STICKY_COLORS["yellow"]}
    assert _action(_menu_for(view, "a"), "color:yellow").isChecked()


def test_custom_colour_asks_the_colour_dialog(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    c, view = make_board(qtbot, _canvas())
    monkeypatch.setattr(dialogs, "ask_color", lambda initial, parent: QColor("#123abc"))
    _action(_menu_for(view, "b"), "color:custom").trigger()
    assert c.note("b").color == "#123ABC"
    monkeypatch.setattr(dialogs, "ask_color", lambda initial, parent: None)  # cancelled
    _action(_menu_for(view, "b"), "color:custom").trigger()
    assert c.undo_stack.count() == 1
    _reloads(c)


def test_segment_from_the_menu_also_sets_its_colour(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())
    _action(_menu_for(view, "a"), "segment:kindle").trigger()
    a = c.note("a")
    assert (a.segment, a.color) == ("kindle", "#F48FB1")
    assert _action(_menu_for(view, "a"), "segment:kindle").isChecked()
    _action(_menu_for(view, "a"), "segment:none").trigger()
    assert c.note("a").segment is None
    press(view, Qt.Key.Key_Z, CTRL)
    press(view, Qt.Key.Key_Z, CTRL)
    assert (c.note("a").segment, c.note("a").color) == (None, STICKY_COLORS["yellow"])
    press(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert c.note("a").segment == "kindle"
    _reloads(c)


def test_bring_to_front_and_delete_from_the_menu(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())
    scene = view.board_scene
    assert scene.note_item("a").zValue() < scene.note_item("b").zValue()
    _action(_menu_for(view, "a"), "front").trigger()
    assert [n.id for n in c.canvas.notes] == ["b", "a"]
    assert scene.note_item("a").zValue() > scene.note_item("b").zValue()
    _action(_menu_for(view, "a", "b"), "delete").trigger()
    assert c.canvas.notes == []
    press(view, Qt.Key.Key_Z, CTRL)
    press(view, Qt.Key.Key_Z, CTRL)
    assert [n.id for n in c.canvas.notes] == ["a", "b"]
    assert scene.note_item("a").zValue() < scene.note_item("b").zValue()


def test_block_menu_adds_a_note_where_clicked(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())
    point = block_point(BlockId.KEY_ACTIVITIES, 0.5, 0.5)
    menu = build_block_menu(view.board_scene, BlockId.KEY_ACTIVITIES, point, view.viewport())
    _action(menu, "add").trigger()
    assert view.board_scene.is_editing()
    view.board_scene.finish_edit()
    assert len(c.canvas.notes) == 2  # left empty: gone again
