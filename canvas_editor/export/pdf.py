"""The printable PDF of a canvas: the public entry point of the PDF export.

`render_pdf(canvas, options)` is a pure function of the document model (no Qt) that
returns the PDF's bytes, used by `canvas-editor export` and by the window's File >
Export, which write them atomically (`storage.save.write_atomic`), so a failure never
leaves a half-written file behind. Output is deterministic (reportlab's invariant
mode: same canvas, same bytes).

Page mapping: a landscape page holds the sheet across the whole paper (the layout's
fractions stretch to the paper, as on screen), drawn just far enough inside the edges
that every mark keeps `options.margin` (at least `page_sizes.SAFE_MARGIN`, 5 mm) from
the paper's edge, where office printers cannot print. A portrait page holds the
landscape sheet of the same paper scaled down to the page width and centred
vertically; text keeps the legible floor, so a note cut on a portrait page may be cut
on landscape too, never the reverse.

File > Print and `canvas-editor print` send these same bytes to the printer
(`canvas_editor.printing`): the PDF is the one page layout of the project.

Appendix pages use office paper in portrait: the tile paper when tiling, otherwise A4
(Letter when the canvas is on Letter or Tabloid). They list every note with
`appendix=True`; without it they appear only when some note's text had to be cut,
and then list just those notes, so no text is ever lost from a printout.

Face-down notes (a silent brainstorm) are not printed (`model.private_writing.face_up`);
the appendix says how many there are, so the printout never looks complete when it is not.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, NamedTuple

from reportlab.pdfgen.canvas import Canvas as PdfCanvas

from canvas_editor import __version__
from canvas_editor.export import fonts
from canvas_editor.export.page_sizes import PAPER_SIZES, SAFE_MARGIN, PaperSize, paper_size, tile_papers
from canvas_editor.export.pdf_canvas import draw_canvas
from canvas_editor.export.sheet_layout import Numbering, SheetLayout, layout_sheet, lowest_mark, sheet_scale
from canvas_editor.export.unprintable import Unprintable, find
from canvas_editor.model import layout
from canvas_editor.model.document import Canvas
from canvas_editor.model.layout import Rect
from canvas_editor.model.private_writing import face_up, hidden_count

if TYPE_CHECKING:
    from canvas_editor.export.tiling import TileGrid


class PdfOptions(NamedTuple):
    page_size: str = "A4"
    portrait: bool = False
    tile: str | None = None  # office paper to print a large sheet on, e.g. "A4"
    appendix: bool = False
    legend: bool = True  # the segments' legend beside the attribution, when there are segments
    # Points kept clear along every edge; a printer that reports a wider unprintable
    # band asks for more. Never less than SAFE_MARGIN.
    margin: float = SAFE_MARGIN


class PdfOptionsError(ValueError):
    """Options that cannot make a PDF; the message is one line for the user."""


class RenderedPdf(NamedTuple):
    data: bytes
    sheet: SheetLayout  # where everything on the canvas sheet went, in sheet points
    sheet_pages: int  # pages before the appendix (1, or the number of tiles)
    grid: TileGrid | None
    unprintable: list[Unprintable]  # texts with characters printed as empty boxes
    pages: int  # every page, the appendix's included


# The share of the sheet between its edge and its outermost marks across (the block
# frames and the header) and at the top (the header); the lowest mark, the attribution,
# depends on the text's size (`sheet_layout.lowest_mark`).
_EDGE_ACROSS = layout.MARGIN
_EDGE_TOP = layout.HEADER.y
_STROKE_ALLOWANCE = 1.0  # points; the widest frame stroke on A0 is under 2 pt


def _inset(start: float, length: float, edge: float, margin: float) -> float:
    """How far to pull a sheet at `start` of `length` in from both ends, so its outermost
    marks (`edge` of its length inside) are `margin` from the page's edge."""
    return max((margin - start - edge * length) / (1.0 - 2.0 * edge), 0.0)


class SheetPlace(NamedTuple):
    page: tuple[float, float]  # the page's width and height
    box: Rect  # the paper's part for the sheet (y down): the page, or a portrait page's band
    area: Rect  # where the sheet is drawn: `box`, pulled in to keep the margin

    @property
    def scale(self) -> float:
        """The text's scale: the box's, so keeping the margin does not shrink the text."""
        return sheet_scale(self.box)


