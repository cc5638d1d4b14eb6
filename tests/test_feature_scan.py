"""PySide reads the source of every module imported after it (and keeps it) unless told
there is nothing to look for; the editor tells it, and never selects a PySide feature."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.test_app import ROOT, WAIT_SECONDS, editor_env
from tests.test_warm_up import editor_after_warm_up

# In a fresh process: PySide loaded, optionally told, then a module of ours imported.
IMPORT_PROBE = r"""
import linecache, sys
import PySide6.QtCore
if sys.argv[2] == "skip":
    from canvas_editor.ui.feature_scan import skip_pyside_feature_scan
    assert skip_pyside_feature_scan()
sys.path.insert(0, sys.argv[1])
import fresh_module
print("read" if fresh_module.__file__ in linecache.cache else "not read")
"""


def _import_after_pyside(tmp_path: Path, mode: str) -> str:
    (tmp_path / "fresh_module.py").write_text("from PySide6.QtCore import QPoint\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE, str(tmp_path), mode],
        env=editor_env(tmp_path), capture_output=True, text=True, timeout=WAIT_SECONDS,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_pyside_reads_a_module_imported_after_it(tmp_path: Path) -> None:
    """What the editor switches off (if PySide stops doing it, the switch can go)."""
    assert _import_after_pyside(tmp_path, "default") == "read"


def test_once_skipped_a_module_imported_after_pyside_is_not_read(tmp_path: Path) -> None:
    assert _import_after_pyside(tmp_path, "skip") == "not read"


def test_the_editor_keeps_no_module_source_after_start_up(tmp_path: Path) -> None:
    """Its window and board code, and pydantic, are all imported after Qt is set up."""
    assert "sources held: []" in editor_after_warm_up(tmp_path)


def test_no_module_of_the_editor_selects_a_pyside_feature() -> None:
    """The switch is only sound while no module imports `__feature__` (see ui.feature_scan)."""
    selecting = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.MULTILINE)
    sources = sorted((ROOT / "canvas_editor").rglob("*.py"))
    assert len(sources) > 50
    assert [p.name for p in sources if selecting.search(p.read_text(encoding="utf-8"))] == []
