"""Presentation steps with 2,000 notes on the board (informational): from the key that
reveals the next note to the end of the board's next paint, for every note of the
canvas, with and without "zoom to each block". Most steps repaint one note; a step
into the next block repaints the whole board at the new zoom.

    .venv/bin/python -m bench.present_bench     # on its own, offscreen
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from pathlib import Path

from bench.context import BenchContext
from bench.report import format_figures
from bench.runner import Figure, probe_source, process_env, run_probe

TARGET_MS = 30.0
RUNS = 1  # a run steps through all 2,000 notes: 2,000 samples


def run(ctx: BenchContext) -> list[Figure]:
    figures = []
    source = probe_source("paint_wait.py", "present_steps.py")
    for platform in ctx.platforms:
        env = process_env(ctx.home, platform, ctx.platforms[platform])
        for zoom in (True, False):
            config = json.dumps({"path": str(ctx.large_canvas), "zoom": zoom, "width": 1600, "height": 1000})
            runs = [run_probe(source, [config], env) for _ in range(RUNS)]
            steps = [float(ms) for r in runs for ms in r["steps_ms"]]  # type: ignore[union-attr]
            mode = "zoomed to each block" if zoom else "whole sheet"
            figure = Figure(f"presentation step, 2,000 notes, {mode} [{platform}]", "ms",
                            steps or [float("nan")], target=f"<= {TARGET_MS:g} ms (for information)")
            figure.holds = bool(steps) and figure.median <= TARGET_MS
            if len(steps) >= 10:
                deciles = statistics.quantiles(steps, n=10)
                slowest = "a step into the next block, zoomed anew" if zoom else "the slowest step"
                figure.note = (f"{len(runs)} run x {runs[0]['notes']} steps; 90th percentile "
                               f"{deciles[-1]:.1f} ms; max {max(steps):.0f} ms ({slowest}); "
                               f"{sum(int(r['missed']) for r in runs)} steps painted nothing")
            figures.append(figure)
    return figures


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="canvas-bench-") as folder:
        ctx = BenchContext(folder=Path(folder), repeat=1, platforms={"offscreen": None})
        print(format_figures(run(ctx)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
