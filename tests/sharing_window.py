"""A window that shares its canvas on loopback, and the threads that play its
participants, for the tests of File > Share Workshop.

A test module takes the fixture by importing it (`from tests.sharing_window import
window`). Participants run on threads of their own, so Qt's loop on the test's thread
delivers the room's signals while the test waits (`pump_until`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from canvas_editor.ui.live_sharing import ShareDialog
from canvas_editor.ui.main_window import MainWindow
from tests.window_helpers import open_workspace, saved_amazon


@pytest.fixture(name="window")
def sharing_window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    """A window on a saved canvas whose sharing stays on loopback, stopped at the end."""
    path = saved_amazon(tmp_path / "canvas" / "workshop.bmc")
    with open_workspace(tmp_path / "settings.ini") as workspace:
        workspace.open_paths([str(path)])
        win = workspace.windows[-1]
        win.live_sharing.address = "127.0.0.1"
        yield win
        win.live_sharing.stop()


def share(window: MainWindow) -> ShareDialog:
    """File > Share Workshop, as the facilitator chooses it: the room's dialog shows."""
    action = window.findChild(QAction, "share_workshop")
    assert isinstance(action, QAction)
    action.trigger()
    dialog = window.live_sharing.dialog
    assert isinstance(dialog, ShareDialog) and dialog.isVisible()
    return dialog


def in_background(work: Callable[[], object]) -> threading.Thread:
    """`work` on a thread of its own; `finished` raises what it raised."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # the test reads it after the thread ends
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.errors = errors  # type: ignore[attr-defined]
    thread.start()
    return thread


def pump_until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QApplication.processEvents()
        time.sleep(0.01)


def finished(thread: threading.Thread) -> None:
    pump_until(lambda: not thread.is_alive())
    errors = thread.errors  # type: ignore[attr-defined]
    if errors:
        raise errors[0]
