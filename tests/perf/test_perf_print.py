"""Printing 2,000 notes on A0 reaches the queue within 2x of `canvas-editor export` of
the same canvas and paper, and the queue's output (cups-pdf, after CUPS's filters and
Ghostscript) stays within 2x of the export's size (issue 23; bench/print_bench.py
reports the same figures). Runs on the tests' own CUPS (tests/cups_server.py)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from bench.canvas_generator import write_canvas
from tests.cups_server import CupsServer, cups_server
from tests.test_print_cli import canvas_editor

__all__ = ["cups_server"]  # the fixture, used by name

pytestmark = pytest.mark.perf

RUNS = 3


def timed(*args: str) -> float:
    start = time.monotonic()
    result = canvas_editor(*args)
    assert result.returncode == 0, result.stderr
    return time.monotonic() - start


def drain(server: CupsServer) -> None:
    deadline = time.monotonic() + 300
    while server.pending() and time.monotonic() < deadline:
        time.sleep(0.2)


def test_printing_2000_notes_on_a0_keeps_within_2x_of_the_export(
    cups_server: CupsServer, tmp_path: Path
) -> None:
    bmc = write_canvas(2_000, tmp_path / "notes-2000.bmc")
    exported = tmp_path / "export.pdf"
    export = ["export", str(bmc), "--page-size", "A0", "-o", str(exported)]
    timed(*export)  # warm-up, not counted
    before = cups_server.outputs()
    timed("print", str(bmc), "--page-size", "A0")
    printed = cups_server.wait_for_new(before)
    assert printed.stat().st_size <= 2 * exported.stat().st_size
    prints, exports = [], []
    for _ in range(RUNS):  # alternating, so the machine's load falls on both alike
        prints.append(timed("print", str(bmc), "--page-size", "A0"))
        drain(cups_server)
        exports.append(timed(*export))
    ratio = statistics.median(prints) / statistics.median(exports)
    assert ratio <= 2.0, (prints, exports)
