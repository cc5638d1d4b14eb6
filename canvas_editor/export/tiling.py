"""Poster tiling: a large sheet printed over several office pages.

Each office page shows a window ("cell") of the poster inside a margin that office
printers cannot print anyway. Neighbouring windows share an overlap strip, so after
trimming a page's left and top margins along the cut marks it is glued over its
neighbours with the picture matching. The margin carries the marks and a label with
the page's row and column in the grid.

The poster is laid out once; each page paints, through a clipped window, only what
falls inside its window, so a text search finds a note on the pages that show it.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from canvas_editor.export import fonts
from canvas_editor.export.labels import label
from canvas_editor.export.page_sizes import MM, PaperSize
from canvas_editor.export.pdf_canvas import INK, LABEL_GREY, RULE_GREY, SheetPainter
from canvas_editor.export.sheet_layout import SheetLayout, Typesetter
from canvas_editor.model.layout import Rect

TILE_MARGIN = 10 * MM  # unprintable border of most office printers
TILE_OVERLAP = 10 * MM  # poster strip repeated on neighbouring pages, for glueing
CUT_MARK = 6 * MM
MARK_GAP = 1 * MM


class TileGrid(NamedTuple):
    """How a poster of poster_w x poster_h points falls onto office pages."""

    paper_w: float
    paper_h: float
    rows: int
    cols: int
    margin: float
    overlap: float

    @property
    def cell_w(self) -> float:
        return self.paper_w - 2 * self.margin

    @property
    def cell_h(self) -> float:
        return self.paper_h - 2 * self.margin

    @property
    def pages(self) -> int:
        return self.rows * self.cols

    def window(self, row: int, col: int) -> Rect:
        """The part of the poster (poster points, y down) shown on page (row, col), from 0."""
        return Rect(
            col * (self.cell_w - self.overlap),
            row * (self.cell_h - self.overlap),
            self.cell_w,
            self.cell_h,
        )


def _count(length: float, cell: float, overlap: float) -> int:
    """Pages needed along one side: n windows of `cell` stepping by cell - overlap."""
    if length <= cell:
        return 1
    return math.ceil((length - overlap) / (cell - overlap) - 1e-9)


def plan_tiles(
    poster_w: float,
    poster_h: float,
    paper: PaperSize,
    margin: float = TILE_MARGIN,
    overlap: float = TILE_OVERLAP,
) -> TileGrid:
    """The grid with the fewest pages, trying the office paper both ways round.

    Ties go to portrait paper, the way office printers feed it.
    """
    best: TileGrid | None = None
    for portrait in (True, False):
        w, h = paper.oriented(portrait)
        grid = TileGrid(
            w,
            h,
            rows=_count(poster_h, h - 2 * margin, overlap),
            cols=_count(poster_w, w - 2 * margin, overlap),
            margin=margin,
            overlap=overlap,
        )
        if best is None or grid.pages < best.pages:
            best = grid
    assert best is not None
    return best


def draw_tile_page(
    c: Any,
    grid: TileGrid,
    row: int,
    col: int,
    sheet: SheetLayout,
    poster_h: float,
    poster_name: str,
    paper_name: str,
    language: str,
) -> None:
    """One office page: the poster's window, cut and glue marks, and the page label.

    `sheet` is laid out on a poster `poster_h` points high (y down from its top)."""
    m = grid.margin
    cell = Rect(m, m, grid.cell_w, grid.cell_h)  # on the page, y down
    painter = SheetPainter(c, grid.paper_h)
    window = grid.window(row, col)

    c.saveState()
    clip = c.beginPath()
    clip.rect(cell.x, grid.paper_h - cell.bottom, cell.w, cell.h)
    c.clipPath(clip, stroke=0, fill=0)
    # Poster point (window.x, window.y) lands on the cell's top-left corner.
    c.translate(cell.x - window.x, (grid.paper_h - cell.y) - (poster_h - window.y))
    SheetPainter(c, poster_h, visible=window).paint(sheet)
    c.restoreState()

    _draw_marks(c, grid, cell, row, col)

    ts = Typesetter(1.0)
    position = label("tile_position", language).format(
        row=row + 1, rows=grid.rows, col=col + 1, cols=grid.cols
    )
    short = label("tile_short", language).format(row=row + 1, col=col + 1)
    poster = label("tile_poster", language).format(
        poster=poster_name, paper=paper_name, overlap=round(grid.overlap / MM)
    )
    bottom = Rect(m + 2 * MM, cell.bottom + MARK_GAP + 1.0, cell.w - 4 * MM, m - MARK_GAP - 2.0)
    first = ts.place(position, Rect(bottom.x, bottom.y, bottom.w * 0.5, 9.0), fonts.BOLD, 7.5, 5.0)
    second = ts.place(
        poster,
        Rect(bottom.x + bottom.w * 0.5, bottom.y, bottom.w * 0.5, 9.0),
        fonts.REGULAR,
        6.0,
        4.5,
        align="right",
    )
    howto = ts.place(
        label("tile_howto", language), Rect(bottom.x, bottom.y + 9.0, bottom.w, 7.5), fonts.REGULAR, 5.5, 4.0
    )
    attribution = ts.place(
        label("attribution", language),
        Rect(bottom.x, bottom.y + 16.5, bottom.w, 7.0),
        fonts.REGULAR,
        5.0,
        4.0,
    )
    corner = ts.place(
        short,
        Rect(m + 2 * MM, MARK_GAP, cell.w * 0.3, m - 2 * MARK_GAP),
        fonts.BOLD,
        9.0,
        5.0,
        valign_bottom=True,
    )
    painter.text(first, INK)
    painter.text(second, LABEL_GREY)
    painter.text(howto, LABEL_GREY)
    painter.text(attribution, LABEL_GREY)
    painter.text(corner, INK)


def _draw_marks(c: Any, grid: TileGrid, cell: Rect, row: int, col: int) -> None:
    """Cut marks at the window's corners; grey bars beside the shared overlap strips."""
    H = grid.paper_h
    c.saveState()
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.3)
    for x in (cell.x, cell.right):
        for y, direction in ((cell.y, -1), (cell.bottom, 1)):
            # vertical tick above/below the corner, horizontal tick left/right of it
            c.line(x, H - (y + direction * MARK_GAP), x, H - (y + direction * CUT_MARK))
    for y in (cell.y, cell.bottom):
        for x, direction in ((cell.x, -1), (cell.right, 1)):
            c.line(x + direction * MARK_GAP, H - y, x + direction * CUT_MARK, H - y)
    c.setFillColorRGB(*RULE_GREY)
    bar = 2 * MM
    if col < grid.cols - 1:  # the next page to the right covers this strip
        x = cell.right - grid.overlap
        c.rect(x, H - (cell.y - MARK_GAP), grid.overlap, bar, stroke=0, fill=1)
    if row < grid.rows - 1:  # the next page down covers this strip
        c.rect(cell.x - MARK_GAP - bar, H - cell.bottom, bar, grid.overlap, stroke=0, fill=1)
        c.rect(cell.right + MARK_GAP, H - cell.bottom, bar, grid.overlap, stroke=0, fill=1)
    c.restoreState()
