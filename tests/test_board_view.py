"""The board view: fitting and zooming, panning, the header form, block hints, fonts,
and a whole editing session saved and reopened."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from canvas_editor.controller import DocumentController
from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.scene import dialogs, register_fonts
from canvas_editor.scene.geometry import SHEET_H, SHEET_RECT, SHEET_W
from canvas_editor.storage import load_canvas, save_canvas
from canvas_editor.storage.templates import load_template
from tests.board_gestures import (
    block_point,
    click,
    commit_input,
    double_click,
    drag,
    make_board,
    note_center,
    press,
    type_text,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def _sheet_on_screen(view) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    r = view.mapFromScene(SHEET_RECT).boundingRect()
    return r.width(), r.height()


def _fits(view) -> bool:  # type: ignore[no-untyped-def]
    """The whole sheet is visible and fills the viewport in one direction."""
    w, h = _sheet_on_screen(view)
    area = view.viewport().rect()
    visible = view.mapToScene(area).boundingRect()
    return visible.contains(SHEET_RECT) and (w > area.width() * 0.9 or h > area.height() * 0.9)


def test_the_board_fits_the_window_on_open_and_resize_until_zoomed(qtbot) -> None:
    _, view = make_board(qtbot, width=900, height=700)
    assert _fits(view)
    view.resize(1300, 700)
    qtbot.waitUntil(lambda: _fits(view))
    with qtbot.waitSignal(view.zoom_changed):
        press(view, Qt.Key.Key_Equal, CTRL)
    zoomed = view.zoom()
    assert not _fits(view)
    view.resize(1000, 800)
    QApplication.processEvents()
    assert view.zoom() == zoomed  # the user's zoom stays
    press(view, Qt.Key.Key_Minus, CTRL)
    assert view.zoom() == pytest.approx(zoomed / 1.25)
    press(view, Qt.Key.Key_0, CTRL)
    assert _fits(view)
    view.resize(700, 600)
    qtbot.waitUntil(lambda: _fits(view))


def test_ctrl_wheel_zooms_plain_wheel_does_not(qtbot) -> None:
    _, view = make_board(qtbot)
    before = view.zoom()
    pos = QPointF(view.viewport().rect().center())

    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        event = QWheelEvent(
            pos,
            view.viewport().mapToGlobal(pos),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)

    wheel(Qt.KeyboardModifier.NoModifier)
    assert view.zoom() == before
    wheel(CTRL)
    assert view.zoom() > before


def test_middle_button_and_space_drag_pan_when_zoomed(qtbot) -> None:
    c, view = make_board(qtbot, load_template("amazon"))
    for _ in range(4):
        press(view, Qt.Key.Key_Equal, CTRL)
    bar = view.horizontalScrollBar()
    bar.setValue((bar.minimum() + bar.maximum()) // 2)
    start = bar.value()
    centre = view.mapToScene(view.viewport().rect().center())
    drag(view, centre, centre + QPointF(40, 0), button=Qt.MouseButton.MiddleButton)
    assert bar.value() < start
    panned = bar.value()
    QTest.keyPress(view, Qt.Key.Key_Space)
    centre = view.mapToScene(view.viewport().rect().center())
    drag(view, centre, centre - QPointF(60, 0))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert bar.value() > panned
    assert c.undo_stack.count() == 0  # panning over notes moved none


def test_header_form_edits_the_header_in_one_step(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    c, view = make_board(qtbot)
    answers = {"title": "아마존", "designed_for": "Amazon.com", "date": "2026-11-28", "language": "ko"}
    monkeypatch.setattr(dialogs, "ask_header", lambda canvas, parent: answers)
    double_click(view, QPointF(SHEET_W * 0.3, layout.HEADER.center[1] * SHEET_H))
    assert (c.canvas.title, c.canvas.designed_for, c.canvas.date, c.canvas.language) == (
        "아마존",
        "Amazon.com",
        "2026-11-28",
        "ko",
    )
    assert c.canvas.notes == []  # the header is not a block
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas.title == ""


def test_header_dialog_fields_round_trip(qtbot) -> None:
    canvas = Canvas(title="T", designed_for="F", designed_by="B", date="D", iteration="3", language="ko")
    dialog = dialogs.HeaderDialog(canvas)
    qtbot.addWidget(dialog)
    assert dialog.values() == {
        "title": "T",
        "designed_for": "F",
        "designed_by": "B",
        "date": "D",
        "iteration": "3",
        "language": "ko",
    }


def test_blocks_show_their_questions_only_while_empty(qtbot) -> None:
    c, view = make_board(qtbot)
    block = view.board_scene.block_item(BlockId.CHANNELS)
    assert block.is_empty()
    double_click(view, block_point(BlockId.CHANNELS))
    type_text(view, "Shop")
    press(view, Qt.Key.Key_Escape)
    assert not block.is_empty()
    drag(view, note_center(view, c.canvas.notes[0].id), block_point(BlockId.KEY_PARTNERS))
    assert block.is_empty()
    assert not view.board_scene.block_item(BlockId.KEY_PARTNERS).is_empty()
    press(view, Qt.Key.Key_Z, CTRL)
    assert not block.is_empty()


def test_the_bundled_korean_font_is_registered(qtbot) -> None:
    family = register_fonts()
    assert register_fonts() == family  # callable again, same answer
    assert QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(family)
    assert QFontMetricsF(QFont(family)).inFontUcs4(ord("가"))
    assert family in QApplication.font().families()


def test_open_replaces_the_board(qtbot) -> None:
    c, view = make_board(qtbot)
    c.set_canvas(load_template("amazon-ko"))
    scene = view.board_scene
    assert all(scene.note_item(n.id) is not None for n in c.canvas.notes)
    assert _fits(view)
    c.set_canvas(Canvas())
    assert scene.selected_note_ids() == []
    assert not [i for i in scene.items() if i.__class__.__name__ == "NoteItem"]


def test_a_whole_session_saves_and_reopens_equal(qtbot, tmp_path: Path) -> None:
    c, view = make_board(qtbot, load_template("amazon"))
    double_click(view, block_point(BlockId.CUSTOMER_SEGMENTS, 0.5, 0.85))
    type_text(view, "Prime members")
    press(view, Qt.Key.Key_Escape)
    double_click(view, block_point(BlockId.KEY_RESOURCES, 0.8, 0.85))
    commit_input(view, "물류 센터")
    press(view, Qt.Key.Key_Escape)
    first = c.canvas.notes[0].id
    drag(view, note_center(view, first), block_point(BlockId.COST_STRUCTURE, 0.9, 0.5))
    click(view, note_center(view, first))
    press(view, Qt.Key.Key_D, CTRL)
    press(view, Qt.Key.Key_Left)
    path = tmp_path / "session.bmc"
    save_canvas(c.canvas, path)
    c.mark_saved()
    reopened = load_canvas(path)
    assert reopened == c.canvas
    assert not c.is_modified()

    other = DocumentController(reopened)
    assert [n.text for n in other.canvas.notes[-3:]] == ["Prime members", "물류 센터", c.note(first).text]


def test_many_notes_one_drag_one_step(qtbot) -> None:
    notes = [
        Note(id=f"n{i}", block=list(BlockId)[i % 9], text=f"note {i} 메모", x=(i % 13) / 14, y=(i % 17) / 18)
        for i in range(2000)
    ]
    c, view = make_board(qtbot, Canvas(notes=notes))
    top = c.canvas.notes[-1]
    drag(view, note_center(view, top.id), block_point(BlockId.CHANNELS, 0.2, 0.2), steps=20)
    assert c.note(top.id).block == BlockId.CHANNELS
    assert c.undo_stack.count() == 1


def test_the_paper_stays_under_the_blocks_through_gestures(qtbot) -> None:
    """PySide may delete an item whose wrapper scene.items() handed out once that wrapper
    is dropped; the board's own items must survive it."""
    c, view = make_board(qtbot)
    empty_spot = block_point(BlockId.COST_STRUCTURE, 0.95, 0.9)

    def paper_is_white() -> bool:
        QApplication.processEvents()
        return view.grab().toImage().pixelColor(view.mapFromScene(empty_spot)).name() == "#ffffff"

    assert paper_is_white()
    double_click(view, block_point(BlockId.COST_STRUCTURE, 0.3, 0.5))
    type_text(view, "Rent")
    press(view, Qt.Key.Key_Escape)
    click(view, empty_spot)
    drag(view, block_point(BlockId.COST_STRUCTURE, 0.6, 0.8), empty_spot)
    gc.collect()
    assert paper_is_white()
    assert [n.text for n in c.canvas.notes] == ["Rent"]
