"""Figure 3: one drag step with 2,000 notes on the board: a mouse move on the viewport
processed and the viewport painted. Median over every step of every drag and run.
No floor: the target is absolute."""

from __future__ import annotations

import statistics

from bench.board_runs import DRAGS, STEPS, board_runs
from bench.context import BenchContext
from bench.runner import Figure

TARGET_MS = 4.0


def run(ctx: BenchContext) -> list[Figure]:
    figures = []
    for platform in ctx.platforms:
        runs = board_runs(ctx, platform)
        steps = [float(ms) for r in runs for ms in r["drag_steps_ms"]]
        figure = Figure(f"drag step, 2,000 notes on the board [{platform}]", "ms", steps or [float("nan")],
                        target=f"<= {TARGET_MS:g} ms")
        missed = sum(int(r["drag_missed_paints"]) for r in runs)
        moved = sum(int(r["drags_moved"]) for r in runs)
        figure.holds = bool(steps) and figure.median <= TARGET_MS and moved == DRAGS * len(runs)
        p90 = statistics.quantiles(steps, n=10)[-1] if len(steps) >= 10 else float("nan")
        figure.note = (f"{len(runs)} runs x {DRAGS} drags x {STEPS} steps; 90th percentile {p90:.2f} ms; "
                       f"{moved} of {DRAGS * len(runs)} drags moved their note; "
                       f"{missed} moves painted nothing")
        figures.append(figure)
    return figures
