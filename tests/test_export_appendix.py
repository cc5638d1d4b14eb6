"""The appendix: full note texts, numbered to match the small numbers on the canvas."""

from __future__ import annotations

import io

import pytest
from pypdf import PageObject, PdfReader

from canvas_editor.export.pdf import PdfOptions, render_pdf
from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note, Segment

MM = 72 / 25.4
A4_PORTRAIT = (210 * MM, 297 * MM)
LONG = ("Every customer gets a loaf of sourdough, a croissant and the weekly newsletter. " * 25)[:1500]


def squeeze(s: str) -> str:
    return "".join(s.split())


def notes_canvas(long_note: bool, language: str = "en") -> Canvas:
    notes = [
        Note(
            id="a", block=BlockId.KEY_PARTNERS, text="Flour mill", description="Organic, local", x=0.1, y=0.5
        ),
        Note(id="b", block=BlockId.KEY_PARTNERS, text="Riders' co-op", x=0.1, y=0.2, tags=("ops", "people")),
        Note(
            id="c",
            block=BlockId.REVENUE_STREAMS,
            text="Monthly plan",
            segment="fam",
            description="€19 a month",
        ),
        Note(id="d", block=BlockId.CUSTOMER_SEGMENTS, text="Busy families", segment="fam", x=0.1, y=0.3),
    ]
    if long_note:
        notes.append(
            Note(id="long", block=BlockId.VALUE_PROPOSITIONS, text=LONG, description="Why it matters", y=0.4)
        )
    return Canvas(
        title="Bakery",
        language=language,
        notes=notes,
        segments=[Segment(id="fam", name="Families", color="#81D4FA")],
    )


def numbers_on_canvas(page: PageObject, canvas: Canvas) -> dict[str, int]:
    """Note id -> the small number printed inside that note on the canvas page."""
    page_w, page_h = float(page.mediabox.width), float(page.mediabox.height)
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip().isdigit():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, page_h - y))

    page.extract_text(visitor_text=visit)
    out: dict[str, int] = {}
    for note in canvas.notes:
        rect = layout.note_rect(note.block, note.x, note.y).scaled(page_w, page_h)
        inside = [int(t) for t, x, y in found if rect.contains(x, y)]
        assert len(inside) <= 1, (note.id, inside)
        if inside:
            out[note.id] = inside[0]
    return out


def test_appendix_lists_every_note_under_the_number_it_has_on_the_canvas() -> None:
    canvas = notes_canvas(long_note=True)
    reader = PdfReader(io.BytesIO(render_pdf(canvas, PdfOptions(page_size="A3", appendix=True))))
    assert len(reader.pages) >= 2
    numbers = numbers_on_canvas(reader.pages[0], canvas)
    assert set(numbers) == {n.id for n in canvas.notes}
    assert sorted(numbers.values()) == list(range(1, len(canvas.notes) + 1))
    appendix = squeeze("\n".join(p.extract_text() for p in reader.pages[1:]))
    for note in canvas.notes:
        assert f"{numbers[note.id]}{squeeze(note.text)}{squeeze(note.description)}" in appendix
    # Block headings, the segment and tags come along.
    assert "KeyPartners" in appendix and "RevenueStreams" in appendix
    assert "Segment:Families" in appendix and "Tags:ops,people" in appendix
    # Numbers run block by block, top to bottom: b sits above a in Key Partners.
    assert numbers["b"] < numbers["a"] < numbers["long"] < numbers["d"] < numbers["c"]


def test_appendix_pages_are_office_paper_in_portrait() -> None:
    data = render_pdf(notes_canvas(long_note=True), PdfOptions(page_size="A1", appendix=True))
    pages = PdfReader(io.BytesIO(data)).pages
    for page in pages[1:]:
        assert float(page.mediabox.width) == pytest.approx(A4_PORTRAIT[0], abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(A4_PORTRAIT[1], abs=0.01)


def test_without_appendix_a_cut_note_still_points_to_its_full_text() -> None:
    canvas = notes_canvas(long_note=True)
    reader = PdfReader(io.BytesIO(render_pdf(canvas, PdfOptions())))
    assert len(reader.pages) == 2
    # Only the cut note carries a number.
    assert numbers_on_canvas(reader.pages[0], canvas) == {"long": 1}
    appendix = squeeze(reader.pages[1].extract_text())
    assert f"1{squeeze(LONG)}" in appendix
    assert "Flourmill" not in appendix


def test_without_appendix_and_nothing_cut_there_is_one_page_and_no_numbers() -> None:
    canvas = notes_canvas(long_note=False)
    reader = PdfReader(io.BytesIO(render_pdf(canvas, PdfOptions())))
    assert len(reader.pages) == 1
    assert numbers_on_canvas(reader.pages[0], canvas) == {}
    assert squeeze(layout.ATTRIBUTION) in squeeze(reader.pages[0].extract_text())


def test_a_long_description_flows_over_pages_and_is_printed_whole() -> None:
    description = " ".join(f"point{i}" for i in range(1000))
    canvas = Canvas(notes=[Note(id="n", block=BlockId.CHANNELS, text="App", description=description)])
    reader = PdfReader(io.BytesIO(render_pdf(canvas, PdfOptions(appendix=True))))
    assert len(reader.pages) >= 3
    text = squeeze("\n".join(p.extract_text() for p in reader.pages[1:]))
    assert squeeze(description) in text


def test_korean_canvas_gets_korean_headings() -> None:
    canvas = notes_canvas(long_note=False, language="ko")
    reader = PdfReader(io.BytesIO(render_pdf(canvas, PdfOptions(appendix=True))))
    text = squeeze(reader.pages[1].extract_text())
    assert "핵심파트너" in text and "수익원" in text
