"""Dot voting in a document window, through the user's surface: V on the board, clicks
on notes, the Dot Voting panel, the menus, Save and Open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from board_gestures import click, note_center, press
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from window_helpers import open_workspace

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.scene.note_item import Emphasis
from canvas_editor.storage import load_canvas
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.voting_panel import VotingPanel
from canvas_editor.ui.workspace import Workspace

RIGHT = Qt.MouseButton.RightButton
ALT = Qt.KeyboardModifier.AltModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def start_canvas() -> Canvas:
    return Canvas(
        notes=[
            Note(id="a", block=BlockId.VALUE_PROPOSITIONS, text="Fresh bread", x=0.1, y=0.1),
            Note(id="b", block=BlockId.VALUE_PROPOSITIONS, text="Cheap", x=0.1, y=0.6),
            Note(id="c", block=BlockId.CHANNELS, text="Flyers", x=0.1, y=0.1),
            Note(id="d", block=BlockId.CHANNELS, text="Secret", hidden=True, author="Mina", x=0.6, y=0.5),
        ]
    )


@pytest.fixture
def workspace(qtbot, tmp_path: Path) -> Iterator[Workspace]:  # type: ignore[no-untyped-def]
    with open_workspace(tmp_path / "settings.ini") as ws:
        yield ws


def shown(workspace: Workspace, qtbot, canvas: Canvas, path: Path | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    window = workspace.new_document()
    assert window is not None
    window.load_document(canvas, path)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    return window


@pytest.fixture
def win(workspace: Workspace, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    return shown(workspace, qtbot, start_canvas())


def votes(win: MainWindow) -> dict[str, int]:
    return {n.id: n.votes for n in win.controller.canvas.notes}


def status(win: MainWindow) -> str:
    return win.statusBar().currentMessage()


def vote_on(
    win: MainWindow,
    note_id: str,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    click(win.view, note_center(win.view, note_id), button, mods)


def open_panel(win: MainWindow, qtbot) -> VotingPanel:  # type: ignore[no-untyped-def]
    QTest.keyClick(win.view, Qt.Key.Key_V, CTRL_ALT)
    dock = win.facilitation.voting_dock
    qtbot.waitUntil(dock.isVisible)
    panel = dock.panel
    assert isinstance(panel, VotingPanel)
    return panel


def test_v_starts_voting_and_each_click_gives_a_dot(win: MainWindow) -> None:
    press(win.view, Qt.Key.Key_V)
    assert win.view.voting.is_active()
    assert win.findChild(QAction, "voting").isChecked()
    vote_on(win, "a")
    vote_on(win, "a")
    vote_on(win, "c")
    assert votes(win) == {"a": 2, "b": 0, "c": 1, "d": 0}
    assert win.view.board_scene.selected_note_ids() == []  # a vote neither selects nor drags
    assert status(win) == "1 vote on \u201cFlyers\u201d, 0 dots left"
    assert [(b.voter, b.dots) for b in win.controller.canvas.ballots] == [("", ("a", "a", "c"))]


def test_return_gives_the_current_note_a_dot_and_shift_return_or_delete_take_it_back(win: MainWindow) -> None:
    view = win.view
    press(view, Qt.Key.Key_V)
    assert status(win) == "Voting mode on: Return gives the current note a dot, Shift+Return takes one back"
    press(view, Qt.Key.Key_Return)
    assert status(win) == "No note to vote on: reach one with the arrow keys first"
    press(view, Qt.Key.Key_Down)  # the first note in reading order
    press(view, Qt.Key.Key_Return)
    press(view, Qt.Key.Key_Enter)
    assert status(win) == "2 votes on \u201cFresh bread\u201d, 1 dot left"
    press(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert status(win) == "1 vote on \u201cFresh bread\u201d, 2 dots left"
    press(view, Qt.Key.Key_Delete)  # in voting mode, a dot back: never the note
    assert votes(win) == {"a": 0, "b": 0, "c": 0, "d": 0}
    assert len(win.controller.canvas.notes) == 4
    press(view, Qt.Key.Key_Delete)
    assert status(win) == "The unnamed voter has no dot on that note to take back"
    press(view, Qt.Key.Key_Escape)
    assert status(win) == "Voting mode off"
    press(view, Qt.Key.Key_Down)
    press(view, Qt.Key.Key_Return)  # out of voting mode, Return edits the note again
    assert view.board_scene.is_editing()


def test_the_shortcut_sheet_lists_the_voting_keys() -> None:
    from canvas_editor.ui.shortcuts_sheet import shortcut_sections

    [section] = [s for s in shortcut_sections() if s.title == "In voting mode"]
    assert [(row.description, row.keys) for row in section.shortcuts] == [
        ("Give the current note one of your dots", "Return, Enter"),
        ("Take one of your dots back from the current note", "Shift+Return, Shift+Enter, Del, Backspace"),
    ]


def test_the_budget_refuses_a_fourth_dot_with_a_clear_message(win: MainWindow) -> None:
    press(win.view, Qt.Key.Key_V)
    for note_id in ("a", "b", "c"):
        vote_on(win, note_id)
    vote_on(win, "a")
    assert votes(win)["a"] == 1
    assert status(win) == "The unnamed voter has given all 3 dots: take one back, or name the next voter"


def test_right_click_and_alt_click_take_a_dot_back(win: MainWindow) -> None:
    press(win.view, Qt.Key.Key_V)
    vote_on(win, "a")
    vote_on(win, "a")
    vote_on(win, "a", RIGHT)
    assert votes(win)["a"] == 1
    vote_on(win, "a", mods=ALT)
    assert votes(win)["a"] == 0
    vote_on(win, "a", RIGHT)
    assert status(win) == "The unnamed voter has no dot on that note to take back"
    assert win.controller.canvas.ballots == []


def test_a_face_down_note_takes_no_vote(win: MainWindow) -> None:
    press(win.view, Qt.Key.Key_V)
    vote_on(win, "d")
    assert votes(win)["d"] == 0
    assert status(win) == "That note is face down: reveal it before voting on it"


def test_each_dot_is_one_undo_step_and_escape_leaves_voting(win: MainWindow) -> None:
    press(win.view, Qt.Key.Key_V)
    vote_on(win, "a")
    vote_on(win, "b")
    press(win.view, Qt.Key.Key_Escape)
    assert not win.view.voting.is_active()
    QTest.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert votes(win) == {"a": 1, "b": 0, "c": 0, "d": 0}
    assert [b.dots for b in win.controller.canvas.ballots] == [("a",)]
    vote_on(win, "c")  # voting is off: a click selects
    assert win.view.board_scene.selected_note_ids() == ["c"]


def test_each_named_voter_has_a_budget_of_their_own_set_in_the_panel(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(win, qtbot)
    assert panel.voter.hasFocus()
    panel.budget.setValue(2)
    assert win.controller.canvas.vote_budget == 2
    panel.voter.setEditText("Sam")
    press(win.view, Qt.Key.Key_V)
    vote_on(win, "a")
    vote_on(win, "a")
    vote_on(win, "b")
    assert status(win).startswith("Sam has given all 2 dots")
    panel.voter.setEditText("Jo")
    vote_on(win, "b")
    assert votes(win) == {"a": 2, "b": 1, "c": 0, "d": 0}
    qtbot.waitUntil(lambda: panel.left.text() == "Jo: 1 of 2 dots left")


def test_ballots_and_the_budget_survive_save_and_open(
    workspace: Workspace, win: MainWindow, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    win.view.voting.voter = "Sam"
    press(win.view, Qt.Key.Key_V)
    for note_id in ("a", "a", "c"):
        vote_on(win, note_id)
    path = tmp_path / "voted.bmc"
    assert win._write(path)
    saved = load_canvas(path)
    assert [(b.voter, b.dots) for b in saved.ballots] == [("Sam", ("a", "a", "c"))]
    again = shown(workspace, qtbot, saved, path)
    again.view.voting.voter = "Sam"
    press(again.view, Qt.Key.Key_V)
    vote_on(again, "b")
    assert {n.id: n.votes for n in again.controller.canvas.notes}["b"] == 0
    assert status(again).startswith("Sam has given all 3 dots")


def test_clear_votes_is_one_undo_step(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    clear = win.findChild(QAction, "clear_votes")
    assert not clear.isEnabled()
    press(win.view, Qt.Key.Key_V)
    vote_on(win, "a")
    vote_on(win, "c")
    qtbot.waitUntil(clear.isEnabled)
    clear.trigger()
    assert set(votes(win).values()) == {0} and win.controller.canvas.ballots == []
    win.controller.undo_stack.undo()
    assert votes(win) == {"a": 1, "b": 0, "c": 1, "d": 0}


def test_the_results_rank_notes_and_keep_the_top_fades_the_rest(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(win, qtbot)
    panel.budget.setValue(5)
    press(win.view, Qt.Key.Key_V)
    for note_id in ("c", "c", "a"):
        vote_on(win, note_id)
    qtbot.waitUntil(lambda: panel.results.topLevelItemCount() == 3)
    overall = panel.results.topLevelItem(0)
    assert overall.text(0) == "Overall"
    assert [(overall.child(i).text(0), overall.child(i).text(1)) for i in range(overall.childCount())] == [
        ("Flyers", "2"),
        ("Fresh bread", "1"),
    ]
    panel.results.setCurrentItem(overall.child(1))
    assert win.view.board_scene.selected_note_ids() == ["a"]
    panel.top_n.setValue(1)
    panel.fade.setChecked(True)
    scene = win.view.board_scene
    assert {i: scene.note_item(i).emphasis for i in "abc"} == {
        "a": Emphasis.FADED,
        "b": Emphasis.FADED,
        "c": Emphasis.MATCH,
    }
    panel.per_block.setChecked(True)
    assert scene.note_item("a").emphasis is Emphasis.MATCH
    panel.fade.setChecked(False)
    assert scene.note_item("b").emphasis is Emphasis.NORMAL
    panel.per_block.setChecked(False)
    panel.tag.click()
    assert [n.id for n in win.controller.canvas.notes if "not in top 1" in n.tags] == ["a", "b"]
    win.controller.undo_stack.undo()
    assert not any(n.tags for n in win.controller.canvas.notes)


def test_the_panel_gives_a_dot_to_the_selected_note_from_the_keyboard(win: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = open_panel(win, qtbot)
    win.view.board_scene.select_notes(["b"])
    panel.give.click()
    panel.give.click()
    panel.take.click()
    assert votes(win)["b"] == 1
