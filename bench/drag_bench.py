"""Figure 3: one drag step with 2,000 notes on the board: a mouse move on the viewport
processed and the viewport painted. Median over every step of every drag and run.
No floor: the target is absolute."""

from __future__ import annotations

import statistics

from bench.board_runs import DRAGS, FIND_QUERY, STEPS, board_runs
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
        figures.append(_find_figure(runs, platform))
    return figures


def _find_figure(runs: list[dict[str, object]], platform: str) -> Figure:
    """Informational: a keystroke in the find bar fades or outlines notes all over the
    board, so it repaints far more than a drag step does."""
    keys = [float(ms) for r in runs for ms in r["find_keys_ms"]]  # type: ignore[attr-defined]
    figure = Figure(f"find-bar keystroke, 2,000 notes on the board [{platform}]", "ms",
                    keys or [float("nan")], target="(for information)")
    first = [float(r["find_keys_ms"][0]) for r in runs if r["find_keys_ms"]]  # type: ignore[index]
    opening = [float(r["find_open_ms"]) for r in runs]  # type: ignore[arg-type]
    typed = all(bool(r["find_query_typed"]) for r in runs)
    if not keys:
        figure.note = "no keystroke painted"
        return figure
    figure.note = (f"typing {FIND_QUERY!r}, each key that changed the matches, to the board painted; "
                   f"first key (fades the whole board) median {statistics.median(first):.0f} ms; "
                   f"max {max(keys):.0f} ms; opening the find bar (Ctrl+F) to the board painted "
                   f"median {statistics.median(opening):.0f} ms; query typed in every run: {typed}")
    return figure
