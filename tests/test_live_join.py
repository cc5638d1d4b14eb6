"""`canvas-editor join URL`: a co-facilitator's window in a room `canvas-editor serve`
hosts on loopback. The window shows the room's canvas; its edits reach the host's
saved file; a participant's note reaches the window; the end of the room is told."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from canvas_editor.live.room_client import RoomClient
from canvas_editor.model.blocks import BlockId
from canvas_editor.ui.main_window import MainWindow
from tests.live_client import joined
from tests.live_serve import ROOT, Served, served
from tests.sharing_window import pump_until
from tests.test_live_serve import _new_file, _saved_notes
from tests.window_helpers import open_workspace


@pytest.fixture
def room(qtbot: object, tmp_path: Path) -> Iterator[tuple[Served, MainWindow]]:
    path = _new_file(tmp_path)
    with served(path) as workshop, open_workspace(tmp_path / "settings.ini") as workspace:
        window = workspace.new_document()
        assert window is not None
        client = RoomClient(workshop.facilitator_url)
        window.live_sharing.join(client, client.join())
        yield workshop, window
        window.live_sharing.leave()


def test_the_co_facilitators_window_mirrors_the_room_both_ways(room: tuple[Served, MainWindow]) -> None:
    workshop, window = room
    controller = window.controller
    in_file = _saved_notes(workshop.path)
    assert {n.id for n in controller.canvas.notes} == set(in_file)
    assert controller.undo_stack.count() == 0 and not window.live_sharing.action.isEnabled()

    note_id = controller.add_note(BlockId.CHANNELS, 0.2, 0.2, text="공동 진행자의 메모")
    pump_until(lambda: note_id in _saved_notes(workshop.path))
    assert _saved_notes(workshop.path)[note_id]["text"] == "공동 진행자의 메모"

    def participant() -> None:
        async def write() -> None:
            async with joined(workshop.url) as alice:
                alice.add_note("from-alice", "key_resources", "참가자 메모")
                await asyncio.sleep(0.5)

        asyncio.run(write())

    thread = threading.Thread(target=participant, daemon=True)
    thread.start()
    pump_until(lambda: controller.has_note("from-alice"))
    assert controller.note("from-alice").text == "참가자 메모"
    assert controller.undo_stack.count() == 1  # only the co-facilitator's own note
    controller.remove_notes(["from-alice"])  # a facilitator may delete anyone's note
    pump_until(lambda: "from-alice" not in _saved_notes(workshop.path))
    pump_until(lambda: not thread.is_alive())

    status, err = workshop.stop()
    assert status == 0, err
    assert "reverted" not in err  # the window wrote only what a co-facilitator may
    pump_until(lambda: window.live_sharing.joined is None)
    assert "ended" in window.statusBar().currentMessage()
    assert controller.has_note(note_id)  # the canvas stays in the window


def _join(*args: str) -> subprocess.CompletedProcess[str]:
    env_python = [sys.executable, "-m", "canvas_editor", "join", *args]
    return subprocess.run(env_python, cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_join_reports_a_bad_link_in_one_line(tmp_path: Path) -> None:
    result = _join("not a link")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not a workshop link" in result.stderr
    refused = _join(f"http://127.0.0.1:1/w/ABCDEF?f={'0' * 32}")  # nothing listens there
    assert refused.returncode == 1, refused.stderr
    assert refused.stderr.count("\n") == 1 and "cannot reach the workshop" in refused.stderr
    path = _new_file(tmp_path)
    with served(path) as workshop:
        wrong = _join(workshop.facilitator_url.replace("f=", "f=0"))
        workshop.stop()
    assert wrong.returncode == 1
    assert wrong.stderr.count("\n") == 1 and "refused this link" in wrong.stderr
