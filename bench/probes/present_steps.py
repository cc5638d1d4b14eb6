# ruff: noqa: F821 (_PaintSeen and _wait_for_paint come from paint_wait.py)
# Presentation steps with the large canvas on the board: opens CONFIG["path"] in a
# window, presents it (F5) and presses Space until every note is shown, timing each
# step from the key press to the end of the board's next paint. Args: CONFIG_JSON
# (path, zoom: the "zoom to each block" option, width, height, limit: at most so many steps).
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
settings.setValue("presentation/zoom_to_block", bool(_config["zoom"]))
workspace = Workspace(settings)
[window] = workspace.open_paths([_config["path"]])
window.resize(_config["width"], _config["height"])
window.show()
QTest.qWaitForWindowExposed(window)
view = window.view
paint = _PaintSeen(view.viewport())
_wait_for_paint(app, paint, 1.0)
QTest.keyClick(view, Qt.Key.Key_F5)
_wait_for_paint(app, paint, 1.0)
QTest.qWait(200)  # full screen settles

steps_ms = []
missed = 0
presentation = window.workshop.presentation.presentation
for _ in range(min(presentation.total, _config.get("limit", presentation.total))):
    start = time.perf_counter()
    QTest.keyClick(view, Qt.Key.Key_Space)
    if _wait_for_paint(app, paint, 1.0):
        steps_ms.append((time.perf_counter() - start) * 1000.0)
    else:
        missed += 1
result = {
    "steps_ms": steps_ms,
    "missed": missed,
    "notes": presentation.total,
    "shown": presentation.shown,
    "viewport": [view.viewport().width(), view.viewport().height()],
    "platform": QApplication.platformName(),
    "median_ms": statistics.median(steps_ms) if steps_ms else None,
}
print("BENCH " + json.dumps(result), flush=True)
os._exit(0)
