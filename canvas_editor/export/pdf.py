"""The printable PDF of a canvas: the public entry point of the PDF export.

`render_pdf(canvas, options)` is a pure function of the document model (no Qt) that
returns the PDF's bytes, used by `canvas-editor export` and by the window's File >
Export, which write them atomically (`storage.save.write_atomic`), so a failure never
leaves a half-written file behind. Output is deterministic (reportlab's invariant
mode: same canvas, same bytes).

Page mapping: a landscape page holds the sheet edge to edge (the layout's fractions
stretch to the paper, as on screen). A portrait page holds the landscape sheet of the
same paper scaled down to the page width and centred vertically; text keeps the
legible floor, so a note cut on a portrait page may be cut on landscape too, never
the reverse.

Appendix pages use office paper in portrait: the tile paper when tiling, otherwise A4
(Letter when the canvas is on Letter or Tabloid). They list every note with
`appendix=True`; without it they appear only when some note's text had to be cut,
and then list just those notes, so no text is ever lost from a printout.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, NamedTuple

from reportlab.pdfgen.canvas import Canvas as PdfCanvas

from canvas_editor import __version__
from canvas_editor.export import fonts
from canvas_editor.export.page_sizes import PAPER_SIZES, PaperSize, paper_size
from canvas_editor.export.pdf_canvas import draw_canvas
from canvas_editor.export.sheet_layout import Numbering, SheetLayout, layout_sheet
from canvas_editor.export.unprintable import Unprintable, find
from canvas_editor.model.document import Canvas
from canvas_editor.model.layout import Rect

if TYPE_CHECKING:
    from canvas_editor.export.tiling import TileGrid


class PdfOptions(NamedTuple):
    page_size: str = "A4"
    portrait: bool = False
    tile: str | None = None  # office paper to print a large sheet on, e.g. "A4"
    appendix: bool = False
    legend: bool = True  # the segments' legend beside the attribution, when there are segments


class PdfOptionsError(ValueError):
    """Options that cannot make a PDF; the message is one line for the user."""


class RenderedPdf(NamedTuple):
    data: bytes
    sheet: SheetLayout  # where everything on the canvas sheet went, in sheet points
    sheet_pages: int  # pages before the appendix (1, or the number of tiles)
    grid: TileGrid | None
    unprintable: list[Unprintable]  # texts with characters printed as empty boxes


def sheet_area(paper: PaperSize, portrait: bool) -> tuple[tuple[float, float], Rect]:
    """The page size and the rectangle (y down) the sheet is drawn in on it."""
    land_w, land_h = paper.oriented(portrait=False)
    if not portrait:
        return (land_w, land_h), Rect(0.0, 0.0, land_w, land_h)
    page_w, page_h = paper.oriented(portrait=True)
    scale = page_w / land_w
    h = land_h * scale
    return (page_w, page_h), Rect(0.0, (page_h - h) / 2.0, page_w, h)


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
    if tile.area >= paper.area:
        raise PdfOptionsError(
            f"--tile {tile.name} is not smaller than the page size {paper.name}; "
            "tiling prints a large page over smaller sheets"
        )
    return paper, tile


def render(canvas: Canvas, options: PdfOptions) -> RenderedPdf:
    """The PDF as bytes, with the sheet layout it was drawn from."""
    paper, tile = check_options(options)
    fonts.register_fonts()
    numbering: Numbering = "all" if options.appendix else "truncated"
    (page_w, page_h), area = sheet_area(paper, options.portrait)

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
        sheet = draw_canvas(c, canvas, area, page_h, numbering, legend=options.legend)
        c.showPage()
        sheet_pages = 1
    else:
        from canvas_editor.export.tiling import draw_tile_page, plan_tiles  # only posters pay for it

        # Only the sheet itself is tiled: a portrait page's empty bands would print blank.
        sheet = layout_sheet(canvas, Rect(0.0, 0.0, area.w, area.h), numbering, legend=options.legend)
        grid = plan_tiles(area.w, area.h, tile)
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
                    f"{paper.name} {orientation}",
                    tile.name,
                    canvas.language,
                )
                c.showPage()
        sheet_pages = grid.pages

    numbered = sheet.numbered_notes()
    unprintable = find(canvas, [n.note for n in numbered])
    if numbered:  # most canvases print whole: no appendix, and its module is not loaded
        from canvas_editor.export.appendix import draw_appendix

        draw_appendix(
            c,
            canvas,
            numbered,
            handout_paper(paper, tile).oriented(portrait=True),
            every_note=options.appendix,
        )
    c.save()
    return RenderedPdf(buf.getvalue(), sheet, sheet_pages, grid, unprintable)


def render_pdf(canvas: Canvas, options: PdfOptions) -> bytes:
    return render(canvas, options).data
