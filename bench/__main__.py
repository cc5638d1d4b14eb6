"""`python -m bench`: every benchmark, figures against floors and targets (`make bench`
runs it after the perf suite, tests/perf).

    .venv/bin/python -m bench [--repeat N] [--only startup,storage,...] [--no-xcb]

Benchmarks never fail the build: a benchmark whose code is missing or broken prints
why and the others go on. The exit status is 0 unless the harness itself breaks.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from bench import (
    compare_bench,
    drag_bench,
    export_bench,
    focus_bench,
    instructions_bench,
    live_bench,
    live_window_bench,
    open_bench,
    present_bench,
    print_bench,
    startup_bench,
    storage_bench,
)
from bench.context import BenchContext
from bench.machine import machine_details
from bench.report import format_figures
from bench.runner import Figure, virtual_display

SECTIONS: dict[str, tuple[str, Callable[[BenchContext], list[Figure]]]] = {
    "startup": ("1. Start-up and 6. memory (whole process, first paint)", startup_bench.run),
    "instructions": ("1. Start-up in CPU instructions (callgrind: the same every run)",
                     instructions_bench.run),
    "open": ("2. Opening a 2,000-note canvas (file to painted board)", open_bench.run),
    "drag": ("3. Dragging a note (and typing in the find bar) with 2,000 on the board", drag_bench.run),
    "storage": ("4. Saving and loading", lambda ctx: storage_bench.run(ctx.repeat)),
    "export": ("5. PDF export from the command line (whole process)", export_bench.run),
    "print": ("Printing 2,000 notes on A0 (until queued, and what the queue prints)", print_bench.run),
    "compare": ("Comparing canvases (informational)", lambda ctx: compare_bench.run(ctx.repeat)),
    "present": ("Presentation steps with 2,000 notes (for information)", present_bench.run),
    "focus": ("Focusing a customer segment with 2,000 notes", focus_bench.run),
    "live": ("The live workshop: 50 participants writing on loopback (canvas-editor serve)", live_bench.run),
    "live-window": ("The live workshop hosted by a window (Share Workshop) while the facilitator drags",
                    live_window_bench.run_both),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--repeat", type=int, default=7, help="repetitions per figure (median taken)")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated: " + ", ".join(SECTIONS))
    parser.add_argument("--no-xcb", action="store_true", help="skip the xcb runs under Xvfb")
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in SECTIONS]
    if unknown:
        parser.error(f"unknown section {unknown[0]!r}")

    started = time.monotonic()
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="canvas-bench-")))
        platforms: dict[str, str | None] = {"offscreen": None}
        if not args.no_xcb:
            display = stack.enter_context(virtual_display())
            if display is not None:
                platforms["xcb"] = display
        ctx = BenchContext(folder=folder, repeat=max(args.repeat, 1), platforms=platforms)

        print(f"# canvas-editor benchmarks, {datetime.date.today().isoformat()}\n")
        for key, value in machine_details(list(platforms)).items():
            print(f"- {key}: {value}")
        print(f"- repetitions: {ctx.repeat} (medians; figure and floor runs alternate)\n")
        for name in chosen:
            title, run = SECTIONS[name]
            print(f"## {title}\n", flush=True)
            try:
                figures = run(ctx)
            except Exception as exc:  # a broken benchmark must not hide the others
                print(f"not measured: {type(exc).__name__}: {exc}\n")
                traceback.print_exc(limit=3, file=sys.stderr)
                continue
            print(format_figures(figures) + "\n", flush=True)
    print(f"(whole run: {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
