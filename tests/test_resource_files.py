"""Bundled files are found in the checkout's resources/ folder, and through
importlib.resources when the package has no folder of its own (run from a zip archive).
tests/test_wheel.py checks an installed wheel, which holds them beside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import ROOT

from canvas_editor.resource_files import resource


def test_bundled_files_are_read_from_the_checkout() -> None:
    assert resource("templates", "blank.bmc") == ROOT / "resources" / "templates" / "blank.bmc"
    assert resource("templates", "blank.bmc").read_bytes().startswith(b"{")
    assert "SIL OPEN FONT LICENSE" in resource("fonts", "OFL.txt").read_text("utf-8").upper()


def test_a_zipped_package_still_opens_its_templates(tmp_path: Path) -> None:
    archive = tmp_path / "canvas_editor.zip"
    layout = {ROOT / "canvas_editor": "canvas_editor", ROOT / "resources": "canvas_editor/resources"}
    with zipfile.ZipFile(archive, "w") as zipped:  # laid out as the wheel installs the package
        for folder, inside in layout.items():
            for path in folder.rglob("*"):
                if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".ttf":
                    zipped.write(path, f"{inside}/{path.relative_to(folder).as_posix()}")
    code = (
        "import canvas_editor, sys; assert '.zip' in canvas_editor.__file__, canvas_editor.__file__;"
        "from canvas_editor.storage.templates import load_template;"
        "print(len(load_template('amazon').notes))"
    )
    prelude = f"import sys; sys.path.insert(0, {str(archive)!r}); "
    done = subprocess.run(
        [sys.executable, "-I", "-c", prelude + code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "49"
