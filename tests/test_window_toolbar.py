"""The toolbar: a picture on every button, and buttons that stay where they are."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar, QToolButton

from canvas_editor.storage.templates import load_template
from canvas_editor.ui.icons import bundled_icon
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.window_commands import COMMANDS
from tests.window_helpers import focused_board_window


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    with focused_board_window(qtbot, tmp_path / "settings.ini", load_template("amazon")) as win:
        yield win


def toolbar_buttons(window: MainWindow) -> dict[str, QToolButton]:
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert toolbar is not None
    buttons = {}
    for action in toolbar.actions():
        widget = toolbar.widgetForAction(action)
        if isinstance(widget, QToolButton):
            buttons[action.text()] = widget
    return buttons


def places(window: MainWindow) -> list[QRect]:
    return [button.geometry() for button in toolbar_buttons(window).values()]


def test_every_toolbar_button_shows_an_icon_and_names_itself_in_its_tooltip(window: MainWindow) -> None:
    buttons = toolbar_buttons(window)
    assert len(buttons) == 9
    for text, button in buttons.items():
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly, text
        assert not button.icon().isNull(), text
        picture = button.grab().toImage()
        assert len({picture.pixel(x, y) for x in range(picture.width()) for y in range(picture.height())}) > 3
        assert button.toolTip().replace("&", "").startswith(text.replace("&", "").rstrip(".")), text


def test_every_icon_the_table_names_for_the_toolbar_is_bundled(window: MainWindow) -> None:
    """Offscreen there is no icon theme: the pictures above come from our own files."""
    assert QIcon.fromTheme("edit-undo").isNull()
    toolbar_texts = set(toolbar_buttons(window))
    for command in COMMANDS:
        action = window.findChild(QAction, command.name)
        assert isinstance(action, QAction), command.name
        if action.text() in toolbar_texts:
            assert not bundled_icon(command.icon).isNull(), command.icon


def test_undo_and_redo_keep_their_size_and_place_after_edits(window: MainWindow) -> None:
    before = places(window)
    notes = [n.id for n in window.controller.canvas.notes[:5]]
    window.view.board_scene.select_notes(notes)
    QTest.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    undo = window.menu_actions.undo
    assert undo.text() != "&Undo"  # it names the move now
    QTest.qWait(0)
    assert places(window) == before
    assert undo.text().replace("&", "") in toolbar_buttons(window)[undo.text()].toolTip().replace("&", "")
    window.menu_actions.undo.trigger()
    QTest.qWait(0)
    assert places(window) == before
