"""Autosave in the window and recovery after a crash, through the workspace a user drives.

A crashed editor is simulated by writing a recovery folder whose lock nobody holds
(what SIGKILL leaves behind; tests/test_instance_lock.py kills real processes). The
recovery question is answered by a recorder; its dialog is tested on its own below.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from canvas_editor.app import offer_recovery
from canvas_editor.model.blocks import BlockId
from canvas_editor.storage import canvas_to_bytes, load_canvas
from canvas_editor.storage.recovery import RecoveredDocument, RecoveryStore
from canvas_editor.storage.templates import load_template
from canvas_editor.ui import file_dialogs, recovery_prompt
from canvas_editor.ui.file_dialogs import UnsavedChoice
from canvas_editor.ui.instance_lock import InstanceLock
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.recovery_prompt import RecoveryChoice, RecoveryDialog
from canvas_editor.ui.workspace import Workspace
from tests.window_helpers import open_workspace, record_errors, saved_amazon

CRASHED = "crashedsession1"


class Answers:
    """Records the questions the window asks and answers them as the test says."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.offered: list[list[RecoveredDocument]] = []
        self.recovery: str = "restore-all"  # or "later", "discard-all", or a name to leave unticked
        self.unsaved: list[UnsavedChoice] = []
        self.errors = record_errors(monkeypatch)
        monkeypatch.setattr(file_dialogs, "ask_unsaved_changes", lambda parent, name: self.unsaved.pop(0))
        monkeypatch.setattr(recovery_prompt, "ask_which_to_restore", self._which)

    def _which(self, parent: object, documents: list[RecoveredDocument]) -> RecoveryChoice | None:
        self.offered.append(documents)
        if self.recovery == "later":
            return None
        if self.recovery == "discard-all":
            return RecoveryChoice([], list(documents))
        keep = [d for d in documents if d.display_name != self.recovery]
        return RecoveryChoice(keep, [d for d in documents if d not in keep])


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def store() -> RecoveryStore:
    return RecoveryStore()  # in the test's own XDG data folder


@pytest.fixture
def workspace(qtbot: object, tmp_path: Path, answers: Answers, store: RecoveryStore) -> Iterator[Workspace]:
    lock = InstanceLock.acquire(store)
    assert lock is not None
    with open_workspace(tmp_path / "settings.ini", recovery=lock) as ws:
        yield ws
    lock.release()


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    return saved_amazon(tmp_path / "docs" / "plan.bmc")


def edit(window: MainWindow, text: str = "unsaved idea") -> str:
    return window.controller.add_note(BlockId.VALUE_PROPOSITIONS, 0.2, 0.2, text=text)


def own_documents(ws: Workspace) -> list[RecoveredDocument]:
    assert ws.recovery is not None
    return ws.recovery.store.documents(ws.recovery.session)


def deactivate(window: MainWindow) -> None:
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))


# ----- autosave in the window -----------------------------------------------------------


def test_an_edit_is_autosaved_when_the_window_loses_focus(workspace: Workspace, plan_file: Path) -> None:
    (window,) = workspace.open_paths([plan_file])
    assert window.autosave.interval_ms == 30_000
    deactivate(window)
    assert own_documents(workspace) == []  # nothing unsaved, nothing written
    note_id = edit(window)
    deactivate(window)
    (document,) = own_documents(workspace)
    assert document.original_path == plan_file.resolve()
    assert document.load().note(note_id).text == "unsaved idea"
    assert plan_file.read_bytes() == canvas_to_bytes(load_template("amazon"))  # the file is untouched


def test_the_interval_comes_from_the_users_settings(workspace: Workspace) -> None:
    workspace.settings.setValue("autosave/interval_s", 90)
    window = workspace.new_document()
    assert window is not None and window.autosave.interval_ms == 90_000


def test_saving_removes_the_recovery_file(workspace: Workspace, plan_file: Path) -> None:
    (window,) = workspace.open_paths([plan_file])
    edit(window)
    deactivate(window)
    assert len(own_documents(workspace)) == 1
    assert window.save()
    assert own_documents(workspace) == []


def test_closing_with_discard_removes_it_and_cancel_keeps_it_written(
    workspace: Workspace, answers: Answers, plan_file: Path
) -> None:
    (window,) = workspace.open_paths([plan_file])
    note_id = edit(window)
    answers.unsaved = [UnsavedChoice.CANCEL]
    assert not window.close()
    # The close wrote the latest changes before asking: the session may end during the question.
    (document,) = own_documents(workspace)
    assert document.load().note(note_id).text == "unsaved idea"
    answers.unsaved = [UnsavedChoice.DISCARD]
    assert window.close()
    assert own_documents(workspace) == []


# ----- recovery after a crash -------------------------------------------------------------


def leave_crashed_session(store: RecoveryStore, plan_file: Path) -> tuple[str, str]:
    """What a killed editor leaves: one saved document with edits and one never saved."""
    on_disk = load_template("amazon")
    edited = dataclasses.replace(on_disk, title="edited before the crash")
    store.write(CRASHED, "doc1", canvas_to_bytes(edited), plan_file.resolve())
    untitled = dataclasses.replace(load_template("blank"), title="brand new")
    store.write(CRASHED, "doc2", canvas_to_bytes(untitled), None, untitled_name="Untitled 3")
    return "plan.bmc", "Untitled 3"


