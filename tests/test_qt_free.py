"""The layers below the window never load Qt: the command line runs where Qt cannot.

Each check runs in a fresh interpreter: in the test process Qt may already be loaded.
(Which commands load reportlab is a matter of speed: tests/perf/test_perf_cli.py.)
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

IMPORT_EVERY_MODULE = """
import importlib, json, pkgutil, sys
imported = []
for name in (
    "canvas_editor.model",
    "canvas_editor.storage",
    "canvas_editor.export",
    "canvas_editor.printing",
    "canvas_editor.cli",
    "canvas_editor.desktop",
):
    package = importlib.import_module(name)
    imported.append(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
print(json.dumps({"imported": imported, "modules": sorted(sys.modules)}))
"""

RUN_COMMAND = """
import json, sys
from canvas_editor.cli.main import main
after_import = sorted(sys.modules)
code = main(sys.argv[1:])
print(json.dumps({"code": code, "after_import": after_import, "modules": sorted(sys.modules)}))
"""


def python(code: str, *args: str, cwd: Path | None = None) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=cwd,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return out


def top_level(modules: object, names: tuple[str, ...]) -> list[str]:
    assert isinstance(modules, list)
    return [m for m in modules if m.split(".")[0] in names]


def test_model_storage_export_and_cli_import_without_qt() -> None:
    result = python(IMPORT_EVERY_MODULE)
    imported = result["imported"]
    assert isinstance(imported, list)
    # The walk really reached the modules that matter.
    for module in (
        "canvas_editor.model.layout",
        "canvas_editor.storage.load",
        "canvas_editor.cli.main",
        "canvas_editor.cli.cmd_validate",
        "canvas_editor.export.pdf",
        "canvas_editor.desktop.install",
    ):
        assert module in imported
    assert top_level(result["modules"], QT) == []


COMMANDS = [
    ["validate", str(FIXTURES / "v1-full.bmc")],
    ["validate", str(FIXTURES / "no-such-file.bmc")],
    ["templates"],
    ["new", "-o", "plan.bmc"],
    ["diff", str(FIXTURES / "v2-full.bmc"), "--snapshot", "첫 번째 버전"],
    ["snapshot", str(FIXTURES / "no-such-file.bmc"), "--name", "v1"],
    ["install-desktop"],
]


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda argv: argv[0])
def test_non_gui_commands_load_no_qt(argv: list[str], tmp_path: Path) -> None:
    result = python(RUN_COMMAND, *argv, cwd=tmp_path)
    assert top_level(result["modules"], QT) == []


def test_pdf_export_from_the_command_line_loads_no_qt(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = python(RUN_COMMAND, "export", str(FIXTURES / "v1-full.bmc"), "-o", str(out))
    assert result["code"] == 0 and out.read_bytes().startswith(b"%PDF")
    assert top_level(result["modules"], QT) == []
