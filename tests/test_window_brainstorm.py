"""A silent brainstorm in a document window, through the user's surface: the Silent
Brainstorm panel, notes typed on the board going face down, Reveal as one undo step,
and a face-down note's words kept off the clipboard, find, the outline and the file's
round trip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from board_gestures import block_point, double_click, note_center, press, type_text
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtTest import QTest
from window_helpers import open_workspace

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.storage import load_canvas
from canvas_editor.ui.brainstorm_panel import BrainstormPanel
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.workspace import Workspace

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_ALT = CTRL | Qt.KeyboardModifier.AltModifier
SECRET = "Zebracorn delivery"


@pytest.fixture
def workspace(qtbot, tmp_path: Path) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    with open_workspace(tmp_path / "settings.ini") as ws:
        yield ws


@pytest.fixture
def win(workspace: Workspace, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = workspace.new_document()
    assert window is not None
    canvas = Canvas(notes=[Note(id="open", block=BlockId.CHANNELS, text="Flyers", x=0.1, y=0.1)])
    window.load_document(canvas, None)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    return window


def open_panel(win: MainWindow, qtbot) -> BrainstormPanel:  # type: ignore[no-untyped-def]
    """Ctrl+Alt+B, as a user opens the panel (it toggles: pressed only while closed)."""
    dock = win.facilitation.brainstorm_dock
    if not dock.isVisible():
        QTest.keyClick(win.view, Qt.Key.Key_B, CTRL_ALT)
        qtbot.waitUntil(dock.isVisible)
    panel = dock.panel
    assert isinstance(panel, BrainstormPanel)
    return panel


def write_face_down(win: MainWindow, qtbot, author: str, block: BlockId = BlockId.CHANNELS) -> str:  # type: ignore[no-untyped-def]
    """Name the author in the panel, start writing face down, type a note into `block`."""
    panel = open_panel(win, qtbot)
    panel.author.setEditText(author)
    face_down = win.findChild(QAction, "face_down")
    if not face_down.isChecked():
        face_down.trigger()
    win.view.setFocus()
    before = {n.id for n in win.controller.canvas.notes}
    double_click(win.view, block_point(block, 0.7, 0.7))
    type_text(win.view, SECRET)
    press(win.view, Qt.Key.Key_Escape)
    (new_id,) = {n.id for n in win.controller.canvas.notes} - before
    return new_id


def test_a_note_typed_while_writing_face_down_lies_face_down_with_its_author(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    note_id = write_face_down(win, qtbot, "Mina")
    note = win.controller.note(note_id)
    assert (note.text, note.hidden, note.author) == (SECRET, True, "Mina")
    item = win.view.board_scene.note_item(note_id)
    assert item is not None
    assert [line for line in item.fitted_text().lines] == ["Mina"]
    assert SECRET not in item.tooltip_text()
    qtbot.waitUntil(lambda: win.facilitation.brainstorm_dock.panel.count.text() == "1 note is face down.")


def test_the_panel_takes_the_keyboard_when_opened(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(win, qtbot)
    qtbot.waitUntil(panel.scope.hasFocus)
    QTest.keyClick(panel.scope, Qt.Key.Key_Tab)
    assert panel.author.hasFocus()


def test_a_brainstorm_for_one_block_leaves_notes_in_other_blocks_face_up(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(win, qtbot)
    panel.scope.setCurrentIndex(panel.scope.findData(BlockId.CHANNELS))
    write_face_down(win, qtbot, "Mina", BlockId.KEY_PARTNERS)
    assert [n.hidden for n in win.controller.canvas.notes] == [False, False]


def test_a_face_down_note_does_not_open_for_editing(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    note_id = write_face_down(win, qtbot, "Mina")
    double_click(win.view, note_center(win.view, note_id))
    assert not win.view.board_scene.is_editing()
    message = win.statusBar().currentMessage()
    assert message == "That note is face down: its words show once the notes are revealed"


def test_reveal_turns_every_note_face_up_in_one_undo_step(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = write_face_down(win, qtbot, "Mina")
    second = write_face_down(win, qtbot, "Jo", BlockId.KEY_PARTNERS)
    reveal = win.findChild(QAction, "reveal")
    qtbot.waitUntil(reveal.isEnabled)
    win.view.setFocus()
    QTest.keyClick(win.view, Qt.Key.Key_R, CTRL_ALT)
    assert not any(n.hidden for n in win.controller.canvas.notes)
    assert not win.findChild(QAction, "face_down").isChecked()  # the brainstorm ends with it
    assert win.view.board_scene.note_item(first).fitted_text().lines[0] == "Zebracorn"
    assert win.statusBar().currentMessage() == "Revealed 2 notes"
    QTest.keyClick(win.view, Qt.Key.Key_Z, CTRL)
    assert [win.controller.note(i).hidden for i in (first, second)] == [True, True]


def test_face_down_notes_stay_off_the_clipboard(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    note_id = write_face_down(win, qtbot, "Mina")
    win.view.board_scene.select_notes(["open", note_id])
    win.view.setFocus()
    QTest.keyClick(win.view, Qt.Key.Key_C, CTRL)
    mime = QGuiApplication.clipboard().mimeData()
    assert "Flyers" in mime.text()
    for fmt in mime.formats():
        assert b"Zebracorn" not in bytes(mime.data(fmt).data()), fmt
    QTest.keyClick(win.view, Qt.Key.Key_X, CTRL)  # cut takes only what it could copy
    assert [n.id for n in win.controller.canvas.notes] == [note_id]


def test_find_and_the_outline_never_show_a_face_down_notes_words(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    write_face_down(win, qtbot, "Mina")
    win.show_search()
    win.search_bar.field.setText("Zebracorn")
    win.search_bar.refresh()
    assert win.search_bar.matches() == []
    win.outline_dock.show()
    model = win.outline_dock.panel.model
    shown: list[str] = []
    for row in range(model.rowCount()):
        block = model.index(row, 0, QModelIndex())
        for child in range(model.rowCount(block)):
            index = model.index(child, 0, block)
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.EditRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
                Qt.ItemDataRole.AccessibleDescriptionRole,
            ):
                shown.append(str(model.data(index, role)))
    assert "Face-down note by Mina" in shown
    assert not any("Zebracorn" in text for text in shown)


def test_face_down_notes_and_their_authors_survive_save_and_open(  # type: ignore[no-untyped-def]
    win: MainWindow, qtbot, tmp_path: Path
) -> None:
    note_id = write_face_down(win, qtbot, "민준")
    path = tmp_path / "brainstorm.bmc"
    assert win._write(path)
    note = load_canvas(path).note(note_id)
    assert (note.text, note.hidden, note.author) == (SECRET, True, "민준")
