"""Figures 1 and 6: whole-process start-up to the first painted board, and peak memory.

The app runs through its own entry function (`canvas-editor --template amazon`) inside
a `python -c` wrapper that notes the moment the board's viewport has first been
painted (bench/probes/first_paint.py) and exits right then. The floor is a bare
QMainWindow with an empty QGraphicsView of the same size, under the same wrapper and
the same platform plugin. Times run from Popen in this process to the paint.
"""

from __future__ import annotations

import json

from bench.context import BenchContext
from bench.runner import Figure, interleaved, probe_source, process_env, run_probe

START_TARGET = 1.5
MEMORY_FACTOR = 1.5
MEMORY_ALLOWANCE_MIB = 40.0
# Memory is read a little after the first paint, once deferred start-up work has run.
SETTLE_MS = 300


def _app(ctx: BenchContext, platform: str, display: str | None, args: list[str],
         settle_ms: int = 0) -> dict[str, float | str]:
    source = probe_source("first_paint.py", "app_start.py")
    config = json.dumps({"view_class": "BoardView", "settle_ms": settle_ms})
    return run_probe(source, [config, *args], process_env(ctx.home, platform, display))


def _bare(ctx: BenchContext, platform: str, display: str | None, width: int, height: int,
          settle_ms: int = 0, template: str = "", painted_item: bool = False) -> dict[str, float | str]:
    source = probe_source("first_paint.py", "bare_window.py")
    config = json.dumps({"width": width, "height": height, "settle_ms": settle_ms, "template": template,
                         "painted_item": painted_item})
    return run_probe(source, [config], process_env(ctx.home, platform, display))


def _to_paint_ms(result: dict[str, float | str]) -> float:
    """From Popen to the end of the first paint (the window as first shown on screen)."""
    return (float(result["first_paint_done"]) - float(result["start"])) * 1000.0


def _cpu_ms(result: dict[str, float | str]) -> float:
    """CPU time of the whole process, which exits right after its first paint."""
    return float(result["cpu_s"]) * 1000.0


def run(ctx: BenchContext) -> list[Figure]:
    figures: list[Figure] = []
    for platform, display in ctx.platforms.items():
        figures += _platform_figures(ctx, platform, display)
    return figures


def _platform_figures(ctx: BenchContext, platform: str, display: str | None) -> list[Figure]:
    # A warm-up run of each (disk cache, font cache) that also tells the window size.
    first = _app(ctx, platform, display, ["--template", "amazon"])
    width, height = int(first["window_w"]), int(first["window_h"])
    _bare(ctx, platform, display, width, height)

    app_runs, bare_runs, data_runs, painting_runs = interleaved(
        ctx.repeat,
        lambda: _app(ctx, platform, display, ["--template", "amazon"]),
        lambda: _bare(ctx, platform, display, width, height),
        lambda: _bare(ctx, platform, display, width, height, template="amazon"),
        lambda: _bare(ctx, platform, display, width, height, painted_item=True),
    )
    bare_ms = [_to_paint_ms(r) for r in bare_runs]
    start = Figure(f"start-up, Amazon template, to first paint [{platform}]", "ms",
                   [_to_paint_ms(r) for r in app_runs], bare_ms, target=f"<= {START_TARGET:g}x bare window",
                   cpu_values=[_cpu_ms(r) for r in app_runs],
                   floor_cpu_values=[_cpu_ms(r) for r in bare_runs])
    start.holds = start.ratio is not None and start.ratio <= START_TARGET
    start.note = f"window {width}x{height}, {int(first['items'])} scene items at first paint"
    with_data = Figure(f"start-up, Amazon template, against bare window + data layer [{platform}]", "ms",
                       start.values, [_to_paint_ms(r) for r in data_runs], target="(for information)",
                       cpu_values=start.cpu_values, floor_cpu_values=[_cpu_ms(r) for r in data_runs])
    with_data.note = ("floor also imports the model and storage and loads the Amazon template "
                      "as the app does before its window: the ratio is what the UI code adds")
    painting_ms = [_to_paint_ms(r) for r in painting_runs]
    painting = Figure(f"start-up, Amazon template, against bare window painting one item [{platform}]",
                      "ms", start.values, painting_ms, target="(for information)",
                      cpu_values=start.cpu_values, floor_cpu_values=[_cpu_ms(r) for r in painting_runs])
    painting.note = ("floor's scene holds one item painted from Python (a pen, a brush, a line of "
                     "text): what PySide charges any board painted from Python")

    app_mem: list[float] = []
    app_open_ms: list[float] = []
    bare_mem: list[float] = []
    for _ in range(max(3, ctx.repeat // 2)):
        result = _app(ctx, platform, display, [str(ctx.large_canvas)], SETTLE_MS)
        app_mem.append(float(result["rss_mib"]))
        app_open_ms.append(_to_paint_ms(result))
        bare_mem.append(float(_bare(ctx, platform, display, width, height, SETTLE_MS)["rss_mib"]))
    memory = Figure(f"peak RSS, 2,000-note canvas open [{platform}]", "MiB", app_mem, bare_mem,
                    target=f"<= {MEMORY_FACTOR:g}x bare + {MEMORY_ALLOWANCE_MIB:g} MiB")
    limit = MEMORY_FACTOR * (memory.floor_median or 0.0) + MEMORY_ALLOWANCE_MIB
    memory.holds = memory.median <= limit
    memory.note = f"limit {limit:.0f} MiB; RSS read {SETTLE_MS} ms after the first paint"
    opening = Figure(f"start-up with the 2,000-note file, to first paint [{platform}]", "ms",
                     app_open_ms, bare_ms, target="(for information)")
    return [start, with_data, painting, memory, opening]
