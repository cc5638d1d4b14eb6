"""A running editor's recovery folder is never offered; a crashed or killed one's always is."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from canvas_editor.model import BlockId, Canvas, Note
from canvas_editor.storage import canvas_to_bytes
from canvas_editor.storage.recovery import RecoveryStore
from canvas_editor.ui.instance_lock import InstanceLock

ROOT = Path(__file__).resolve().parent.parent
DATA = canvas_to_bytes(Canvas(notes=[Note(id="n1", block=BlockId.CHANNELS, text="unsaved")]))

# Another editor process: takes its own session, autosaves one document, then waits.
OTHER_EDITOR = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication(sys.argv[:1])
from canvas_editor.storage.recovery import RecoveryStore
from canvas_editor.ui.instance_lock import InstanceLock
lock = InstanceLock.acquire(RecoveryStore(Path(sys.argv[1])))
lock.store.write(lock.session, "doc1", Path(sys.argv[2]).read_bytes(), Path("/somewhere/plan.bmc"))
print(lock.session, flush=True)
time.sleep(120)
"""


@pytest.fixture
def store(tmp_path: Path, qapp: QCoreApplication) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


def start_other_editor(store: RecoveryStore, tmp_path: Path) -> tuple[subprocess.Popen[str], str]:
    data = tmp_path / "data.bmc"
    data.write_bytes(DATA)
    process = subprocess.Popen(
        [sys.executable, "-c", OTHER_EDITOR, str(store.root), str(data)],
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    session = process.stdout.readline().strip()
    assert session, "the other editor did not start"
    return process, session


def stop(process: subprocess.Popen[str]) -> None:
    """SIGKILL: what a crash, the OOM killer or a power cut leave behind."""
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    if process.stdout is not None:
        process.stdout.close()


def test_each_editor_gets_its_own_locked_session(store: RecoveryStore) -> None:
    first = InstanceLock.acquire(store)
    second = InstanceLock.acquire(store)
    assert first is not None and second is not None
    try:
        assert first.session != second.session
        assert (store.root / f"{first.session}.lock").is_file()
        store.write(first.session, "d", DATA, None)
        assert second.crashed_sessions() == []  # the first one is alive
    finally:
        first.release()
        second.release()
    assert list(store.root.iterdir()) == [store.root / f"{first.session}"]  # a document remains
    assert store.sessions() == [first.session]


def test_a_normal_exit_leaves_nothing_behind(store: RecoveryStore) -> None:
    lock = InstanceLock.acquire(store)
    assert lock is not None
    store.write(lock.session, "d", DATA, None)
    store.remove(lock.session, "d")
    lock.release()
    assert list(store.root.iterdir()) == []


def test_a_running_editor_is_left_alone_and_a_killed_one_is_offered(
    store: RecoveryStore, tmp_path: Path
) -> None:
    other, session = start_other_editor(store, tmp_path)
    me = InstanceLock.acquire(store)
    assert me is not None
    try:
        assert me.crashed_sessions() == []
        stop(other)
        (crashed,) = me.crashed_sessions()
        assert crashed.session == session
        (document,) = crashed.documents()
        assert document.original_path == Path("/somewhere/plan.bmc")
        assert document.load().notes[0].text == "unsaved"
        # While we hold it, a third editor does not offer the same documents.
        third = InstanceLock.acquire(store)
        assert third is not None and third.crashed_sessions() == []
        third.release()
        crashed.release()  # undecided: the document stays for the next start
        assert [s.session for s in me.crashed_sessions()] == [session]
    finally:
        stop(other)
        me.release()


def test_a_lock_left_by_a_crash_without_documents_is_cleared(store: RecoveryStore, tmp_path: Path) -> None:
    other, session = start_other_editor(store, tmp_path)
    store.remove(session, "doc1")
    stop(other)
    me = InstanceLock.acquire(store)
    assert me is not None
    assert me.crashed_sessions() == []
    assert not (store.root / f"{session}.lock").exists()
    assert session not in store.sessions()
    me.release()


def test_a_data_folder_that_cannot_be_written_means_no_autosave_not_no_editor(
    tmp_path: Path, qapp: QCoreApplication
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert InstanceLock.acquire(RecoveryStore(blocker / "recovery")) is None


def test_locks_do_not_go_stale_with_age(store: RecoveryStore) -> None:
    first = InstanceLock.acquire(store)
    assert first is not None
    old = time.time() - 30 * 24 * 3600
    lock_file = store.root / f"{first.session}.lock"
    os.utime(lock_file, (old, old))  # an editor left open for a month
    store.write(first.session, "d", DATA, None)
    second = InstanceLock.acquire(store)
    assert second is not None
    assert second.crashed_sessions() == []
    second.release()
    first.release()
