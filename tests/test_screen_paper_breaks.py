"""One look on screen and paper: a note breaks its lines at the same places on the board
(Qt, with the bundled fonts as its family list) and in the PDF (reportlab, HarfBuzz)."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvas_editor.export.pdf import PdfOptions, render
from canvas_editor.model.document import Canvas
from canvas_editor.storage.load import load_canvas
from canvas_editor.storage.templates import load_template

MIXED = Path(__file__).resolve().parent / "fixtures" / "mixed-scripts.bmc"


def canvases() -> dict[str, Canvas]:
    return {
        "amazon": load_template("amazon"),
        "amazon-ko": load_template("amazon-ko"),
        "mixed": load_canvas(MIXED),
    }


@pytest.mark.parametrize("name", ["amazon", "amazon-ko", "mixed"])
def test_the_board_and_the_pdf_break_every_note_alike(name: str, qapp: object) -> None:
    from canvas_editor.scene.note_style import NoteStyle

    style = NoteStyle()
    canvas = canvases()[name]
    # A4 landscape is the reference sheet whose note text rule the board scales.
    sheet = render(canvas, PdfOptions(page_size="A4")).sheet
    compared = 0
    differ = []
    for placed in sheet.notes:
        if placed.number is not None:  # a numbered note gives room to its number on paper
            continue
        screen = style.fitted(placed.note.text, tagged=placed.tag is not None).lines
        paper = tuple(line.text for line in placed.text.lines)
        compared += 1
        if screen != paper:
            differ.append((placed.note.id, screen, paper))
    assert compared >= len(canvas.notes) // 2
    assert differ == []
