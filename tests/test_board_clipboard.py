"""Copy, cut and paste on the board: notes between canvases, text lines from anywhere."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.scene.clipboard import NOTES_MIME, put_on_clipboard
from tests.board_gestures import click, make_board, note_center, press

CTRL = Qt.KeyboardModifier.ControlModifier
SEGMENT = Segment(id="shoppers", name="Online shoppers", color="#81D4FA")


def _source() -> Canvas:
    return Canvas(
        segments=[SEGMENT],
        notes=[
            Note(
                id="a",
                block=BlockId.CHANNELS,
                text="Web store",
                color="#81D4FA",
                segment="shoppers",
                x=0.1,
                y=0.3,
            ),
            Note(
                id="b", block=BlockId.KEY_RESOURCES, text="물류 센터\n(전국)", description="why", x=0.4, y=0.5
            ),
        ],
    )


def _overlap(a: Note, b: Note) -> bool:
    ra, rb = layout.note_rect(a.block, a.x, a.y), layout.note_rect(b.block, b.x, b.y)
    return ra.x < rb.right and rb.x < ra.right and ra.y < rb.bottom and rb.y < ra.bottom


def test_pasting_five_lines_of_text_makes_five_notes(qtbot) -> None:
    c, view = make_board(qtbot)
    QGuiApplication.clipboard().setText("Rent\r\nSalaries\n\n  Servers\t(AWS)  \nMarketing\n배송비\n")
    press(view, Qt.Key.Key_8)  # Cost Structure
    press(view, Qt.Key.Key_V, CTRL)
    notes = c.canvas.notes
    assert [n.text for n in notes] == ["Rent", "Salaries", "Servers (AWS)", "Marketing", "배송비"]
    assert {n.block for n in notes} == {BlockId.COST_STRUCTURE}
    assert not any(_overlap(a, b) for i, a in enumerate(notes) for b in notes[i + 1 :])
    assert view.board_scene.selected_note_ids() == [n.id for n in notes]
    assert c.undo_stack.count() == 1
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas.notes == []


def test_copy_puts_notes_as_json_and_as_text_lines(qtbot) -> None:
    _, view = make_board(qtbot, _source())
    view.select_all()
    press(view, Qt.Key.Key_C, CTRL)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "Web store\n물류 센터 (전국)"
    payload = json.loads(bytes(mime.data(NOTES_MIME).data()).decode("utf-8"))
    assert [n["id"] for n in payload["notes"]] == ["a", "b"]
    assert payload["segments"] == [{"id": SEGMENT.id, "name": SEGMENT.name, "color": SEGMENT.color}]


def test_copy_paste_between_canvases_keeps_the_notes_whole(qtbot) -> None:
    source, source_view = make_board(qtbot, _source())
    source_view.select_all()
    source_view.copy()
    # The other canvas knows the segment by name (under another id).
    target_canvas = Canvas(segments=[Segment(id="web", name="Online shoppers", color="#81D4FA")])
    target, target_view = make_board(qtbot, target_canvas)
    target_view.setFocus()
    press(target_view, Qt.Key.Key_V, CTRL)
    pasted = target.canvas.notes
    assert [(n.block, n.text, n.color, n.description, n.x, n.y) for n in pasted] == [
        (n.block, n.text, n.color, n.description, n.x, n.y) for n in source.canvas.notes
    ]
    assert [n.segment for n in pasted] == ["web", None]
    assert target.undo_stack.count() == 1


def test_paste_into_the_same_canvas_does_not_cover_the_originals(qtbot) -> None:
    c, view = make_board(qtbot, _source())
    click(view, note_center(view, "a"))
    press(view, Qt.Key.Key_C, CTRL)
    press(view, Qt.Key.Key_V, CTRL)
    copy = c.canvas.notes[-1]
    assert copy.id != "a" and copy.text == "Web store" and copy.segment == "shoppers"
    assert (copy.x, copy.y) != (c.note("a").x, c.note("a").y)


def test_cut_then_paste_brings_the_notes_back(qtbot) -> None:
    c, view = make_board(qtbot, _source())
    original = list(c.canvas.notes)
    view.select_all()
    press(view, Qt.Key.Key_X, CTRL)
    assert c.canvas.notes == []
    press(view, Qt.Key.Key_V, CTRL)
    assert c.canvas.notes == original
    assert c.undo_stack.count() == 2
    press(view, Qt.Key.Key_Z, CTRL)
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas.notes == original


def test_junk_in_the_notes_format_falls_back_to_text(qtbot) -> None:
    c, view = make_board(qtbot)
    mime = QMimeData()
    mime.setData(NOTES_MIME, b"{not json")
    mime.setText("one line")
    put_on_clipboard(mime)  # as another program would; this also empties it at exit
    press(view, Qt.Key.Key_3)
    press(view, Qt.Key.Key_V, CTRL)
    assert [(n.block, n.text) for n in c.canvas.notes] == [(BlockId.KEY_RESOURCES, "one line")]
