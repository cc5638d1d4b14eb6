"""Typing in the find bar on a dense board stays quick: while the bar is open the notes'
pictures are cached (made when the bar opens and the board repaints for it), so a key
that fades or outlines notes repaints none of them (on a dense board each changed note
would repaint the dozens it overlaps). Closing the bar gives the board back its usual
painting: nothing cached, hidden notes skipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPixmapCache
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from canvas_editor.scene import pixmap_budget
from canvas_editor.scene.note_item import Emphasis
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.search_bar import SearchBar
from tests.board_gestures import drag, note_center
from tests.dense_boards import assert_same_as_painting_everything, dense_canvas, grab
from tests.window_helpers import focused_board_window, open_find

MIB = 1024 * 1024


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with focused_board_window(qtbot, tmp_path / "settings.ini", dense_canvas()) as win:
        yield win


def faded(window: MainWindow) -> set[str]:
    scene = window.view.board_scene
    items = [scene.note_item(n.id) for n in window.controller.canvas.notes]
    return {i.note_id for i in items if i is not None and i.emphasis is Emphasis.FADED}


def test_keys_typed_in_the_open_bar_repaint_no_note(
    window: MainWindow, qtbot: QtBot, painted: list[int]
) -> None:
    board_before = grab(window.view)
    bar = open_find(window, qtbot)
    painted.clear()
    grab(window.view)
    assert painted  # opening the bar paints the notes (into their pictures)...
    boards = [board_before]
    # "p": Prime members, Marketplace sellers, Low prices; "pr": Marketplace fades;
    # "prc" matches nothing; back to "pr", and to no query at all; "l" afresh.
    for key in ["p", "r", "c", Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, "l"]:
        before = faded(window)
        if isinstance(key, str):
            QTest.keyClicks(bar.field, key)
        else:
            QTest.keyClick(bar.field, key)
        assert faded(window) != before
        painted.clear()
        boards.append(grab(window.view))
        assert painted == []  # ...keys only show the pictures anew
        assert boards[-1] != boards[-2]


def type_and_count_notes_painted(window: MainWindow, bar: SearchBar, key: str, painted: list[int]) -> int:
    QTest.keyClicks(bar.field, key)
    painted.clear()
    grab(window.view)
    return len(painted)


@pytest.mark.parametrize("move", ["zoom", "scroll", "fit to a resized window"])
def test_when_the_view_moves_it_paints_notes_until_the_next_key(
    window: MainWindow, qtbot: QtBot, painted: list[int], move: str
) -> None:
    view = window.view
    if move != "fit to a resized window":
        view.zoom_in()
        view.zoom_in()
    bar = open_find(window, qtbot)
    grab(window.view)  # the board as the bar opens: the pictures are made
    assert type_and_count_notes_painted(window, bar, "p", painted) == 0
    zoom = view.zoom()
    if move == "zoom":
        view.zoom_in()
    elif move == "scroll":
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 150)
    else:
        window.resize(window.width() - 120, window.height() - 90)
        qtbot.waitUntil(lambda: view.zoom() < zoom)
    # Pictures at the new place would cost more than painting: notes paint directly,
    # hidden ones skipped, as with the bar closed.
    assert_same_as_painting_everything(view, painted)
    assert type_and_count_notes_painted(window, bar, "r", painted) > 0  # pictures made anew...
    assert type_and_count_notes_painted(window, bar, "c", painted) == 0  # ...and shown


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
    assert type_and_count_notes_painted(window, bar, "r", painted) == 0


def test_escape_gives_the_board_its_usual_painting(
    window: MainWindow, qtbot: QtBot, painted: list[int]
) -> None:
    bar = open_find(window, qtbot)
    QTest.keyClicks(bar.field, "pr")
    grab(window.view)
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert faded(window) == set()
    # Hidden notes are skipped again, with the same pixels as painting every note.
    assert_same_as_painting_everything(window.view, painted)


def test_boards_searching_at_once_each_get_room_and_give_it_back() -> None:
    limit = QPixmapCache.cacheLimit()
    assert pixmap_budget.reserve("first", 40 * MIB)
    assert pixmap_budget.reserve("second", 60 * MIB)
    both = QPixmapCache.cacheLimit()
    assert both >= limit + 100 * MIB // 1024  # room for both
    assert pixmap_budget.reserve("first", 20 * MIB)  # zoomed out: it needs less
    assert QPixmapCache.cacheLimit() < both
    pixmap_budget.release("first")
    pixmap_budget.release("second")
    assert QPixmapCache.cacheLimit() == limit


def test_a_board_over_the_ceiling_gets_no_room() -> None:
    limit = QPixmapCache.cacheLimit()
    assert not pixmap_budget.reserve("board", pixmap_budget.CEILING)  # too much: it paints uncached
    assert QPixmapCache.cacheLimit() == limit
    assert pixmap_budget.reserve("other", pixmap_budget.CEILING // 2)
    assert not pixmap_budget.reserve("board", pixmap_budget.CEILING // 2)  # not beside the other
    pixmap_budget.release("other")
    assert QPixmapCache.cacheLimit() == limit


def test_escape_and_closing_the_window_give_back_the_search_room(window: MainWindow, qtbot: QtBot) -> None:
    limit = QPixmapCache.cacheLimit()
    bar = open_find(window, qtbot)
    assert QPixmapCache.cacheLimit() > limit  # 360 notes' pictures do not fit Qt's default
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert QPixmapCache.cacheLimit() == limit
    open_find(window, qtbot)
    assert QPixmapCache.cacheLimit() > limit
    window.controller.mark_saved()
    window.close()
    assert QPixmapCache.cacheLimit() == limit
