"""Drives the editor as a screen-reader user would, through AT-SPI, and reports what it heard.

Run by tests/test_accessibility_atspi.py with the system's Python (pyatspi is a Debian
package, python3-pyatspi, not a wheel), on the test's own X display and D-Bus session.
It finds the editor on the accessibility bus, listens to the events a screen reader
listens to, types on the keyboard through AT-SPI (XTEST underneath) and prints one
JSON object: what it found and heard. The test asserts on that and on the saved file.

Usage: python3 atspi_walker.py SECONDS
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import Atspi, GLib

APP = "canvas-editor"
CONTROL, SHIFT = 1 << 2, 1 << 0  # X modifier masks
KEYSYMS = {
    "Escape": 0xFF1B,
    "Return": 0xFF0D,
    "Down": 0xFF54,
    "Up": 0xFF52,
    "Right": 0xFF53,
    "Delete": 0xFFFF,
    "F10": 0xFFC7,
}

heard: list[dict[str, str]] = []


def pump(seconds: float) -> None:
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def wait_for(check, seconds: float):  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pump(0.05)
        try:
            found = check()
        except Exception:  # the tree changes while we look: look again
            found = None
        if found:
            return found
    return None


def on_event(event) -> None:  # type: ignore[no-untyped-def]
    try:
        source = event.source
        role = source.getRoleName() if source is not None else ""
        name = source.name if source is not None else ""
    except Exception:
        role, name = "", ""
    data = event.any_data if isinstance(event.any_data, str) else ""
    heard.append({"type": event.type, "role": role, "name": name or "", "data": data})


def walk(node, depth: int = 0, limit: int = 12):  # type: ignore[no-untyped-def]
    if node is None or depth > limit:
        return
    yield node
    for i in range(node.childCount):
        yield from walk(node.getChildAtIndex(i), depth + 1, limit)


def find_app():  # type: ignore[no-untyped-def]
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == APP and app.childCount:
            return app
    return None


def focus_window(node) -> None:  # type: ignore[no-untyped-def]
    """A click in the middle of `node`: Xvfb has no window manager to give a new window
    the keyboard, as a desktop would."""
    extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    Atspi.generate_mouse_event(extents.x + extents.width // 2, extents.y + extents.height // 2, "b1c")
    pump(0.5)


def key(name: str, mods: int = 0) -> None:
    if mods:
        Atspi.generate_keyboard_event(mods, None, Atspi.KeySynthType.LOCKMODIFIERS)
    keysym = KEYSYMS.get(name, ord(name) if len(name) == 1 else 0)
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    if mods:
        Atspi.generate_keyboard_event(mods, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
    pump(0.25)


def type_text(text: str) -> None:
    for ch in text:
        key(ch)


def main() -> None:
    seconds = float(sys.argv[1])
    report: dict[str, object] = {}
    app = wait_for(find_app, seconds)
    if app is None:
        print(json.dumps({"error": "the editor never appeared on the accessibility bus"}))
        return
    for kind in (
        "object:property-change:accessible-name",
        "object:announcement",
        "object:state-changed:focused",
        "focus:",
    ):
        pyatspi.Registry.registerEventListener(on_event, kind)
    # Starting on a file that is not there yet, the editor asks first (Create is the default).
    asked = wait_for(lambda: app.getChildAtIndex(0).name == "Create Canvas", 10)
    report["asked_to_create"] = bool(asked)
    if asked:
        focus_window(app.getChildAtIndex(0))
        key("Return")
    frame = wait_for(
        lambda: next(
            (
                w
                for w in (app.getChildAtIndex(i) for i in range(app.childCount))
                if w.name.startswith("walk.bmc")
            ),
            None,
        ),
        seconds,
    )
    if frame is None:
        print(
            json.dumps({"error": "no window for walk.bmc", "windows": [w.name for w in walk(app, limit=1)]})
        )
        return
    report["frame"] = frame.name
    board = wait_for(
        lambda: next((n for n in walk(frame) if n.name.startswith("Canvas board")), None), seconds
    )
    if board is None:
        print(json.dumps({"error": "no board", "names": [n.name for n in walk(frame)][:200]}))
        return
    report["board_name"] = board.name
    report["menu_items_with_tab"] = [
        n.name for n in walk(frame) if n.getRoleName() == "menu item" and "\t" in n.name
    ]
    report["menu_items"] = len([n for n in walk(frame) if n.getRoleName() == "menu item"])

    focus_window(board)

    names: list[str] = []

    def board_says(expected: str) -> bool:
        names.append(board.name)
        return wait_for(lambda: board.name == expected, 10) is not None

    key("1")
    report["picked_block"] = board_says("Key Partners, 0 notes, block 1 of 9")
    # Three notes in two blocks, and a fourth to delete.
    for block, text in (("2", "alpha"), (None, "beta"), ("6", "gamma"), (None, "delta")):
        if block:
            key(block)
        key("n")
        type_text(text)
        key("Escape")
    key("Delete")
    pump(0.5)
    key("Escape")
    key("Down")
    report["walked_to_note"] = board_says("alpha, note 1 of 2 in Key Activities")
    # The note's menu, Move to (the fifth entry), Channels (the fifth block alpha may go to).
    key("F10", SHIFT)
    pump(0.5)
    report["focus_in_menu"] = [
        e["name"]
        for e in heard
        if e["role"] == "menu item" and e["type"].startswith("object:state-changed:focused")
    ]
    for step in ("Down", "Down", "Down", "Down", "Right", "Down", "Down", "Down", "Down", "Return"):
        key(step)
    pump(0.5)
    report["moved_name"] = board.name
    key("s", CONTROL)
    pump(1.0)

    # The outline, opened from the keyboard: its Segment cells name segments.
    key("o", CONTROL | SHIFT)
    pump(1.0)
    cells = [n for n in walk(frame, limit=16) if n.getRoleName() == "table cell"]
    report["outline_cells"] = [c.name for c in cells]
    # Return edits the current row (alpha, the board's selection), Return again saves it:
    # the keyboard is back on the row, and the screen reader must hear the row.
    key("Return")
    pump(0.5)
    editing = len(heard)
    key("Return")
    pump(1.0)
    report["focus_after_edit"] = [
        (e["role"], e["name"]) for e in heard[editing:] if e["type"] == "object:state-changed:focused"
    ]
    report["heard"] = heard
    report["board_names"] = names
    print(json.dumps(report))


if __name__ == "__main__":
    main()
