"""The segment legend and the notes' segment tags in the PDF, PNG and SVG exports, read
back as a reader does (pdftotext, the SVG's text, the PNG's pixels) and checked for
room: on every paper, portrait or landscape, and on a poster's tiles, the legend sits
on the footer's line beside the attribution and overlaps nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from canvas_editor.cli.main import main
from canvas_editor.export.page_sizes import PAPER_SIZES
from canvas_editor.export.pdf import PdfOptions, render
from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.model.layout import Rect
from canvas_editor.storage.save import save_canvas

NAMES = ("Commuters", "Weekend cyclists", "통근하는 부모")


def segmented(names: tuple[str, ...] = NAMES) -> Canvas:
    colors = ("#81D4FA", "#F48FB1", "#A5D6A7", "#FFB74D", "#CE93D8")
    segments = [Segment(id=f"s{i}", name=n, color=colors[i % len(colors)]) for i, n in enumerate(names)]
    notes = [
        Note(id=f"n{i}", block=block, text=f"Need {i}", color=segments[i % len(segments)].color,
             segment=segments[i % len(segments)].id, x=0.1, y=0.3)
        for i, block in enumerate(BlockId)
    ]
    notes.append(Note(id="plain", block=BlockId.KEY_PARTNERS, text="City council", y=0.7))
    return Canvas(title="Bikes", notes=notes, segments=segments)


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout


def export(tmp_path: Path, name: str, *flags: str, canvas: Canvas | None = None) -> Path:
    source = tmp_path / "bikes.bmc"
    save_canvas(canvas or segmented(), source)
    out = tmp_path / name
    assert main(["export", str(source), "-o", str(out), *flags]) == 0
    return out


def test_the_pdf_prints_the_legend_and_no_legend_leaves_it_out(tmp_path: Path) -> None:
    text = pdftotext(export(tmp_path, "with.pdf"))
    assert all(name in text for name in NAMES)
    assert "C" in text.split() and "W" in text.split()  # the tags, on the notes and in the legend
    without = pdftotext(export(tmp_path, "without.pdf", "--no-legend"))
    assert not any(name in without for name in NAMES)
    assert "Need 3" in without and "W" in without.split()  # the notes keep their tags


def test_a_canvas_without_segments_prints_no_legend() -> None:
    canvas = segmented()
    canvas.segments.clear()
    canvas.notes[:] = [Note(id=n.id, block=n.block, text=n.text) for n in canvas.notes]
    assert render(canvas, PdfOptions()).sheet.legend is None


def _overlaps(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


@pytest.mark.parametrize("names", [NAMES, tuple(f"Segment with a long name number {i}" for i in range(40))])
@pytest.mark.parametrize("paper", list(PAPER_SIZES))
@pytest.mark.parametrize("portrait", [False, True])
def test_the_legend_keeps_to_the_footer_beside_the_attribution(
    paper: str, portrait: bool, names: tuple[str, ...]
) -> None:
    sheet = render(segmented(names), PdfOptions(page_size=paper, portrait=portrait)).sheet
    legend = sheet.legend
    assert legend is not None and legend.names
    area = sheet.area
    board = layout.BOARD.scaled(area.w, area.h, area.x, area.y)
    marks = legend.extent()
    assert marks.y >= board.bottom and marks.right <= area.right + 1e-6  # below the blocks, inside the sheet
    attribution = sheet.attribution
    for line in attribution.lines:
        assert not _overlaps(attribution.line_extent(line), marks)
    lowest = max(attribution.line_extent(ln).bottom for ln in attribution.lines)
    assert marks.bottom <= lowest + 1e-6  # never below the attribution, the sheet's lowest mark
    shown = [n.lines[0].text for n in legend.names]
    if len(names) > 3:  # no room for forty long names: shortened, the rest counted
        assert shown[-1].startswith("+") and int(shown[-1][1:]) == len(names) - len(shown) + 1
    else:
        assert shown == list(names)


def test_a_poster_prints_the_legend_on_the_tiles_that_hold_the_footer(tmp_path: Path) -> None:
    out = export(tmp_path, "poster.pdf", "--page-size", "A1", "--tile", "A4")
    assert all(name in pdftotext(out) for name in NAMES)
    rendered = render(segmented(), PdfOptions(page_size="A1", tile="A4"))
    assert rendered.sheet.legend is not None and rendered.sheet_pages > 1


def test_every_tagged_note_shows_its_tag_below_its_text() -> None:
    sheet = render(segmented(), PdfOptions()).sheet
    tagged = [n for n in sheet.notes if n.note.segment is not None]
    assert tagged and all(n.tag is not None for n in tagged)
    for placed in sheet.notes:
        if placed.tag is None:
            assert placed.note.segment is None
            continue
        frame, tag = placed.tag
        assert tag.lines[0].text == {"s0": "C", "s1": "W", "s2": "통"}[placed.note.segment or ""]
        r = placed.rect
        assert r.x <= frame.rect.x and frame.rect.right <= r.right and frame.rect.bottom <= r.bottom
        assert all(placed.text.line_extent(ln).bottom <= frame.rect.y + 1e-6 for ln in placed.text.lines)


def test_the_svg_names_the_segments_unless_asked_not_to(tmp_path: Path, qapp: object) -> None:
    with_legend = export(tmp_path, "with.svg").read_text(encoding="utf-8")
    without = export(tmp_path, "without.svg", "--no-legend").read_text(encoding="utf-8")
    assert all(name in with_legend for name in NAMES)
    assert not any(name in without for name in NAMES)


def test_the_png_draws_the_legend_in_the_footer_unless_asked_not_to(tmp_path: Path, qapp: object) -> None:
    flags = ("--dpi", "60")
    footer_left = layout.Rect(layout.FOOTER.x, layout.FOOTER.y, layout.FOOTER.w / 3.0, layout.FOOTER.h)

    def inked(path: Path) -> int:
        image = QImage(str(path))
        w, h = image.width(), image.height()
        box = footer_left.scaled(w, h)
        white = QColor("white").rgb()
        return sum(
            image.pixel(x, y) != white
            for x in range(int(box.x), int(box.right))
            for y in range(int(box.y), int(box.bottom))
        )

    assert inked(export(tmp_path, "with.png", *flags)) > 0
    assert inked(export(tmp_path, "without.png", *flags, "--no-legend")) == 0


def test_no_legend_is_refused_for_a_file_without_paper(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bikes.bmc"
    save_canvas(segmented(), source)
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(source), "-o", str(tmp_path / "bikes.md"), "--no-legend"])
    assert exit_.value.code == 2
    message = capsys.readouterr().err.strip().splitlines()[-1]
    assert message.endswith("--no-legend is for PDF, PNG and SVG exports, not for Markdown files")
