"""What keeps focusing a customer segment quick, counted in notes painted.

While the Segment Legend shows, notes keep cached pictures, as while the find bar is
open (tests/perf/test_perf_painting.py): a click that focuses a segment, or ends the
focus, fades or brightens hundreds of notes by opacity alone and repaints none of
them; on a dense board each would otherwise repaint the dozens it overlaps. The
figure in milliseconds is `make bench`'s (bench/focus_bench.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from canvas_editor.model.document import Segment
from canvas_editor.scene.note_item import FADED_OPACITY
from canvas_editor.scene.note_style import NoteStyle
from canvas_editor.ui.main_window import MainWindow
from tests.dense_boards import dense_canvas, grab
from tests.window_helpers import focused_board_window

pytestmark = pytest.mark.perf

COLORS = ("#81D4FA", "#F48FB1", "#A5D6A7")


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per note painted (NoteStyle.paint draws one note)."""
    calls: list[int] = []
    original = NoteStyle.paint

    def counting(self: NoteStyle, *args: object) -> None:
        calls.append(1)
        original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(NoteStyle, "paint", counting)
    return calls


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    canvas = dense_canvas()
    canvas.segments[:] = [Segment(id=f"s{i}", name=f"Segment {i}", color=c) for i, c in enumerate(COLORS)]
    notes = enumerate(canvas.notes)
    canvas.notes[:] = [replace(n, segment=f"s{i % 3}", color=COLORS[i % 3]) for i, n in notes]
    with focused_board_window(qtbot, tmp_path / "settings.ini", canvas) as win:
        yield win


def test_focusing_a_segment_with_the_legend_open_repaints_no_note(
    window: MainWindow, qtbot: QtBot, painted: list[int]
) -> None:
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(window.view, Qt.Key.Key_L, keys)  # View > Segment Legend
    panel = window.segment_legend.dock.panel
    qtbot.waitUntil(panel.list.hasFocus)
    grab(window.view)  # the board beside the legend: the pictures are made
    assert painted
    scene = window.view.board_scene
    for row in (0, 1, 1, 2):  # focus, focus another, end it, focus again
        at = panel.list.visualItemRect(panel.list.item(row)).center()
        QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=at)
        painted.clear()
        grab(window.view)
        assert painted == []
    faded = [n.id for n in window.controller.canvas.notes if scene.note_item(n.id).opacity() == FADED_OPACITY]  # type: ignore[union-attr]
    assert faded and len(faded) == sum(n.segment != "s2" for n in window.controller.canvas.notes)
