"""The warm-up's timing: its action runs once, after the widget's first paint. (That the
editor loads what opening a file needs that way: tests/perf/test_perf_startup.py.)"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from canvas_editor.ui.warm_up import AfterFirstPaint


def test_the_action_waits_for_the_first_paint_and_runs_once(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    runs: list[int] = []
    AfterFirstPaint(widget, lambda: runs.append(1))
    qtbot.wait(50)
    assert runs == []  # never shown, never painted
    widget.show()
    qtbot.waitUntil(lambda: runs == [1])
    widget.repaint()
    widget.update()
    qtbot.wait(50)
    assert runs == [1]

