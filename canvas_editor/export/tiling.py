"""Poster tiling: a large sheet printed over several office pages.

Each office page shows a window ("cell") of the poster inside a margin. Neighbouring
windows share an overlap strip, so after trimming a page's left and top margins along
the cut marks it is glued over its neighbours with the picture matching. The margin
carries the marks and a label with the page's row and column in the grid; the bottom
margin is deeper, for the label lines. Every mark stays `safe` (at least
`page_sizes.SAFE_MARGIN`, 5 mm, or the printer's wider unprintable band) inside the
paper, so no printer loses one: the margins grow with `safe`.

The poster is laid out once; each page paints, through a clipped window, only what
falls inside its window, so a text search finds a note on the pages that show it.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from canvas_editor.export import fonts
from canvas_editor.export.page_sizes import MM, SAFE_MARGIN, PaperSize
from canvas_editor.export.pdf_canvas import INK, LABEL_GREY, RULE_GREY, SheetPainter
from canvas_editor.export.sheet_layout import SheetLayout, Typesetter
from canvas_editor.model.canvas_words import word as label
from canvas_editor.model.layout import Rect

TILE_OVERLAP = 10 * MM  # poster strip repeated on neighbouring pages, for glueing
MARK_GAP = 1 * MM  # between the window's edge and its marks
# The room for marks between the window and the clear band: cut marks reach from
# MARK_GAP to CUT_MARK out of the window's corners, half a millimetre short of the band.
MARK_ROOM = 5 * MM
CUT_MARK = MARK_ROOM - 0.5 * MM
# Below the window: the label lines (position and poster, how-to, attribution).
LABEL_ROOM = 10 * MM
TILE_MARGIN = SAFE_MARGIN + MARK_ROOM  # 10 mm on top, left and right with the 5 mm band


class TileGrid(NamedTuple):
    """How a poster of poster_w x poster_h points falls onto office pages."""

    paper_w: float
    paper_h: float
    rows: int
    cols: int
    margin: float  # above and beside the window
    overlap: float
    bottom_margin: float  # below the window: the marks and the label lines
    safe: float  # the clear band along every edge of the paper

    @property
    def cell_w(self) -> float:
        return self.paper_w - 2 * self.margin

    @property
    def cell_h(self) -> float:
        return self.paper_h - self.margin - self.bottom_margin

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
    safe: float = SAFE_MARGIN,
    overlap: float = TILE_OVERLAP,
) -> TileGrid:
    """The grid with the fewest pages, trying the office paper both ways round, every
    mark `safe` (never less than SAFE_MARGIN) inside the paper.

    Ties go to portrait paper, the way office printers feed it.
    """
    safe = max(safe, SAFE_MARGIN)
    margin, bottom = safe + MARK_ROOM, safe + LABEL_ROOM
    best: TileGrid | None = None
    for portrait in (True, False):
        w, h = paper.oriented(portrait)
        grid = TileGrid(
            w,
            h,
            rows=_count(poster_h, h - margin - bottom, overlap),
            cols=_count(poster_w, w - 2 * margin, overlap),
            margin=margin,
            overlap=overlap,
            bottom_margin=bottom,
            safe=safe,
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
    bottom = Rect(m + 2 * MM, cell.bottom + MARK_GAP + 1.0, cell.w - 4 * MM, LABEL_ROOM - MARK_GAP - 1.0)
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
        Rect(m + 2 * MM, grid.safe, cell.w * 0.3, m - MARK_GAP - grid.safe),
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
