"""One key, one action: every shortcut of the window does one thing, and does it.

Qt runs neither action of a key two actions claim (it reports the key as ambiguous),
so a key claimed twice is a key that does nothing. The walk below covers every action
of every menu and every other action the window or its children hold; the last test
presses the keys on a real X server, where the platform adds its own keys to the
standard commands (GNOME and KDE bind Ctrl+D to Delete as well).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from canvas_editor.storage.load import load_canvas
from canvas_editor.storage.templates import load_template, template_bytes
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.window_commands import COMMANDS, Command, Standard, Std, command_keys
from tests.editor_process import running
from tests.window_helpers import focused_board_window, window_actions
from tests.xvfb_session import (
    SCREEN,
    WAIT_SECONDS,
    XInput,
    editor_command,
    editor_env,
    wait_for_paint,
    xvfb_display,
)

__all__ = ["xvfb_display"]  # the fixture, used by name


def claimed_twice(actions: list[QAction]) -> dict[str, list[str]]:
    """Key -> the texts of the actions that claim it, for keys claimed more than once."""
    owners: dict[str, list[str]] = {}
    for action in actions:
        for seq in action.shortcuts():
            owners.setdefault(seq.toString(), []).append(action.text())
    return {key: texts for key, texts in owners.items() if len(texts) > 1}


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    with focused_board_window(qtbot, tmp_path / "settings.ini", load_template("amazon")) as win:
        yield win


def test_no_key_is_claimed_by_two_actions(window: MainWindow) -> None:
    actions = window_actions(window)
    assert window.menu_actions.duplicate in actions and window.menu_actions.outline in actions
    assert claimed_twice(actions) == {}


def test_a_key_claimed_twice_is_found(window: MainWindow) -> None:
    extra = QAction("Extra", window)
    extra.setShortcut(QKeySequence("Ctrl+D"))
    window.addAction(extra)
    assert claimed_twice(window_actions(window)) == {"Ctrl+D": ["D&uplicate", "Extra"]}


def test_each_action_has_the_keys_of_its_table_entry(window: MainWindow) -> None:
    """A hint is the entry's key binding only where the entry is focused, which never
    happens: the key stays with the board (tests/test_accessibility.py presses it)."""
    keys = command_keys()
    for command in COMMANDS:
        action = window.findChild(QAction, command.name)
        assert isinstance(action, QAction), command.name
        if command.hint:
            assert [k.toString() for k in action.shortcuts()] == [command.hint], command.name
            assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut, command.name
        else:
            assert action.shortcuts() == keys[command.name], command.name


def test_ctrl_d_duplicates_and_delete_deletes(window: MainWindow) -> None:
    notes = list(window.controller.canvas.notes)
    first = notes[0]
    window.view.board_scene.select_notes([first.id])
    QTest.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.controller.canvas.notes) == len(notes) + 1
    copy = window.controller.canvas.notes[-1]
    assert copy.text == first.text and copy.id != first.id
    window.view.board_scene.select_notes([copy.id])
    QTest.keyClick(window.view, Qt.Key.Key_Delete)
    assert [n.id for n in window.controller.canvas.notes] == [n.id for n in notes]


def test_a_platform_key_another_command_declares_is_left_to_that_command() -> None:
    undo_keys = [k.toString() for k in QKeySequence.keyBindings(Std.Undo)]
    platform_extra = undo_keys[-1]
    table = (
        Command("undo", "&Undo", (Standard(Std.Undo, "Ctrl+Z"),)),
        Command("other", "&Other", (platform_extra,)),
    )
    keys = command_keys(table)
    assert [k.toString() for k in keys["undo"]] == undo_keys[:-1]
    assert [k.toString() for k in keys["other"]] == [platform_extra]


def test_a_key_written_twice_in_the_table_stays_on_both_for_the_walk_to_find() -> None:
    table = (Command("a", "&A", ("Ctrl+D",)), Command("b", "&B", ("Ctrl+D",)))
    keys = command_keys(table)
    assert [k.toString() for k in keys["a"]] == [k.toString() for k in keys["b"]] == ["Ctrl+D"]


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_ctrl_d_duplicates_on_a_real_x_server(xvfb_display: str, tmp_path: Path) -> None:
    """Select all, Ctrl+D, Ctrl+S, typed on the keyboard of an X server: the saved file
    has every note twice."""
    canvas = tmp_path / "amazon.bmc"
    canvas.write_bytes(template_bytes("amazon"))
    count = len(load_canvas(canvas).notes)
    env = editor_env(xvfb_display)
    keys = XInput(xvfb_display)
    with (tmp_path / "stderr.txt").open("w") as stderr:
        editor = subprocess.Popen(
            [*editor_command(), str(canvas)], env=env, stdout=subprocess.DEVNULL, stderr=stderr, text=True
        )
    try:
        with running(editor):
            wait_for_paint(editor, env, tmp_path / "screen.png", min_colours=40)
            keys.click(SCREEN[0] // 2, SCREEN[1] // 2)  # the board takes the keyboard
            keys.key("a", "Control_L")
            keys.key("d", "Control_L")
            saved = count
            for _ in range(int(WAIT_SECONDS)):
                keys.key("s", "Control_L")
                try:
                    saved = len(load_canvas(canvas).notes)
                except Exception:  # mid-write: look again
                    continue
                if saved != count:
                    break
                time.sleep(1.0)
            assert saved == 2 * count
    finally:
        keys.close()
