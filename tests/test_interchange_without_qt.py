"""Reading and writing other programs' files never loads Qt: the command line's import
and document exports run where Qt cannot (a server, a container without X libraries).

Each check runs in a fresh interpreter: in the test process Qt may already be loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
QT = ("PySide6", "shiboken6")

IMPORT_EVERY_IMPORTER = """
import importlib, json, pkgutil, sys
package = importlib.import_module("canvas_editor.importers")
names = [info.name for info in pkgutil.walk_packages(package.__path__, "canvas_editor.importers.")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"imported": names, "modules": sorted(sys.modules)}))
"""

RUN_COMMAND = """
import json, sys
from canvas_editor.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def python(code: str, *args: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return out


def qt_modules(result: dict[str, object]) -> list[str]:
    modules = result["modules"]
    assert isinstance(modules, list)
    return [m for m in modules if m.split(".")[0] in QT]


def test_every_importer_imports_without_qt() -> None:
    result = python(IMPORT_EVERY_IMPORTER)
    assert "canvas_editor.importers.markdown" in result["imported"]  # type: ignore[operator]
    assert qt_modules(result) == []


@pytest.mark.parametrize("suffix", [".md", ".csv", ".canvas", ".pptx"])
def test_document_exports_and_their_imports_load_no_qt(suffix: str, tmp_path: Path) -> None:
    out = tmp_path / f"plan{suffix}"
    exported = python(RUN_COMMAND, "export", str(FIXTURES / "v2-full.bmc"), "-o", str(out))
    assert exported["code"] == 0 and out.exists()
    assert qt_modules(exported) == []
    if suffix != ".pptx":
        imported = python(RUN_COMMAND, "import", str(out), "-o", str(tmp_path / "back.bmc"))
        assert imported["code"] == 0 and (tmp_path / "back.bmc").exists()
        assert qt_modules(imported) == []
