"""Figure 5: `canvas-editor export FILE -o OUT.pdf` as a whole process, against a bare
reportlab script that draws the same rectangles and strings with the same embedded
font (it replays the export's own drawing calls, see bench/pdf_recording.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from bench.context import BenchContext
from bench.pdf_recording import write_recording
from bench.runner import Figure, interleaved, probe_source, process_env, run_command, run_probe
from canvas_editor.storage import load_canvas
from canvas_editor.storage.templates import template_bytes

RATIO_TARGET = 1.5
LARGE_TARGET_S = 3.0


def _cli() -> list[str]:
    """`canvas-editor`, installed or not (its console script runs the same main())."""
    script = Path(sys.executable).with_name("canvas-editor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "canvas_editor"]


def _figure(ctx: BenchContext, label: str, bmc: Path, absolute_target_s: float | None) -> Figure:
    recording = ctx.folder / f"{bmc.stem}-recording.json"
    ops = write_recording(load_canvas(bmc), recording)
    ours_pdf, floor_pdf = ctx.folder / f"{bmc.stem}.pdf", ctx.folder / f"{bmc.stem}-floor.pdf"
    source = probe_source("bare_pdf.py")
    ours_cmd = [*_cli(), "export", str(bmc), "-o", str(ours_pdf)]
    env = process_env(ctx.home)

    def floor() -> dict[str, float]:
        result = run_probe(source, [str(recording), str(floor_pdf)], env)
        return {"wall_s": float(result["wall_s"]), "cpu_s": float(result["cpu_s"])}

    run_command(ours_cmd, env)  # warm-up (disk cache), not counted
    floor()
    ours, floors = interleaved(ctx.repeat, lambda: run_command(ours_cmd, env), floor)
    figure = Figure(f"export {label} to PDF (whole process)", "ms",
                    [r["wall_s"] * 1000 for r in ours], [r["wall_s"] * 1000 for r in floors],
                    cpu_values=[r["cpu_s"] * 1000 for r in ours],
                    floor_cpu_values=[r["cpu_s"] * 1000 for r in floors])
    ratio_ok = figure.ratio is not None and figure.ratio <= RATIO_TARGET
    figure.target = f"<= {RATIO_TARGET:g}x bare reportlab"
    figure.holds = ratio_ok
    if absolute_target_s is not None:
        figure.target += f", < {absolute_target_s:g} s"
        figure.holds = ratio_ok and figure.median < absolute_target_s * 1000
    figure.note = (f"{ops} drawing calls; PDF {ours_pdf.stat().st_size // 1024} KiB, "
                   f"floor's {floor_pdf.stat().st_size // 1024} KiB")
    return figure


def run(ctx: BenchContext) -> list[Figure]:
    amazon = ctx.folder / "amazon.bmc"
    amazon.write_bytes(template_bytes("amazon"))
    return [
        _figure(ctx, "the Amazon template", amazon, None),
        _figure(ctx, "2,000 notes", ctx.large_canvas, LARGE_TARGET_S),
    ]
