"""The start-up budget guard: `canvas-editor --template amazon` to its first paint.

The editor, started as a user starts it, must reach its first paint without pydantic
(the validator loads just after it, ui/warm_up.py) and without reportlab (PDF export
loads it), and spend at most BUDGET times the CPU time of a bare window (a QMainWindow
with an empty QGraphicsView of the same size) measured in the same run. Both run as
whole processes under the benchmarks' first-paint probe (bench/probes), which leaves
right after the first paint; CPU time (user + system) is steadier than wall time on a
shared machine. The benchmarks (`make bench`) report the figures; this only fails
when start-up leaves its budget.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.runner import interleaved, probe_source, process_env, run_probe

pytestmark = pytest.mark.perf

# The budget was set when the editor took 2.0-2.2x the bare window's CPU time to its
# first paint (medians of 5 or 7, about 250 against 120 ms; the bare window is Python
# starting and importing Qt, which the editor pays too). On a shared machine the ratio
# moves by up to 0.3 between runs; the budget leaves that room and still fails on about
# 50 ms more CPU time before the first paint. It fails now: 2.8x on a quiet machine
# (about 400 against 145 ms; bench/RESULTS.md), the window's workshop features having
# grown what it imports and builds before its first paint.
BUDGET = 2.6
RUNS = 5
NOT_BEFORE_FIRST_PAINT = {"pydantic", "pydantic_core", "reportlab"}

Result = dict[str, float | str]


def _editor(env: dict[str, str], settle_ms: int = 0) -> Callable[[], Result]:
    source = probe_source("first_paint.py", "app_start.py")
    config = json.dumps({"view_class": "BoardView", "settle_ms": settle_ms})
    return lambda: run_probe(source, [config, "--template", "amazon"], env)


def _bare_window(env: dict[str, str], width: int, height: int) -> Callable[[], Result]:
    source = probe_source("first_paint.py", "bare_window.py")
    config = json.dumps({"width": width, "height": height})
    return lambda: run_probe(source, [config], env)


def _packages(result: Result) -> set[str]:
    packages = result["packages_at_first_paint"]
    assert isinstance(packages, list)
    return set(packages)


def test_the_editor_starts_on_the_amazon_template_within_its_budget(tmp_path: Path) -> None:
    env = process_env(tmp_path, "offscreen")
    editor = _editor(env)
    first = editor()  # also compiles the bytecode cache, as an installed editor has it
    bare = _bare_window(env, int(first["window_w"]), int(first["window_h"]))
    bare()
    editor_runs, bare_runs = interleaved(RUNS, editor, bare)

    assert "canvas_editor" in _packages(first)  # the probe did see the editor's paint
    for run in [first, *editor_runs]:
        assert _packages(run) & NOT_BEFORE_FIRST_PAINT == set()
    editor_cpu = statistics.median(float(r["cpu_at_first_paint"]) for r in editor_runs)
    bare_cpu = statistics.median(float(r["cpu_at_first_paint"]) for r in bare_runs)
    ratio = editor_cpu / bare_cpu
    assert ratio <= BUDGET, (
        f"start-up took {ratio:.2f}x the bare window's CPU time ({editor_cpu * 1000:.0f} ms against "
        f"{bare_cpu * 1000:.0f} ms), over the budget of {BUDGET}x"
    )


def test_what_opening_a_file_needs_loads_after_the_first_paint(tmp_path: Path) -> None:
    """The validator and hashlib (ui/warm_up.py): not before the first paint, soon after."""
    result = _editor(process_env(tmp_path, "offscreen"), settle_ms=1000)()
    assert "pydantic_core" not in _packages(result)
    loaded_after = result["loaded_after_settling"]
    assert isinstance(loaded_after, list)
    assert {"canvas_editor.model.validation", "hashlib", "pydantic"} <= set(loaded_after)
