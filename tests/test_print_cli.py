"""`canvas-editor print` through a real CUPS with a cups-pdf queue (tests/cups_server.py):
what the queue gets is the PDF export's bytes, and what cups-pdf's Ghostscript makes of
them keeps embedded fonts, the full text, the paper and 5 mm of clear edge."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from canvas_editor.export.pdf import PdfOptions, render, render_pdf
from canvas_editor.model import layout
from canvas_editor.model.document import Canvas
from canvas_editor.storage.load import load_canvas
from canvas_editor.storage.save import canvas_to_bytes, write_atomic
from canvas_editor.storage.templates import load_template
from tests.cups_server import CupsServer, cups_server
from tests.pdf_ink import DPI, clearances

__all__ = ["cups_server"]  # the fixture, used by name

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "resources" / "templates"
PIXEL_MM = 25.4 / DPI
MM = 72 / 25.4


def canvas_editor(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "canvas_editor", *args],
        capture_output=True,
        text=True,
        env={**(env or os.environ), "PYTHONPATH": str(ROOT)},
        timeout=180,
        check=False,
    )


def squeeze(text: str) -> str:
    return "".join(text.split())


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout


def page_box(path: Path) -> tuple[float, float, int]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    rot = re.search(r"Page rot:\s+(\d+)", info)
    assert size is not None
    return float(size[1]), float(size[2]), int(rot[1]) if rot else 0


def seen_orientation(path: Path) -> tuple[float, float]:
    """The page as it is seen, the rotation applied: (width, height) in points."""
    w, h, rot = page_box(path)
    return (h, w) if rot % 180 == 90 else (w, h)


def fonts_all_embedded(path: Path) -> bool:
    table = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    rows = table.splitlines()[2:]
    return bool(rows) and all(row.split()[-5] == "yes" for row in rows)


def print_file(server: CupsServer, bmc: Path, *options: str) -> tuple[Path, Path]:
    """Print through the command line; (the job's bytes as CUPS got them, cups-pdf's output)."""
    spooled, out = server.spooled(), server.outputs()
    result = canvas_editor("print", str(bmc), *options)
    assert result.returncode == 0, result.stderr
    assert f"queued on {server.queue}" in result.stdout
    return server.wait_for_new(spooled, "spool"), server.wait_for_new(out)


def long_canvas(tmp_path: Path) -> Path:
    """The Amazon canvas with a title and a first note too long for their boxes."""
    base = load_template("amazon")
    first = dataclasses.replace(base.notes[0], text=" ".join(f"word{i}" for i in range(120)))
    canvas = dataclasses.replace(
        base,
        title="Amazon marketplace strategy review for the third quarter with every regional team",
        notes=[first, *base.notes[1:]],
    )
    path = tmp_path / "long.bmc"
    write_atomic(path, canvas_to_bytes(canvas))
    return path


def test_the_queue_gets_the_pdf_export_and_prints_real_text(cups_server: CupsServer) -> None:
    bmc = TEMPLATES / "amazon.bmc"
    job, printed = print_file(cups_server, bmc, "--page-size", "A4")
    canvas = load_canvas(bmc)
    assert job.read_bytes() == render_pdf(canvas, PdfOptions(page_size="A4"))
    assert fonts_all_embedded(printed)
    text = pdftotext(printed)
    assert canvas.title in text  # with its spaces
    for value in (canvas.designed_for, canvas.designed_by, canvas.date):
        assert squeeze(value) in squeeze(text)
    for note in canvas.notes:
        assert squeeze(note.text) in squeeze(text), note.text
    assert squeeze(layout.ATTRIBUTION) in squeeze(text)
    w, h = seen_orientation(printed)
    assert (round(w), round(h)) == (842, 595)  # A4 landscape
    (clear,) = clearances(printed.read_bytes())
    assert clear.smallest() >= 5.0 - PIXEL_MM, clear


def test_paper_and_orientation_are_the_ones_asked(cups_server: CupsServer) -> None:
    _job, printed = print_file(cups_server, TEMPLATES / "amazon.bmc", "--page-size", "A3", "--portrait")
    w, h = seen_orientation(printed)
    assert (round(w), round(h)) == (842, 1191)
    for clear in clearances(printed.read_bytes()):
        assert clear.smallest() >= 5.0 - PIXEL_MM, clear


def test_a_long_title_and_note_print_whole(cups_server: CupsServer, tmp_path: Path) -> None:
    bmc = long_canvas(tmp_path)
    canvas: Canvas = load_canvas(bmc)
    _job, printed = print_file(cups_server, bmc)
    text = squeeze(pdftotext(printed))
    assert squeeze(canvas.title) in text
    assert squeeze(canvas.notes[0].text) in text  # on the appendix page, in full


def test_korean_job_carries_the_text_and_prints_ink_inside_the_margin(cups_server: CupsServer) -> None:
    # cups-pdf's Ghostscript turns CJK into Type 3 fonts no tool reads: check the job's text.
    bmc = TEMPLATES / "amazon-ko.bmc"
    job, printed = print_file(cups_server, bmc)
    canvas = load_canvas(bmc)
    spooled = job.with_suffix(".pdf")
    spooled.write_bytes(job.read_bytes())
    job_text = pdftotext(spooled)
    assert canvas.title in job_text
    assert canvas.notes[0].text.split()[0] in job_text
    (clear,) = clearances(printed.read_bytes())
    assert clear.smallest() >= 5.0 - PIXEL_MM
    assert clear.smallest() < 30  # there is ink: the page is not blank


def test_a_poster_prints_its_tiles_and_a_range_of_them(cups_server: CupsServer) -> None:
    bmc = TEMPLATES / "amazon.bmc"
    job, printed = print_file(cups_server, bmc, "--page-size", "A2", "--tiles", "A4", "--pages", "2-3")
    rendered = render(load_canvas(bmc), PdfOptions(page_size="A2", tile="A4"))
    assert job.read_bytes() == rendered.data
    assert rendered.grid is not None
    cols = rendered.grid.cols
    pages = clearances(printed.read_bytes())
    assert len(pages) == 2
    for clear in pages:  # cut marks, labels and how-to, after the driver
        assert clear.smallest() >= 5.0 - PIXEL_MM, clear
    text = pdftotext(printed)
    assert f"column 2 of {cols}" in text and f"column 3 of {cols}" in text
    assert f"column 1 of {cols}" not in text


@pytest.mark.parametrize("pages", ["2", "3-9"])
def test_pages_not_in_the_print_are_one_line_and_queue_nothing(cups_server: CupsServer, pages: str) -> None:
    before = cups_server.spooled()
    result = canvas_editor("print", str(TEMPLATES / "amazon.bmc"), "--pages", pages)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "not in this print" in result.stderr, result.stderr
    assert cups_server.spooled() == before


def test_pages_that_are_no_range_are_a_usage_error() -> None:
    result = canvas_editor("print", str(TEMPLATES / "amazon.bmc"), "--pages", "5-2")
    assert result.returncode == 2
    assert "FROM-TO" in result.stderr or "2-5" in result.stderr


def test_list_printers_marks_the_default(cups_server: CupsServer) -> None:
    result = canvas_editor("print", "--list-printers")
    assert result.returncode == 0, result.stderr
    assert f"{cups_server.queue} *" in result.stdout.splitlines()


def test_an_unknown_printer_is_one_line_and_queues_nothing(cups_server: CupsServer) -> None:
    before = cups_server.spooled()
    result = canvas_editor("print", str(TEMPLATES / "amazon.bmc"), "--printer", "no-such-printer")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no-such-printer" in result.stderr
    assert "Traceback" not in result.stderr
    assert cups_server.spooled() == before


@pytest.mark.parametrize("how", ["stopped", "not installed"])
def test_no_print_system_is_one_line_and_exit_1(how: str, tmp_path: Path) -> None:
    env = {**os.environ, "CUPS_SERVER": str(tmp_path / "no-cupsd.sock")}
    if how == "not installed":
        env["PATH"] = str(tmp_path)  # no lp, no lpstat
    result = canvas_editor("print", str(TEMPLATES / "amazon.bmc"), env=env)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "print system" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
