"""The outline in the window: View > Outline, the window's keys acting on the tree's
selection, and the dock coming back where the user left it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.workspace import Workspace
from tests.window_helpers import open_workspace


@pytest.fixture
def workspace(qtbot, tmp_path: Path) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    with open_workspace(tmp_path / "settings.ini") as ws:
        yield ws


def open_window(ws: Workspace, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = ws.new_document()
    assert win is not None
    win.load_document(
        Canvas(
            notes=[
                Note(id="a", block=BlockId.CHANNELS, text="Shop", y=0.2),
                Note(id="b", block=BlockId.CHANNELS, text="Web", y=0.5),
            ]
        ),
        None,
    )
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def test_the_outline_starts_hidden_and_is_in_the_view_menu(workspace: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = open_window(workspace, qtbot)
    assert not win.outline_dock.isVisible()
    view_menu = win.findChild(QMenu, "view_menu")
    assert view_menu is not None
    assert win.menu_actions.outline in view_menu.actions()


def test_ctrl_shift_o_opens_the_outline_with_the_keyboard_in_it(workspace: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = open_window(workspace, qtbot)
    win.view.setFocus()
    qtbot.waitUntil(win.view.hasFocus)
    QTest.keyClick(
        win.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: win.outline_dock.isVisible())
    tree = win.outline_dock.panel.tree
    qtbot.waitUntil(tree.hasFocus)
    # Down from the first block walks to the notes; Delete (the window's key) deletes.
    tree.setCurrentIndex(win.outline_dock.panel.model.block_index(BlockId.CHANNELS))
    QTest.keyClick(tree, Qt.Key.Key_Down)
    QTest.keyClick(tree, Qt.Key.Key_Down)
    assert win.view.board_scene.selected_note_ids() == ["b"]
    QTest.keyClick(tree, Qt.Key.Key_Delete)
    assert [n.id for n in win.controller.canvas.notes] == ["a"]
    QTest.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [n.id for n in win.controller.canvas.notes] == ["a", "b"]
    win.menu_actions.outline.trigger()
    assert not win.outline_dock.isVisible()


def test_the_outline_comes_back_in_the_next_window(workspace: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = open_window(workspace, qtbot)
    first.menu_actions.outline.trigger()
    qtbot.waitUntil(first.outline_dock.isVisible)
    first.close()
    second = open_window(workspace, qtbot)
    qtbot.waitUntil(second.outline_dock.isVisible)
    assert second.outline_dock.panel.model.note_ids_in(BlockId.CHANNELS) == ["a", "b"]
