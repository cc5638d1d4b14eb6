"""The workshop timer in a window, on a fake clock: the toolbar counts down, pauses, takes
a minute more, turns amber in the last minute and at zero flashes the board's frame and
beeps, while the board goes on taking notes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from canvas_editor.model.blocks import BlockId
from canvas_editor.ui import timer_controls
from canvas_editor.ui.main_window import MainWindow
from tests.board_gestures import type_text
from tests.test_presentation_window import workshop_canvas
from tests.window_helpers import answer_modal, focused_board_window, ini_settings, open_workspace

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
AMBER = QColor("#FFB300")  # as the issue asks: amber for the last minute
RED = QColor("#E53935")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(timer_controls, "CLOCK", fake)
    return fake


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    heard: list[int] = []
    monkeypatch.setattr(timer_controls, "beep", lambda: heard.append(1))
    return heard


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> Iterator[MainWindow]:
    with focused_board_window(qtbot, tmp_path / "settings.ini", workshop_canvas()) as win:
        yield win


def toolbar_time(window: MainWindow) -> QLabel:
    label = window.workshop.toolbar.findChild(QLabel, "toolbar_timer")
    assert label is not None and label.isVisible()
    return label


def board_time(window: MainWindow) -> QLabel:
    label = window.view.findChild(QLabel, "board_timer")
    assert label is not None
    return label


def start_button_text(window: MainWindow) -> str:
    return window.workshop.start_button.text()


def press(
    window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(window.view, key, modifiers)


def shows(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Wait for the next tick to show `text` in the toolbar."""
    qtbot.waitUntil(lambda: toolbar_time(window).text() == text, timeout=2000)


def pixels_near(label: QLabel, colour: QColor) -> int:
    """How many pixels of the label, as painted, are close to `colour`."""
    image = label.grab().toImage()
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue())
                < 60
            ):
                count += 1
    return count


