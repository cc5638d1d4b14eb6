# ruff: noqa: F821 (_PaintSeen and _wait_for_paint come from paint_wait.py)
# Focusing a customer segment with the large canvas on the board: opens CONFIG["path"] in
# a window, opens the Segment Legend (Ctrl+Shift+L) and clicks each segment in turn,
# then the same segment again (the focus ends), timing each click from the press to the
# end of the board's next paint. Args: CONFIG_JSON (path, width, height, rounds).
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

_config = json.loads(sys.argv[1])


app = QApplication(["canvas-editor"])
from canvas_editor.ui.workspace import Workspace  # noqa: E402

settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
workspace = Workspace(settings)
[window] = workspace.open_paths([_config["path"]])
window.resize(_config["width"], _config["height"])
window.show()
QTest.qWaitForWindowExposed(window)
view = window.view
paint = _PaintSeen(view.viewport())
_wait_for_paint(app, paint, 1.0)
QTest.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
panel = window.segment_legend.dock.panel
_wait_for_paint(app, paint, 1.0)
QTest.qWait(200)  # the dock settles, the board is laid out beside it

focus_ms, clear_ms = [], []
missed = 0
for _ in range(_config.get("rounds", 3)):
    for row in range(panel.list.count()):
        for times in (focus_ms, clear_ms):  # the first click focuses, the second ends the focus
            at = panel.list.visualItemRect(panel.list.item(row)).center()
            start = time.perf_counter()
            QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=at)
            if _wait_for_paint(app, paint, 1.0):
                times.append((time.perf_counter() - start) * 1000.0)
            else:
                missed += 1
result = {
    "focus_ms": focus_ms,
    "clear_ms": clear_ms,
    "missed": missed,
    "notes": len(window.controller.canvas.notes),
    "segments": panel.list.count(),
    "platform": QApplication.platformName(),
    "median_ms": statistics.median(focus_ms) if focus_ms else None,
}
print("BENCH " + json.dumps(result), flush=True)
os._exit(0)
