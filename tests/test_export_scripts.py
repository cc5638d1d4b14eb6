"""Every script the window shows prints: fallback fonts, shaping, right-to-left, and a
warning naming what no font has. Checked as a reader sees the PDF (pypdf, pdftotext,
pdftoppm) and as a user runs the command line (stderr, exit code)."""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from canvas_editor.export.pdf import PdfOptions, render, render_pdf
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.storage.load import load_canvas
from canvas_editor.storage.templates import load_template

ROOT = Path(__file__).resolve().parent.parent
MIXED = ROOT / "tests" / "fixtures" / "mixed-scripts.bmc"
# Notes whose every character a reader gets back from the PDF.
EXTRACTED_WHOLE = ["ja", "zh-hans", "zh-hant", "ko", "vi", "el", "ru", "th", "th-long", "latin"]
NO_FONT = "\U0010fffd"  # a private-use character of plane 16: no font maps it


def squeeze(s: str) -> str:
    return unicodedata.normalize("NFC", "".join(s.split()))


def notes_by_id(canvas: Canvas) -> dict[str, Note]:
    return {n.id: n for n in canvas.notes}


def pypdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdftotext(data: bytes, folder: Path) -> str:
    pdf = folder / "out.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True, text=True).stdout


@pytest.fixture(scope="module")
def mixed() -> Canvas:
    return load_canvas(MIXED)


@pytest.fixture(scope="module")
def mixed_pdf(mixed: Canvas) -> bytes:
    return render_pdf(mixed, PdfOptions(page_size="A3"))


@pytest.mark.parametrize("reader", ["pypdf", "pdftotext"])
def test_every_character_of_the_latin_greek_cyrillic_cjk_kana_hangul_and_thai_notes_is_text(
    reader: str, mixed: Canvas, mixed_pdf: bytes, tmp_path: Path
) -> None:
    text = squeeze(pypdf_text(mixed_pdf) if reader == "pypdf" else pdftotext(mixed_pdf, tmp_path))
    notes = notes_by_id(mixed)
    missing = {i: notes[i].text for i in EXTRACTED_WHOLE if squeeze(notes[i].text) not in text}
    assert missing == {}
    for header in (mixed.designed_for, mixed.designed_by):
        assert squeeze(header) in text


def test_arabic_and_hebrew_letters_and_indic_consonants_extract(
    mixed: Canvas, mixed_pdf: bytes, tmp_path: Path
) -> None:
    """Joined Arabic extracts as presentation forms (the same letters under NFKC) in
    visual order; a reordered Indic vowel sign may come back as another character, so
    only the letters are compared, as a set."""
    text = unicodedata.normalize("NFKC", pdftotext(mixed_pdf, tmp_path))
    notes = notes_by_id(mixed)
    for note_id in ("ar", "ar-en", "he", "hi", "bn"):
        letters = {ch for ch in notes[note_id].text if unicodedata.category(ch) == "Lo"}
        assert letters - set(text) == set(), note_id
    assert "fast delivery" in text


