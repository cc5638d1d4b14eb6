"""The Segment Legend through the window, as a user works it: the dock from the View
menu and its key, clicks and keys in its list, the dialogs it opens, and what the
board shows (the notes' opacity) while a segment is focused. Every edit is undone
with Ctrl+Z on the board."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QColorDialog, QDialog, QInputDialog, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import SEGMENT_PALETTE
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.scene.note_dialogs import NewSegmentDialog
from canvas_editor.scene.note_item import FADED_OPACITY
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.segment_legend_panel import SegmentLegendPanel
from canvas_editor.ui.shortcuts_sheet import shortcut_sections
from tests.dialog_answers import answer_next_dialog, press_ok, type_into
from tests.window_helpers import answer_modal, focused_board_window, open_find, record_errors

BLUE, PINK = "#81D4FA", "#F48FB1"
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _canvas() -> Canvas:
    segments = [
        Segment(id="commuters", name="Commuters", color=BLUE),
        Segment(id="parents", name="Parents", color=PINK),
    ]
    notes = [
        Note(id="a1", block=BlockId.CUSTOMER_SEGMENTS, text="Daily riders", color=BLUE, segment="commuters"),
        Note(id="a2", block=BlockId.CHANNELS, text="Station kiosks", color=BLUE, segment="commuters", x=0.4),
        Note(id="b1", block=BlockId.CUSTOMER_SEGMENTS, text="Schools", color=PINK, segment="parents", y=0.6),
        Note(id="n1", block=BlockId.KEY_PARTNERS, text="City council"),
    ]
    return Canvas(title="Bikes", notes=notes, segments=segments)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with focused_board_window(qtbot, tmp_path / "settings.ini", _canvas()) as win:
        yield win


def open_legend(window: MainWindow, qtbot: QtBot) -> SegmentLegendPanel:
    """Ctrl+Shift+L on the board: the legend shows and its list takes the keyboard."""
    QTest.keyClick(window.view, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    panel = window.segment_legend.dock.panel
    qtbot.waitUntil(panel.list.hasFocus)
    qtbot.waitUntil(lambda: not panel.buttons["new_segment"].rect().isEmpty())  # laid out
    return panel


def click_row(panel: SegmentLegendPanel, row: int) -> None:
    rect = panel.list.visualItemRect(panel.list.item(row))
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def opacities(window: MainWindow) -> dict[str, float]:
    scene = window.view.board_scene
    return {n.id: scene.note_item(n.id).opacity() for n in window.controller.canvas.notes}  # type: ignore[union-attr]


def undo_on_board(window: MainWindow) -> None:
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Z, CTRL)


def rows(panel: SegmentLegendPanel) -> list[str]:
    return [panel.list.item(r).text() for r in range(panel.list.count())]


def test_the_legend_is_named_in_the_view_menu_and_counts_notes(window: MainWindow, qtbot: QtBot) -> None:
    view_menu = window.menuBar().findChild(QMenu, "view_menu")
    assert view_menu is not None and window.segment_legend.actions["segment_legend"] in view_menu.actions()
    panel = open_legend(window, qtbot)
    assert window.segment_legend.dock.accessibleName() == "Segment Legend"
    assert panel.list.accessibleName() == "Customer segments"
    assert rows(panel) == ["Commuters  (2 notes)", "Parents  (1 note)"]
    section = next(s for s in shortcut_sections() if s.title == "Segment legend")
    keys = {row.description: row.keys for row in section.shortcuts}
    assert keys["Rename the segment"] == "F2" and keys["Move the segment up the legend"] == "Alt+Up"


def test_a_click_focuses_a_segment_a_second_click_or_escape_ends_it(window: MainWindow, qtbot: QtBot) -> None:
    panel = open_legend(window, qtbot)
    assert set(opacities(window).values()) == {1.0}
    click_row(panel, 0)
    assert opacities(window) == {"a1": 1.0, "a2": 1.0, "b1": FADED_OPACITY, "n1": FADED_OPACITY}
    assert rows(panel)[0].endswith(", focused")
    click_row(panel, 1)
    assert opacities(window) == {"a1": FADED_OPACITY, "a2": FADED_OPACITY, "b1": 1.0, "n1": FADED_OPACITY}
    click_row(panel, 1)
    assert set(opacities(window).values()) == {1.0}
    QTest.keyClick(panel.list, Qt.Key.Key_Return)  # the chosen row, from the keyboard
    assert opacities(window)["b1"] == 1.0 and opacities(window)["a1"] == FADED_OPACITY
    QTest.keyClick(panel.list, Qt.Key.Key_Escape)
    assert set(opacities(window).values()) == {1.0}
    click_row(panel, 0)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Escape)  # the board's Escape ends it too
    assert set(opacities(window).values()) == {1.0}
    assert window.controller.undo_stack.count() == 0  # focusing is no edit


def test_a_note_that_joins_the_focused_segment_brightens(window: MainWindow, qtbot: QtBot) -> None:
    panel = open_legend(window, qtbot)
    click_row(panel, 0)
    window.controller.set_notes_segment(["n1"], "commuters")
    assert opacities(window)["n1"] == 1.0
    qtbot.waitUntil(lambda: rows(panel)[0] == "Commuters  (3 notes), focused")


def test_new_segment_takes_a_colour_no_other_has_and_undoes(window: MainWindow, qtbot: QtBot) -> None:
    panel = open_legend(window, qtbot)

    def fill(dialog: NewSegmentDialog) -> None:
        type_into(dialog.name, "Tourists")
        press_ok(dialog)

    answered = answer_next_dialog(NewSegmentDialog, fill)
    QTest.mouseClick(panel.buttons["new_segment"], Qt.MouseButton.LeftButton)
    assert answered.answered
    added = window.controller.canvas.segments[-1]
    assert added.name == "Tourists"
    assert added.color not in (BLUE, PINK) and added.color in SEGMENT_PALETTE.values()
    assert rows(panel)[-1] == "Tourists  (0 notes)" and panel.current() == added
    undo_on_board(window)
    assert [s.name for s in window.controller.canvas.segments] == ["Commuters", "Parents"]


def test_f2_renames_and_a_blank_name_is_refused_in_one_line(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors = record_errors(monkeypatch)
    panel = open_legend(window, qtbot)
    answers = ["   ", "Daily commuters"]

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        line = dialog.findChild(QLineEdit)
        assert line is not None
        line.setText(answers.pop(0))
        if answers:
            answer_modal(rename)  # after the refusal the name is asked again
        dialog.accept()

    answer_modal(rename)
    QTest.keyClick(panel.list, Qt.Key.Key_F2)
    assert errors == ["A segment needs a name."]
    assert window.controller.canvas.segments[0].name == "Daily commuters"
    assert window.controller.undo_stack.count() == 1
    undo_on_board(window)
    assert window.controller.canvas.segments[0].name == "Commuters"


def test_recolouring_a_segment_takes_its_notes_along_in_one_step(window: MainWindow, qtbot: QtBot) -> None:
    panel = open_legend(window, qtbot)
    green = "#A5D6A7"

    def choose(dialog: QColorDialog) -> None:
        dialog.setCurrentColor(QColor(green))
        dialog.accept()

    answer_next_dialog(QColorDialog, choose)
    QTest.mouseClick(panel.buttons["recolor_segment"], Qt.MouseButton.LeftButton)
    canvas = window.controller.canvas
    assert canvas.segments[0].color == green
    assert [canvas.note(i).color for i in ("a1", "a2", "b1")] == [green, green, PINK]
    assert window.view.board_scene.note_item("a1").note_color() == QColor(green)  # type: ignore[union-attr]
    undo_on_board(window)
    assert [canvas.note(i).color for i in ("a1", "a2")] == [BLUE, BLUE] and canvas.segments[0].color == BLUE


def test_alt_arrows_and_the_buttons_move_a_segment(window: MainWindow, qtbot: QtBot) -> None:
    panel = open_legend(window, qtbot)
    QTest.keyClick(panel.list, Qt.Key.Key_Down, ALT)
    assert [s.name for s in window.controller.canvas.segments] == ["Parents", "Commuters"]
    assert panel.current() is not None and panel.current().name == "Commuters"  # type: ignore[union-attr]
    assert not window.segment_legend.actions["move_segment_down"].isEnabled()
    QTest.mouseClick(panel.buttons["move_segment_up"], Qt.MouseButton.LeftButton)
    assert [s.name for s in window.controller.canvas.segments] == ["Commuters", "Parents"]
    undo_on_board(window)
    assert [s.name for s in window.controller.canvas.segments] == ["Parents", "Commuters"]
    assert rows(panel)[0].startswith("Parents")


def test_delete_keeps_the_notes_with_their_text_and_colour(window: MainWindow, qtbot: QtBot) -> None:
    panel = open_legend(window, qtbot)
    click_row(panel, 0)  # focused, then deleted: the focus ends with it
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    canvas = window.controller.canvas
    assert [s.name for s in canvas.segments] == ["Parents"]
    assert [(n.text, n.color, n.segment) for n in canvas.notes[:2]] == [
        ("Daily riders", BLUE, None),
        ("Station kiosks", BLUE, None),
    ]
    assert len(canvas.notes) == 4  # Delete in the legend deletes no note
    assert set(opacities(window).values()) == {1.0}
    assert window.view.board_scene.note_item("a1").segment_tag == ""  # type: ignore[union-attr]
    undo_on_board(window)
    assert [n.segment for n in canvas.notes[:2]] == ["commuters", "commuters"]
    assert window.view.board_scene.note_item("a1").segment_tag == "C"  # type: ignore[union-attr]


def test_the_find_bars_segment_filter_focuses_as_the_legend(window: MainWindow, qtbot: QtBot) -> None:
    bar = open_find(window, qtbot)
    bar.segment_box.setCurrentIndex(bar.segment_box.findData("parents"))
    assert opacities(window) == {"a1": FADED_OPACITY, "a2": FADED_OPACITY, "b1": 1.0, "n1": FADED_OPACITY}
    panel = open_legend(window, qtbot)
    assert rows(panel)[1].endswith(", focused")
    click_row(panel, 0)
    assert bar.segment_box.currentData() == "commuters"
    assert opacities(window)["a1"] == 1.0 and opacities(window)["b1"] == FADED_OPACITY
    bar.close_search()
    assert set(opacities(window).values()) == {1.0}


def test_the_legend_speaks_korean_and_english_again_without_a_restart(
    window: MainWindow, qtbot: QtBot
) -> None:
    import subprocess
    import sys

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from canvas_editor import i18n
    from canvas_editor.ui import language

    # The compiled catalogue the window loads, which `make` builds (as tests/test_language.py).
    ts = Path(__file__).resolve().parent.parent / "resources" / "translations" / "canvas_editor_ko.ts"
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    panel = open_legend(window, qtbot)
    click_row(panel, 0)
    english = (window.segment_legend.dock.windowTitle(), rows(panel), panel.buttons["recolor_segment"].text())
    assert english == ("Segment Legend", ["Commuters  (2 notes), focused", "Parents  (1 note)"], "Colour...")
    app = QCoreApplication.instance()
    assert app is not None
    try:
        language.language_switch(app).apply("ko")
        QApplication.processEvents()  # the LanguageChange events
        assert window.segment_legend.dock.windowTitle() == "세그먼트 범례"
        assert window.segment_legend.actions["segment_legend"].text() == "세그먼트 범례(&L)"
        assert rows(panel) == ["Commuters  (노트 2개), 초점", "Parents  (노트 1개)"]
        assert panel.buttons["recolor_segment"].text() == "색..."
        assert panel.hint.text().startswith("세그먼트를 클릭하면")
        legend_keys = next(s for s in shortcut_sections() if s.title == "세그먼트 범례")
        assert any(row.description == "세그먼트 이름 바꾸기" for row in legend_keys.shortcuts)
        QTest.keyClick(panel.list, Qt.Key.Key_Delete)
        assert window.controller.undo_stack.undoText() == "세그먼트 'Commuters' 삭제"
    finally:
        language.language_switch(app).apply(i18n.SOURCE_LANGUAGE)
        QApplication.processEvents()
    assert (window.segment_legend.dock.windowTitle(), panel.buttons["recolor_segment"].text()) == (
        "Segment Legend",
        "Colour...",
    )
    assert window.segment_legend.actions["segment_legend"].text() == "Segment &Legend"
