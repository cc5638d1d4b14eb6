"""Printing 2,000 notes on A0 (issue 23): `canvas-editor print` until the job is in the
queue, against `canvas-editor export` of the same canvas and paper measured in the same
run, and the size of what the queue prints (cups-pdf's output, after CUPS's filters and
Ghostscript) against the export's PDF.

The print system is a scheduler of our own with a cups-pdf queue (tests/cups_server.py,
the one `make test` uses), so the machine's CUPS is never touched; without root or the
CUPS packages the section says why and measures nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from bench.context import BenchContext
from bench.export_bench import _cli
from bench.runner import Figure, ProbeFailed, interleaved, process_env, run_command
from tests.cups_server import NoCupsServer, own_cups_server

TIME_TARGET = 2.0  # the print reaches the queue within 2x of the export
SIZE_TARGET = 2.0  # and prints to within 2x of the export's bytes
PAPER = "A0"


def drain(pending: Callable[[], str], timeout_s: float = 300.0) -> None:
    """Wait until the queue has printed every job (not measured)."""
    deadline = time.monotonic() + timeout_s
    while pending() and time.monotonic() < deadline:
        time.sleep(0.2)


def run(ctx: BenchContext) -> list[Figure]:
    bmc = ctx.large_canvas
    exported = ctx.folder / "print-bench-export.pdf"
    try:
        with own_cups_server() as server:
            env = {**process_env(ctx.home), "CUPS_SERVER": str(server.socket)}
            print_cmd = [*_cli(), "print", str(bmc), "--page-size", PAPER]
            export_cmd = [*_cli(), "export", str(bmc), "--page-size", PAPER, "-o", str(exported)]
            run_command(export_cmd, env)  # warm-up (disk cache), not counted
            before = server.outputs()
            run_command(print_cmd, env)
            printed_bytes = server.wait_for_new(before).stat().st_size  # one job's output

            def queued() -> dict[str, float]:
                result = run_command(print_cmd, env)
                drain(server.pending)  # the queue's Ghostscript would load the next run
                return result

            prints, exports = interleaved(ctx.repeat, queued, lambda: run_command(export_cmd, env))
    except NoCupsServer as exc:
        raise ProbeFailed(f"no print system to measure: {exc}") from None
    timing = Figure(
        f"print 2,000 notes on {PAPER} until queued (whole process)",
        "ms",
        [r["wall_s"] * 1000 for r in prints],
        [r["wall_s"] * 1000 for r in exports],
        cpu_values=[r["cpu_s"] * 1000 for r in prints],
        floor_cpu_values=[r["cpu_s"] * 1000 for r in exports],
        target=f"<= {TIME_TARGET:g}x canvas-editor export",
    )
    timing.holds = timing.ratio is not None and timing.ratio <= TIME_TARGET
    out_kib, pdf_kib = printed_bytes / 1024, exported.stat().st_size / 1024
    size = Figure(
        f"what the queue prints, 2,000 notes on {PAPER} (cups-pdf's output)",
        "KiB",
        [out_kib],
        [pdf_kib],
        target=f"<= {SIZE_TARGET:g}x the export's PDF",
        note=f"export {pdf_kib:.0f} KiB, printed {out_kib:.0f} KiB",
    )
    size.holds = size.ratio is not None and size.ratio <= SIZE_TARGET
    return [timing, size]
