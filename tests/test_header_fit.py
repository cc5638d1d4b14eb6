"""A long title wraps alike on screen, in PNG, SVG and PDF (which is also what prints);
header values are whole.

The lines each picture shows are read back from what it made: the PDF's text (pypdf),
the SVG's text elements, and the bands of ink in the title's box of the PNG and of the
window's board.
"""

from __future__ import annotations

import dataclasses
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from canvas_editor.export.image_options import ImageOptions
from canvas_editor.export.pdf import PdfOptions, render_pdf
from canvas_editor.model import header_layout, layout
from canvas_editor.model.document import Canvas
from canvas_editor.model.text_fit import ELLIPSIS
from canvas_editor.scene.geometry import SHEET_RECT
from canvas_editor.scene.image_export import render_image, svg_bytes
from canvas_editor.storage.templates import load_template
from tests.window_helpers import focused_board_window

LONG_TITLE = "Amazon 워크숍 Workshop Dec 2026 — Team A"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """Images and printing paint with Qt: they need the application pytest-qt makes."""


@pytest.fixture
def canvas() -> Canvas:
    return dataclasses.replace(load_template("amazon"), title=LONG_TITLE)


def pdf_lines(data: bytes) -> list[str]:
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    return [line.strip() for line in text.splitlines() if line.strip()]


def title_lines_of_the_pdf(canvas: Canvas) -> list[str]:
    """The PDF's lines up to the first field label: the title as printed."""
    lines = pdf_lines(render_pdf(canvas, PdfOptions()))
    return lines[: lines.index("Designed for")] if "Designed for" in lines else lines[:1]


def svg_lines(data: bytes) -> list[str]:
    """The lines of text of an SVG in drawing order. Qt writes a line that mixes scripts
    as several text elements (one per run) under one transform, at one baseline."""
    root = ET.fromstring(data)
    lines: dict[tuple[int, str | None], str] = {}
    for group in root.iter():
        for element in group:
            if element.tag == f"{SVG}text":
                key = (id(group), element.get("y"))
                lines[key] = lines.get(key, "") + (element.text or "")
    return [line.strip() for line in lines.values()]


def title_box(sheet: QRectF) -> QRectF:
    """The title's box of the shared header rule, on a sheet drawn at `sheet`."""
    box = header_layout.header_boxes(layout.HEADER, 1.0).title.box
    w, h = sheet.width(), sheet.height()
    return QRectF(sheet.x() + box.x * w, sheet.y() + box.y * h, box.w * w, box.h * h)


def ink_bands(image: QImage, box: QRectF) -> int:
    """Runs of rows with dark pixels inside `box`: the lines of text drawn there."""
    bands, inked_before = 0, False
    for y in range(int(box.top()), int(box.bottom())):
        inked = any(
            QColor(image.pixel(x, y)).lightness() < 128 for x in range(int(box.left()), int(box.right()))
        )
        if inked and not inked_before:
            bands += 1
        inked_before = inked
    return bands


def test_the_pdf_wraps_the_long_title_without_cutting_it(canvas: Canvas) -> None:
    lines = title_lines_of_the_pdf(canvas)
    assert len(lines) >= 2
    assert " ".join(lines) == LONG_TITLE
    assert not any(ELLIPSIS in line for line in lines)


def test_the_svg_shows_the_title_in_the_pdf_lines(canvas: Canvas) -> None:
    texts = svg_lines(svg_bytes(canvas, ImageOptions()))
    lines = title_lines_of_the_pdf(canvas)
    at = texts.index(lines[0])
    assert texts[at : at + len(lines)] == lines
    assert not any(ELLIPSIS in t for t in texts)


def test_the_png_draws_as_many_title_lines_as_the_pdf(canvas: Canvas) -> None:
    image = render_image(canvas, ImageOptions(dpi=100))
    sheet = QRectF(0, 0, image.width(), image.height())
    assert ink_bands(image, title_box(sheet)) == len(title_lines_of_the_pdf(canvas))


def test_the_board_draws_as_many_title_lines_as_the_pdf(
    canvas: Canvas, qtbot: object, tmp_path: Path
) -> None:
    with focused_board_window(qtbot, tmp_path / "settings.ini", canvas) as window:
        window.resize(1366, 768)
        window.view.zoom_fit()
        qtbot.wait(10)  # type: ignore[attr-defined]
        image = window.view.viewport().grab().toImage()
        sheet = QRectF(window.view.mapFromScene(SHEET_RECT).boundingRect())
        assert ink_bands(image, title_box(sheet)) == len(title_lines_of_the_pdf(canvas))


def test_header_values_are_whole_in_the_pdf_and_the_svg(canvas: Canvas) -> None:
    values = [getattr(canvas, name) for name in header_layout.FIELDS]
    assert "canvas-editor templates" in values
    printed = " ".join(pdf_lines(render_pdf(canvas, PdfOptions())))
    texts = svg_lines(svg_bytes(canvas, ImageOptions()))
    for value in values:
        assert value in printed
        assert value in texts
