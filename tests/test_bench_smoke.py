"""The benchmark canvas generator keeps producing files the editor accepts.

Only the generator is exercised (fast, no timing): the benchmarks themselves run with
`make bench`, never in the test suite.
"""

from __future__ import annotations

import re
from pathlib import Path

from bench.canvas_generator import main as generator_main
from canvas_editor.model.blocks import BlockId
from canvas_editor.storage import load_canvas

HANGUL = re.compile("[\uac00-\ud7a3]")


def test_generated_canvas_is_a_valid_file_with_notes_in_every_block(tmp_path: Path) -> None:
    out = tmp_path / "big.bmc"

    assert generator_main(["300", "-o", str(out)]) == 0

    canvas = load_canvas(out)
    assert len(canvas.notes) == 300
    assert {note.block for note in canvas.notes} == set(BlockId)
    korean = sum(1 for note in canvas.notes if HANGUL.search(note.text))
    assert 0 < korean < len(canvas.notes)
    assert any(note.segment is not None for note in canvas.notes)


def test_same_size_and_seed_give_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.bmc", tmp_path / "b.bmc"
    generator_main(["50", "-o", str(first), "--seed", "3"])
    generator_main(["50", "-o", str(second), "--seed", "3"])

    assert first.read_bytes() == second.read_bytes()
