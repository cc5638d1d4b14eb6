"""Autosave of one document: when it writes, what it writes, and when the file goes away.

A controller and its autosave, no window: edits go through the controller's public
methods; the assertions read the recovery file back through the storage layer.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BlockId
from canvas_editor.storage.recovery import RecoveryStore
from canvas_editor.storage.templates import load_template
from canvas_editor.ui.autosave import DEFAULT_INTERVAL_S, INTERVAL_KEY, DocumentAutosave, interval_seconds
from canvas_editor.ui.instance_lock import InstanceLock

ORIGINAL = Path("/home/someone/plan.bmc")


@pytest.fixture
def session(tmp_path: Path, qapp: QApplication) -> Iterator[InstanceLock]:
    lock = InstanceLock.acquire(RecoveryStore(tmp_path / "recovery"))
    assert lock is not None
    yield lock
    lock.release()


def settings_with(tmp_path: Path, interval: object | None) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if interval is not None:
        settings.setValue(INTERVAL_KEY, interval)
    return settings


def make(session: InstanceLock, tmp_path: Path, interval: object | None = None):  # type: ignore[no-untyped-def]
    controller = DocumentController(load_template("amazon"))
    autosave = DocumentAutosave(
        controller, session, lambda: (ORIGINAL, "Untitled"), settings_with(tmp_path, interval)
    )
    writes: list[None] = []
    autosave.written.connect(lambda: writes.append(None))
    return controller, autosave, writes


def recovered(session: InstanceLock):  # type: ignore[no-untyped-def]
    return session.store.documents(session.session)


def test_the_interval_is_thirty_seconds_unless_the_user_set_another(tmp_path: Path) -> None:
    assert DEFAULT_INTERVAL_S == 30
    assert interval_seconds(None) == 30
    assert interval_seconds(settings_with(tmp_path, None)) == 30
    assert interval_seconds(settings_with(tmp_path, 120)) == 120
    assert interval_seconds(settings_with(tmp_path, "5")) == 5
    assert interval_seconds(settings_with(tmp_path, "soon")) == 30
    assert interval_seconds(settings_with(tmp_path, 0)) == 1  # never a busy loop
    assert interval_seconds(settings_with(tmp_path, 10**9)) == 3600


def test_an_edit_is_written_after_the_interval(qtbot, session: InstanceLock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller, autosave, writes = make(session, tmp_path, interval=1)
    assert autosave.interval_ms == 1000
    note_id = controller.add_note(BlockId.CHANNELS, 0.1, 0.1, text="autosaved idea")
    assert recovered(session) == []  # not at once: at the next tick
    qtbot.waitUntil(lambda: len(writes) == 1, timeout=10_000)
    (document,) = recovered(session)
    assert document.original_path == ORIGINAL
    assert document.load() == controller.canvas
    assert document.load().note(note_id).text == "autosaved idea"


def test_nothing_is_written_for_an_unmodified_document(qtbot, session: InstanceLock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, autosave, writes = make(session, tmp_path)
    assert autosave.write_now()
    assert writes == [] and recovered(session) == []


def test_only_changes_since_the_last_write_are_written(session: InstanceLock, tmp_path: Path) -> None:
    controller, autosave, writes = make(session, tmp_path)
    note_id = controller.add_note(BlockId.CHANNELS, 0.1, 0.1, text="a")
    autosave.write_now()
    autosave.write_now()
    assert len(writes) == 1
    # Typing merges into one undo step; it is still a change worth writing.
    typing = controller.new_text_session()
    controller.set_note_text(note_id, "ab", session=typing)
    controller.set_note_text(note_id, "abc", session=typing)
    autosave.write_now()
    assert len(writes) == 2
    (document,) = recovered(session)
    assert document.load().note(note_id).text == "abc"


def test_losing_focus_writes_at_once(qtbot, session: InstanceLock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller, autosave, writes = make(session, tmp_path)
    window = QWidget()
    qtbot.addWidget(window)
    window.installEventFilter(autosave)
    controller.add_note(BlockId.CHANNELS, text="before switching apps")
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    assert len(writes) == 1
    (document,) = recovered(session)
    assert document.load() == controller.canvas


@pytest.mark.parametrize("how", ["save", "undo", "discard", "revert"])
def test_a_clean_document_has_no_recovery_file(session: InstanceLock, tmp_path: Path, how: str) -> None:
    controller, autosave, _ = make(session, tmp_path)
    controller.add_note(BlockId.CHANNELS, text="x")
    autosave.write_now()
    assert len(recovered(session)) == 1
    if how == "save":
        controller.mark_saved()
    elif how == "undo":
        controller.undo_stack.undo()
    elif how == "discard":
        autosave.discard()
    else:
        controller.set_canvas(load_template("amazon"))
    assert recovered(session) == []
    assert not autosave.is_pending()


def test_a_failed_write_says_why_and_tries_again(session: InstanceLock, tmp_path: Path) -> None:
    controller, autosave, writes = make(session, tmp_path)
    failures: list[str] = []
    autosave.failed.connect(failures.append)
    folder = session.store.session_folder(session.session)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")  # the store cannot be written
    controller.add_note(BlockId.CHANNELS, text="keep me")
    assert autosave.write_now() is False
    assert len(failures) == 1 and "\n" not in failures[0] and failures[0].startswith("Autosave failed")
    assert autosave.is_pending() and controller.is_modified()
    folder.unlink()
    assert autosave.write_now() is True
    assert len(writes) == 1


def test_without_a_session_autosave_is_off(session: InstanceLock, tmp_path: Path) -> None:
    controller = DocumentController(load_template("amazon"))
    autosave = DocumentAutosave(controller, None, lambda: (None, "Untitled"))
    controller.add_note(BlockId.CHANNELS, text="x")
    assert not autosave.enabled and autosave.write_now()
    assert autosave.recovery_file() is None
