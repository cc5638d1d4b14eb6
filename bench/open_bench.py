"""Figure 2: opening the 2,000-note canvas, file to painted board, in a running editor.

File > Open in a blank window (the window loads into itself): from the call to the
end of the first paint of the board with every note on it. No floor: the target is
absolute.
"""

from __future__ import annotations

import statistics

from bench.board_runs import board_runs
from bench.context import BenchContext
from bench.runner import Figure

TARGET_MS = 500.0


def run(ctx: BenchContext) -> list[Figure]:
    figures = []
    for platform in ctx.platforms:
        runs = board_runs(ctx, platform)
        figure = Figure(f"open 2,000 notes, file to painted board [{platform}]", "ms",
                        [float(r["open_ms"]) for r in runs], target=f"<= {TARGET_MS:g} ms")
        figure.holds = figure.median <= TARGET_MS and all(r["open_painted"] for r in runs)
        first = runs[0]
        cpu = statistics.median(float(r["open_cpu_ms"]) for r in runs)
        figure.note = (f"viewport {first['viewport_w']}x{first['viewport_h']}, {first['notes']} notes; "
                       f"CPU time of the process over the same span {cpu:.0f} ms")
        if not all(r["open_painted"] for r in runs):
            figure.note += "; some runs never painted the full board (timed out)"
        figures.append(figure)
    return figures
