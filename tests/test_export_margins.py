"""Every mark of the PDF's canvas, poster tile and appendix pages stays 5 mm inside the paper, where
office printers print, and each header value sits on its rule. Checked on the ink
poppler draws (`pdftoppm`) and the words it reads (`pdftotext -bbox`)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from canvas_editor.export.page_sizes import PAPER_SIZES
from canvas_editor.export.pdf import PdfOptions, render
from canvas_editor.model.document import Canvas
from canvas_editor.storage.templates import load_template
from tests.pdf_ink import DPI, clearances

PIXEL_MM = 25.4 / DPI


def amazon() -> Canvas:
    return load_template("amazon")


@pytest.mark.parametrize("portrait", [False, True], ids=["landscape", "portrait"])
@pytest.mark.parametrize("size", list(PAPER_SIZES))
def test_no_ink_within_5_mm_of_the_edge(size: str, portrait: bool) -> None:
    data = render(amazon(), PdfOptions(page_size=size, portrait=portrait, appendix=True)).data
    pages = clearances(data)
    assert len(pages) > 1  # the appendix is measured too
    for number, clear in enumerate(pages, 1):
        assert clear.smallest() >= 5.0 - PIXEL_MM, f"page {number}: {clear}"


@pytest.mark.parametrize(
    ("size", "tile", "portrait", "template"),
    [
        ("A0", "A4", False, "amazon"),
        ("A1", "Letter", True, "amazon"),
        ("A3", "A4", False, "amazon-ko"),
        ("Tabloid", "Letter", False, "amazon"),
    ],
)
def test_no_ink_of_a_poster_tile_within_5_mm_of_the_edge(
    size: str, tile: str, portrait: bool, template: str
) -> None:
    """Cut marks, overlap bars, the labels and the how-to text of every tile page."""
    rendered = render(load_template(template), PdfOptions(page_size=size, portrait=portrait, tile=tile))
    pages = clearances(rendered.data)
    assert rendered.grid is not None and len(pages) == rendered.grid.pages > 1
    for number, clear in enumerate(pages, 1):
        assert clear.smallest() >= 5.0 - PIXEL_MM, f"tile {number}: {clear}"


def test_a_wider_unprintable_band_pushes_the_tiles_marks_in_too() -> None:
    rendered = render(amazon(), PdfOptions(page_size="A2", tile="A4", margin=9.0 * 72 / 25.4))
    for number, clear in enumerate(clearances(rendered.data), 1):
        assert clear.smallest() >= 9.0 - PIXEL_MM, f"tile {number}: {clear}"


def test_a_printer_with_a_wider_unprintable_band_gets_it() -> None:
    (clear,) = clearances(render(amazon(), PdfOptions(margin=12.0 * 72 / 25.4)).data)
    assert clear.smallest() >= 12.0 - PIXEL_MM


def test_a_narrower_margin_than_5_mm_is_not_given() -> None:
    (clear,) = clearances(render(amazon(), PdfOptions(margin=0.0)).data)
    assert clear.smallest() >= 5.0 - PIXEL_MM


def _word_boxes(data: bytes, folder: Path) -> list[tuple[str, float, float]]:
    """(word, top, bottom) in points from the page's top, as poppler reads them."""
    pdf = folder / "page.pdf"
    pdf.write_bytes(data)
    command = ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"]
    html = subprocess.run(command, capture_output=True, check=True, text=True).stdout
    pattern = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    return [(w, float(top), float(bottom)) for top, bottom, w in re.findall(pattern, html)]


@pytest.mark.parametrize("size", ["A4", "A0"])
def test_header_values_sit_on_their_rules(size: str, tmp_path: Path) -> None:
    canvas = amazon()
    rendered = render(canvas, PdfOptions(page_size=size))
    words = _word_boxes(rendered.data, tmp_path)
    for field in rendered.sheet.fields:
        rule_y = field.value.box.bottom
        first_word = field.value.text.split()[0]
        bottoms = [bottom for word, _top, bottom in words if word == first_word]
        assert bottoms, first_word
        # The value's lowest line ends on the rule: no more than a line's descent above it.
        gap = min(abs(rule_y - b) for b in bottoms)
        assert gap <= 0.5 * field.value.size, (first_word, gap)
