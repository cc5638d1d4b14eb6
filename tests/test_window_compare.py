"""Comparing in the window: the list of changes and the marks on the board, following
edits, choosing a change selects its note, and the Compare dialog's other pairs
(snapshot against snapshot, another file) in a read-only window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.compare import ChangeKind
from canvas_editor.model.document import Canvas, Note
from canvas_editor.storage.save import save_canvas
from canvas_editor.ui import file_dialogs
from canvas_editor.ui.compare_dialog import CompareDialog
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.workspace import Workspace
from tests.test_window_snapshots import activate, take
from tests.window_helpers import answer_modal, open_workspace

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def workspace(qtbot, tmp_path: Path) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    with open_workspace(tmp_path / "settings.ini") as ws:
        yield ws


@pytest.fixture
def win(workspace: Workspace, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = workspace.new_document()
    assert window is not None
    window.load_document(
        Canvas(
            notes=[
                Note(id="a", block=BlockId.CHANNELS, text="Shop", y=0.2),
                Note(id="b", block=BlockId.CHANNELS, text="Web", y=0.5),
                Note(id="c", block=BlockId.KEY_PARTNERS, text="Mill"),
            ]
        ),
        None,
    )
    qtbot.waitExposed(window)
    activate(window, qtbot)
    return window


def edit_after_the_snapshot(win: MainWindow) -> None:
    controller = win.controller
    controller.move_notes({"a": (BlockId.CUSTOMER_RELATIONSHIPS, 0.1, 0.1)})
    controller.set_note_text("b", "Website")
    controller.remove_notes(["c"])
    controller.add_note(BlockId.COST_STRUCTURE, text="Rent")


def choose_in_compare_dialog(before: str, after: str) -> list[QDialog]:
    """Pick `before` and `after` (item texts) in the Compare dialog and press Compare."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, CompareDialog)
        for combo, text in ((dialog.before, before), (dialog.after, after)):
            index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
            assert index >= 0, text
            combo.setCurrentIndex(index)
        dialog.accept()

    return answer_modal(answer)


