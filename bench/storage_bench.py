"""Figure 4: saving and loading large canvases against plain json.dumps / json.loads.

The floor handles the very same data with the same formatting (indent 2, UTF-8 kept),
so the ratio is the price of the model dump, the envelope and the staged validation.
Saving to disk is compared with a floor that is just as durable (fsync, rename).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.canvas_generator import generate_canvas
from bench.runner import Figure, interleaved, timed
from canvas_editor.storage import canvas_to_bytes, load_canvas, parse_canvas, save_canvas

SIZES = (2_000, 10_000)
SAVE_TARGET = 2.0
LOAD_TARGET = 3.0


def _plain_bytes(envelope: dict[str, Any]) -> bytes:
    return (json.dumps(envelope, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _plain_save(envelope: dict[str, Any], path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(_plain_bytes(envelope))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def run(repeat: int) -> list[Figure]:
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="bench-storage-") as folder:
        for n in SIZES:
            # In-process and quick: more repetitions than the process benchmarks.
            figures += _figures_for(n, Path(folder), 3 * repeat if n <= 2_000 else repeat)
    return figures


def _figures_for(n: int, folder: Path, reps: int) -> list[Figure]:
    canvas = generate_canvas(n)
    data = canvas_to_bytes(canvas)
    envelope = json.loads(data)
    ours_path, plain_path = folder / f"ours-{n}.bmc", folder / f"plain-{n}.json"
    ours_path.write_bytes(data)
    plain_path.write_bytes(data)

    def pair(name: str, ours: Callable[[], object], floor: Callable[[], object], target: float) -> Figure:
        ours_s, floor_s = interleaved(reps, lambda: timed(ours), lambda: timed(floor))
        return _figure(name, ours_s, floor_s, target)

    return [
        pair(f"save {n:,} notes to bytes (canvas_to_bytes)",
             lambda: canvas_to_bytes(canvas), lambda: _plain_bytes(envelope), SAVE_TARGET),
        pair(f"save {n:,} notes to disk (save_canvas, fsync)",
             lambda: save_canvas(canvas, ours_path), lambda: _plain_save(envelope, plain_path), SAVE_TARGET),
        pair(f"load {n:,} notes from bytes (parse_canvas)",
             lambda: parse_canvas(data), lambda: json.loads(data), LOAD_TARGET),
        pair(f"load {n:,} notes from disk (load_canvas)",
             lambda: load_canvas(ours_path), lambda: json.loads(plain_path.read_bytes()), LOAD_TARGET),
    ]


def _figure(name: str, ours: list[float], floor: list[float], target: float) -> Figure:
    ms_ours = [v * 1000 for v in ours]
    ms_floor = [v * 1000 for v in floor]
    figure = Figure(name, "ms", ms_ours, ms_floor, target=f"<= {target:g}x json")
    ratio = figure.ratio
    figure.holds = ratio is not None and ratio <= target
    return figure
