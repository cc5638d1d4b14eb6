"""A private X server for end-to-end tests, the editor started on it, and input sent to it.

`xvfb_display` starts Xvfb on a free display (`-displayfd`), so tests run the same on a
desktop, over ssh and under CI with no screen. Screenshots come from a small separate
PySide6 process on that display, and mouse and keyboard input goes through the X
server's XTEST extension (libXtst, loaded with ctypes), so the editor runs unchanged,
with no test hooks, and receives input exactly as from a person.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WAIT_SECONDS = 60.0  # a generous ceiling for slow machines, not a speed check
SCREEN = (1280, 800)

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


def editor_env(display: str) -> dict[str, str]:
    """The test's environment (its isolated XDG folders included) pointed at the display."""
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    # The source tree first, so `python -m canvas_editor` works without an installed package.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{SCREEN[0]}x{SCREEN[1]}x24",
            "-nolisten",
            "tcp",
        ],
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


def wait_for_paint(process: subprocess.Popen[str], env: dict[str, str], png: Path, min_colours: int) -> None:
    """Until the screen shows at least `min_colours` colours (a black screen has one)."""
    colours = 0
    deadline = time.monotonic() + WAIT_SECONDS
    while colours < min_colours and time.monotonic() < deadline:
        assert process.poll() is None, f"the editor ended early: {process.communicate()[1]}"
        time.sleep(0.3)
        colours, _ = take_screenshot(env, png, set())
    assert colours >= min_colours, f"the screen stayed blank ({colours} colours, see {png})"


def _load(name: str) -> ctypes.CDLL | None:
    path = ctypes.util.find_library(name)
    for candidate in (path, f"lib{name}.so.6"):
        if candidate:
            try:
                return ctypes.CDLL(candidate)
            except OSError:
                continue
    return None


class XInput:
    """Mouse and keyboard input on a display, through XTEST (as if from a real device)."""

    def __init__(self, display: str) -> None:
        x11, xtst = _load("X11"), _load("Xtst")
        if x11 is None or xtst is None:
            pytest.skip("libX11 or libXtst is not installed (Debian: libxtst6)")
        self._x11, self._xtst = x11, xtst
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XStringToKeysym.restype = ctypes.c_ulong
        x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
        x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x11.XFlush.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xtst.XTestFakeMotionEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self._display = x11.XOpenDisplay(display.encode())
        if not self._display:
            pytest.skip(f"cannot open the X display {display}")

    def close(self) -> None:
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = None

    def _flush(self) -> None:
        self._x11.XFlush(self._display)
        time.sleep(0.05)  # let the server deliver before the next event

    def move(self, x: int, y: int) -> None:
        self._xtst.XTestFakeMotionEvent(self._display, -1, x, y, 0)
        self._flush()

    def click(self, x: int, y: int, count: int = 1) -> None:
        self.move(x, y)
        for _ in range(count):
            self._xtst.XTestFakeButtonEvent(self._display, 1, 1, 0)
            self._xtst.XTestFakeButtonEvent(self._display, 1, 0, 0)
            self._flush()

    def _keycode(self, keysym_name: str) -> int:
        keysym = self._x11.XStringToKeysym(keysym_name.encode())
        code = int(self._x11.XKeysymToKeycode(self._display, keysym))
        assert code, f"no key for {keysym_name!r} on this display"
        return code

    def key(self, keysym_name: str, *modifiers: str) -> None:
        """Press and release a key by its X keysym name ("Return", "s", "Escape"), with modifiers held."""
        held = [self._keycode(m) for m in modifiers]
        code = self._keycode(keysym_name)
        for m in held:
            self._xtst.XTestFakeKeyEvent(self._display, m, 1, 0)
        self._xtst.XTestFakeKeyEvent(self._display, code, 1, 0)
        self._xtst.XTestFakeKeyEvent(self._display, code, 0, 0)
        for m in reversed(held):
            self._xtst.XTestFakeKeyEvent(self._display, m, 0, 0)
        self._flush()

    def type(self, text: str) -> None:
        """Lower-case letters and digits only: what the default keymap types without Shift."""
        for ch in text:
            assert ch.islower() or ch.isdigit(), ch
            self.key(ch)
