"""`canvas-editor export FILE -o OUT.pptx`: a deck that stays editable and shows Korean.

The deck is read back two ways: with python-pptx (the slides, their titles, the native
shapes and their text and colours), and by LibreOffice, which `make test` installs:
it converts the deck to PDF headless, and poppler's `pdftotext` reads each page's text
back, Korean included, as a person opening the deck would see it.
"""

from __future__ import annotations

import io
import math
import shutil
import subprocess
import time
from pathlib import Path
from unicodedata import category

import pytest
from hypothesis import HealthCheck, given, settings
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.presentation import Presentation as Deck

from canvas_editor.cli.main import main
from canvas_editor.export.pptx_deck import NOTES_PER_SLIDE, render_pptx
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.canvas_words import word as label
from canvas_editor.model.document import Canvas, Note
from canvas_editor.model.presentation import STANDARD_ORDER
from canvas_editor.storage.save import save_canvas
from canvas_editor.storage.templates import load_template
from tests.interchange_canvases import canvases


def deck_of(canvas: Canvas, tmp_path: Path) -> tuple[Path, Deck]:
    source, out = tmp_path / "plan.bmc", tmp_path / "plan.pptx"
    save_canvas(canvas, source)
    assert main(["export", str(source), "-o", str(out)]) == 0
    return out, Presentation(io.BytesIO(out.read_bytes()))


def title_of(slide: object) -> str:
    return slide.shapes.title.text_frame.text  # type: ignore[attr-defined]


def block_slide_titles(canvas: Canvas, order: list[BlockId]) -> list[str]:
    titles = []
    for block in order:
        name = BLOCKS[block].name(canvas.language)
        pages = max(math.ceil(len(canvas.notes_in(block)) / NOTES_PER_SLIDE), 1)
        titles += [name] + [f"{name} {label('continued', canvas.language)}"] * (pages - 1)
    return titles


def note_shapes(deck: Deck) -> list[tuple[str, str]]:
    """The filled rectangles of the canvas slide that hold a note: (text, fill colour)."""
    found = []
    for shape in deck.slides[1].shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE and shape.fill.type == 1:  # solid fill
            found.append((shape.text_frame.text.replace("\v", "\n"), f"#{shape.fill.fore_color.rgb}"))
    return found


def test_title_canvas_then_a_slide_per_block_in_the_storytelling_order(tmp_path: Path) -> None:
    canvas = load_template("amazon-ko")
    _, deck = deck_of(canvas, tmp_path)
    slides = list(deck.slides)
    assert title_of(slides[0]) == title_of(slides[1]) == canvas.title
    assert [title_of(s) for s in slides[2:]] == block_slide_titles(canvas, list(STANDARD_ORDER))
    assert deck.slide_width > deck.slide_height


def test_the_canvas_slide_is_native_shapes_with_every_note_in_its_colour(tmp_path: Path) -> None:
    canvas = load_template("amazon")
    _, deck = deck_of(canvas, tmp_path)
    canvas_slide = deck.slides[1]
    texts = [s.text_frame.text for s in canvas_slide.shapes if s.has_text_frame]
    for block in BlockId:
        assert any(t.startswith(BLOCKS[block].name_en + "\n") for t in texts), block
    assert note_shapes(deck) == [(n.text, n.color.upper()) for n in canvas.notes]
    # Rectangles and the slide's title, all editable: no pictures.
    kinds = {s.shape_type for s in canvas_slide.shapes}
    assert kinds == {MSO_SHAPE_TYPE.AUTO_SHAPE, MSO_SHAPE_TYPE.PLACEHOLDER}


def test_block_slides_hold_the_notes_as_bullets_with_descriptions_beneath(tmp_path: Path) -> None:
    notes = [Note(f"n{i}", BlockId.CHANNELS, f"Channel {i}\nline 2", f"why {i}" * (i % 2)) for i in range(8)]
    canvas = Canvas(notes=notes, presentation_order=[BlockId.CHANNELS, BlockId.KEY_PARTNERS])
    _, deck = deck_of(canvas, tmp_path)
    titles = [title_of(s) for s in deck.slides]
    rest = [b for b in STANDARD_ORDER if b not in canvas.presentation_order]
    assert titles[2:] == block_slide_titles(canvas, [*canvas.presentation_order, *rest])
    bullets = []
    for slide in list(deck.slides)[2:4]:
        body = slide.placeholders[1].text_frame
        bullets += [(p.level, p.text.replace("\v", "\n")) for p in body.paragraphs]
    expected = []
    for n in notes:
        expected.append((0, n.text))
        if n.description:
            expected.append((1, n.description))
    assert bullets == expected


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(canvases(max_notes=6))
def test_any_canvas_makes_a_deck_showing_each_note(canvas: Canvas) -> None:
    def plain(text: str) -> str:
        """The text but what a slide cannot show: control characters but line breaks (a
        vertical tab is one too) and tabs, and the two code points XML cannot hold."""
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
        return "".join(c for c in text if c in "\n\t" or not (category(c) == "Cc" or c in "\ufffe\uffff"))

    deck = Presentation(io.BytesIO(render_pptx(canvas)))
    assert note_shapes(deck) == [(plain(n.text), n.color.upper()) for n in canvas.notes]


def test_the_same_canvas_gives_the_same_bytes_at_any_time(monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = load_template("amazon")
    monkeypatch.setattr(time, "time", lambda: 1_000_000_000.0)
    first = render_pptx(canvas)
    monkeypatch.setattr(time, "time", lambda: 2_000_000_000.0)
    assert render_pptx(canvas) == first


def pdf_pages(pptx: Path, tmp_path: Path) -> list[str]:
    """The text of each page of the deck as LibreOffice prints it."""
    profile = tmp_path / "libreoffice-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(pptx)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pdf = tmp_path / (pptx.stem + ".pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True)
    return text.stdout.split("\f")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="no LibreOffice (make test installs it)")
def test_libreoffice_shows_the_korean_text_of_every_slide(tmp_path: Path) -> None:
    canvas = load_template("amazon-ko")
    out, deck = deck_of(canvas, tmp_path)
    pages = pdf_pages(out, tmp_path)
    assert len([p for p in pages if p.strip()]) == len(deck.slides)

    def words(page: str) -> str:
        return "".join(page.split())

    assert words(canvas.title) in words(pages[0])
    for block in BlockId:
        assert words(BLOCKS[block].name_ko) in words(pages[1])
    titles = block_slide_titles(canvas, list(STANDARD_ORDER))
    for page, title in zip(pages[2:], titles, strict=False):
        assert words(page).startswith(words(title))
    shown = words("".join(pages[2:]))
    for note in canvas.notes:
        assert words(note.text) in shown and words(note.description) in shown
