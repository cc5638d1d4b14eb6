"""Printing every script: the PDF export of 2,000 mixed-script notes against a bare
reportlab script that registers the same fonts and draws the same shaped runs, and of
2,000 Korean-only notes against the code before fallback fonts (any checkout).

    .venv/bin/python -m bench.scripts_bench [--repeat 5] [--baseline /path/to/old/checkout]

Each figure is a whole process (import, fonts, layout, drawing, writing), median of
`--repeat` interleaved runs. The floor replays our export's own runs (recorded from
the layout: rectangles, and each run's font file, characters, place and size), shaping
each with reportlab's `shapeStr`, so it does the drawing work and nothing else. Targets:
mixed-script within 2x the floor; Korean-only within 10 % of the baseline checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.model.layout import BLOCK_RECTS, NOTE_H, NOTE_W
from canvas_editor.storage.load import load_canvas
from canvas_editor.storage.save import save_canvas

ROOT = Path(__file__).resolve().parent.parent
MIXED = ROOT / "tests" / "fixtures" / "mixed-scripts.bmc"
KOREAN = [
    "동네 빵집과 협력",
    "새벽 제빵과 배송 경로 계획",
    "오븐과 배송 차량",
    "아침 7시까지 문 앞에 갓 구운 빵",
]

_EXPORT = """
import sys, time
t = time.perf_counter()
from canvas_editor.export.pdf import PdfOptions, render_pdf
from canvas_editor.storage.load import load_canvas
open(sys.argv[2], "wb").write(render_pdf(load_canvas(sys.argv[1]), PdfOptions()))
print(time.perf_counter() - t)
"""

_FLOOR = """
import io, json, sys, time
t = time.perf_counter()
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas
ops = json.load(open(sys.argv[1]))
names = {}
for i, path in enumerate(ops["fonts"]):
    names[path] = f"F{i}"
    pdfmetrics.registerFont(TTFont(f"F{i}", io.BytesIO(open(path, "rb").read()), shapable=True))
c = Canvas(sys.argv[2], pagesize=tuple(ops["page"]), invariant=1, pageCompression=1)
for op in ops["ops"]:
    if op[0] == "rect":
        _, x, y, w, h, rgb = op
        c.setFillColorRGB(*rgb)
        c.rect(x, y, w, h, stroke=1, fill=1)
    else:
        _, path, text, x, y, size = op
        c.setFillColorRGB(0.13, 0.13, 0.13)
        c.setFont(names[path], size)
        c.drawString(x, y, shapeStr(text, names[path], size))
c.showPage()
c.save()
print(time.perf_counter() - t)
"""


def notes_canvas(texts: list[str], n: int) -> Canvas:
    blocks = list(BlockId)
    notes = []
    for i in range(n):
        block = blocks[i % len(blocks)]
        rect = BLOCK_RECTS[block]
        k = i // len(blocks)
        notes.append(
            Note(
                id=f"n{i:05d}",
                block=block,
                text=f"{texts[i % len(texts)]} {i}",
                x=round((k * 0.137) % max(1.0 - NOTE_W / rect.w, 0.0), 4),
                y=round((k * 0.071) % max(1.0 - NOTE_H / rect.h, 0.0), 4),
            )
        )
    return Canvas(title="Scripts benchmark", notes=notes)


def record(canvas: Canvas, out: Path) -> None:
    """The export's rectangles and shaped runs, for the floor to replay."""
    from canvas_editor.export import fonts
    from canvas_editor.export.pdf import PdfOptions, render
    from canvas_editor.export.pdf_canvas import hex_to_rgb
    from canvas_editor.export.text_runs import _registered
    from canvas_editor.resource_files import resource

    sheet = render(canvas, PdfOptions()).sheet
    page_h = sheet.area.h
    files = {fonts.REGULAR: str(resource("fonts", "NanumGothic.ttf"))}
    files.update({name: str(resource("fonts", path)) for path, name in _registered.items() if name})
    ops: list[list[object]] = []
    for placed in sheet.notes:
        r = placed.rect
        ops.append(["rect", r.x, page_h - r.bottom, r.w, r.h, list(hex_to_rgb(placed.note.color))])
        shaper = fonts.shaper(placed.text.font)
        for line in placed.text.lines:
            x = line.x
            for run in shaper.runs(line.text):
                if run.font is not None:
                    ops.append(
                        ["run", files[run.font], run.source, x, page_h - line.baseline, placed.text.size]
                    )
                x += run.width * placed.text.size
    used = sorted({op[1] for op in ops if op[0] == "run"})
    out.write_text(json.dumps({"page": [sheet.area.w, page_h], "fonts": used, "ops": ops}))


def timed(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, env=env, capture_output=True)
    return time.perf_counter() - started


def compare(
    repeat: int, ours: list[str], other: list[str], env_ours: dict[str, str], env_other: dict[str, str]
):
    timed(ours, env_ours)
    timed(other, env_other)
    a, b = [], []
    for _ in range(repeat):
        a.append(timed(ours, env_ours))
        b.append(timed(other, env_other))
    return statistics.median(a), statistics.median(b)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scripts_bench", description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--baseline", type=Path, help="a checkout of the code to compare Korean-only export with"
    )
    args = parser.parse_args(argv)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="scripts-bench-") as tmp:
        folder = Path(tmp)
        mixed_texts = [n.text for n in load_canvas(MIXED).notes]
        mixed = notes_canvas(mixed_texts, 2_000)
        save_canvas(mixed, folder / "mixed.bmc")
        record(mixed, folder / "mixed.json")
        ours, floor = compare(
            args.repeat,
            [sys.executable, "-c", _EXPORT, str(folder / "mixed.bmc"), str(folder / "mixed.pdf")],
            [sys.executable, "-c", _FLOOR, str(folder / "mixed.json"), str(folder / "floor.pdf")],
            env,
            env,
        )
        verdict = "holds" if ours <= 2 * floor else "MISSED"
        print(
            f"2,000 mixed-script notes: {ours * 1000:.0f} ms, bare reportlab {floor * 1000:.0f} ms, "
            f"{ours / floor:.2f}x (target <= 2x: {verdict})"
        )

        korean = notes_canvas(KOREAN, 2_000)
        save_canvas(korean, folder / "korean.bmc")
        cmd = [sys.executable, "-c", _EXPORT, str(folder / "korean.bmc"), str(folder / "korean.pdf")]
        if args.baseline is None:
            print(f"2,000 Korean notes: {timed(cmd, env) * 1000:.0f} ms (give --baseline to compare)")
        else:
            base_env = {**os.environ, "PYTHONPATH": str(args.baseline)}
            ours, before = compare(args.repeat, cmd, cmd, env, base_env)
            verdict = "holds" if ours <= 1.1 * before else "MISSED"
            print(
                f"2,000 Korean notes: {ours * 1000:.0f} ms, before {before * 1000:.0f} ms, "
                f"{ours / before:.2f}x (target <= 1.1x: {verdict})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