def test_f6_starts_the_countdown_and_the_board_shows_it(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    assert toolbar_time(window).text() == "5:00" and start_button_text(window) == "Start"
    assert not board_time(window).isVisible()  # a timer nobody started stays off the board
    press(window, K.Key_T, CTRL)
    assert start_button_text(window) == "Pause"
    clock.advance(61)
    shows(qtbot, window, "3:59")
    badge = board_time(window)
    assert badge.isVisible() and badge.text() == "3:59"
    assert window.view.viewport().geometry().contains(badge.geometry())


def test_pause_holds_the_time_and_f6_resumes(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    press(window, K.Key_T, CTRL)
    clock.advance(30)
    shows(qtbot, window, "4:30")
    press(window, K.Key_T, CTRL)
    assert start_button_text(window) == "Resume"
    clock.advance(600)
    qtbot.wait(3 * timer_controls.TICK_MS)
    assert toolbar_time(window).text() == "4:30"
    QTest.mouseClick(window.workshop.start_button, Qt.MouseButton.LeftButton)
    clock.advance(10)
    shows(qtbot, window, "4:20")


def test_a_minute_more_and_reset(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    press(window, K.Key_T, CTRL)
    clock.advance(100)
    shows(qtbot, window, "3:20")
    press(window, K.Key_M, CTRL | SHIFT)
    assert toolbar_time(window).text() == "4:20"
    press(window, K.Key_T, CTRL | SHIFT)
    assert toolbar_time(window).text() == "5:00" and start_button_text(window) == "Start"
    assert not board_time(window).isVisible()


def test_the_last_minute_turns_amber(window: MainWindow, clock: FakeClock, qtbot: QtBot) -> None:
    window.workshop.actions["timer_3_min"].trigger()
    press(window, K.Key_T, CTRL)
    clock.advance(100)
    shows(qtbot, window, "1:20")
    assert pixels_near(toolbar_time(window), AMBER) == 0
    clock.advance(30)
    shows(qtbot, window, "0:50")
    assert pixels_near(toolbar_time(window), AMBER) > 20
    assert pixels_near(board_time(window), AMBER) > 20


def test_zero_flashes_the_frame_and_beeps_once(
    window: MainWindow, clock: FakeClock, beeps: list[int], qtbot
) -> None:
    window.workshop.actions["timer_1_min"].trigger()
    press(window, K.Key_T, CTRL)
    frame = window.view.findChild(QWidget, "board_frame_flash")
    assert frame is not None and not frame.isVisible()
    clock.advance(61)
    shows(qtbot, window, "0:00")
    assert beeps == [1]
    qtbot.waitUntil(frame.isVisible, timeout=1000)
    assert frame.geometry() == window.view.viewport().geometry()
    assert pixels_near(toolbar_time(window), RED) > 20
    qtbot.waitUntil(lambda: not frame.isVisible(), timeout=1000)  # it flashes: off again
    qtbot.wait(4 * timer_controls.TICK_MS)
    assert beeps == [1]  # once, not at every tick


def test_the_sound_can_be_switched_off_and_stays_off(
    window: MainWindow, clock: FakeClock, beeps: list[int], qtbot: QtBot, tmp_path: Path
) -> None:
    sound = window.workshop.actions["timer_sound"]
    assert sound.isChecked()
    sound.trigger()
    window.workshop.actions["timer_1_min"].trigger()
    press(window, K.Key_T, CTRL)
    clock.advance(60)
    shows(qtbot, window, "0:00")
    frame = window.view.findChild(QWidget, "board_frame_flash")
    qtbot.waitUntil(frame.isVisible, timeout=1000)  # type: ignore[union-attr]
    assert beeps == []
    assert ini_settings(tmp_path / "settings.ini").value("timer/sound") in (False, "false")


def test_the_timer_never_stops_the_typing(
    window: MainWindow, clock: FakeClock, beeps: list[int], qtbot: QtBot
) -> None:
    window.workshop.actions["timer_1_min"].trigger()
    press(window, K.Key_T, CTRL)
    window.view.board_scene.choose_block(BlockId.CHANNELS)
    press(window, K.Key_N)
    type_text(window.view, "Bakery ")
    clock.advance(60)
    qtbot.waitUntil(lambda: beeps == [1], timeout=2000)
    type_text(window.view, "van")
    press(window, K.Key_Escape)
    texts = [n.text for n in window.controller.canvas.notes if n.block == BlockId.CHANNELS]
    assert texts == ["Bakery van"]
    assert window.view.hasFocus()


def test_presets_come_from_the_toolbar_and_are_remembered(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    settings_file = tmp_path / "settings.ini"
    with open_workspace(settings_file) as workspace:
        window = workspace.new_document()
        assert window is not None
        menu = window.workshop.duration_button.menu()
        presets = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert presets == [
            "1 minute",
            "3 minutes",
            "5 minutes",
            "10 minutes",
            "15 minutes",
            "&Custom Time...",
        ]
        next(a for a in menu.actions() if a.text() == "10 minutes").trigger()
        assert toolbar_time(window).text() == "10:00"
        assert window.workshop.duration_button.text() == "10 min"
    with open_workspace(settings_file) as workspace:
        window = workspace.new_document()
        assert window is not None
        assert toolbar_time(window).text() == "10:00"


def test_a_custom_time_is_asked_for_until_it_makes_sense(window: MainWindow) -> None:
    answers = iter(["ten", "7:30"])

    def answer(dialog: object) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(next(answers))
        dialog.accept()

    seen = answer_modal(answer)
    seen_again = answer_modal(answer)
    window.workshop.actions["timer_custom"].trigger()
    assert len(seen) == 1 and len(seen_again) == 1
    assert toolbar_time(window).text() == "7:30"
    assert window.workshop.duration_button.text() == "7:30"
    assert not any(a.isChecked() for a in window.workshop.presets.actions())


def test_while_presenting_the_timer_is_large_and_its_keys_work(
    window: MainWindow, clock: FakeClock, qtbot: QtBot
) -> None:
    press(window, K.Key_T, CTRL)
    clock.advance(1)
    shows(qtbot, window, "4:59")
    small = board_time(window).height()
    press(window, K.Key_F5)
    assert not window.workshop.toolbar.isVisible()
    badge = board_time(window)
    assert badge.isVisible() and badge.height() > 2 * small
    # In the corner of the board as it is now, full screen.
    qtbot.waitUntil(lambda: window.view.viewport().geometry().contains(badge.geometry()))
    assert badge.geometry().right() > window.view.viewport().geometry().right() - 40
    press(window, K.Key_T, CTRL)  # pause from the presentation
    clock.advance(30)
    qtbot.wait(3 * timer_controls.TICK_MS)
    assert badge.text() == "4:59"
    press(window, K.Key_Escape)
    assert board_time(window).height() == small
