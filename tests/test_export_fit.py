"""Text always fits its note on paper: wrap, shrink to a legible floor, then cut."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest

from canvas_editor.export.pdf import PdfOptions, RenderedPdf, render, render_pdf
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.model.layout import Rect
from canvas_editor.model.text_fit import ELLIPSIS
from tests.geometry_checks import rect_within

EPS = 1e-6
LONG_TEXT = ("Customers want bread that is fresh every morning and delivered before work. " * 30)[:2000]
LONG_WORD = "supercalifragilistic" * 15
KOREAN = "아침마다 갓 구운 빵을 출근 전에 문 앞까지 배달해 드립니다\n둘째 줄은 사용자가 나눈 줄입니다"


def hard_canvas(language: str = "en") -> Canvas:
    return Canvas(
        language=language,
        notes=[
            Note(id="long", block=BlockId.VALUE_PROPOSITIONS, text=LONG_TEXT, x=0.1, y=0.2),
            Note(id="word", block=BlockId.CHANNELS, text=LONG_WORD, x=0.1, y=0.3),
            Note(id="korean", block=BlockId.CUSTOMER_SEGMENTS, text=KOREAN, x=0.2, y=0.5),
            Note(id="short", block=BlockId.KEY_PARTNERS, text="Mills", x=0.2, y=0.3),
        ],
    )


def inside(inner: Rect, outer: Rect) -> bool:
    return rect_within(inner, outer, EPS)


CASES = [
    PdfOptions(),
    PdfOptions(page_size="A0"),
    PdfOptions(page_size="Letter", portrait=True),
    PdfOptions(page_size="A4", appendix=True),
]


@pytest.mark.parametrize("options", CASES, ids=["A4", "A0", "Letter-portrait", "A4-appendix"])
def test_every_line_and_number_stays_inside_its_note(options: PdfOptions) -> None:
    rendered = render(hard_canvas(), options)
    for placed in rendered.sheet.notes:
        assert placed.text.lines, placed.note.id
        for line in placed.text.lines:
            assert inside(placed.text.line_extent(line), placed.rect), (placed.note.id, line.text)
        if placed.number_text is not None:
            for line in placed.number_text.lines:
                assert inside(placed.number_text.line_extent(line), placed.rect)


def test_text_shrinks_no_further_than_the_legible_floor_then_is_cut() -> None:
    rendered = render(hard_canvas(), PdfOptions())
    notes = {n.note.id: n for n in rendered.sheet.notes}
    sizes = {k: n.text.size for k, n in notes.items()}
    assert min(sizes.values()) >= 5.0 - EPS
    long = notes["long"]
    assert long.text.truncated and long.text.lines[-1].text.endswith(ELLIPSIS)
    assert long.number is not None  # it points to the full text in the appendix
    assert not notes["short"].text.truncated and notes["short"].number is None
    assert sizes["short"] > sizes["long"]


def test_a_word_longer_than_the_note_is_split_only_as_a_last_resort() -> None:
    notes = {n.note.id: n for n in render(hard_canvas(), PdfOptions()).sheet.notes}
    word = notes["word"]
    shown = "".join(line.text for line in word.text.lines).rstrip(ELLIPSIS)
    assert LONG_WORD.startswith(shown)
    assert len(word.text.lines) > 1


def test_korean_words_are_not_split_and_the_users_line_breaks_are_kept() -> None:
    notes = {n.note.id: n for n in render(hard_canvas("ko"), PdfOptions(page_size="A3")).sheet.notes}
    korean = notes["korean"]
    assert not korean.text.truncated
    lines = [line.text for line in korean.text.lines]
    assert [w for line in lines for w in line.split()] == KOREAN.split()
    # The second paragraph starts on a line of its own.
    assert any(line.startswith("둘째") for line in lines)


def test_text_sizes_grow_in_proportion_to_the_page() -> None:
    def sizes(rendered: RenderedPdf) -> list[float]:
        return [n.text.size for n in rendered.sheet.notes if n.note.id in ("short", "korean")]

    a4 = render(hard_canvas(), PdfOptions(page_size="A4"))
    a0 = render(hard_canvas(), PdfOptions(page_size="A0"))
    assert a0.sheet.area.w / a4.sheet.area.w == pytest.approx(4.0, rel=0.01)
    # A sheet's scale is its size over A4's; the 5 mm kept clear along the edges makes
    # the A4 sheet a little smaller than a quarter of A0's.
    ratio = a0.sheet.scale / a4.sheet.scale
    assert ratio == pytest.approx(4.0, rel=0.05)
    assert sizes(a0) == pytest.approx([s * ratio for s in sizes(a4)], rel=0.01)


def _gray_page(data: bytes, folder: Path, name: str, dpi: int) -> tuple[int, int, bytes]:
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(data)
    pgm = subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-f", "1", "-l", "1", str(pdf)], capture_output=True, check=True
    ).stdout
    magic, width, height, _maxval, pixels = pgm.split(maxsplit=4)
    assert magic == b"P5"
    return int(width), int(height), pixels


@pytest.mark.parametrize("note_id", ["long", "word", "korean"])
def test_rendered_text_marks_no_pixel_outside_its_note(note_id: str, tmp_path: Path) -> None:
    """Render the page with the note's text and without it: every changed pixel is in the note."""
    dpi = 110
    full = hard_canvas("ko" if note_id == "korean" else "en")
    emptied = dataclasses.replace(
        full, notes=[dataclasses.replace(n, text="") if n.id == note_id else n for n in full.notes]
    )
    # With the appendix every note keeps its number, emptied or not.
    options = PdfOptions(appendix=True)
    rendered = render(full, options)
    width, height, with_text = _gray_page(rendered.data, tmp_path, "with", dpi)
    _, _, without = _gray_page(render_pdf(emptied, options), tmp_path, "without", dpi)
    changed = [i for i in range(len(with_text)) if with_text[i] != without[i]]
    assert changed, "the text drew nothing"
    rect = next(n.rect for n in rendered.sheet.notes if n.note.id == note_id)
    k = dpi / 72.0
    # One pixel of slack for anti-aliasing at the edges.
    left, top = rect.x * k - 1, rect.y * k - 1
    right, bottom = rect.right * k + 1, rect.bottom * k + 1
    outside = [
        (i % width, i // width)
        for i in changed
        if not (left <= i % width <= right and top <= i // width <= bottom)
    ]
    assert outside == [], f"{len(outside)} pixels drawn outside the note, e.g. {outside[:3]}"
    assert height > 0
