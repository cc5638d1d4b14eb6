"""A new customer segment with a colour of its own, and tags, from a note's right-click
menu: the real menu is opened on the board and its dialogs are filled in as a user
does; the checks are on the model, the undo stack, the saved file and what the board
and the outline show."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QToolTip,
)

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR, SEGMENT_PALETTE
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.scene.note_dialogs import NewSegmentDialog, NoteDialog, TagDialog
from canvas_editor.storage import save_canvas
from canvas_editor.ui.outline_model import OutlineModel
from tests.board_gestures import click, make_board, note_center, press, to_view
from tests.dialog_answers import (
    answer_next_dialog,
    choose_in_context_menu,
    press_cancel,
    press_ok,
    type_into,
)
from tests.dialog_answers import click as click_button

CTRL = Qt.KeyboardModifier.ControlModifier
VP = BlockId.VALUE_PROPOSITIONS
KINDLE = Segment(id="kindle", name="Kindle readers", color=SEGMENT_PALETTE["pink"])


def _canvas(segments: list[Segment] | None = None) -> Canvas:
    return Canvas(
        segments=[KINDLE] if segments is None else segments,
        notes=[
            Note(id="a", block=VP, text="Low prices", tags=("promise",), x=0.05, y=0.1),
            Note(id="b", block=VP, text="Fast delivery", tags=("Risk",), x=0.5, y=0.1),
        ],
    )


def _written(canvas: Canvas, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "saved.bmc"
    save_canvas(canvas, path)
    written: dict[str, object] = json.loads(path.read_bytes())["canvas"]
    return written


def _select_both(view) -> None:  # type: ignore[no-untyped-def]
    click(view, note_center(view, "a"))
    click(view, note_center(view, "b"), modifiers=CTRL)


# ---- a new segment ------------------------------------------------------------------------


def test_a_new_segment_asks_a_name_and_offers_a_colour_no_segment_has(qtbot, tmp_path: Path) -> None:
    c, view = make_board(qtbot, _canvas())
    _select_both(view)
    offered: list[str] = []

    def fill(dialog: NewSegmentDialog) -> None:
        offered.append(dialog.color)
        used = dialog.findChild(QToolButton, "color:pink")
        assert used is not None and not used.isEnabled()  # Kindle readers have it
        type_into(dialog.findChild(QLineEdit, "name"), "Prime members")
        press_ok(dialog)

    answer = answer_next_dialog(NewSegmentDialog, fill)
    choose_in_context_menu(view, note_center(view, "b"), "segment:new")
    assert answer.answered
    [new] = [s for s in c.canvas.segments if s.name == "Prime members"]
    assert new.color == offered[0]
    assert new.color in SEGMENT_PALETTE.values()
    assert new.color not in (KINDLE.color, DEFAULT_NOTE_COLOR)
    assert {(c.note(i).segment, c.note(i).color) for i in "ab"} == {(new.id, new.color)}
    assert c.undo_stack.count() == 1
    written = _written(c.canvas, tmp_path)
    assert {"id": new.id, "name": "Prime members", "color": new.color} in written["segments"]  # type: ignore[operator]
    assert {n["color"] for n in written["notes"]} == {new.color}  # type: ignore[union-attr, index]
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas == _canvas()


def test_a_new_segment_may_take_any_colour_from_the_colour_dialog(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())

    def pick_colour(dialog: QColorDialog) -> None:
        dialog.setCurrentColor(QColor("#123abc"))
        dialog.accept()

    def fill(dialog: NewSegmentDialog) -> None:
        type_into(dialog.findChild(QLineEdit, "name"), "Students")
        colour = answer_next_dialog(QColorDialog, pick_colour)
        button = dialog.findChild(QPushButton, "other-colour")
        assert button is not None
        click_button(button)
        assert colour.answered
        custom = dialog.findChild(QToolButton, "color:custom")
        assert custom is not None and custom.isVisible() and custom.isChecked()
        press_ok(dialog)

    answer = answer_next_dialog(NewSegmentDialog, fill)
    choose_in_context_menu(view, note_center(view, "a"), "segment:new")
    assert answer.answered
    [new] = [s for s in c.canvas.segments if s.name == "Students"]
    assert new.color == "#123ABC"
    assert (c.note("a").segment, c.note("a").color) == (new.id, "#123ABC")


def test_when_the_palette_is_used_up_the_offered_colour_is_still_new(qtbot) -> None:
    taken = [Segment(id=f"s-{name}", name=name, color=value) for name, value in SEGMENT_PALETTE.items()]
    c, view = make_board(qtbot, _canvas(list(taken)))
    offered: list[str] = []

    def fill(dialog: NewSegmentDialog) -> None:
        offered.append(dialog.color)
        swatches = [dialog.findChild(QToolButton, f"color:{name}") for name in SEGMENT_PALETTE]
        assert all(s is not None and not s.isEnabled() for s in swatches)
        type_into(dialog.findChild(QLineEdit, "name"), "Tourists")
        press_ok(dialog)

    answer_next_dialog(NewSegmentDialog, fill)
    choose_in_context_menu(view, note_center(view, "a"), "segment:new")
    [new] = [s for s in c.canvas.segments if s.name == "Tourists"]
    assert new.color == offered[0].upper()
    assert new.color not in {s.color for s in taken} | {DEFAULT_NOTE_COLOR}


def test_a_cancelled_or_unnamed_segment_changes_nothing(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())

    def cancel(dialog: NewSegmentDialog) -> None:
        type_into(dialog.findChild(QLineEdit, "name"), "Never mind")
        press_cancel(dialog)

    answer_next_dialog(NewSegmentDialog, cancel)
    choose_in_context_menu(view, note_center(view, "a"), "segment:new")

    def unnamed(dialog: NewSegmentDialog) -> None:
        type_into(dialog.findChild(QLineEdit, "name"), "   ")
        box = dialog.findChild(QDialogButtonBox)
        assert not box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        press_cancel(dialog)

    answer_next_dialog(NewSegmentDialog, unnamed)
    choose_in_context_menu(view, note_center(view, "a"), "segment:new")
    assert c.canvas == _canvas()
    assert c.undo_stack.count() == 0


# ---- tags ---------------------------------------------------------------------------------


def test_tags_are_edited_in_the_notes_dialog_with_completion(qtbot, tmp_path: Path) -> None:
    c, view = make_board(qtbot, _canvas())

    def fill(dialog: NoteDialog) -> None:
        type_into(dialog.findChild(QPlainTextEdit, "description"), "Margins stay <b>thin</b>.")
        tags = dialog.findChild(QLineEdit, "tags")
        assert tags is not None and tags.text() == "Risk"
        type_into(tags, ", 핵심, pro")
        popup = tags.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)
        assert tags.text() == "Risk, 핵심, promise"
        press_ok(dialog)

    answer = answer_next_dialog(NoteDialog, fill)
    choose_in_context_menu(view, note_center(view, "b"), "details")
    assert answer.answered
    b = c.note("b")
    assert (b.description, b.tags) == ("Margins stay <b>thin</b>.", ("Risk", "핵심", "promise"))
    assert c.undo_stack.count() == 1
    written = _written(c.canvas, tmp_path)
    [saved] = [n for n in written["notes"] if n["id"] == "b"]  # type: ignore[union-attr, index]
    assert saved["tags"] == ["Risk", "핵심", "promise"]
    # The board's tooltip and the outline show them (markup as typed).
    at = to_view(view, note_center(view, "b"))
    vp = view.viewport()
    QApplication.sendEvent(vp, QHelpEvent(QEvent.Type.ToolTip, at, vp.mapToGlobal(at)))
    shown = QToolTip.text().replace("&lt;", "<").replace("&gt;", ">")
    assert "Margins stay <b>thin</b>." in shown and "Tags: Risk, 핵심, promise" in shown
    QToolTip.hideText()
    outline = OutlineModel(c)
    row = outline.note_index("b", 0)
    assert "Tags: Risk, 핵심, promise" in outline.data(row, Qt.ItemDataRole.ToolTipRole)
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.note("b") == _canvas().note("b")


def test_a_tag_from_the_menu_goes_on_every_chosen_note_and_comes_off_again(qtbot, tmp_path: Path) -> None:
    c, view = make_board(qtbot, _canvas())
    _select_both(view)
    choose_in_context_menu(view, note_center(view, "b"), "tag:promise")  # only "a" had it
    assert [c.note(i).tags for i in "ab"] == [("promise",), ("Risk", "promise")]
    assert c.undo_stack.count() == 1
    written = _written(c.canvas, tmp_path)
    assert [n["tags"] for n in written["notes"]] == [["promise"], ["Risk", "promise"]]  # type: ignore[union-attr, index]
    choose_in_context_menu(view, note_center(view, "a"), "tag:promise")  # now all have it: off
    assert [c.note(i).tags for i in "ab"] == [(), ("Risk",)]
    assert c.undo_stack.count() == 2
    press(view, Qt.Key.Key_Z, CTRL)
    press(view, Qt.Key.Key_Z, CTRL)
    assert c.canvas == _canvas()


def test_new_tags_for_several_notes_from_the_menu(qtbot) -> None:
    c, view = make_board(qtbot, _canvas())
    _select_both(view)

    def fill(dialog: TagDialog) -> None:
        type_into(dialog.findChild(QLineEdit, "tags"), "#pilot, risk ,  ")
        press_ok(dialog)

    answer = answer_next_dialog(TagDialog, fill)
    choose_in_context_menu(view, note_center(view, "a"), "tags:add")
    assert answer.answered
    # "risk" is the tag "Risk" that "b" already has: a tag is one whatever its case.
    assert [c.note(i).tags for i in "ab"] == [("promise", "pilot", "risk"), ("Risk", "pilot")]
    assert c.undo_stack.count() == 1
