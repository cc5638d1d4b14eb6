"""A long editing session: 100,000 note moves and 10,000 undo/redo steps, memory flat.

This guards against binding bugs like the one in docs/architecture.md (PySide6 6.12 dropping a
reference to None on every `setPos`, which aborts the interpreter after a few thousand
calls) and against leaks per edit: every move goes through the board's own nudge
operation, so the controller replaces the note, the undo stack merges the step, and the
scene moves the item (`setPos`). The session runs in its own process, so a crash fails
this test instead of ending the test run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MOVES = 100_000
UNDO_REDO_STEPS = 10_000
WARM_UP_MOVES = 10_000
RSS_GROWTH_LIMIT_MB = 16.0  # generous: a leak of 200 bytes per move would exceed it
OBJECT_GROWTH_LIMIT = 5_000  # Python objects alive after the session, beyond the warm-up

SESSION = r"""
import gc, json, sys
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BlockId
from canvas_editor.scene.board_scene import BoardScene
from canvas_editor.scene.geometry import note_top_left
from canvas_editor.scene.note_operations import NUDGE_STEP, nudge_notes
from canvas_editor.storage.templates import load_template

MOVES, UNDO_REDO, WARM_UP = (int(a) for a in sys.argv[1:4])
RUN = 1_000  # nudges of one selection: they merge into one undo step

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 1048576

controller = DocumentController(load_template("amazon"))
scene = BoardScene(controller)
ids = [n.id for n in controller.canvas.notes]
blocks = list(BlockId)
stack = controller.undo_stack
moves = 0
none_before = sys.getrefcount(None)
measured = {}
run = 0
while moves < MOVES:
    selection = [ids[(run * 7 + k) % len(ids)] for k in range(3)]
    # Each run starts by carrying the selection to another block (one step of its own).
    target = blocks[run % len(blocks)]
    controller.move_notes({i: (target, 0.4, 0.4) for i in selection})
    moves += len(selection)
    for step in range(RUN):
        direction = 1.0 if (step // 20) % 2 == 0 else -1.0
        nudge_notes(scene, selection, direction * NUDGE_STEP, -direction * NUDGE_STEP)
        moves += len(selection)
        if moves >= WARM_UP and not measured:
            gc.collect()
            measured = {"rss": rss_mb(), "objects": len(gc.get_objects())}
    run += 1
steps = stack.count()
undo_redo = 0
while undo_redo < UNDO_REDO:
    while stack.canUndo() and undo_redo < UNDO_REDO:
        stack.undo()
        undo_redo += 1
    while stack.canRedo() and undo_redo < UNDO_REDO:
        stack.redo()
        undo_redo += 1
while stack.canRedo():
    stack.redo()
gc.collect()
mirrored = all(
    scene.note_item(n.id).pos() == note_top_left(n.block, n.x, n.y) for n in controller.canvas.notes
)
print(json.dumps({
    "moves": moves,
    "undo_redo": undo_redo,
    "steps": steps,
    "rss_growth": rss_mb() - measured["rss"],
    "object_growth": len(gc.get_objects()) - measured["objects"],
    "none_lost": none_before - sys.getrefcount(None),
    "mirrored": mirrored,
}))
"""


def test_a_long_session_keeps_memory_flat_and_the_process_alive(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SESSION, str(MOVES), str(UNDO_REDO_STEPS), str(WARM_UP_MOVES)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"the session process died ({result.returncode}): {result.stderr[-2000:]}"
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["moves"] >= MOVES
    assert report["undo_redo"] == UNDO_REDO_STEPS
    assert 0 < report["steps"] <= 200  # nudges merged: the history stays small, memory is not history
    assert report["mirrored"], "the board no longer shows where the notes are"
    assert report["rss_growth"] < RSS_GROWTH_LIMIT_MB, report
    assert report["object_growth"] < OBJECT_GROWTH_LIMIT, report
    if sys.version_info < (3, 12):  # None is immortal from 3.12: its count says nothing there
        assert report["none_lost"] < 1_000, report
