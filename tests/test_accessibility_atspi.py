"""The editor through a real assistive-technology stack: AT-SPI on its own D-Bus session,
the editor on Xvfb with accessibility on, and a screen reader's view of it from pyatspi.

tests/atspi_walker.py (run with the system's Python, where Debian's python3-pyatspi
lives) finds the editor on the accessibility bus, works through a canvas with the
keyboard only (pick a block, add notes in two blocks, walk to one, move it with the
note menu, delete one, save) and reports every name, focus and announcement event it
heard. This test asserts on that report and on the saved file. `make test` installs
the stack when run as root (Makefile: at-spi2-core, python3-pyatspi, dbus); without
it, the test skips and says what is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from canvas_editor.model.blocks import BlockId
from canvas_editor.storage.load import load_canvas
from tests.editor_process import running
from tests.xvfb_session import WAIT_SECONDS, editor_command, editor_env, xvfb_display

__all__ = ["xvfb_display"]  # the fixture, used by name

SYSTEM_PYTHON = "/usr/bin/python3"
START_A11Y_BUS = """
from gi.repository import Gio
bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
              None, None, Gio.DBusCallFlags.NONE, 30000, None)
"""
WALKER = Path(__file__).with_name("atspi_walker.py")


def _missing() -> str:
    """What of the stack is not installed ("" when all is there)."""
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is not there"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, timeout=60, check=False
    )
    if probe.returncode != 0:
        return "pyatspi is not installed (Debian: python3-pyatspi, at-spi2-core)"
    return ""


MISSING = _missing()
pytestmark = [pytest.mark.xvfb, pytest.mark.skipif(bool(MISSING), reason=MISSING)]


@pytest.fixture
def session_bus(xvfb_display: str) -> Iterator[str]:
    """A private D-Bus session on the test's display: the accessibility bus and its
    registry (which types the walker's keys through XTEST) start on it when first asked for."""
    started = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env={**os.environ, "DISPLAY": xvfb_display},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    address, pid = started.stdout.split()[:2]
    try:
        # The accessibility bus up before the editor starts: Qt asks for it once, and an
        # editor that asked while the bus was still starting never appears on it.
        subprocess.run(
            [SYSTEM_PYTHON, "-c", START_A11Y_BUS],
            env={**os.environ, "DISPLAY": xvfb_display, "DBUS_SESSION_BUS_ADDRESS": address},
            timeout=60,
            check=True,
        )
        yield address
    finally:
        os.kill(int(pid), 15)


def test_a_screen_reader_user_works_through_a_canvas_with_the_keyboard(
    xvfb_display: str, session_bus: str, tmp_path: Path
) -> None:
    path = tmp_path / "walk.bmc"  # not there yet: the editor starts a blank canvas for it
    env = editor_env(xvfb_display)
    env.update(
        DBUS_SESSION_BUS_ADDRESS=session_bus,
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
    )
    walker_env = {k: v for k, v in env.items() if k != "PYTHONPATH"}
    with (tmp_path / "stderr.txt").open("w") as stderr:
        editor = subprocess.Popen(
            [*editor_command(), str(path)], env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
    with running(editor):
        walked = subprocess.run(
            [SYSTEM_PYTHON, str(WALKER), str(WAIT_SECONDS)],
            env=walker_env,
            capture_output=True,
            text=True,
            timeout=WAIT_SECONDS * 4,
            check=False,
        )
    (tmp_path / "heard.json").write_text(walked.stdout)  # for reading after a failure
    assert walked.returncode == 0, walked.stderr
    report = json.loads(walked.stdout.strip().splitlines()[-1])
    assert "error" not in report, report
    heard = report["heard"]
    announced = [e["data"] for e in heard if e["type"] == "object:announcement"]

    saved = load_canvas(path)
    assert saved.title  # a new canvas has one: the board and the window title show it
    assert report["board_name"] == f"Canvas board: {saved.title}"
    assert report["frame"] == f"walk.bmc ({saved.title}) - Canvas Editor"
    assert report["menu_items"] > 20 and report["menu_items_with_tab"] == []
    assert report["picked_block"], report["board_names"]
    assert "Note added to Key Activities" in announced
    assert "\u201cdelta\u201d deleted" in announced
    assert report["walked_to_note"], report["board_names"]
    assert report["focus_in_menu"][:1] == ["Colour"], heard
    assert "\u201calpha\u201d moved to Channels" in announced
    assert report["moved_name"].startswith("alpha, note ") and report["moved_name"].endswith(
        " of 2 in Channels"
    )
    cells = report["outline_cells"]
    assert "No segment" in cells and cells.count("alpha") == 1, cells
    assert report["focus_after_edit"][-1:] == [["table cell", "alpha"]], report["focus_after_edit"]

    assert sorted((n.text, n.block) for n in saved.notes) == [
        ("alpha", BlockId.CHANNELS),
        ("beta", BlockId.KEY_ACTIVITIES),
        ("gamma", BlockId.CHANNELS),
    ]
