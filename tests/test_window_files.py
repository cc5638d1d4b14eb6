"""File handling of the document windows: new, open, save, save as, revert, close, quit.

Dialogs are replaced by recorders (monkeypatched `ui.file_dialogs` functions); the
assertions look at the model in each window and at the bytes of the saved files.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from canvas_editor.model.blocks import BlockId
from canvas_editor.storage.load import load_canvas
from canvas_editor.storage.save import canvas_to_bytes, save_canvas
from canvas_editor.storage.templates import load_template
from canvas_editor.ui import file_dialogs, template_chooser
from canvas_editor.ui.file_dialogs import UnsavedChoice
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.workspace import Workspace
from tests.new_canvas_checks import assert_new_copy_of
from tests.window_helpers import ini_settings, open_workspace, saved_amazon


class Dialogs:
    """Answers the window's questions as a test tells it to, and records what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.errors: list[str] = []
        self.details: list[str] = []
        self.unsaved_asked: list[str] = []
        self.unsaved_answers: list[UnsavedChoice] = []
        self.save_paths: list[str | None] = []
        self.save_suggestions: list[str] = []
        self.open_answer: list[str] = []
        self.revert_answer: bool | None = None
        monkeypatch.setattr(file_dialogs, "show_error", self._error)
        monkeypatch.setattr(file_dialogs, "ask_unsaved_changes", self._unsaved)
        monkeypatch.setattr(file_dialogs, "ask_save_path", self._save_path)
        monkeypatch.setattr(file_dialogs, "ask_open_paths", lambda parent, folder="": list(self.open_answer))
        monkeypatch.setattr(file_dialogs, "ask_revert", self._revert)

    def _error(self, parent: object, title: str, message: str, details: str = "") -> None:
        self.errors.append(message)
        self.details.append(details)

    def _unsaved(self, parent: object, name: str) -> UnsavedChoice:
        self.unsaved_asked.append(name)
        assert self.unsaved_answers, f"unexpected unsaved-changes prompt for {name}"
        return self.unsaved_answers.pop(0)

    def _save_path(self, parent: object, suggested: str) -> str | None:
        self.save_suggestions.append(suggested)
        assert self.save_paths, "unexpected save dialog"
        return self.save_paths.pop(0)

    def _revert(self, parent: object, name: str) -> bool:
        assert self.revert_answer is not None, "unexpected revert prompt"
        return self.revert_answer


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def workspace(qtbot: object, tmp_path: Path, dialogs: Dialogs) -> object:
    with open_workspace(tmp_path / "settings.ini") as ws:
        yield ws


@pytest.fixture
def amazon_file(tmp_path: Path) -> Path:
    return saved_amazon(tmp_path / "docs" / "amazon.bmc")


def edit(window: MainWindow, text: str = "a new idea") -> str:
    return window.controller.add_note(BlockId.VALUE_PROPOSITIONS, 0.1, 0.1, text=text)


def titles(ws: Workspace) -> list[str]:
    return [w.windowTitle() for w in ws.windows]


# ----- new ----------------------------------------------------------------------------


def test_new_opens_a_blank_untitled_window_each_time(workspace: Workspace) -> None:
    first = workspace.new_document()
    assert first is not None and first.isVisible()
    assert_new_copy_of(first.controller.canvas, "blank")
    assert first.path is None and not first.isWindowModified()
    first.menu_actions.new.trigger()
    assert titles(workspace) == [
        "Untitled[*] (Untitled canvas) - Canvas Editor",
        "Untitled 2[*] (Untitled canvas) - Canvas Editor",
    ]


