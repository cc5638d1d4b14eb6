"""Snapshots in the window: take (menu and key), the panel (its buttons and keys), restore
as one undo step, rename, delete, a snapshot's read-only window, and the round trip
through a saved file."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.scene.geometry import block_rect
from canvas_editor.storage import load_canvas
from canvas_editor.storage.save import canvas_to_bytes
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.shortcuts_sheet import ShortcutsSheet
from canvas_editor.ui.snapshot_window import SnapshotWindow
from canvas_editor.ui.workspace import Workspace
from tests.window_helpers import answer_modal, open_workspace, record_errors, window_actions

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
FAMILIES = Segment(id="families", name="Families", color="#F48FB1")


def start_canvas() -> Canvas:
    return Canvas(
        title="Bakery",
        notes=[
            Note(id="a", block=BlockId.CHANNELS, text="Shop", y=0.2, segment="families", color="#F48FB1"),
            Note(id="b", block=BlockId.CHANNELS, text="Web", y=0.5),
        ],
        segments=[FAMILIES],
    )


@pytest.fixture
def workspace(qtbot, tmp_path: Path) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    with open_workspace(tmp_path / "settings.ini") as ws:
        yield ws


@pytest.fixture
def win(workspace: Workspace, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = workspace.new_document()
    assert window is not None
    window.load_document(start_canvas(), None)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    return window


def answer_name(name: str | None) -> list[QDialog]:
    """Type `name` into the next name dialog and press OK (None: Cancel)."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        if name is None:
            dialog.reject()
        else:
            dialog.setTextValue(name)
            dialog.accept()

    return answer_modal(answer)


def take(win: MainWindow, name: str) -> str:
    answer_name(name)
    snapshot_id = win.snapshots.operations.take_snapshot()
    assert snapshot_id is not None
    return snapshot_id


