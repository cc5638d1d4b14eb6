"""Draw one laid-out canvas sheet onto a reportlab canvas.

The same routine prints a whole page, a poster cut into tiles (drawn once into a
form and shown through each tile's window) and, later, the window's print preview.
User text goes through `drawString` only, never through `Paragraph`, so reportlab
parses no markup in it: `<b>`, `a<b` and `<img src=...>` print as typed and nothing
is read from disk or network. A line the first font draws alone is one `drawString`;
any other is drawn run by run, shaped, in visual order (`text_runs.draw_runs`).
"""

from __future__ import annotations

from typing import Any

from canvas_editor.export import fonts
from canvas_editor.export.pdf_legend import paint_legend, paint_swatches
from canvas_editor.export.sheet_layout import Numbering, PlacedText, SheetLayout, layout_sheet
from canvas_editor.export.text_runs import draw_runs
from canvas_editor.export.vote_marks import draw_votes
from canvas_editor.model.document import Canvas
from canvas_editor.model.layout import Rect

RGB = tuple[float, float, float]

INK: RGB = (0.13, 0.13, 0.13)
LIGHT_INK: RGB = (0.97, 0.97, 0.97)
LABEL_GREY: RGB = (0.46, 0.46, 0.46)
QUESTION_GREY: RGB = (0.62, 0.62, 0.62)
FRAME_GREY: RGB = (0.55, 0.55, 0.55)
RULE_GREY: RGB = (0.80, 0.80, 0.80)


def hex_to_rgb(color: str) -> RGB:
    """ "#RRGGBB" as reportlab's 0..1 floats."""
    value = int(color[1:7], 16)
    return ((value >> 16 & 0xFF) / 255.0, (value >> 8 & 0xFF) / 255.0, (value & 0xFF) / 255.0)


def _darker(rgb: RGB, factor: float = 0.78) -> RGB:
    return (rgb[0] * factor, rgb[1] * factor, rgb[2] * factor)


def text_color_on(rgb: RGB) -> RGB:
    """Dark ink on light notes, light ink on dark ones (relative luminance)."""
    luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    return INK if luminance > 0.45 else LIGHT_INK


def _meets(a: Rect, b: Rect) -> bool:
    return a.x <= b.right and b.x <= a.right and a.y <= b.bottom and b.y <= a.bottom


class SheetPainter:
    """Paints a SheetLayout; `page_height` flips the layout's y-down coordinates.

    With `visible` set (a poster tile's window), anything wholly outside it is left
    out, so a tile holds only what it shows and a text search finds a note on the
    pages where it can be seen.
    """

    def __init__(self, c: Any, page_height: float, visible: Rect | None = None) -> None:
        self.c = c
        self.page_height = page_height
        self.visible = visible

    def _shown(self, r: Rect) -> bool:
        return self.visible is None or _meets(r, self.visible)

    def _y(self, y: float) -> float:
        return self.page_height - y

    def _rect(self, r: Rect, stroke: bool, fill: bool) -> None:
        self.c.rect(r.x, self._y(r.bottom), r.w, r.h, stroke=int(stroke), fill=int(fill))

    def text(self, placed: PlacedText, color: RGB) -> None:
        lines = placed.lines
        if self.visible is not None:
            lines = tuple(ln for ln in lines if self._shown(placed.line_extent(ln)))
        lines = tuple(ln for ln in lines if ln.text)
        if not lines:
            return
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(placed.font, placed.size)
        shaper = fonts.shaper(placed.font)
        for line in lines:
            if shaper.is_simple(line.text):
                c.drawString(line.x, self._y(line.baseline), line.text)
            else:
                draw_runs(c, shaper, placed.size, line.x, self._y(line.baseline), line.text, color)
                c.setFont(placed.font, placed.size)

    def paint(self, sheet: SheetLayout) -> None:
        c = self.c
        s = sheet.scale
        c.saveState()
        c.setLineJoin(0)

        # Header: title, then four labelled fields with a rule under each value.
        self.text(sheet.title, INK)
        c.setStrokeColorRGB(*RULE_GREY)
        c.setLineWidth(0.5 * s)
        for field in sheet.fields:
            self.text(field.label, LABEL_GREY)
            self.text(field.value, INK)
            box = field.value.box
            if self._shown(box):
                c.line(box.x, self._y(box.bottom), box.right, self._y(box.bottom))

        # Block frames with their names and guiding questions.
        c.setStrokeColorRGB(*FRAME_GREY)
        c.setLineWidth(0.8 * s)
        for block in sheet.blocks:
            if self._shown(block.rect):
                self._rect(block.rect, stroke=True, fill=False)
        for block in sheet.blocks:
            self.text(block.name, INK)
            self.text(block.question, QUESTION_GREY)

        # Notes, in z-order: later notes cover earlier ones, as on the board.
        c.setLineWidth(0.4 * s)
        for note in sheet.notes:
            if not self._shown(note.rect):
                continue
            fill = hex_to_rgb(note.note.color)
            c.setFillColorRGB(*fill)
            c.setStrokeColorRGB(*_darker(fill))
            self._rect(note.rect, stroke=True, fill=True)
            ink = text_color_on(fill)
            self.text(note.text, ink)
            if note.number_text is not None:
                self.text(note.number_text, ink)
            if note.tag is not None:
                paint_swatches(self, (note.tag[0],), s)
                self.text(note.tag[1], INK)
                c.setLineWidth(0.4 * s)
            draw_votes(c, note.rect, note.note.votes, self.page_height, ink)

        self.text(sheet.attribution, LABEL_GREY)
        if sheet.legend is not None:
            paint_legend(self, sheet.legend, s)
        c.restoreState()


def draw_canvas(
    c: Any,
    canvas: Canvas,
    area: Rect,
    page_height: float,
    numbering: Numbering = "truncated",
    scale: float | None = None,
    *,
    legend: bool = False,
) -> SheetLayout:
    """Lay out `canvas` in `area` (page points, y down) and paint it; returns the layout."""
    fonts.register_fonts()
    sheet = layout_sheet(canvas, area, numbering, scale, legend=legend)
    SheetPainter(c, page_height).paint(sheet)
    return sheet
