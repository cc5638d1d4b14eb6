"""Focusing a customer segment with 2,000 notes on the board: from the click on a
segment in the Segment Legend to the end of the board's next paint, and the click that
ends the focus. The legend keeps note pictures while it shows, so a focus fades notes
without painting them.

    .venv/bin/python -m bench.focus_bench     # on its own, offscreen
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from bench.context import BenchContext
from bench.report import format_figures
from bench.runner import Figure, probe_source, process_env, run_probe

TARGET_MS = 50.0
ROUNDS = 4  # each round focuses every segment of the canvas once, and ends the focus


def run(ctx: BenchContext) -> list[Figure]:
    figures = []
    source = probe_source("paint_wait.py", "segment_focus.py")
    for platform in ctx.platforms:
        env = process_env(ctx.home, platform, ctx.platforms[platform])
        config = json.dumps({"path": str(ctx.large_canvas), "width": 1600, "height": 1000, "rounds": ROUNDS})
        result = run_probe(source, [config], env)
        for key, what in (("focus_ms", "focusing a segment"), ("clear_ms", "ending the focus")):
            values = [float(ms) for ms in result[key]]  # type: ignore[union-attr]
            figure = Figure(f"{what}, 2,000 notes [{platform}]", "ms", values or [float("nan")],
                            target=f"<= {TARGET_MS:g} ms")
            figure.holds = bool(values) and figure.median <= TARGET_MS
            figure.note = (f"{ROUNDS} rounds x {result['segments']} segments; max {max(values):.0f} ms; "
                           f"{result['missed']} clicks painted nothing") if values else ""
            figures.append(figure)
    return figures


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="canvas-bench-") as folder:
        ctx = BenchContext(folder=Path(folder), repeat=1, platforms={"offscreen": None})
        print(format_figures(run(ctx)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
