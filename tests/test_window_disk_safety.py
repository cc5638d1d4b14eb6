"""Saving safely and files changing on disk, through the document window.

Other programs are simulated by writing the file as they do (atomically, like a sync
tool or git); questions are answered by recorders; assertions read the window's
document, the file's bytes and the backup store.
"""

from __future__ import annotations

import dataclasses
import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas
from canvas_editor.storage import canvas_to_bytes, load_canvas
from canvas_editor.storage.backup import BackupStore
from canvas_editor.storage.save import write_atomic
from canvas_editor.storage.templates import load_template
from canvas_editor.ui import file_dialogs, file_watch
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.workspace import Workspace
from tests.window_helpers import open_workspace, record_errors, saved_amazon

WAIT_MS = 5_000  # a ceiling for a file event to arrive, not a speed check


class Answers:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reload_asked: list[str] = []
        self.reload: bool | None = None
        self.errors = record_errors(monkeypatch)
        monkeypatch.setattr(file_watch, "ask_reload", self._ask_reload)

    def _ask_reload(self, parent: object, name: str, modified: bool) -> bool:
        self.reload_asked.append(name)
        assert self.reload is not None, "unexpected reload question"
        return self.reload


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def workspace(qtbot: object, tmp_path: Path, answers: Answers) -> Iterator[Workspace]:
    with open_workspace(tmp_path / "settings.ini") as ws:
        yield ws


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    return saved_amazon(tmp_path / "docs" / "plan.bmc")


def titled(title: str) -> Canvas:
    return dataclasses.replace(load_template("amazon"), title=title)


def edit(window: MainWindow, text: str = "my unsaved idea") -> str:
    return window.controller.add_note(BlockId.VALUE_PROPOSITIONS, 0.2, 0.2, text=text)


def changed_elsewhere(qtbot, window: MainWindow, canvas: Canvas) -> None:  # type: ignore[no-untyped-def]
    """Another program replaces the file; wait until the window has reacted."""
    assert window.path is not None
    with qtbot.waitSignal(window.file_watch.changed, timeout=WAIT_MS):
        write_atomic(window.path, canvas_to_bytes(canvas))


# ----- saving safely -----------------------------------------------------------------------


def test_each_save_keeps_the_previous_version_in_the_data_folder(
    workspace: Workspace, plan_file: Path
) -> None:
    (window,) = workspace.open_paths([plan_file])
    edit(window, "first change")
    assert window.save()
    window.controller.set_header(title="second version")
    assert window.save()
    newest, oldest = BackupStore().versions(plan_file)
    assert load_canvas(oldest) == load_template("amazon")  # as it was before the first save
    assert load_canvas(newest).notes[-1].text == "first change"  # as it was before the second
    assert load_canvas(newest).title == load_template("amazon").title
    assert load_canvas(plan_file).title == "second version"
    assert sorted(p.name for p in plan_file.parent.iterdir()) == ["plan.bmc"]  # nothing beside the file


def test_a_save_with_nothing_new_keeps_no_extra_version(workspace: Workspace, plan_file: Path) -> None:
    (window,) = workspace.open_paths([plan_file])
    assert window.save()
    assert BackupStore().versions(plan_file) == []