def test_compare_with_now_lists_and_marks_each_change(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    take(win, "start")
    edit_after_the_snapshot(win)
    activate(win, qtbot)

    def accept_the_offer(dialog: QDialog) -> None:
        assert isinstance(dialog, CompareDialog)
        assert dialog.before.currentText().startswith("Snapshot 'start'")  # the newest snapshot
        assert dialog.after.currentText() == "The board now"
        dialog.accept()

    answer_modal(accept_the_offer)
    QTest.keyClick(win.view, Qt.Key.Key_C, CTRL_ALT)
    tools = win.snapshots.operations
    qtbot.waitUntil(lambda: win.snapshots.changes_dock.isVisible())
    changes = tools.change_list
    assert changes is not None
    rent = next(n.id for n in win.controller.canvas.notes if n.text == "Rent")
    assert changes.lines() == [
        'removed: Key Partners: "Mill"',
        'moved: "Shop": Channels -> Customer Relationships',
        'text changed: Channels: "Web" -> "Website"',
        'added: Cost Structure: "Rent"',
    ]
    assert changes.counts.text() == "1 added, 1 removed, 1 moved to another block, 1 text changed"
    assert tools.comparison is not None
    assert tools.comparison.overlay.marked == {
        "c": [ChangeKind.REMOVED], "b": [ChangeKind.TEXT], "a": [ChangeKind.MOVED], rent: [ChangeKind.ADDED],
    }  # fmt: skip
    # The marks ride on the notes: a marked note's item carries its marker.
    assert win.view.board_scene.note_item("a").childItems()


def test_choosing_a_change_selects_its_note_on_the_board(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    snapshot = win.controller.snapshot(take(win, "start"))
    edit_after_the_snapshot(win)
    win.snapshots.operations.compare_with_now(snapshot, "start")
    changes = win.snapshots.operations.change_list
    assert changes is not None
    qtbot.waitExposed(changes.list)
    row = changes.lines().index('text changed: Channels: "Web" -> "Website"')
    rect = changes.list.visualItemRect(changes.list.item(row))
    QTest.mouseClick(changes.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.view.board_scene.selected_note_ids() == ["b"]
    changes.list.setFocus()
    changes.list.setCurrentRow(changes.lines().index('removed: Key Partners: "Mill"'))
    assert win.view.board_scene.selected_note_ids() == []  # a removed note is not on the board
    changes.list.setCurrentRow(changes.lines().index('moved: "Shop": Channels -> Customer Relationships'))
    assert win.view.board_scene.selected_note_ids() == ["a"]


def test_the_changes_follow_edits_and_undo(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    snapshot = win.controller.snapshot(take(win, "start"))
    win.snapshots.operations.compare_with_now(snapshot, "start")
    changes = win.snapshots.operations.change_list
    assert changes is not None and changes.lines() == []
    assert changes.counts.text() == "No changes."
    win.controller.set_notes_color(["b"], "#81D4FA")
    qtbot.waitUntil(lambda: changes.lines() == ['recoloured: Channels: "Web": #FFF176 -> #81D4FA'])
    win.controller.undo_stack.undo()
    qtbot.waitUntil(lambda: changes.lines() == [])
    win.controller.remove_notes(["b"])
    qtbot.waitUntil(lambda: changes.lines() == ['removed: Channels: "Web"'])
    win.controller.undo_stack.undo()  # the note's item comes back, and with it its mark
    win.controller.set_note_text("b", "Web shop")
    qtbot.waitUntil(lambda: win.snapshots.operations.comparison.overlay.marked == {"b": [ChangeKind.TEXT]})  # type: ignore[union-attr]


def test_hide_changes_takes_the_marks_off_the_board(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    snapshot = win.controller.snapshot(take(win, "start"))
    edit_after_the_snapshot(win)
    comparison = win.snapshots.operations.compare_with_now(snapshot, "start")
    assert comparison.overlay.marked
    changes = win.snapshots.operations.change_list
    assert changes is not None
    changes.list.setFocus()
    QTest.keyClick(changes.list, Qt.Key.Key_Escape)
    assert win.snapshots.operations.comparison is None
    assert comparison.overlay.marked == {}
    assert not win.snapshots.changes_dock.isVisible()
    assert not any(win.view.board_scene.note_item(i).childItems() for i in ("a", "b"))
    assert not win.snapshots.actions.hide_changes.isEnabled()


def test_two_snapshots_compare_in_a_read_only_window(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    take(win, "one")
    win.controller.set_notes_color(["a"], "#A5D6A7")
    take(win, "two")
    win.controller.remove_notes(["a", "b", "c"])  # the board now plays no part
    choose_in_compare_dialog("Snapshot 'one'", "Snapshot 'two'")
    win.snapshots.actions.compare.trigger()
    (shown,) = win.snapshots.operations.windows
    qtbot.waitExposed(shown)
    assert shown.comparison is not None
    assert shown.comparison.list.lines() == ['recoloured: Channels: "Shop": #FFF176 -> #A5D6A7']
    assert [n.id for n in shown.board.controller.canvas.notes] == ["a", "b", "c"]
    assert shown.comparison.overlay.marked == {"a": [ChangeKind.COLOR]}
    assert win.snapshots.operations.comparison is None  # nothing marked on the document's own board
    shown.close()


def test_another_file_compares_with_the_board_now(
    win: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    other = tmp_path / "other.bmc"
    save_canvas(Canvas(notes=[Note(id="a", block=BlockId.CHANNELS, text="Shop", votes=3)]), other)
    monkeypatch.setattr(file_dialogs, "ask_open_paths", lambda parent, folder: [str(other)])

    def pick_the_file(dialog: QDialog) -> None:
        assert isinstance(dialog, CompareDialog)
        combo: QComboBox = dialog.before
        combo.setCurrentIndex(combo.count() - 1)
        combo.activated.emit(combo.count() - 1)  # as a user picks "Another file..."
        assert combo.currentText() == "other.bmc"
        assert dialog.after.currentText() == "The board now"
        dialog.accept()

    answer_modal(pick_the_file)
    win.snapshots.operations.compare()
    changes = win.snapshots.operations.change_list
    assert changes is not None
    assert changes.title.text() == "From other.bmc to now"
    assert changes.lines() == [
        'added: Key Partners: "Mill"',
        'votes changed: Channels: "Shop": 3 -> 0',
        'added: Channels: "Web"',
    ]


def test_a_new_window_does_not_bring_back_an_empty_changes_panel(
    win: MainWindow, workspace: Workspace, qtbot  # type: ignore[no-untyped-def]
) -> None:
    snapshot = win.controller.snapshot(take(win, "start"))
    win.snapshots.operations.compare_with_now(snapshot, "start")
    win.snapshots.actions.panel.trigger()
    win.controller.mark_saved()
    win.close()  # saves the layout: both panels shown
    again = workspace.new_document()
    assert again is not None
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.snapshots.snapshots_dock.isVisible())
    qtbot.waitUntil(lambda: not again.snapshots.changes_dock.isVisible())
    assert again.snapshots.operations.comparison is None


def test_closing_the_changes_panel_takes_the_marks_off_too(win: MainWindow) -> None:
    snapshot = win.controller.snapshot(take(win, "start"))
    edit_after_the_snapshot(win)
    comparison = win.snapshots.operations.compare_with_now(snapshot, "start")
    win.snapshots.changes_dock.close()  # its close button
    assert win.snapshots.operations.comparison is None
    assert comparison.overlay.marked == {}