def test_every_embedded_font_is_a_subset_with_its_outlines(mixed_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(mixed_pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"]).lstrip("/")
            prefix, _, family = name.partition("+")
            assert len(prefix) == 6 and prefix.isupper(), name
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
            names.add(family)
    # The scripts of the fixture need the fallback fonts, not only NanumGothic.
    assert {"CanvasEditorNotoSansArabic-Regular", "CanvasEditorNotoSansThai-Regular"} <= names
    assert "CanvasEditorDroidSansFallback-Regular" in names


def test_ink_inside_every_note(mixed: Canvas, tmp_path: Path) -> None:
    rendered = render(mixed, PdfOptions())
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(rendered.data)
    dpi = 100
    pgm = subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-f", "1", "-l", "1", str(pdf)], capture_output=True, check=True
    ).stdout
    magic, width, _height, _maxval, pixels = pgm.split(maxsplit=4)
    assert magic == b"P5"
    w = int(width)
    k = dpi / 72.0
    for placed in rendered.sheet.notes:
        r = placed.rect
        x0, x1 = int((r.x + r.w * 0.1) * k), int((r.right - r.w * 0.1) * k)
        y0, y1 = int((r.y + r.h * 0.1) * k), int((r.bottom - r.h * 0.1) * k)
        darkest = min(min(pixels[y * w + x0 : y * w + x1]) for y in range(y0, y1))
        assert darkest < 110, placed.note.id  # text ink, far darker than any note colour


def test_the_same_mixed_canvas_exports_to_the_same_bytes(mixed: Canvas) -> None:
    options = PdfOptions(page_size="A2", appendix=True)
    assert render_pdf(mixed, options) == render_pdf(mixed, options)


def test_a_shaped_line_never_leaves_its_note(mixed: Canvas) -> None:
    for options in (PdfOptions(), PdfOptions(page_size="A0"), PdfOptions(portrait=True)):
        for placed in render(mixed, options).sheet.notes:
            for line in placed.text.lines:
                extent = placed.text.line_extent(line)
                assert placed.rect.x <= extent.x and extent.right <= placed.rect.right + 1e-6, placed.note.id


# ----- characters no font has -------------------------------------------------------------


def _canvas_with_unprintable(folder: Path) -> Path:
    from canvas_editor.storage.save import save_canvas

    canvas = Canvas(
        notes=[
            Note(id="odd", block=BlockId.KEY_ACTIVITIES, text=f"Odd {NO_FONT} sign", x=0.1, y=0.2),
            Note(id="fine", block=BlockId.CHANNELS, text="ภาษาไทย printable", x=0.1, y=0.2),
        ]
    )
    path = folder / "odd.bmc"
    save_canvas(canvas, path)
    return path


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "canvas_editor", *args], capture_output=True, text=True, env=env, check=False
    )


def test_an_unprintable_character_is_named_printed_as_a_box_and_strict_fails(tmp_path: Path) -> None:
    source = _canvas_with_unprintable(tmp_path)
    out = tmp_path / "odd.pdf"
    result = _cli("export", str(source), "-o", str(out))
    assert result.returncode == 0
    [line] = result.stderr.splitlines()
    assert "1 note has characters no font can print" in line
    assert f"'Odd {NO_FONT} sign' in Key Activities (U+10FFFD)" in line
    text = squeeze(pdftotext(out.read_bytes(), tmp_path))
    assert "Oddsign" in text and "ภาษาไทยprintable" in text  # the rest prints

    strict = _cli("export", str(source), "-o", str(tmp_path / "strict.pdf"), "--strict")
    assert strict.returncode == 1 and strict.stderr == result.stderr
    assert (tmp_path / "strict.pdf").stat().st_size > 0


def test_the_placeholder_box_is_ink_where_the_character_would_be(tmp_path: Path) -> None:
    def ink(text: str) -> int:
        canvas = Canvas(notes=[Note(id="n", block=BlockId.KEY_ACTIVITIES, text=text, x=0.1, y=0.2)])
        pdf = tmp_path / "box.pdf"
        pdf.write_bytes(render_pdf(canvas, PdfOptions()))
        pgm = subprocess.run(
            ["pdftoppm", "-gray", "-r", "150", str(pdf)], capture_output=True, check=True
        ).stdout.split(maxsplit=4)[4]
        return sum(1 for p in pgm if p < 128)

    assert ink(f"ab {NO_FONT}") > ink("ab") + 10


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_image_export_of_complex_scripts_prints_nothing_on_stderr(suffix: str, tmp_path: Path) -> None:
    canvas = dataclasses.replace(
        load_template("amazon"),
        notes=[
            Note(id="hi", block=BlockId.CHANNELS, text="हिन्दी ग्राहक", x=0.1, y=0.2),
            Note(id="ta", block=BlockId.CHANNELS, text="தமிழ் சேவை", x=0.5, y=0.2),
            Note(id="ar", block=BlockId.CHANNELS, text="خدمة العملاء", x=0.1, y=0.6),
        ],
    )
    from canvas_editor.storage.save import save_canvas

    source = tmp_path / "scripts.bmc"
    save_canvas(canvas, source)
    result = _cli("export", str(source), "-o", str(tmp_path / f"out{suffix}"))
    assert result.returncode == 0
    assert result.stderr == ""
