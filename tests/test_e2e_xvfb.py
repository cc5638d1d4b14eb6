"""End to end on a real X server: the installed command opens a canvas, paints it, and
ends cleanly on SIGTERM.

The test starts its own Xvfb on a free display (tests/xvfb_session.py), so it runs the same
on a desktop, over ssh and under CI=true with no screen. Screenshots are taken by a
separate small PySide6 process on that display, so the editor carries no test hook.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from canvas_editor.storage.templates import load_template, template_bytes
from tests.editor_process import end_with_sigterm, running
from tests.xvfb_session import WAIT_SECONDS, editor_command, editor_env, take_screenshot, xvfb_display

__all__ = ["xvfb_display"]  # the fixture, used by name

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed"),
]

MIN_COLOURS = 40  # a black screen has 1; the painted canvas has hundreds


def test_the_editor_paints_a_canvas_and_quits_cleanly_on_sigterm(xvfb_display: str, tmp_path: Path) -> None:
    canvas = tmp_path / "amazon.bmc"
    canvas.write_bytes(template_bytes("amazon"))
    note_colours = {note.color.upper() for note in load_template("amazon").notes}
    assert len(note_colours) >= 3
    env = editor_env(xvfb_display)
    editor = subprocess.Popen(
        [*editor_command(), str(canvas)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    with running(editor):
        png = tmp_path / "screen.png"
        colours, found = 0, set()
        deadline = time.monotonic() + WAIT_SECONDS
        while (colours < MIN_COLOURS or found != note_colours) and time.monotonic() < deadline:
            if editor.poll() is not None:
                break
            time.sleep(0.5)
            colours, found = take_screenshot(env, png, note_colours)
        assert editor.poll() is None, f"the editor ended early: {editor.communicate()[1]}"
        assert colours >= MIN_COLOURS, f"the screen stayed blank ({colours} colours, see {png})"
        assert found == note_colours, (
            f"note colours missing from the screen: {note_colours - found} (see {png})"
        )
        stderr = end_with_sigterm(editor, WAIT_SECONDS)
    assert editor.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert canvas.read_bytes() == template_bytes("amazon")  # nothing was modified or rewritten