def test_restored_documents_open_modified_with_their_own_paths(
    workspace: Workspace, answers: Answers, store: RecoveryStore, plan_file: Path
) -> None:
    leave_crashed_session(store, plan_file)
    assert workspace.recovery is not None
    offer_recovery(workspace, workspace.recovery)
    (offered,) = answers.offered
    assert [d.display_name for d in offered] == ["plan.bmc", "Untitled 3"]
    saved, untitled = workspace.windows
    assert saved.path == plan_file.resolve() and saved.is_modified() and saved.isWindowModified()
    assert saved.controller.canvas.title == "edited before the crash"
    assert untitled.path is None and untitled.is_modified()
    assert untitled.controller.canvas.title == "brand new"
    # Undoing later edits cannot make them look saved: the file on disk lacks these changes.
    edit(saved)
    saved.controller.undo_stack.undo()
    assert saved.is_modified() and saved.controller.canvas.title == "edited before the crash"
    # The crashed session is gone; the documents now belong to this editor's session.
    assert store.sessions() == [workspace.recovery.session]
    assert len(own_documents(workspace)) == 2
    # Save writes where the user expects.
    assert saved.save()
    assert load_canvas(plan_file).title == "edited before the crash"
    assert len(own_documents(workspace)) == 1


def test_documents_left_unticked_are_deleted(
    workspace: Workspace, answers: Answers, store: RecoveryStore, plan_file: Path
) -> None:
    _, untitled_name = leave_crashed_session(store, plan_file)
    answers.recovery = untitled_name
    assert workspace.recovery is not None
    offer_recovery(workspace, workspace.recovery)
    assert [w.display_name() for w in workspace.windows] == ["plan.bmc"]
    assert CRASHED not in store.sessions()


def test_decide_later_keeps_everything_for_the_next_start(
    workspace: Workspace, answers: Answers, store: RecoveryStore, plan_file: Path
) -> None:
    leave_crashed_session(store, plan_file)
    answers.recovery = "later"
    assert workspace.recovery is not None
    offer_recovery(workspace, workspace.recovery)
    assert workspace.windows == []
    assert len(store.documents(CRASHED)) == 2
    offer_recovery(workspace, workspace.recovery)  # asked again
    assert len(answers.offered) == 2
    answers.recovery = "discard-all"
    offer_recovery(workspace, workspace.recovery)
    assert CRASHED not in store.sessions()
    offer_recovery(workspace, workspace.recovery)
    assert len(answers.offered) == 3  # nothing left to offer, nothing asked


def test_a_damaged_recovery_file_says_why_and_the_others_still_open(
    workspace: Workspace, answers: Answers, store: RecoveryStore, plan_file: Path
) -> None:
    leave_crashed_session(store, plan_file)
    store.write(
        CRASHED, "doc3", b'{"format": "bmc", "format_version": 1, "canvas": {"notes": 5}}', None, "Broken"
    )
    assert workspace.recovery is not None
    offer_recovery(workspace, workspace.recovery)
    assert len(workspace.windows) == 2
    (error,) = answers.errors
    assert error.startswith("Could not restore Broken. This canvas is damaged") and "\n" not in error


def test_nothing_is_asked_when_no_editor_crashed(workspace: Workspace, answers: Answers) -> None:
    assert workspace.recovery is not None
    offer_recovery(workspace, workspace.recovery)
    assert answers.offered == [] and workspace.windows == []


# ----- the recovery dialog itself --------------------------------------------------------------


def test_the_dialog_lists_name_time_and_path_as_plain_text_and_returns_the_ticked(
    qtbot, store: RecoveryStore, plan_file: Path
) -> None:  # type: ignore[no-untyped-def]
    leave_crashed_session(store, plan_file)
    store.write(CRASHED, "doc3", canvas_to_bytes(load_template("blank")), None, "<b>bold</b> & <img src=x>")
    documents = store.documents(CRASHED)
    dialog = RecoveryDialog(documents)
    qtbot.addWidget(dialog)
    lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    first = documents[0]
    assert lines[0].startswith("plan.bmc \u2014 autosaved ")
    assert first.saved_at.astimezone().strftime("%Y-%m-%d %H:%M") in lines[0]
    assert lines[0].endswith(str(plan_file.resolve()))
    assert lines[1].endswith("never saved")
    assert lines[2].startswith("<b>bold</b> & <img src=x>")  # shown as typed
    assert all(dialog.list.item(i).checkState() == Qt.CheckState.Checked for i in range(3))
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.restore_button.click()
    assert dialog.choice == RecoveryChoice([documents[0], documents[2]], [documents[1]])


def test_the_dialogs_other_buttons(qtbot, store: RecoveryStore, plan_file: Path) -> None:  # type: ignore[no-untyped-def]
    leave_crashed_session(store, plan_file)
    documents = store.documents(CRASHED)
    dialog = RecoveryDialog(documents)
    qtbot.addWidget(dialog)
    dialog.discard_button.click()
    assert dialog.choice == RecoveryChoice([], documents)
    later = RecoveryDialog(documents)
    qtbot.addWidget(later)
    later.later_button.click()
    assert later.choice is None and later.result() == RecoveryDialog.DialogCode.Rejected