def sheet_place(paper: PaperSize, portrait: bool, margin: float = SAFE_MARGIN) -> SheetPlace:
    """Where on the page the sheet goes."""
    land_w, land_h = paper.oriented(portrait=False)
    if portrait:
        page_w, page_h = paper.oriented(portrait=True)
        h = land_h * page_w / land_w
        box = Rect(0.0, (page_h - h) / 2.0, page_w, h)
    else:
        page_w, page_h = land_w, land_h
        box = Rect(0.0, 0.0, page_w, page_h)
    # Frame strokes straddle the frames' edges: their outer half needs room too.
    margin = max(margin, SAFE_MARGIN) + _STROKE_ALLOWANCE
    dx = _inset(box.x, box.w, _EDGE_ACROSS, margin)
    bottom_edge = 1.0 - layout.FOOTER.y - lowest_mark(sheet_scale(box)) / box.h
    dy = _inset(box.y, box.h, min(_EDGE_TOP, bottom_edge), margin)
    area = Rect(box.x + dx, box.y + dy, box.w - 2.0 * dx, box.h - 2.0 * dy)
    return SheetPlace((page_w, page_h), box, area)


def handout_paper(paper: PaperSize, tile: PaperSize | None) -> PaperSize:
    if tile is not None:
        return tile
    return PAPER_SIZES["Letter"] if paper.name in ("Letter", "Tabloid") else PAPER_SIZES["A4"]


def check_options(options: PdfOptions) -> tuple[PaperSize, PaperSize | None]:
    """The papers named by `options`; raises UnknownPaperSize or PdfOptionsError."""
    paper = paper_size(options.page_size)
    if options.tile is None:
        return paper, None
    tile = paper_size(options.tile)
    if tile.name not in tile_papers(paper.name):
        raise PdfOptionsError(
            f"--tile {tile.name} is not smaller than the page size {paper.name}; "
            "tiling prints a large page over smaller sheets"
        )
    return paper, tile


def render(canvas: Canvas, options: PdfOptions) -> RenderedPdf:
    """The PDF as bytes, with the sheet layout it was drawn from."""
    paper, tile = check_options(options)
    hidden = hidden_count(canvas)
    canvas = face_up(canvas)
    fonts.register_fonts()
    numbering: Numbering = "all" if options.appendix else "truncated"
    place = sheet_place(paper, options.portrait, options.margin)
    page_w, page_h = place.page
    area = place.area

    buf = io.BytesIO()
    c = PdfCanvas(
        buf,
        pagesize=(page_w, page_h),
        invariant=1,
        pageCompression=1,
        # No Helvetica: every font in the file is our embedded one.
        initialFontName=fonts.REGULAR,
    )
    c.setTitle(canvas.title or "Business Model Canvas")
    c.setAuthor(canvas.designed_by)
    c.setSubject("Business Model Canvas")
    c.setCreator(f"canvas-editor {__version__}")

    grid: TileGrid | None = None
    if tile is None:
        sheet = draw_canvas(c, canvas, area, page_h, numbering, place.scale, legend=options.legend)
        c.showPage()
        sheet_pages = 1
    else:
        from canvas_editor.export.tiling import draw_tile_page, plan_tiles  # only posters pay for it

        # The poster is the sheet's box, laid out as on the untiled page; only the box is
        # tiled: a portrait page's empty bands would print blank.
        box = place.box
        poster = Rect(area.x - box.x, area.y - box.y, area.w, area.h)
        sheet = layout_sheet(canvas, poster, numbering, place.scale, legend=options.legend)
        grid = plan_tiles(box.w, box.h, tile, options.margin)
        orientation = "portrait" if options.portrait else "landscape"
        for row in range(grid.rows):
            for col in range(grid.cols):
                c.setPageSize((grid.paper_w, grid.paper_h))
                draw_tile_page(
                    c,
                    grid,
                    row,
                    col,
                    sheet,
                    box.h,
                    f"{paper.name} {orientation}",
                    tile.name,
                    canvas.language,
                )
                c.showPage()
        sheet_pages = grid.pages

    numbered = sheet.numbered_notes()
    unprintable = find(canvas, [n.note for n in numbered])
    if numbered or hidden:  # most canvases print whole: no appendix, and its module is not loaded
        from canvas_editor.export.appendix import draw_appendix

        draw_appendix(
            c,
            canvas,
            numbered,
            handout_paper(paper, tile).oriented(portrait=True),
            every_note=options.appendix,
            hidden=hidden,
        )
    pages = c.getPageNumber() - 1  # reportlab counts the page it would start next
    c.save()
    return RenderedPdf(buf.getvalue(), sheet, sheet_pages, grid, unprintable, pages)


def render_pdf(canvas: Canvas, options: PdfOptions) -> bytes:
    return render(canvas, options).data