def test_new_from_template_fills_an_untouched_untitled_window_and_save_asks_where(
    workspace: Workspace, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = workspace.new_document()
    assert first is not None
    monkeypatch.setattr(template_chooser, "choose_template", lambda parent: "amazon")
    first.menu_actions.new_from_template.trigger()
    assert workspace.windows == [first]
    assert first.path is None and not first.isWindowModified()
    assert titles(workspace) == ["Untitled[*] (Amazon) - Canvas Editor"]
    assert_new_copy_of(first.controller.canvas, "amazon")
    first.menu_actions.undo.trigger()  # the template is where the history starts
    assert_new_copy_of(first.controller.canvas, "amazon")
    dialogs.save_paths.append(str(tmp_path / "mine"))
    first.menu_actions.save.trigger()
    assert first.path == tmp_path / "mine.bmc"
    assert_new_copy_of(load_canvas(tmp_path / "mine.bmc"), "amazon")


def test_new_from_template_opens_its_own_window_beside_a_touched_one(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = workspace.new_document()
    assert first is not None
    first.controller.add_note(BlockId.CHANNELS, text="mine")
    monkeypatch.setattr(template_chooser, "choose_template", lambda parent: "amazon-ko")
    first.menu_actions.new_from_template.trigger()
    second = workspace.windows[-1]
    assert second is not first and second.path is None
    assert_new_copy_of(second.controller.canvas, "amazon-ko")
    assert len(first.controller.canvas.notes) == 1


def test_cancelled_template_chooser_opens_nothing(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = workspace.new_document()
    monkeypatch.setattr(template_chooser, "choose_template", lambda parent: None)
    first.menu_actions.new_from_template.trigger()
    assert workspace.windows == [first]


# ----- open ---------------------------------------------------------------------------


def test_open_replaces_an_untouched_untitled_empty_document(
    workspace: Workspace, dialogs: Dialogs, amazon_file: Path
) -> None:
    blank = workspace.new_document()
    dialogs.open_answer = [str(amazon_file)]
    blank.menu_actions.open.trigger()
    assert workspace.windows == [blank]
    assert blank.path == amazon_file
    assert blank.controller.canvas == load_canvas(amazon_file)
    assert blank.windowTitle() == "amazon.bmc[*] (Amazon) - Canvas Editor"
    assert not blank.isWindowModified()
    assert not blank.controller.undo_stack.canUndo()


def test_open_keeps_a_modified_document_and_opens_a_new_window(
    workspace: Workspace, dialogs: Dialogs, amazon_file: Path
) -> None:
    blank = workspace.new_document()
    note_id = edit(blank)
    dialogs.open_answer = [str(amazon_file)]
    blank.menu_actions.open.trigger()
    assert len(workspace.windows) == 2
    assert blank.path is None and blank.isWindowModified()
    assert blank.controller.canvas.note(note_id).text == "a new idea"
    assert workspace.windows[1].path == amazon_file
    assert dialogs.unsaved_asked == []


def test_opening_an_open_file_again_reuses_its_window(workspace: Workspace, amazon_file: Path) -> None:
    first = workspace.open_paths([amazon_file])
    edit(first[0])
    again = workspace.open_paths([str(amazon_file.parent / ".." / "docs" / "amazon.bmc")])
    assert again == first and len(workspace.windows) == 1
    assert first[0].isWindowModified()  # not re-read from disk


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\xff garbage", "not a text file"),
        (b'{"hello": 1}', "not a canvas-editor file"),
        (b'{"format": "bmc", "format_version": 99, "canvas": {}}', "version 99"),
        (b'{"format": "bmc", "format_version": 1, "canvas": {"notes": [{"id": "a"}]}}', "notes[0].block"),
    ],
)
def test_a_bad_file_shows_the_reason_and_keeps_the_old_document(
    workspace: Workspace, dialogs: Dialogs, tmp_path: Path, content: bytes, reason: str
) -> None:
    bad = tmp_path / "bad.bmc"
    bad.write_bytes(content)
    blank = workspace.new_document()
    before = blank.controller.canvas
    assert workspace.open_paths([bad], origin=blank) == []
    assert len(dialogs.errors) == 1
    assert dialogs.errors[0].startswith("Could not open bad.bmc. This ")  # then why, plainly
    (details,) = dialogs.details  # the technical line, as the command line prints it
    assert details.startswith(f"{bad}: ") and reason in details
    assert "\n" not in dialogs.errors[0]
    assert workspace.windows == [blank]
    assert blank.path is None and blank.controller.canvas == before
    assert workspace.recent.paths() == []


def test_open_file_dialog_cancelled_changes_nothing(workspace: Workspace, dialogs: Dialogs) -> None:
    blank = workspace.new_document()
    dialogs.open_answer = []
    blank.menu_actions.open.trigger()
    assert workspace.windows == [blank] and blank.path is None


# ----- title and modified mark ----------------------------------------------------------


def test_modified_mark_follows_the_undo_stack(workspace: Workspace, amazon_file: Path) -> None:
    (window,) = workspace.open_paths([amazon_file])
    assert not window.isWindowModified()
    edit(window)
    assert window.isWindowModified()
    window.menu_actions.undo.trigger()
    assert not window.isWindowModified()
    window.menu_actions.redo.trigger()
    assert window.isWindowModified()
    window.menu_actions.save.trigger()
    assert not window.isWindowModified()
    window.menu_actions.undo.trigger()  # back before the save: modified again
    assert window.isWindowModified()


def test_undo_and_redo_have_the_standard_shortcuts(workspace: Workspace) -> None:
    window = workspace.new_document()
    undo_keys = {k.toString() for k in window.menu_actions.undo.shortcuts()}
    redo_keys = {k.toString() for k in window.menu_actions.redo.shortcuts()}
    assert "Ctrl+Z" in undo_keys
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= redo_keys


# ----- save and save as -------------------------------------------------------------------


def test_save_writes_the_document_and_clears_the_mark(workspace: Workspace, amazon_file: Path) -> None:
    (window,) = workspace.open_paths([amazon_file])
    note_id = edit(window, "새 아이디어")
    window.menu_actions.save.trigger()
    assert amazon_file.read_bytes() == canvas_to_bytes(window.controller.canvas)
    assert load_canvas(amazon_file).note(note_id).text == "새 아이디어"
    assert not window.isWindowModified()


def test_save_of_an_untitled_document_asks_where_and_adds_the_suffix(
    workspace: Workspace, dialogs: Dialogs, tmp_path: Path
) -> None:
    window = workspace.new_document()
    edit(window)
    dialogs.save_paths.append(str(tmp_path / "plan"))
    window.menu_actions.save.trigger()
    saved = tmp_path / "plan.bmc"
    assert window.path == saved
    assert load_canvas(saved) == window.controller.canvas
    assert window.windowTitle() == "plan.bmc[*] (Untitled canvas) - Canvas Editor"
    assert not window.isWindowModified()
    assert workspace.recent.paths() == [str(saved)]


def test_cancelled_save_dialog_writes_nothing(workspace: Workspace, dialogs: Dialogs, tmp_path: Path) -> None:
    window = workspace.new_document()
    edit(window)
    dialogs.save_paths.append(None)
    assert window.save() is False
    assert window.path is None and window.isWindowModified()
    assert list(tmp_path.glob("*.bmc")) == []


def test_save_as_moves_the_document_to_the_new_file(
    workspace: Workspace, dialogs: Dialogs, amazon_file: Path, tmp_path: Path
) -> None:
    (window,) = workspace.open_paths([amazon_file])
    original = amazon_file.read_bytes()
    edit(window)
    copy = tmp_path / "copy.bmc"
    dialogs.save_paths.append(str(copy))
    window.menu_actions.save_as.trigger()
    assert dialogs.save_suggestions == [str(amazon_file)]
    assert window.path == copy and not window.isWindowModified()
    assert amazon_file.read_bytes() == original
    assert load_canvas(copy) == window.controller.canvas
    assert workspace.recent.paths() == [str(copy), str(amazon_file)]


def test_save_then_reopen_gives_an_equal_document(
    workspace: Workspace, dialogs: Dialogs, tmp_path: Path, qtbot: object
) -> None:
    window = workspace.new_document(template="amazon-ko")
    edit(window, "한국어 메모\n두 줄")
    saved = tmp_path / "ko.bmc"
    dialogs.save_paths.append(str(saved))
    assert window.save_as()
    document = window.controller.canvas
    other = Workspace(ini_settings(tmp_path / "other.ini"))
    (reopened,) = other.open_paths([saved])
    try:
        assert reopened.controller.canvas == document
    finally:
        reopened.close()


def test_failed_save_shows_the_reason_and_keeps_the_document_modified(
    workspace: Workspace, dialogs: Dialogs, amazon_file: Path
) -> None:
    (window,) = workspace.open_paths([amazon_file])
    edit(window)
    shutil.rmtree(amazon_file.parent)  # the folder went away (an unplugged drive)
    assert window.save() is False
    assert dialogs.errors == ["cannot save amazon.bmc: the folder does not exist"]
    assert window.isWindowModified() and window.path == amazon_file


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write into read-only folders")
def test_failed_save_into_a_read_only_folder_keeps_the_document_modified(
    workspace: Workspace, dialogs: Dialogs, amazon_file: Path
) -> None:
    (window,) = workspace.open_paths([amazon_file])
    edit(window)
    amazon_file.parent.chmod(0o555)
    try:
        assert window.save() is False
    finally:
        amazon_file.parent.chmod(0o755)
    assert dialogs.errors == ["cannot save amazon.bmc: permission denied"]
    assert window.isWindowModified()
    assert load_canvas(amazon_file) == load_template("amazon")


# ----- revert -----------------------------------------------------------------------------


def test_revert_goes_back_to_the_file_after_confirming(
    workspace: Workspace, dialogs: Dialogs, amazon_file: Path
) -> None:
    (window,) = workspace.open_paths([amazon_file])
    assert not window.menu_actions.revert.isEnabled()
    edit(window)
    assert window.menu_actions.revert.isEnabled()
    dialogs.revert_answer = False
    window.menu_actions.revert.trigger()
    assert (
        window.isWindowModified()
        and len(window.controller.canvas.notes) == len(load_template("amazon").notes) + 1
    )
    dialogs.revert_answer = True
    window.menu_actions.revert.trigger()
    assert window.controller.canvas == load_canvas(amazon_file)
    assert not window.isWindowModified() and not window.controller.undo_stack.canUndo()


def test_revert_is_off_for_an_untitled_document(workspace: Workspace) -> None:
    window = workspace.new_document()
    edit(window)
    assert not window.menu_actions.revert.isEnabled()
    assert window.revert() is False


# ----- closing and quitting ---------------------------------------------------------------


def test_close_unmodified_asks_nothing(workspace: Workspace, dialogs: Dialogs, amazon_file: Path) -> None:
    (window,) = workspace.open_paths([amazon_file])
    assert window.close()
    assert workspace.windows == [] and dialogs.unsaved_asked == []


def test_close_modified_and_save(workspace: Workspace, dialogs: Dialogs, amazon_file: Path) -> None:
    (window,) = workspace.open_paths([amazon_file])
    note_id = edit(window)
    dialogs.unsaved_answers.append(UnsavedChoice.SAVE)
    window.menu_actions.close.trigger()
    assert dialogs.unsaved_asked == ["amazon.bmc"]
    assert workspace.windows == []
    assert load_canvas(amazon_file).note(note_id).text == "a new idea"


def test_close_modified_and_discard(workspace: Workspace, dialogs: Dialogs, amazon_file: Path) -> None:
    (window,) = workspace.open_paths([amazon_file])
    edit(window)
    dialogs.unsaved_answers.append(UnsavedChoice.DISCARD)
    assert window.close()
    assert workspace.windows == []
    assert load_canvas(amazon_file) == load_template("amazon")


def test_close_modified_and_cancel(workspace: Workspace, dialogs: Dialogs, amazon_file: Path) -> None:
    (window,) = workspace.open_paths([amazon_file])
    edit(window)
    dialogs.unsaved_answers.append(UnsavedChoice.CANCEL)
    assert not window.close()
    assert workspace.windows == [window] and window.isVisible() and window.isWindowModified()
    assert load_canvas(amazon_file) == load_template("amazon")


def test_close_untitled_and_save_but_cancel_the_save_dialog_keeps_the_window(
    workspace: Workspace, dialogs: Dialogs
) -> None:
    window = workspace.new_document()
    edit(window)
    dialogs.unsaved_answers.append(UnsavedChoice.SAVE)
    dialogs.save_paths.append(None)
    assert not window.close()
    assert workspace.windows == [window] and window.isWindowModified()


def test_quit_asks_for_each_modified_document_and_stops_at_cancel(
    workspace: Workspace, dialogs: Dialogs, amazon_file: Path, tmp_path: Path
) -> None:
    clean = workspace.new_document()
    (saved,) = workspace.open_paths([amazon_file])
    edit(saved)
    untitled = workspace.new_document()
    edit(untitled)
    dialogs.unsaved_answers += [UnsavedChoice.SAVE, UnsavedChoice.CANCEL]
    clean.menu_actions.quit.trigger()
    assert dialogs.unsaved_asked == ["amazon.bmc", "Untitled 2"]
    assert workspace.windows == [untitled]
    assert len(load_canvas(amazon_file).notes) == len(load_template("amazon").notes) + 1
    dialogs.unsaved_answers.append(UnsavedChoice.DISCARD)
    assert workspace.quit() is True
    assert workspace.windows == []


# ----- drag and drop ----------------------------------------------------------------------


def _file_drag(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_and_drop(widget: QWidget, paths: list[Path]) -> bool:
    """Deliver a file drag as Qt does: enter first, then the drop if the enter was accepted."""
    mime = _file_drag(paths)
    pos = QPointF(widget.rect().center())
    enter = QDragEnterEvent(
        pos.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False  # no drop: Qt would not deliver one either
    drop = QDropEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_dropping_bmc_files_on_the_window_opens_them(
    workspace: Workspace, amazon_file: Path, tmp_path: Path
) -> None:
    second = tmp_path / "second.bmc"
    save_canvas(load_template("amazon-ko"), second)
    blank = workspace.new_document()
    assert drag_and_drop(blank.menuBar(), [amazon_file, second])
    assert [w.path for w in workspace.windows] == [amazon_file, second]
    assert workspace.windows[1].controller.canvas == load_template("amazon-ko")


def test_dropping_on_the_board_opens_the_file(workspace: Workspace, amazon_file: Path) -> None:
    blank = workspace.new_document()
    assert drag_and_drop(blank.view.viewport(), [amazon_file])
    assert blank.path == amazon_file and workspace.windows == [blank]
    assert blank.controller.canvas == load_template("amazon")


def test_dropping_other_files_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    blank = workspace.new_document()
    drag_and_drop(blank.view.viewport(), [text])  # the board may take other drags; not files
    assert not drag_and_drop(blank.menuBar(), [text])
    assert workspace.windows == [blank] and blank.path is None


# ----- the keyboard, as a user drives it --------------------------------------------------


def test_type_a_note_then_save_undo_and_redo_with_the_keyboard(
    workspace: Workspace, dialogs: Dialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    window = workspace.new_document()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    board = window.view.viewport()
    window.view.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_N)  # a new note, in edit mode
    qtbot.keyClicks(board, "Ship it")
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    assert [n.text for n in window.controller.canvas.notes] == ["Ship it"]
    assert window.isWindowModified()

    dialogs.save_paths.append(str(tmp_path / "typed"))
    qtbot.keyClick(board, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = tmp_path / "typed.bmc"
    assert window.path == saved and not window.isWindowModified()
    assert [n.text for n in load_canvas(saved).notes] == ["Ship it"]

    qtbot.keyClick(board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.isWindowModified()
    qtbot.keyClick(board, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    qtbot.keyClick(board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(board, Qt.Key.Key_Z, ctrl_shift)
    assert not window.isWindowModified()
    assert window.controller.canvas == load_canvas(saved)


def test_new_leaves_a_modified_document_alone(workspace: Workspace, dialogs: Dialogs) -> None:
    first = workspace.new_document()
    note_id = edit(first)
    first.menu_actions.new.trigger()
    assert len(workspace.windows) == 2 and dialogs.unsaved_asked == []
    assert first.isWindowModified() and first.controller.canvas.note(note_id).text == "a new idea"
