"""What opening a file needs (the validator, hashlib) loads once the first window has
painted, not before, and without a file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from canvas_editor.ui.warm_up import AfterFirstPaint
from tests.test_app import WAIT_SECONDS, editor_env


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


# The editor as `canvas-editor` runs it, on a blank canvas (nothing to open, so nothing
# else would load the validator); the probe leaves as soon as the validator is there.
WARM_UP_PROBE = r"""
import sys
from canvas_editor.app import run_editor  # as a user's start: the app's module before Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])

def check():
    if {"canvas_editor.storage.validation", "hashlib"} <= sys.modules.keys():
        print("validator and hashlib loaded", flush=True)
        app.exit(0)

poll = QTimer()
poll.timeout.connect(check)
poll.start(20)
QTimer.singleShot(int(float(sys.argv[1]) * 1000), lambda: app.exit(3))
sys.exit(run_editor([]))
"""


def editor_after_warm_up(tmp_path: Path) -> str:
    """What WARM_UP_PROBE prints, the editor having started and warmed up."""
    env = editor_env(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-c", WARM_UP_PROBE, str(WAIT_SECONDS / 2)],
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_editor_loads_what_opening_needs_after_start_up_without_a_file(tmp_path: Path) -> None:
    assert "validator and hashlib loaded" in editor_after_warm_up(tmp_path)
