"""Figure 1 again, counted in CPU instructions: the same number on every run.

This machine's speed swings from run to run (the bare window's import of Qt alone
takes 97 to 185 ms within one minute), so wall-time medians of start-up move by
tenths of a ratio. Under callgrind the app and its floors execute the same
instructions every time (within 0.1 %), which makes the ratio steady and shows where
a change goes. Instructions are not time: waiting on the disk or the X server, cache misses
and work on other threads count differently. So this is a check beside figure 1,
not a replacement.

The probes mark their phases with a getppid() call (bench/probes/first_paint.py);
callgrind dumps its counters at each, which splits the process into: Python start,
everything up to Qt's widgets being imported; from there to the event loop; to the
first paint event; and the paint itself.

Needs valgrind (Debian's package; `make bench` does not install it): without it the
section says so and measures nothing.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from bench.context import BenchContext
from bench.runner import PYTHON, ROOT, Figure, ProbeFailed, probe_source, process_env, run_probe

PLATFORM = "offscreen"  # no X server to wait on: what is counted is the process's own work
VALGRIND_TIMEOUT_S = 600.0
PHASES = ("to Qt's widgets imported", "to the event loop", "to the first paint event", "first paint")


def _probe_args(kind: str) -> tuple[str, list[str]]:
    if kind == "app":
        config = json.dumps({"view_class": "BoardView"})
        return probe_source("first_paint.py", "app_start.py"), [config, "--template", "amazon"]
    config = json.dumps({"width": 720, "height": 720, "painted_item": kind == "painted"})
    return probe_source("first_paint.py", "bare_window.py"), [config]


def _count(ctx: BenchContext, kind: str, valgrind: str) -> list[float]:
    """Millions of instructions per phase (PHASES, then what ran after the paint)."""
    source, args = _probe_args(kind)
    env = process_env(ctx.home, PLATFORM)
    run_probe(source, args, env)  # a plain run first: bytecode cache, font cache
    out = ctx.folder / f"callgrind-{kind}"
    out.mkdir(exist_ok=True)
    proc = subprocess.run(
        [valgrind, "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={out / 'cg'}",
         PYTHON, "-c", source, *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=VALGRIND_TIMEOUT_S, check=False,
    )
    marks = None
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH "):
            marks = json.loads(line[len("BENCH "):]).get("marks")
    dumps = sorted(out.glob("cg.*"), key=lambda p: int(p.suffix[1:]))
    if marks is None or len(marks) != len(PHASES) or len(dumps) != len(PHASES):
        raise ProbeFailed(f"callgrind run of the {kind} probe: exit {proc.returncode}, marks {marks}, "
                          f"{len(dumps)} dumps")
    counts = [_total(p) for p in dumps] + [_total(out / "cg")]
    shutil.rmtree(out)
    return [c / 1e6 for c in counts]


def _total(dump: Path) -> int:
    with dump.open(encoding="utf-8", errors="replace") as f:
        for line in f:
            match = re.match(r"(?:summary|totals):\s+(\d+)", line)
            if match:
                return int(match.group(1))
    raise ProbeFailed(f"no instruction total in {dump.name}")


def run(ctx: BenchContext) -> list[Figure]:
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("not measured: valgrind is not installed (Debian: apt-get install valgrind)\n")
        return []
    app, bare, painted = (_count(ctx, kind, valgrind) for kind in ("app", "bare", "painted"))
    app_total, bare_total, painted_total = (sum(c[: len(PHASES)]) for c in (app, bare, painted))
    start = Figure(f"start-up, Amazon template, instructions to first paint [{PLATFORM}]", "M instr",
                   [app_total], [bare_total], target="(for information: steady check of 1)")
    start.note = "phases, app / bare window (M instructions): " + "; ".join(
        f"{name} {a:.0f} / {b:.0f}" for name, a, b in zip(PHASES, app, bare, strict=False))
    painting = Figure(f"start-up, instructions, against bare window painting one item [{PLATFORM}]",
                      "M instr", [app_total], [painted_total], target="(for information)")
    painting.note = "phases of that floor: " + "; ".join(
        f"{name} {p:.0f}" for name, p in zip(PHASES, painted, strict=False))
    return [start, painting]
