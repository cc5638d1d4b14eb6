"""End to end on a real X server: the installed command opens a canvas, paints it, and
ends cleanly on SIGTERM.

The test starts its own Xvfb on a free display (`-displayfd`), so it runs the same on a
desktop, over ssh and under CI=true with no screen. Screenshots are taken by a separate
small PySide6 process on that display, so the editor carries no test hook.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from canvas_editor.storage.templates import load_template, template_bytes

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed"),
]

ROOT = Path(__file__).resolve().parent.parent
WAIT_SECONDS = 60.0  # a generous ceiling for slow machines, not a speed check
MIN_COLOURS = 40  # a black screen has 1; the painted canvas has hundreds

SCREENSHOT = r"""
import json, sys
from PySide6.QtGui import QColor, QGuiApplication
app = QGuiApplication(sys.argv[:1])
image = app.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
seen = {image.pixel(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)}
names = {QColor(p).name().upper() for p in seen}
print(json.dumps({"colours": len(seen), "found": sorted(names & set(sys.argv[2:]))}))
"""


def editor_command() -> list[str]:
    installed = Path(sys.executable).with_name("canvas-editor")
    if installed.exists():
        return [str(installed)]
    return [sys.executable, "-m", "canvas_editor"]


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    number = b""
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], 1.0)
            if ready:
                chunk = os.read(read_end, 16)
                if not chunk:
                    break
                number += chunk
        if not number.strip().isdigit():
            pytest.skip("Xvfb did not start")
        yield f":{number.strip().decode()}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=30)


def take_screenshot(env: dict[str, str], png: Path, wanted: set[str]) -> tuple[int, set[str]]:
    """How many colours the screen shows, and which of `wanted` (#RRGGBB) appear as pixels."""
    result = subprocess.run(
        [sys.executable, "-c", SCREENSHOT, str(png), *sorted(wanted)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    return int(report["colours"]), set(report["found"])


def test_the_editor_paints_a_canvas_and_quits_cleanly_on_sigterm(xvfb_display: str, tmp_path: Path) -> None:
    canvas = tmp_path / "amazon.bmc"
    canvas.write_bytes(template_bytes("amazon"))
    note_colours = {note.color.upper() for note in load_template("amazon").notes}
    assert len(note_colours) >= 3
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    # The source tree first, so `python -m canvas_editor` works without an installed package.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    editor = subprocess.Popen(
        [*editor_command(), str(canvas)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
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
        editor.send_signal(signal.SIGTERM)
        _, stderr = editor.communicate(timeout=WAIT_SECONDS)
    finally:
        if editor.poll() is None:
            editor.kill()
            editor.wait()
    assert editor.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert canvas.read_bytes() == template_bytes("amazon")  # nothing was modified or rewritten
