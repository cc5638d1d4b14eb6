"""End to end on a real X server: an edit survives SIGKILL through autosave and recovery.

The editor opens a canvas; a double-click on the board and typing (real X input through
XTEST) add a note; after the autosave the process is killed with SIGKILL. Started again,
the editor offers the document back; Return restores it (Restore is the default button),
and Ctrl+S then writes it to the file it came from, with the note in it.

The autosave interval is the user's `autosave/interval_s` setting, set to 1 second in
the test's own settings file so the test does not wait 30 seconds.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from canvas_editor.storage.load import load_canvas
from canvas_editor.storage.recovery import RecoveryStore
from canvas_editor.storage.templates import template_bytes
from tests.xvfb_session import (
    SCREEN,
    WAIT_SECONDS,
    XInput,
    editor_command,
    editor_env,
    wait_for_paint,
    xvfb_display,
)

__all__ = ["xvfb_display"]  # the fixture, used by name

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed"),
]

TEXT = "recovered"
CENTRE = (SCREEN[0] // 2, SCREEN[1] // 2)  # the window opens centred: the middle of the board


@pytest.fixture
def x_input(xvfb_display: str) -> Iterator[XInput]:
    device = XInput(xvfb_display)
    yield device
    device.close()


def start_editor(env: dict[str, str], *files: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*editor_command(), *map(str, files)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(process: subprocess.Popen[str]) -> str:
    if process.poll() is None:
        process.kill()
    _, stderr = process.communicate(timeout=WAIT_SECONDS)
    return stderr


def autosaved_texts() -> list[str]:
    store = RecoveryStore()
    texts = []
    for session in store.sessions():
        for document in store.documents(session):
            try:
                texts += [n.text for n in document.load().notes]
            except Exception:  # mid-write by the editor: look again
                continue
    return texts


def wait_until(
    predicate: Callable[[], bool],
    process: subprocess.Popen[str],
    act: Callable[[], None] | None = None,
    every: float = 0.3,
) -> None:
    """Poll `predicate`, doing `act` between looks; fails if the editor ends or time runs out."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if predicate():
            return
        assert process.poll() is None, f"the editor ended early: {process.communicate()[1]}"
        if act is not None:
            act()
        time.sleep(every)
    raise AssertionError("gave up waiting")


def test_an_edit_survives_sigkill_through_autosave_and_recovery(
    xvfb_display: str, x_input: XInput, tmp_path: Path
) -> None:
    canvas = tmp_path / "plan.bmc"
    canvas.write_bytes(template_bytes("blank"))
    env = editor_env(xvfb_display)
    settings = Path(env["XDG_CONFIG_HOME"]) / "canvas-editor" / "canvas-editor.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[autosave]\ninterval_s=1\n", encoding="utf-8")

    # 1. Edit, wait for the autosave, kill.
    editor = start_editor(env, canvas)
    try:
        wait_for_paint(editor, env, tmp_path / "first.png", min_colours=20)
        x_input.click(*CENTRE, count=2)  # a double-click on an empty spot adds a note to edit
        x_input.type(TEXT)
        x_input.key("Escape")  # done editing
        wait_until(lambda: TEXT in autosaved_texts(), editor)
        editor.send_signal(signal.SIGKILL)
        editor.wait(timeout=WAIT_SECONDS)
    finally:
        stop(editor)
    assert editor.returncode == -signal.SIGKILL
    assert canvas.read_bytes() == template_bytes("blank")  # the edit was never saved to the file

    # 2. Start again: the recovery question comes first; Return restores, Ctrl+S saves.
    editor = start_editor(env)
    try:
        wait_for_paint(editor, env, tmp_path / "second.png", min_colours=8)
        x_input.click(*CENTRE)  # the dialog is centred; a click gives it the keyboard
        x_input.key("Return")

        def save() -> None:
            x_input.click(CENTRE[0], SCREEN[1] // 8)  # the restored window, above the dialog's place
            x_input.key("s", "Control_L")

        def saved() -> bool:
            try:
                return TEXT in [n.text for n in load_canvas(canvas).notes]
            except Exception:
                return False

        wait_until(saved, editor, act=save, every=1.0)
        editor.send_signal(signal.SIGTERM)  # nothing unsaved now: a clean exit
        editor.wait(timeout=WAIT_SECONDS)
    finally:
        stderr = stop(editor)
    assert editor.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert TEXT not in autosaved_texts()  # saved: its recovery file is gone
    assert RecoveryStore().sessions() == []
