"""The wheel works on its own: built from the sources, installed with its dependencies into
a fresh virtual environment, and run from a folder outside the checkout, the commands find
the templates, fonts and schema inside the installed package.

Building and installing take about ten seconds once pip's cache holds the dependencies
(PySide6 is most of them); the commands themselves take a second.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
# What the build reads: the two configuration files, the package and its data, README.md
# (the long description) and LICENSE (copied into the wheel's metadata).
BUILD_INPUTS = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "canvas_editor", "resources")


def _environment() -> dict[str, str]:
    """This process's environment without what would point Python at the checkout or at
    the test's own virtual environment; Qt draws offscreen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k != "VIRTUAL_ENV"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(*args: str | Path, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh virtual environment holding the wheel and its dependencies, nothing else."""
    work = tmp_path_factory.mktemp("wheel")
    # The build writes build/ and an .egg-info folder into the tree it builds, and puts
    # whatever it finds in build/ into the wheel: a copy leaves the checkout untouched
    # and makes the wheel from the sources alone.
    source = work / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    dist = work / "dist"
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check")
    built = _run(*pip, "wheel", "--no-deps", "--quiet", "-w", dist, source, cwd=work, timeout=600)
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("canvas_editor-*.whl")

    env = work / "venv"
    made = _run(sys.executable, "-m", "venv", "--without-pip", env, cwd=work)
    assert made.returncode == 0, made.stderr
    # This environment's pip installs into the new one (pip's --python), which saves
    # seeding the new one with a pip of its own.
    done = _run(*pip, "--python", env / "bin" / "python", "install", "--quiet", wheel, cwd=work, timeout=900)
    assert done.returncode == 0, done.stderr
    yield env
    shutil.rmtree(env)  # some 300 MB, mostly Qt


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder of the user's, away from the checkout, to run the commands in."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def test_the_package_and_its_files_come_from_the_environment(venv: Path, outside: Path) -> None:
    probe = "import canvas_editor.resource_files as r; print(r.__file__); print(r.resource('templates'))"
    done = _run(venv / "bin" / "python", "-c", probe, cwd=outside)
    assert done.returncode == 0, done.stderr
    module, templates = (Path(line) for line in done.stdout.splitlines())
    assert module.is_relative_to(venv), module
    assert templates == module.parent / "resources" / "templates"
    assert sorted(p.name for p in templates.iterdir()) == ["amazon-ko.bmc", "amazon.bmc", "blank.bmc"]


def test_new_validate_and_export_from_the_installed_wheel(venv: Path, outside: Path) -> None:
    cli = venv / "bin" / "canvas-editor"
    new = _run(cli, "new", "--template", "amazon", "-o", "X.bmc", cwd=outside)
    assert (new.returncode, new.stderr) == (0, "")
    canvas = json.loads((outside / "X.bmc").read_bytes())["canvas"]
    shipped = json.loads((ROOT / "resources" / "templates" / "amazon.bmc").read_bytes())["canvas"]
    # A new canvas: the template, dated today, "Designed by" left to the user.
    assert canvas == {**shipped, "date": date.today().isoformat(), "designed_by": ""}

    valid = _run(cli, "validate", "X.bmc", cwd=outside)
    assert (valid.returncode, valid.stdout, valid.stderr) == (0, "X.bmc: ok\n", "")

    pdf = _run(cli, "export", "X.bmc", "-o", "X.pdf", cwd=outside)
    assert (pdf.returncode, pdf.stderr) == (0, "")
    pages = PdfReader(outside / "X.pdf").pages
    fonts = {str(font.get_object()["/BaseFont"]) for font in pages[0]["/Resources"]["/Font"].values()}
    assert any(name.endswith("NanumGothic") for name in fonts), fonts  # the bundled font, embedded
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert canvas["title"] == "Amazon"
    assert canvas["title"] in text
    assert len(canvas["notes"]) > 40
    assert [n["text"] for n in canvas["notes"] if " ".join(n["text"].split()) not in text] == []

    png = _run(cli, "export", "X.bmc", "-o", "X.png", cwd=outside)
    assert (png.returncode, png.stderr) == (0, "")
    image = QImage(str(outside / "X.png")).convertToFormat(QImage.Format.Format_RGB32)
    assert (image.width(), image.height()) == (1754, 1240)  # A4 landscape, 297 x 210 mm at 150 dpi
    colours = Counter(memoryview(bytes(image.constBits())).cast("I"))
    assert len(colours) > 50  # notes in segment colours, text edges, shadows: not a blank page
