"""Start-up pauses Python's garbage collector while the first windows are built
(app.StartupCollectorPause); once the editor runs, garbage is collected again."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from canvas_editor.app import run_editor
from canvas_editor.ui.main_window import MainWindow


class _Cycle:
    """An object that refers to itself: only the cyclic collector can free it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def thawed() -> Iterator[None]:
    """run_editor freezes what is alive at start-up; give the test process its collector back."""
    was_enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if was_enabled:
        gc.enable()


def test_garbage_made_while_the_editor_runs_is_collected(qapp: QApplication, thawed: None) -> None:
    seen: dict[str, object] = {}

    def once_running() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["notes"] = [len(w.controller.canvas.notes) for w in windows]
        cycle = _Cycle()
        gone = weakref.ref(cycle)
        del cycle
        keep = [[] for _ in range(5 * gc.get_threshold()[0])]  # enough new objects for a collection
        seen["cycle collected"] = gone() is None
        del keep
        for window in windows:
            window.close()
        qapp.quit()

    QTimer.singleShot(0, once_running)
    assert run_editor([], template="amazon") == 0
    assert seen["notes"] and all(seen["notes"])  # the Amazon window was up and showing its notes
    assert seen["cycle collected"]
