"""Figure 2 (placeholder until the board lands)."""

from __future__ import annotations

from bench.context import BenchContext
from bench.runner import Figure


def run(ctx: BenchContext) -> list[Figure]:
    raise NotImplementedError("waiting for canvas_editor.scene")
