"""At 200 % scaling the board is drawn at the screen's full resolution, its cached note
pictures too: the board with every note's picture cached (as while the find bar is
open) is pixel for pixel the board painted directly, at twice the pixels.

Qt reads the scale factor once, when the application starts: the board runs in a
fresh interpreter with QT_SCALE_FACTOR=2.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BOARD_AT_200 = r"""
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QGraphicsItem
app = QApplication(sys.argv[:1])
from canvas_editor.app import configure_application
from canvas_editor.ui.workspace import Workspace
configure_application(app)
workspace = Workspace(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = workspace.new_document(template="amazon")
window.resize(1000, 700)
app.processEvents()
viewport = window.view.viewport()
painted = viewport.grab().toImage()
scene = window.view.board_scene
scene.set_search_open(True)  # what the find bar does: note pictures are cached
cached_modes = {item.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache
                for item in scene.items() if hasattr(item, "note_id")}
viewport.grab()  # this paint makes the pictures
from_cache = viewport.grab().toImage()  # this one shows them
print(json.dumps({
    "ratio": painted.devicePixelRatio(),
    "pixels": [painted.width(), painted.height()],
    "logical": [viewport.width(), viewport.height()],
    "all_cached": cached_modes == {True},
    "same": painted == from_cache,
}))
window.controller.mark_saved()
window.close()
"""


def test_cached_note_pictures_are_as_sharp_as_painted_notes_at_200_percent(tmp_path: Path) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", BOARD_AT_200, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["ratio"] == 2.0
    assert report["pixels"] == [2 * n for n in report["logical"]]
    assert report["all_cached"]
    assert report["same"]
