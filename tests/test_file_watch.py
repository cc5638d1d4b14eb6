"""FileWatch: changes by other programs are noticed, through atomic renames; ours are not.

Real files, real QFileSystemWatcher events: another program's write is simulated the
way such programs write (an atomic rename like ours or a sync tool's, an in-place
rewrite like a text editor's, delete and recreate like `git checkout`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from canvas_editor.model import BlockId, Canvas, Note
from canvas_editor.storage import canvas_to_bytes
from canvas_editor.storage.save import write_atomic
from canvas_editor.ui.file_watch import SETTLE_MS, FileWatch

# Negative checks also call check_now() inside the block, which reports at once; the wait
# only covers events still settling.
QUIET_MS = SETTLE_MS + 200


def content(text: str) -> bytes:
    return canvas_to_bytes(Canvas(notes=[Note(id="n1", block=BlockId.CHANNELS, text=text)]))


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.bmc"
    path.write_bytes(content("first"))
    return path


@pytest.fixture
def watch(qapp: QApplication, plan: Path) -> FileWatch:
    watch = FileWatch()
    watch.watch(plan)
    return watch


def test_an_atomic_replace_by_another_program_is_noticed_again_and_again(
    qtbot, watch: FileWatch, plan: Path
) -> None:  # type: ignore[no-untyped-def]
    for text in ("second", "third", "fourth"):  # the watch survives each rename
        with qtbot.waitSignal(watch.changed, timeout=5_000):
            write_atomic(plan, content(text))
        watch.accept(plan.read_bytes())


def test_an_in_place_rewrite_is_noticed(qtbot, watch: FileWatch, plan: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(watch.changed, timeout=5_000), open(plan, "r+b") as f:
        f.truncate(0)
        f.write(content("rewritten"))


def test_delete_and_recreate_is_noticed(qtbot, watch: FileWatch, plan: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(watch.changed, wait=QUIET_MS):
        plan.unlink()  # gone: nothing to say yet (a save would recreate it)
        watch.check_now()
    with qtbot.waitSignal(watch.changed, timeout=5_000):
        plan.write_bytes(content("checked out"))


def test_our_own_save_is_not_a_change(qtbot, watch: FileWatch, plan: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(watch.changed, wait=QUIET_MS):
        data = content("saved by us")
        write_atomic(plan, data)
        watch.watch(plan, data)  # what the window does right after a save
        watch.check_now()
    with qtbot.waitSignal(watch.changed, timeout=5_000):  # and it still watches afterwards
        write_atomic(plan, content("then someone else"))


def test_touching_or_rewriting_the_same_bytes_is_not_a_change(qtbot, watch: FileWatch, plan: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(watch.changed, wait=QUIET_MS):
        os.utime(plan)
        write_atomic(plan, plan.read_bytes())
        (plan.parent / "other.bmc").write_bytes(content("another file in the folder"))
        watch.check_now()


def test_a_version_once_accepted_is_not_reported_again(qtbot, watch: FileWatch, plan: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(watch.changed, timeout=5_000):
        write_atomic(plan, content("theirs"))
    watch.accept(plan.read_bytes())  # "keep mine": this disk version is known now
    with qtbot.assertNotEmitted(watch.changed, wait=QUIET_MS):
        watch.check_now()


def test_a_paused_watch_holds_its_news(qtbot, watch: FileWatch, plan: Path) -> None:  # type: ignore[no-untyped-def]
    watch.paused = True
    with qtbot.assertNotEmitted(watch.changed, wait=QUIET_MS):
        write_atomic(plan, content("while asking"))
        watch.check_now()
    watch.paused = False
    with qtbot.waitSignal(watch.changed, timeout=1_000):
        watch.check_now()


def test_watching_nothing_reports_nothing(qtbot, qapp: QApplication, plan: Path) -> None:  # type: ignore[no-untyped-def]
    watch = FileWatch()
    watch.watch(None)
    with qtbot.assertNotEmitted(watch.changed, wait=QUIET_MS):
        write_atomic(plan, content("unrelated"))
        watch.check_now()


def inotify_instances() -> int:
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            count += "inotify" in os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # the descriptor listdir itself used
            continue
    return count


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs Linux /proc")
def test_a_watch_of_nothing_gives_its_inotify_instance_back(qtbot, qapp: QApplication, plan: Path) -> None:  # type: ignore[no-untyped-def]
    before = inotify_instances()
    watches = [FileWatch() for _ in range(10)]
    for watch in watches:
        watch.watch(plan)
    assert inotify_instances() >= before + 10  # one each (a user has 128 on stock Linux)
    for watch in watches:
        watch.watch(None)  # what a closing window does
    qtbot.waitUntil(lambda: inotify_instances() == before, timeout=5_000)
