"""Editor sessions shared by figures 2 and 3: one process opens the 2,000-note canvas
through the window, drags notes, then types into the find bar
(bench/probes/board_session.py). The runs are
made once per platform and kept on the context for both figures."""

from __future__ import annotations

import json
from typing import Any

from bench.context import LARGE_CANVAS_NOTES, BenchContext
from bench.runner import probe_source, process_env, run_probe

DRAGS = 3
STEPS = 40
# Typed into the find bar key by key; on the generated canvas each key but the fourth
# and last narrows the matches (937, 308, 58, 58, 28 ... notes).
FIND_QUERY = "service"


def board_runs(ctx: BenchContext, platform: str) -> list[dict[str, Any]]:
    key = f"board:{platform}"
    if key not in ctx.cache:
        source = probe_source("first_paint.py", "board_session.py")
        config = json.dumps({"path": str(ctx.large_canvas), "notes": LARGE_CANVAS_NOTES,
                             "drags": DRAGS, "steps": STEPS, "query": FIND_QUERY})
        env = process_env(ctx.home, platform, ctx.platforms[platform])
        run_probe(source, [config], env)  # warm-up, not counted
        ctx.cache[key] = [run_probe(source, [config], env) for _ in range(ctx.repeat)]
    runs: list[dict[str, Any]] = ctx.cache[key]
    return runs
