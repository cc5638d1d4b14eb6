"""Find and filter in the window: Ctrl+F, matches outlined on the board and in the outline,
the others faded, Enter / Shift+Enter step through them, Escape clears."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.scene.geometry import NOTE_H, NOTE_W
from canvas_editor.scene.note_item import Emphasis
from canvas_editor.ui.main_window import MainWindow
from tests.window_helpers import focused_board_window, open_find

NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
BLUE = "#81D4FA"


def canvas() -> Canvas:
    return Canvas(
        segments=[Segment(id="students", name="Students", color=BLUE)],
        notes=[
            Note(id="cafe", block=BlockId.CHANNELS, text="Café counter", x=0.1, y=0.5),
            Note(id="kp", block=BlockId.KEY_PARTNERS, text="Coffee roaster", description="beans from a cafe"),
            Note(id="han", block=BlockId.VALUE_PROPOSITIONS, text="한강 공원 카페", y=0.6),
            Note(id="hana", block=BlockId.VALUE_PROPOSITIONS, text="하나로 마트", y=0.2),
            Note(id="web", block=BlockId.REVENUE_STREAMS, text="Web shop", color=BLUE, segment="students"),
            Note(id="ad", block=BlockId.REVENUE_STREAMS, text="Ads", x=0.5, tags=("Launch",)),
        ],
    )


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with focused_board_window(qtbot, tmp_path / "settings.ini", canvas()) as win:
        yield win


def emphasis(window: MainWindow) -> dict[str, Emphasis]:
    scene = window.view.board_scene
    result: dict[str, Emphasis] = {}
    for note in window.controller.canvas.notes:
        item = scene.note_item(note.id)
        assert item is not None
        result[note.id] = item.emphasis
    return result


def found_on_board(window: MainWindow) -> set[str]:
    shown = emphasis(window)
    for note_id, state in shown.items():
        item = window.view.board_scene.note_item(note_id)
        assert item is not None
        assert (item.opacity() < 1.0) == (state is Emphasis.FADED)
    return {i for i, state in shown.items() if state is Emphasis.MATCH}


def type_into(widget: QWidget, text: str) -> None:
    """Any script: key events carrying the text (keyClicks would abort on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, NONE, ch))


