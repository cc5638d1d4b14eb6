"""Comparing canvases: `model.compare` on 2,000 notes, and `canvas-editor diff` on 10,000.

The edited side is the generated canvas after a workshop's worth of changes on every
twentieth note (moved, retexted, recoloured, revoted, removed) and a few added, so the
comparison walks every note and reports hundreds of changes.

- compare: the pure function alone, against an absolute target (the window recomputes
  it after every edit while a comparison is shown).
- diff: the whole command in process (load both files, compare, print), against the
  floor of loading the two files alone.

    .venv/bin/python -m bench.compare_bench [--repeat N]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import sys
import tempfile
from pathlib import Path

from bench.canvas_generator import generate_canvas
from bench.report import format_figures
from bench.runner import Figure, interleaved, timed
from canvas_editor.cli.main import main as cli_main
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.compare import compare
from canvas_editor.model.document import Canvas, Note
from canvas_editor.storage import load_canvas, save_canvas

COMPARE_NOTES = 2_000
COMPARE_TARGET_MS = 100.0
DIFF_NOTES = 10_000
DIFF_TARGET = 1.5


def edited(canvas: Canvas) -> Canvas:
    """The canvas with every twentieth note changed in one way or another, and notes added."""
    blocks = list(BlockId)
    notes: list[Note] = []
    for i, note in enumerate(canvas.notes):
        step = i // 20
        if i % 20:
            notes.append(note)
        elif step % 5 == 0:
            continue  # removed
        elif step % 5 == 1:
            next_block = blocks[(blocks.index(note.block) + 1) % len(blocks)]
            notes.append(dataclasses.replace(note, block=next_block))
        elif step % 5 == 2:
            notes.append(dataclasses.replace(note, text=note.text + " (revised)"))
        elif step % 5 == 3:
            notes.append(dataclasses.replace(note, color="#A5D6A7", segment=None))
        else:
            notes.append(dataclasses.replace(note, votes=note.votes + 2))
    notes += [Note(id=f"added-{i}", block=blocks[i % len(blocks)], text=f"New idea {i}") for i in range(50)]
    return dataclasses.replace(canvas, notes=notes)


def run(repeat: int) -> list[Figure]:
    figures = [_compare_figure(3 * repeat)]
    with tempfile.TemporaryDirectory(prefix="bench-compare-") as folder:
        figures.append(_diff_figure(Path(folder), repeat))
    return figures


def _compare_figure(reps: int) -> Figure:
    before = generate_canvas(COMPARE_NOTES)
    after = edited(before)
    found = len(compare(before, after))
    (values,) = interleaved(reps, lambda: timed(lambda: compare(before, after)))
    figure = Figure(
        f"compare two {COMPARE_NOTES:,}-note canvases (model.compare, {found} changes)",
        "ms",
        [v * 1000 for v in values],
        target=f"<= {COMPARE_TARGET_MS:g} ms",
    )
    figure.holds = figure.median <= COMPARE_TARGET_MS
    return figure


def _diff_figure(folder: Path, reps: int) -> Figure:
    before = generate_canvas(DIFF_NOTES)
    a, b = folder / "a.bmc", folder / "b.bmc"
    save_canvas(before, a)
    save_canvas(edited(before), b)

    def diff() -> None:
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli_main(["diff", str(a), str(b)])
        assert code == 1, code

    def load_both() -> None:
        load_canvas(a)
        load_canvas(b)

    ours, floor = interleaved(reps, lambda: timed(diff), lambda: timed(load_both))
    figure = Figure(
        f"canvas-editor diff of two {DIFF_NOTES:,}-note files (in process)",
        "ms",
        [v * 1000 for v in ours],
        [v * 1000 for v in floor],
        target=f"<= {DIFF_TARGET:g}x loading both",
    )
    figure.holds = figure.ratio is not None and figure.ratio <= DIFF_TARGET
    return figure


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compare_bench", description=__doc__)
    parser.add_argument("--repeat", type=int, default=7, help="repetitions per figure (median taken)")
    args = parser.parse_args(argv)
    print(format_figures(run(max(args.repeat, 1))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
