"""A canvas written to Markdown, CSV or JSON Canvas and imported again keeps its notes.

Markdown and CSV keep every note's block, text, description, segment, tags and votes
(CSV also its colour and place, in the canvas's order; Markdown also the header and
the segments' colours); JSON Canvas keeps each note's block, text and colour. Checked
for the bundled templates through the command line, and for generated canvases whose
text holds anything: line breaks, `#`, `-`, `|`, quotes, markup, Korean, control
characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from canvas_editor.cli.main import main
from canvas_editor.export.csv_table import render_csv
from canvas_editor.export.json_canvas import render_json_canvas
from canvas_editor.export.markdown import render_markdown
from canvas_editor.importers import import_csv, import_json_canvas, import_markdown
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas
from canvas_editor.storage.load import load_canvas
from canvas_editor.storage.save import save_canvas
from canvas_editor.storage.templates import TEMPLATES, load_template
from tests.interchange_canvases import canvases, kept_by_blocks, kept_by_csv

EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEADER = ("title", "designed_for", "designed_by", "date", "iteration")


def header(canvas: Canvas) -> tuple[str, ...]:
    return tuple(getattr(canvas, key) for key in HEADER)


def through_the_cli(canvas: Canvas, suffix: str, tmp_path: Path) -> Canvas:
    """Save, `canvas-editor export` to `suffix`, `canvas-editor import` back, load."""
    source, exported, back = tmp_path / "plan.bmc", tmp_path / f"plan{suffix}", tmp_path / "back.bmc"
    save_canvas(canvas, source)
    assert main(["export", str(source), "-o", str(exported)]) == 0
    assert main(["import", str(exported), "-o", str(back)]) == 0
    return load_canvas(back)


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_templates_through_markdown_keep_every_note(template: str, tmp_path: Path) -> None:
    canvas = load_template(template)
    back = through_the_cli(canvas, ".md", tmp_path)
    assert kept_by_blocks(back) == kept_by_blocks(canvas)
    assert header(back) == header(canvas) and back.language == canvas.language
    assert [(s.name, s.color) for s in back.segments] == [(s.name, s.color) for s in canvas.segments]


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_templates_through_csv_keep_every_note(template: str, tmp_path: Path) -> None:
    canvas = load_template(template)
    back = through_the_cli(canvas, ".csv", tmp_path)
    assert kept_by_csv(back) == kept_by_csv(canvas)
    assert back.language == canvas.language  # read from the Korean block names


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_templates_through_json_canvas_keep_block_text_and_colour(template: str, tmp_path: Path) -> None:
    canvas = load_template(template)
    back = through_the_cli(canvas, ".canvas", tmp_path)
    def kept(c: Canvas) -> list[tuple[BlockId, str, str]]:
        return [(n.block, n.text, n.color) for n in c.notes]

    assert kept(back) == kept(canvas)
    for before, after in zip(canvas.notes, back.notes, strict=True):  # whole pixels: near, not equal
        assert (after.x, after.y) == pytest.approx((before.x, before.y), abs=0.005)


@EXAMPLES
@given(canvases())
def test_any_canvas_through_markdown_keeps_every_note(canvas: Canvas) -> None:
    back = import_markdown(render_markdown(canvas))
    assert kept_by_blocks(back) == kept_by_blocks(canvas)
    assert header(back) == header(canvas)
    assert [(s.name, s.color) for s in back.segments] == [(s.name, s.color) for s in canvas.segments]


@EXAMPLES
@given(canvases())
def test_any_canvas_through_csv_keeps_every_note(canvas: Canvas) -> None:
    back = import_csv(render_csv(canvas))
    assert kept_by_csv(back) == kept_by_csv(canvas)


@EXAMPLES
@given(canvases())
def test_any_canvas_through_json_canvas_keeps_block_and_text(canvas: Canvas) -> None:
    back = import_json_canvas(render_json_canvas(canvas))
    assert [(n.block, n.text) for n in back.notes] == [(n.block, n.text) for n in canvas.notes]


def test_a_second_round_trip_changes_nothing_more() -> None:
    """Markdown keeps no places: the first import places notes anew, after which the
    document is a fixed point, byte for byte."""
    once = render_markdown(import_markdown(render_markdown(load_template("amazon-ko"))))
    assert render_markdown(import_markdown(once)) == once
    assert BlockId.CUSTOMER_SEGMENTS.value not in once.decode()  # names, not ids, head the blocks
