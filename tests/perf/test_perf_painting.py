"""What keeps a dense board quick to paint, counted in notes painted.

A board skips the notes wholly under others (scene/occlusion.py). While the find bar
is open, notes show cached pictures, so a key that fades or outlines notes repaints
none of them (on a dense board each changed note would repaint the dozens it
overlaps); a zoom or scroll drops the pictures (making them anew for every note shown
costs more than painting), and the next key makes them again. That the board looks
the same either way is checked in tests/test_board_occlusion.py and
tests/test_search_repaint.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from canvas_editor.scene import BoardView
from canvas_editor.scene.note_style import NoteStyle
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.search_bar import SearchBar
from tests.board_gestures import drag, make_board, note_center
from tests.dense_boards import dense_canvas, grab, grab_without_skipping
from tests.window_helpers import focused_board_window, open_find

pytestmark = pytest.mark.perf


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
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with focused_board_window(qtbot, tmp_path / "settings.ini", dense_canvas()) as win:
        yield win


def assert_hidden_notes_skipped(view: BoardView, painted: list[int]) -> None:
    painted.clear()
    grab(view)
    skipping = len(painted)
    painted.clear()
    grab_without_skipping(view)
    assert 0 < skipping < len(painted)


def notes_painted_after_typing(view: BoardView, bar: SearchBar, key: str | Qt.Key, painted: list[int]) -> int:
    if isinstance(key, str):
        QTest.keyClicks(bar.field, key)
    else:
        QTest.keyClick(bar.field, key)
    painted.clear()
    grab(view)
    return len(painted)


def test_a_dense_board_skips_its_hidden_notes_at_every_zoom(qtbot: QtBot, painted: list[int]) -> None:
    _, view = make_board(qtbot, dense_canvas())
    assert_hidden_notes_skipped(view, painted)
    for _ in range(3):
        view.zoom_in()
        assert_hidden_notes_skipped(view, painted)
    _, small = make_board(qtbot, dense_canvas(), width=560, height=400)
    assert_hidden_notes_skipped(small, painted)


def test_keys_typed_in_the_open_bar_repaint_no_note(
    window: MainWindow, qtbot: QtBot, painted: list[int]
) -> None:
    bar = open_find(window, qtbot)
    painted.clear()
    grab(window.view)
    assert painted  # opening the bar paints the notes (into their pictures)...
    back = Qt.Key.Key_Backspace
    keys: list[str | Qt.Key] = ["p", "r", "c", back, back, back, "l"]
    for key in keys:
        assert notes_painted_after_typing(window.view, bar, key, painted) == 0  # ...keys show them anew


@pytest.mark.parametrize("move", ["zoom", "scroll", "fit to a resized window"])
def test_when_the_view_moves_it_paints_notes_until_the_next_key(
    window: MainWindow, qtbot: QtBot, painted: list[int], move: str
) -> None:
    view = window.view
    if move != "fit to a resized window":
        view.zoom_in()
        view.zoom_in()
    bar = open_find(window, qtbot)
    grab(view)  # the board as the bar opens: the pictures are made
    assert notes_painted_after_typing(view, bar, "p", painted) == 0
    zoom = view.zoom()
    if move == "zoom":
        view.zoom_in()
    elif move == "scroll":
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 150)
    else:
        window.resize(window.width() - 120, window.height() - 90)
        qtbot.waitUntil(lambda: view.zoom() < zoom)
    assert_hidden_notes_skipped(view, painted)  # painted directly, as with the bar closed
    assert notes_painted_after_typing(view, bar, "r", painted) > 0  # pictures made anew...
    assert notes_painted_after_typing(view, bar, "c", painted) == 0  # ...and shown


def test_a_drag_during_a_search_keeps_the_pictures(
    window: MainWindow, qtbot: QtBot, painted: list[int]
) -> None:
    bar = open_find(window, qtbot)
    QTest.keyClicks(bar.field, "p")
    grab(window.view)
    note = window.controller.canvas.notes[-1]
    start = note_center(window.view, note.id)
    drag(window.view, start, start + QPointF(40.0, 30.0))
    assert window.controller.canvas.note(note.id) != note  # it moved
    grab(window.view)
    assert notes_painted_after_typing(window.view, bar, "r", painted) == 0


def test_escape_gives_the_board_back_its_skipping(
    window: MainWindow, qtbot: QtBot, painted: list[int]
) -> None:
    bar = open_find(window, qtbot)
    QTest.keyClicks(bar.field, "pr")
    grab(window.view)
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert_hidden_notes_skipped(window.view, painted)
