"""The find bar on a dense board: every key shows its matches, the board looks the same
as painting every note after a zoom, a scroll or a resize, and closing the bar gives
Qt's pixmap cache back its room. While the bar is open notes show cached pictures, so
that a key repaints none of them (tests/perf/test_perf_painting.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmapCache
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from canvas_editor.scene import pixmap_budget
from canvas_editor.scene.note_item import Emphasis
from canvas_editor.ui.main_window import MainWindow
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


def test_each_key_typed_in_the_open_bar_changes_the_board(window: MainWindow, qtbot: QtBot) -> None:
    boards = [grab(window.view)]
    bar = open_find(window, qtbot)
    # "p": Prime members, Marketplace sellers, Low prices; "pr": Marketplace fades;
    # "prc" matches nothing; back to "pr", and to no query at all; "l" afresh.
    for key in ["p", "r", "c", Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, "l"]:
        before = faded(window)
        if isinstance(key, str):
            QTest.keyClicks(bar.field, key)
        else:
            QTest.keyClick(bar.field, key)
        assert faded(window) != before
        boards.append(grab(window.view))
        assert boards[-1] != boards[-2]


@pytest.mark.parametrize("move", ["zoom", "scroll", "fit to a resized window"])
def test_the_searched_board_looks_the_same_after_the_view_moves(
    window: MainWindow, qtbot: QtBot, move: str
) -> None:
    view = window.view
    if move != "fit to a resized window":
        view.zoom_in()
        view.zoom_in()
    bar = open_find(window, qtbot)
    QTest.keyClicks(bar.field, "p")
    grab(view)
    zoom = view.zoom()
    if move == "zoom":
        view.zoom_in()
    elif move == "scroll":
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 150)
    else:
        window.resize(window.width() - 120, window.height() - 90)
        qtbot.waitUntil(lambda: view.zoom() < zoom)
    assert_same_as_painting_everything(view)
    before = faded(window)
    QTest.keyClicks(bar.field, "r")  # the search goes on where the view now is
    assert faded(window) != before


def test_escape_shows_the_board_unsearched(window: MainWindow, qtbot: QtBot) -> None:
    bar = open_find(window, qtbot)
    QTest.keyClicks(bar.field, "pr")
    grab(window.view)
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert faded(window) == set()
    assert_same_as_painting_everything(window.view)


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