def activate(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Give the window the keyboard back after a dialog (offscreen, closing one does not)."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)


def open_panel(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Alt+P on the board, as a user opens the panel; returns once it has the keyboard."""
    activate(win, qtbot)
    QTest.keyClick(win.view, Qt.Key.Key_P, CTRL_ALT)
    qtbot.waitUntil(lambda: win.snapshots.snapshots_dock.isVisible())
    qtbot.waitUntil(win.snapshots.operations.panel.list.hasFocus)


# ----- taking a snapshot ---------------------------------------------------------------------


def test_ctrl_alt_s_takes_a_named_snapshot_of_the_board(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen = answer_name("Morning")
    QTest.keyClick(win.view, Qt.Key.Key_S, CTRL_ALT)
    qtbot.waitUntil(lambda: bool(win.controller.canvas.snapshots))
    assert len(seen) == 1
    (snapshot,) = win.controller.canvas.snapshots
    assert snapshot.name == "Morning"
    assert (snapshot.notes, snapshot.segments) == (start_canvas().notes, [FAMILIES])
    created = datetime.fromisoformat(snapshot.created)
    assert abs((datetime.now().astimezone() - created).total_seconds()) < 60
    assert win.is_modified()
    win.controller.undo_stack.undo()  # taking it is one step
    assert win.controller.canvas.snapshots == []


def test_the_name_dialog_offers_a_fresh_name_and_refuses_a_taken_one(win: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    offered: list[str] = []

    def first(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        offered.append(dialog.textValue())
        dialog.accept()

    answer_modal(first)
    assert win.snapshots.operations.take_snapshot() is not None
    assert offered == ["Snapshot 1"]
    errors = record_errors(monkeypatch)
    taken = win.controller.canvas.snapshots[0].name
    answers = iter([taken, None])  # the taken name, then (asked again) Cancel

    def again(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        offered.append(dialog.textValue())
        name = next(answers)
        if name is None:
            dialog.reject()
            return
        dialog.setTextValue(name)
        dialog.accept()
        answer_modal(again)

    answer_modal(again)
    assert win.snapshots.operations.take_snapshot() is None
    assert errors == ["There is already a snapshot named 'Snapshot 1'."]
    assert offered == ["Snapshot 1", "Snapshot 2", "Snapshot 1"]  # asked again with what was typed
    assert len(win.controller.canvas.snapshots) == 1


def test_snapshots_round_trip_through_save_and_load(win: MainWindow, tmp_path: Path) -> None:
    take(win, "v1 첫 버전")
    win.controller.set_notes_color(["b"], "#81D4FA")
    take(win, "v2")
    path = tmp_path / "plan.bmc"
    assert win._write(path)
    saved = load_canvas(path)
    assert saved.snapshots == win.controller.canvas.snapshots
    assert [s.name for s in saved.snapshots] == ["v1 첫 버전", "v2"]
    assert saved.snapshots[0].notes[1].color == "#FFF176"
    assert saved.snapshots[1].notes[1].color == "#81D4FA"


# ----- the panel: restore, rename, delete -------------------------------------------------


def test_restore_puts_the_board_back_as_one_undo_step(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    take(win, "before")
    controller = win.controller
    controller.add_note(BlockId.KEY_PARTNERS, text="Mill")
    controller.remove_notes(["a"])
    controller.set_header(title="Bakery v2")
    edited = dataclasses.replace(controller.canvas, notes=list(controller.canvas.notes))
    open_panel(win, qtbot)
    steps = controller.undo_stack.count()
    win.snapshots.operations.panel.buttons["restore"].click()
    assert controller.undo_stack.count() == steps + 1
    assert controller.canvas.notes == start_canvas().notes
    assert controller.canvas.segments == [FAMILIES]
    assert controller.canvas.title == "Bakery v2"  # the title block stays as it is
    scene = win.view.board_scene
    assert all(scene.note_item(n.id).note == n for n in start_canvas().notes)  # the board shows it
    mill = next(n.id for n in edited.notes if n.text == "Mill")
    assert scene.note_item(mill) is None
    QTest.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.canvas.notes == edited.notes
    assert win.view.board_scene.note_item("a") is None
    controller.undo_stack.redo()
    assert controller.canvas.notes == start_canvas().notes


def test_restoring_the_board_it_already_shows_adds_no_step(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    take(win, "same")
    open_panel(win, qtbot)
    steps = win.controller.undo_stack.count()
    win.snapshots.actions.restore.trigger()
    assert win.controller.undo_stack.count() == steps
    assert "already" in win.statusBar().currentMessage()


def test_f2_renames_and_delete_deletes_the_snapshot_not_the_notes(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    take(win, "first")
    take(win, "second")
    win.view.board_scene.select_notes(["a", "b"])
    open_panel(win, qtbot)
    panel = win.snapshots.operations.panel
    assert panel.current().name == "second"  # the newest is chosen
    answer_name("Afternoon")
    QTest.keyClick(panel.list, Qt.Key.Key_F2)
    assert [s.name for s in win.controller.canvas.snapshots] == ["first", "Afternoon"]
    assert panel.list.currentItem().text().startswith("Afternoon\n")
    activate(win, qtbot)
    assert win.view.board_scene.selected_note_ids() == ["a", "b"]
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    assert [s.name for s in win.controller.canvas.snapshots] == ["first"]
    assert [n.id for n in win.controller.canvas.notes] == ["a", "b"]  # Edit > Delete did not fire
    activate(win, qtbot)
    QTest.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.name for s in win.controller.canvas.snapshots] == ["first", "Afternoon"]
    win.controller.undo_stack.undo()
    assert [s.name for s in win.controller.canvas.snapshots] == ["first", "second"]


def test_the_menu_commands_follow_the_panel(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    acts = win.snapshots.actions
    menu = win.findChild(QMenu, "snapshots_menu")
    assert menu is not None
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names == [
        "&Take Snapshot...", "&Compare...", "&Hide Changes", "Snapshots &Panel",
        "&Open Snapshot", "&Restore Snapshot", "Re&name Snapshot...", "&Delete Snapshot",
    ]  # fmt: skip
    bar = [a.text() for a in win.menuBar().actions()]
    assert bar.index("&Snapshots") == bar.index("&Help") - 1
    assert not acts.open.isEnabled()  # no snapshot chosen yet
    take(win, "one")
    open_panel(win, qtbot)
    assert all(a.isEnabled() for a in (acts.open, acts.restore, acts.rename, acts.delete))
    acts.delete.trigger()
    assert win.controller.canvas.snapshots == []
    assert not acts.delete.isEnabled()
    assert win.snapshots.operations.panel.empty.isVisible()


# ----- a snapshot's own window -------------------------------------------------------------


def test_return_opens_the_snapshot_read_only_in_its_own_window(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    take(win, "morning")
    win.controller.remove_notes(["b"])
    open_panel(win, qtbot)
    QTest.keyClick(win.snapshots.operations.panel.list, Qt.Key.Key_Return)
    (shown,) = win.snapshots.operations.windows
    assert isinstance(shown, SnapshotWindow)
    qtbot.waitExposed(shown)
    assert "morning" in shown.windowTitle() and "read-only" in shown.windowTitle()
    board = shown.board
    assert [n.id for n in board.controller.canvas.notes] == ["a", "b"]
    assert board.board_scene.note_item("b") is not None
    # Nothing edits it: a double-click in an empty block, the Delete key, a drag.
    steps = win.controller.undo_stack.count()
    empty = board.mapFromScene(block_rect(BlockId.KEY_PARTNERS).center())
    QTest.mouseDClick(board.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    board.board_scene.select_notes(["a"])
    QTest.keyClick(board, Qt.Key.Key_Delete)
    assert [n.id for n in board.controller.canvas.notes] == ["a", "b"]
    assert board.controller.undo_stack.count() == 0
    assert win.controller.undo_stack.count() == steps
    assert [n.id for n in win.controller.canvas.notes] == ["a"]
    shown.close()
    qtbot.waitUntil(lambda: not win.snapshots.operations.windows)


# ----- the keys, once, in the sheet ----------------------------------------------------------


def test_the_snapshot_keys_are_in_the_sheet_and_taken_by_nothing_else(win: MainWindow) -> None:
    win.menu_actions.shortcuts.trigger()  # Help > Keyboard Shortcuts
    sheet = win.findChild(ShortcutsSheet)
    assert sheet is not None
    rows = sheet.rows()
    commands = [("Ctrl+Alt+S", "Take Snapshot"), ("Ctrl+Alt+C", "Compare"), ("Ctrl+Alt+P", "Snapshots Panel")]
    assert all(row in rows for row in commands)
    panel = rows.index(("Snapshots panel", ""))
    assert rows[panel + 1 : panel + 4] == [
        ("Return, Enter", "Open the snapshot in a window of its own (read-only)"),
        ("F2", "Rename the snapshot"),
        ("Del, Backspace", "Delete the snapshot"),
    ]
    changes = rows.index(("Changes panel", ""))
    assert rows[changes + 1 : changes + 3] == [
        ("Return, Enter", "Select the changed note on the board"),
        ("Esc", "Hide the changes"),
    ]
    acts = win.snapshots.actions
    ours = {k.toString() for a in (acts.take, acts.compare, acts.panel) for k in a.shortcuts()}
    mine = list(vars(acts).values())
    others = {k.toString() for a in window_actions(win) if a not in mine for k in a.shortcuts()}
    assert ours and not ours & others


def test_a_snapshot_that_would_make_the_file_too_large_to_open_is_refused(
    win: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors = record_errors(monkeypatch)
    room = len(canvas_to_bytes(win.controller.canvas))  # room for the file as it is, not for more
    monkeypatch.setattr("canvas_editor.storage.save.MAX_FILE_BYTES", room)
    steps = win.controller.undo_stack.count()
    answer_name("huge")
    assert win.snapshots.operations.take_snapshot() is None
    assert len(errors) == 1 and errors[0].startswith("The canvas would be too large to open again")
    assert win.controller.canvas.snapshots == []
    assert win.controller.undo_stack.count() == steps  # nothing to undo, nothing to redo