def test_ctrl_f_finds_text_and_description_ignoring_case_and_accents(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = open_find(window, qtbot)
    QTest.keyClicks(bar.field, "CAFE")
    assert found_on_board(window) == {"cafe", "kp"}  # "카페" is another word
    assert bar.count_label.text() == "2 matches"
    assert set(emphasis(window).values()) == {Emphasis.MATCH, Emphasis.FADED}


def test_korean_queries_match_whole_and_partial_syllables(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = open_find(window, qtbot)
    type_into(bar.field, "카페")
    assert found_on_board(window) == {"han"}
    bar.field.clear()
    type_into(bar.field, "하")  # the start of 한 and of 하나
    assert found_on_board(window) == {"han", "hana"}
    bar.field.clear()
    type_into(bar.field, "한")  # a complete syllable: 하나 does not contain it
    assert found_on_board(window) == {"han"}
    # While the input method still composes 한 (on the way to 하나), 하나 counts too.
    bar.field.clear()
    QApplication.sendEvent(bar.field, QInputMethodEvent("한", []))
    assert found_on_board(window) == {"han", "hana"}
    commit = QInputMethodEvent("", [])
    commit.setCommitString("한")
    QApplication.sendEvent(bar.field, commit)
    assert bar.field.text() == "한"
    assert found_on_board(window) == {"han"}


def test_enter_and_shift_enter_step_through_matches_and_reveal_them(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    for _ in range(6):
        view.zoom_in()  # the sheet no longer fits: stepping has to scroll
    bar = open_find(window, qtbot)
    QTest.keyClicks(bar.field, "o")  # Coffee roaster, Café counter, Web shop
    scene = view.board_scene
    # Reading order: Key Partners, then Channels, then Revenue Streams.
    expected = ["kp", "cafe", "web"]
    assert bar.matches() == expected
    seen = []
    for _ in range(4):
        QTest.keyClick(bar.field, Qt.Key.Key_Return)
        (selected,) = scene.selected_note_ids()
        seen.append(selected)
        item = scene.note_item(selected)
        assert item is not None
        shown = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        assert QRect(view.viewport().rect()).intersects(shown)
    assert seen == [*expected, "kp"]  # wraps around
    assert bar.count_label.text() == "1 of 3"
    QTest.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)
    assert scene.selected_note_ids() == ["web"]
    assert bar.count_label.text() == "3 of 3"
    assert bar.field.hasFocus()  # typing can go on


def test_escape_clears_and_gives_the_board_back(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = open_find(window, qtbot)
    QTest.keyClicks(bar.field, "web")
    assert found_on_board(window) == {"web"}
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert set(emphasis(window).values()) == {Emphasis.NORMAL}
    assert all(
        window.view.board_scene.note_item(n.id).opacity() == 1.0 for n in window.controller.canvas.notes
    )  # type: ignore[union-attr]
    assert not bar.isVisible()
    assert window.view.hasFocus()
    bar = open_find(window, qtbot)
    assert bar.field.text() == ""


def test_filters_by_colour_segment_and_tag_fade_the_others(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = open_find(window, qtbot)
    bar.color_box.setCurrentIndex(bar.color_box.findData(BLUE))
    assert found_on_board(window) == {"web"}
    bar.color_box.setCurrentIndex(0)
    bar.segment_box.setCurrentIndex(bar.segment_box.findText("Students"))
    assert found_on_board(window) == {"web"}
    bar.segment_box.setCurrentIndex(bar.segment_box.findText("No segment"))
    assert found_on_board(window) == {"cafe", "kp", "han", "hana", "ad"}
    bar.segment_box.setCurrentIndex(0)
    assert bar.tag_box.findText("#Launch") > 0
    bar.tag_box.setCurrentIndex(bar.tag_box.findText("#Launch"))
    assert found_on_board(window) == {"ad"}
    QTest.keyClicks(bar.field, "web")  # the query and the filters together
    assert found_on_board(window) == set()
    assert bar.count_label.text() == "No matches"
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert bar.tag_box.currentIndex() == 0
    assert set(emphasis(window).values()) == {Emphasis.NORMAL}


def test_the_outline_shows_the_same_matches(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.menu_actions.outline.trigger()
    qtbot.waitUntil(window.outline_dock.isVisible)
    panel = window.outline_dock.panel
    assert panel.tree.hasFocus()
    bar = open_find(window, qtbot)
    QTest.keyClicks(bar.field, "shop")
    model = panel.model
    web, ads = model.note_index("web"), model.note_index("ad")
    assert web.data(Qt.ItemDataRole.FontRole).bold()
    assert ads.data(Qt.ItemDataRole.FontRole) is None
    assert ads.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert "does not match" in ads.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.selected_note_ids() == ["web"])
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert model.is_match("web") is None
    assert ads.data(Qt.ItemDataRole.ForegroundRole) is None


def test_edits_during_a_search_update_the_matches(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = open_find(window, qtbot)
    QTest.keyClicks(bar.field, "shop")
    c = window.controller
    c.set_note_text("ad", "Ads in the shop window")
    qtbot.waitUntil(lambda: found_on_board(window) == {"web", "ad"})
    new = c.add_note(BlockId.CHANNELS, text="Pop-up shop")
    qtbot.waitUntil(lambda: found_on_board(window) == {"web", "ad", new})
    c.undo_stack.undo()
    qtbot.waitUntil(lambda: bar.matches() == ["web", "ad"] or bar.matches() == ["ad", "web"])
    assert bar.count_label.text() == "2 matches"


def test_on_screen_matches_are_framed_and_the_others_faded(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    scene = view.board_scene

    def pixel(note_id: str, fx: float, fy: float) -> QColor:
        """The colour on screen at fractions of a note's frame (-0.0x: just outside it)."""
        item = scene.note_item(note_id)
        assert item is not None
        r = item.mapRectToScene(QRectF(0.0, 0.0, NOTE_W, NOTE_H))
        point = view.mapFromScene(QPointF(r.x() + fx * r.width(), r.y() + fy * r.height()))
        return view.viewport().grab().toImage().pixelColor(point)

    before = pixel("ad", 0.5, 0.5)
    bar = open_find(window, qtbot)
    QTest.keyClicks(bar.field, "web")
    qtbot.waitUntil(lambda: pixel("ad", 0.5, 0.5) != before)
    faded = pixel("ad", 0.5, 0.5)
    assert faded.lightness() > before.lightness()  # the faded note shows the sheet through
    edge = pixel("web", 0.5, -0.025)  # on the frame, just above the note
    assert edge.red() > 200 and edge.green() < 200 and edge.blue() < 100  # orange
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pixel("ad", 0.5, 0.5) == before)
    assert pixel("web", 0.5, -0.025) != edge
