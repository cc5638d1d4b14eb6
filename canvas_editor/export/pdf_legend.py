"""Customer segments on a printed sheet: the legend on the footer's line and each note's
segment tag, so a segment is recognisable in black-and-white print.

The legend shares the attribution's line, right-aligned in the room the attribution
leaves (the attribution is on the left), at the attribution's baseline and no larger
than its text, so it never reaches into the blocks or past the sheet's lowest mark,
on any paper and on a poster's tiles. It is laid out by `model.segment_legend`,
the rule the board's footer follows: names shrink to the legible floor, then shorten,
and only then are the last segments left out behind "+N".

A note's tag (the first letter of its segment's name, model.segment_legend) sits in
a small frame at the bottom-left of the note, in the strip a note's number uses at
its right, so the note's text never runs under it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from canvas_editor.export import fonts
from canvas_editor.model.layout import Rect
from canvas_editor.model.segment_legend import SWATCH, TAG_SIZE, fit_legend, segment_tags
from canvas_editor.model.text_fit import LINE_HEIGHT, MeasureCache

if TYPE_CHECKING:
    from canvas_editor.export.pdf_canvas import SheetPainter
    from canvas_editor.export.sheet_layout import PlacedText, Typesetter
    from canvas_editor.model.document import Canvas

_GAP = 12.0  # points on the reference sheet between the attribution and the legend


class Swatch(NamedTuple):
    rect: Rect
    color: str  # "#RRGGBB", or "" for a tag's white frame


class PrintedLegend(NamedTuple):
    """What the legend draws: framed swatches, the tags in them, the names (and "+N")."""

    swatches: tuple[Swatch, ...]
    tags: tuple[PlacedText, ...]
    names: tuple[PlacedText, ...]

    def extent(self) -> Rect:
        """The rectangle every mark of the legend lies in."""
        boxes = [s.rect for s in self.swatches] + [n.line_extent(ln) for n in self.names for ln in n.lines]
        left = min(b.x for b in boxes)
        top = min(b.y for b in boxes)
        return Rect(left, top, max(b.right for b in boxes) - left, max(b.bottom for b in boxes) - top)


def note_tags(canvas: Canvas) -> dict[str, str]:
    """Each note's tag by note id, for the notes that serve a segment."""
    tags = segment_tags(canvas.segments)
    return {n.id: tags[n.segment] for n in canvas.notes if n.segment in tags}


def _line(text: str, font: str, size: float, x: float, baseline: float, width: float) -> PlacedText:
    """One line of text already placed, as the sheet's painter draws it."""
    from canvas_editor.export.sheet_layout import PlacedText, TextLine

    m = fonts.metrics(font)
    box = Rect(x, baseline - m.ascent * size, width, size * LINE_HEIGHT)
    return PlacedText(box, font, size, (TextLine(text, x, baseline, width),), False, m.ascent, m.descent)


def _centred_baseline(middle: float, font: str, size: float) -> float:
    """The baseline that centres the face's ascent-to-descent span on `middle`."""
    m = fonts.metrics(font)
    return middle + (m.ascent + m.descent) * size / 2.0


def layout_legend(
    canvas: Canvas, footer: Rect, attribution: PlacedText, ts: Typesetter, sizes: tuple[float, float]
) -> PrintedLegend | None:
    """The legend in `footer` beside the attribution, or None for a canvas without segments.

    `sizes` are the largest and smallest text sizes (the attribution's, floored at the
    legible size): the legend is never taller than the attribution's line."""
    if not canvas.segments:
        return None
    largest = sizes[0]
    lines = attribution.lines
    left = max((ln.x + ln.width for ln in lines), default=footer.x) + ts.size(_GAP)
    if lines:
        middle = _middle(lines[0].baseline, fonts.REGULAR, attribution.size)
    else:  # no attribution drawn: the footer's first line
        middle = footer.y + largest * LINE_HEIGHT / 2.0
    measure = MeasureCache(fonts.measurer(fonts.REGULAR)).__getitem__
    bold = MeasureCache(fonts.measurer(fonts.BOLD)).__getitem__
    line = fit_legend(canvas.segments, footer.right - left, measure, sizes, bold)
    start = footer.right - line.width
    size = line.size
    baseline = _centred_baseline(middle, fonts.REGULAR, size)
    side = SWATCH * size
    tag_size = TAG_SIZE * size
    tag_baseline = _centred_baseline(middle, fonts.BOLD, tag_size)
    swatches, tags, names = [], [], []
    for entry in line.entries:
        rect = Rect(start + entry.x, middle - side / 2.0, entry.swatch, side)
        swatches.append(Swatch(rect, entry.segment.color))
        tag_w = bold(entry.tag) * tag_size
        tag_x = rect.x + (rect.w - tag_w) / 2.0
        tags.append(_line(entry.tag, fonts.BOLD, tag_size, tag_x, tag_baseline, tag_w))
        names.append(_line(entry.name, fonts.REGULAR, size, start + entry.name_x, baseline, entry.name_width))
    if line.more:
        more_w = measure(line.more) * size
        names.append(_line(line.more, fonts.REGULAR, size, start + line.more_x, baseline, more_w))
    return PrintedLegend(tuple(swatches), tuple(tags), tuple(names))


def _middle(baseline: float, font: str, size: float) -> float:
    """The middle of a line's ascent-to-descent span, from its baseline."""
    m = fonts.metrics(font)
    return baseline - (m.ascent + m.descent) * size / 2.0


def layout_note_tag(tag: str, strip: Rect, size: float) -> tuple[Swatch, PlacedText]:
    """A note's tag framed at the left of its bottom `strip`."""
    width = fonts.measurer(fonts.BOLD)(tag) * size
    frame = Rect(strip.x, strip.y, width + 0.6 * size, strip.h)
    baseline = _centred_baseline(strip.y + strip.h / 2.0, fonts.BOLD, size)
    return Swatch(frame, ""), _line(tag, fonts.BOLD, size, frame.x + 0.3 * size, baseline, width)


def paint_legend(painter: SheetPainter, legend: PrintedLegend, scale: float) -> None:
    """Draw the legend with the sheet's painter."""
    from canvas_editor.export.pdf_canvas import INK

    paint_swatches(painter, legend.swatches, scale)
    for text in (*legend.tags, *legend.names):
        painter.text(text, INK)


def paint_swatches(painter: SheetPainter, swatches: tuple[Swatch, ...], scale: float) -> None:
    """Framed swatches (a tag's frame is white), those a poster tile shows."""
    from canvas_editor.export.pdf_canvas import INK, hex_to_rgb

    c, visible = painter.c, painter.visible
    c.setLineWidth(0.4 * scale)
    c.setStrokeColorRGB(*INK)
    for swatch in swatches:
        r = swatch.rect
        if visible is not None and not (r.x <= visible.right and visible.x <= r.right
                                        and r.y <= visible.bottom and visible.y <= r.bottom):
            continue
        c.setFillColorRGB(*(hex_to_rgb(swatch.color) if swatch.color else (1.0, 1.0, 1.0)))
        c.rect(r.x, painter.page_height - r.bottom, r.w, r.h, stroke=1, fill=1)