def test_a_full_disk_shows_why_and_leaves_the_file_and_the_document(
    workspace: Workspace, answers: Answers, plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (window,) = workspace.open_paths([plan_file])
    edit(window)
    before = plan_file.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    assert window.save() is False
    monkeypatch.undo()
    assert answers.errors[-1] == "cannot save plan.bmc: the disk is full"
    assert plan_file.read_bytes() == before
    assert sorted(p.name for p in plan_file.parent.iterdir()) == ["plan.bmc"]  # no temp file left
    assert window.isWindowModified() and window.path == plan_file.resolve()


def test_a_backup_store_that_cannot_be_written_does_not_stop_the_save(
    workspace: Workspace, answers: Answers, plan_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_home = Path(os.environ["XDG_DATA_HOME"])
    data_home.mkdir(parents=True, exist_ok=True)
    (data_home / "canvas-editor").write_text("a file where the data folder should be")
    (window,) = workspace.open_paths([plan_file])
    note_id = edit(window)
    assert window.save()
    assert load_canvas(plan_file).note(note_id).text == "my unsaved idea"
    assert answers.errors == []
    assert window.statusBar().currentMessage().startswith("No backup of the previous version")


# ----- changes on disk ----------------------------------------------------------------------


def test_an_unmodified_document_follows_the_file_and_the_shown_version_is_kept(
    qtbot, workspace: Workspace, answers: Answers, plan_file: Path
) -> None:  # type: ignore[no-untyped-def]
    (window,) = workspace.open_paths([plan_file])
    changed_elsewhere(qtbot, window, titled("pulled from git"))
    assert window.controller.canvas.title == "pulled from git"
    assert not window.is_modified() and answers.reload_asked == []
    assert "changed by another program" in window.statusBar().currentMessage()
    (kept,) = BackupStore().versions(plan_file)
    assert load_canvas(kept) == load_template("amazon")
    changed_elsewhere(qtbot, window, titled("and again"))  # the watch survived the rename
    assert window.controller.canvas.title == "and again"


def test_unsaved_edits_are_asked_about_and_reload_keeps_them_as_a_backup(
    qtbot, workspace: Workspace, answers: Answers, plan_file: Path
) -> None:  # type: ignore[no-untyped-def]
    (window,) = workspace.open_paths([plan_file])
    note_id = edit(window)
    answers.reload = True
    changed_elsewhere(qtbot, window, titled("synced"))
    assert answers.reload_asked == ["plan.bmc"]
    assert window.controller.canvas.title == "synced" and not window.is_modified()
    (kept,) = BackupStore().versions(plan_file)
    assert load_canvas(kept).note(note_id).text == "my unsaved idea"


def test_keep_mine_keeps_the_edits_and_save_writes_them(
    qtbot, workspace: Workspace, answers: Answers, plan_file: Path
) -> None:  # type: ignore[no-untyped-def]
    (window,) = workspace.open_paths([plan_file])
    note_id = edit(window)
    answers.reload = False
    changed_elsewhere(qtbot, window, titled("theirs"))
    assert answers.reload_asked == ["plan.bmc"]
    assert window.is_modified() and window.controller.has_note(note_id)
    window.file_watch.check_now()
    assert answers.reload_asked == ["plan.bmc"]  # not asked twice about the same version
    assert window.save()
    assert load_canvas(plan_file).note(note_id).text == "my unsaved idea"
    (kept,) = BackupStore().versions(plan_file)  # their version was kept before ours replaced it
    assert load_canvas(kept).title == "theirs"


def test_our_own_saves_are_not_changes_on_disk(qtbot, workspace: Workspace, plan_file: Path) -> None:  # type: ignore[no-untyped-def]
    (window,) = workspace.open_paths([plan_file])
    with qtbot.assertNotEmitted(window.file_watch.changed, wait=file_watch.SETTLE_MS + 300):
        for text in ("one", "two"):
            edit(window, text)
            assert window.save()
        window.file_watch.check_now()
    assert not window.is_modified()


def test_a_file_broken_on_disk_keeps_my_version_open_and_modified(
    qtbot, workspace: Workspace, answers: Answers, plan_file: Path
) -> None:  # type: ignore[no-untyped-def]
    (window,) = workspace.open_paths([plan_file])
    before = window.controller.canvas
    with qtbot.waitSignal(window.file_watch.changed, timeout=WAIT_MS):
        write_atomic(plan_file, b"<<<<<<< HEAD\nmerge conflict\n>>>>>>> theirs\n")
    (error,) = answers.errors
    assert error == (
        "plan.bmc was changed by another program and cannot be read now. This file is not a canvas, "
        "or it is damaged: its text is not in canvas format. Your version stays open; saving it "
        "will replace the file."
    )
    assert window.controller.canvas == before
    assert window.is_modified()  # closing asks, so the good version is not lost


def test_save_as_watches_the_new_file(qtbot, workspace: Workspace, plan_file: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (window,) = workspace.open_paths([plan_file])
    copy = plan_file.parent / "copy.bmc"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda parent, suggested: str(copy))
    assert window.save_as()
    with qtbot.assertNotEmitted(window.file_watch.changed, wait=file_watch.SETTLE_MS + 300):
        write_atomic(plan_file, canvas_to_bytes(titled("the old file changed")))
    changed_elsewhere(qtbot, window, titled("the new file changed"))
    assert window.controller.canvas.title == "the new file changed"
