"""Where everything on a printed sheet goes, in points, before anything is drawn.

The rectangles come from `canvas_editor.model.layout` (fractions of the sheet, the
same ones the board uses) scaled onto the area the sheet is printed in; the text in
each rectangle comes from `canvas_editor.model.text_fit.fit_text`. The header's boxes
and sizes come from `canvas_editor.model.header_layout`, which the board's header
follows too, so a title wraps alike on screen and on paper. Keeping this step apart
from drawing lets tests check that no line leaves its note, and lets other exporters
(PNG, SVG) reuse the same placement.

Coordinates are page points with y growing downwards, as in the layout module; the
drawing code flips them for reportlab.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal, NamedTuple

from canvas_editor.export import fonts
from canvas_editor.export.page_sizes import PAPER_SIZES
from canvas_editor.export.pdf_legend import PrintedLegend, Swatch, layout_legend, layout_note_tag, note_tags
from canvas_editor.model import layout
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.canvas_words import word as label
from canvas_editor.model.document import Canvas, Note
from canvas_editor.model.header_layout import MIN_LEGIBLE, header_boxes
from canvas_editor.model.layout import Rect
from canvas_editor.model.segment_legend import NOTE_MARK_PT
from canvas_editor.model.text_fit import LINE_HEIGHT, FittedText, MeasureCache, fit_text

# Sizes below are for the reference sheet, A4 landscape, and grow with the sheet.
REFERENCE_W, REFERENCE_H = PAPER_SIZES["A4"].oriented(portrait=False)

NUMBER_SIZE = NOTE_MARK_PT  # a note's number and its segment's tag
BLOCK_NAME_MAX, BLOCK_NAME_MIN = 8.0, 5.0
QUESTION_MAX, QUESTION_MIN = 5.0, 3.5
ATTRIBUTION_MAX, ATTRIBUTION_MIN = 5.5, 4.0

Align = Literal["left", "center", "right"]
Numbering = Literal["all", "truncated"]


# The export's records are immutable NamedTuples rather than frozen dataclasses: a
# sheet builds one per note and per line, thousands for a large canvas, and a frozen
# dataclass takes four times as long to construct and five times as long to define
# (about 1 ms per class, paid by every `canvas-editor export` at import).


class TextLine(NamedTuple):
    text: str
    x: float  # left end of the line
    baseline: float
    width: float


class PlacedText(NamedTuple):
    """Fitted text with every line's position; `box` is the space it may use."""

    box: Rect
    font: str
    size: float
    lines: tuple[TextLine, ...]
    truncated: bool
    ascent: float  # of the face, as a fraction of the size
    descent: float

    def line_extent(self, line: TextLine) -> Rect:
        """The rectangle a line's glyphs can reach (advance width, ascent to descent)."""
        top = line.baseline - self.ascent * self.size
        return Rect(line.x, top, line.width, (self.ascent - self.descent) * self.size)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


class NoteLayout(NamedTuple):
    note: Note
    rect: Rect
    text: PlacedText
    number: int | None
    number_text: PlacedText | None
    tag: tuple[Swatch, PlacedText] | None = None  # its segment's tag, framed (export/pdf_legend.py)


class BlockLayout(NamedTuple):
    block: BlockId
    rect: Rect
    name: PlacedText
    question: PlacedText


class HeaderField(NamedTuple):
    label: PlacedText
    value: PlacedText


class SheetLayout(NamedTuple):
    area: Rect
    scale: float
    title: PlacedText
    fields: tuple[HeaderField, ...]
    blocks: tuple[BlockLayout, ...]
    notes: tuple[NoteLayout, ...]  # in the canvas's note order (z-order)
    attribution: PlacedText
    legend: PrintedLegend | None = None  # the segments' legend beside the attribution

    def numbered_notes(self) -> list[NoteLayout]:
        """Notes that carry a number on the sheet, in number order."""
        return sorted((n for n in self.notes if n.number is not None), key=lambda n: n.number or 0)


class Typesetter:
    """Fits and positions text in boxes; one per sheet so measurements are shared."""

    def __init__(self, scale: float) -> None:
        self.scale = scale
        self._widths = {f: MeasureCache(fonts.measurer(f)) for f in (fonts.REGULAR, fonts.BOLD)}
        self._metrics = {f: fonts.metrics(f) for f in (fonts.REGULAR, fonts.BOLD)}
        # fit_text is a pure function of these arguments, and notes share one size and
        # often their words or whole text: each distinct fit is worked out once.
        self._fits: dict[tuple[str, float, float, str, float, float, float], FittedText] = {}

    def size(self, reference: float, floor: float = 0.0) -> float:
        return max(reference * self.scale, floor)

    def _fit(
        self, text: str, box: Rect, font: str, max_size: float, min_size: float, step: float
    ) -> FittedText:
        key = (text, box.w, box.h, font, max_size, min_size, step)
        fitted = self._fits.get(key)
        if fitted is None:
            measure = self._widths[font].__getitem__
            fitted = self._fits[key] = fit_text(text, box.w, box.h, measure, max_size, min_size, step)
        return fitted

    def place(
        self,
        text: str,
        box: Rect,
        font: str,
        max_size: float,
        min_size: float,
        step: float | None = None,
        align: Align = "left",
        valign_bottom: bool = False,
    ) -> PlacedText:
        """Text fitted into `box`; nothing at all when not even one line fits."""
        m = self._metrics[font]
        min_size = min(min_size, max_size)
        if box.w <= 0 or box.h < min_size * LINE_HEIGHT or not text.strip():
            return PlacedText(box, font, max_size, (), False, m.ascent, m.descent)
        measure = self._widths[font].__getitem__
        fitted = self._fit(text, box, font, max_size, min_size, step or 0.5 * self.scale)
        pitch = fitted.line_pitch
        size = fitted.size
        # Centre the face's ascent-to-descent span inside each line's pitch.
        first = (pitch - (m.ascent - m.descent) * size) / 2.0 + m.ascent * size
        top = box.bottom - len(fitted.lines) * pitch if valign_bottom else box.y
        lines = []
        for i, line in enumerate(fitted.lines):
            width = measure(line) * size
            if align == "center":
                x = box.x + (box.w - width) / 2.0
            elif align == "right":
                x = box.right - width
            else:
                x = box.x
            lines.append(TextLine(line, x, top + i * pitch + first, width))
        return PlacedText(box, font, size, tuple(lines), fitted.truncated, m.ascent, m.descent)


def lowest_mark(scale: float) -> float:
    """How far below the footer's top the sheet's lowest mark (the attribution's one
    line, at its largest) can reach, in points, on a sheet of `scale`."""
    return max(ATTRIBUTION_MAX * scale, MIN_LEGIBLE) * LINE_HEIGHT


def sheet_scale(area: Rect) -> float:
    """How much bigger than the reference sheet (A4 landscape) the printed sheet is."""
    return min(area.w / REFERENCE_W, area.h / REFERENCE_H)


def reading_order(notes: Sequence[Note], board_rects: Sequence[Rect]) -> list[int]:
    """Indexes of `notes` block by block, then top to bottom and left to right: how
    numbers run. `board_rects` are the notes' rectangles on the board (layout fractions).
    """
    block_rank = {b: i for i, b in enumerate(BlockId)}

    def key(i: int) -> tuple[int, float, float, int]:
        r = board_rects[i]
        return (block_rank[notes[i].block], round(r.y, 6), round(r.x, 6), i)

    return sorted(range(len(notes)), key=key)


def layout_sheet(
    canvas: Canvas,
    area: Rect,
    numbering: Numbering = "truncated",
    scale: float | None = None,
    *,
    legend: bool = False,
) -> SheetLayout:
    """Place the whole canvas in `area` (page points, y down).

    numbering "all" gives every note a small number (for the appendix); "truncated"
    numbers only notes whose text had to be cut, so the number points to its full text.
    `scale` sizes the text (default: `area`'s); a page gives its paper's, so the few
    millimetres a sheet is pulled in from the edges do not shrink its text, and A4
    landscape wraps every note as the board does.
    `legend` adds the segments' legend beside the attribution, on its line at the top of
    the footer (export/pdf_legend.py).
    """
    ts = Typesetter(sheet_scale(area) if scale is None else scale)
    language = canvas.language

    def sheet(r: Rect) -> Rect:
        return r.scaled(area.w, area.h, area.x, area.y)

    title, fields = _layout_header(canvas, sheet(layout.HEADER), ts)
    blocks = tuple(_layout_block(b, sheet(layout.BLOCK_RECTS[b]), language, ts) for b in BlockId)
    footer = sheet(layout.FOOTER)
    # At the top of the footer, right under the blocks: the bottom of the footer is in
    # the band office printers cannot print.
    attribution = ts.place(
        label("attribution", language),
        Rect(footer.x, footer.y, footer.w, footer.h),
        fonts.REGULAR,
        ts.size(ATTRIBUTION_MAX, MIN_LEGIBLE),
        ts.size(ATTRIBUTION_MIN, MIN_LEGIBLE),
    )
    notes = _layout_notes(canvas, sheet, numbering, ts)
    sizes = (ts.size(ATTRIBUTION_MAX, MIN_LEGIBLE), ts.size(ATTRIBUTION_MIN, MIN_LEGIBLE))
    printed = layout_legend(canvas, footer, attribution, ts, sizes) if legend else None
    return SheetLayout(area, ts.scale, title, fields, blocks, notes, attribution, printed)


def _layout_header(
    canvas: Canvas, header: Rect, ts: Typesetter
) -> tuple[PlacedText, tuple[HeaderField, ...]]:
    boxes = header_boxes(header, ts.scale)
    title = ts.place(
        canvas.title,  # an empty title stays empty: a printed blank canvas is filled in by hand
        boxes.title.box,
        fonts.BOLD,
        boxes.title.max_size,
        boxes.title.min_size,
    )
    fields = tuple(
        HeaderField(
            ts.place(
                label(f.name, canvas.language), f.label.box, fonts.REGULAR, f.label.max_size, f.label.min_size
            ),
            # The value sits on its rule, where a hand would write it.
            ts.place(
                getattr(canvas, f.name),
                f.value.box,
                fonts.REGULAR,
                f.value.max_size,
                f.value.min_size,
                valign_bottom=True,
            ),
        )
        for f in boxes.fields
    )
    return title, fields


def _layout_block(block: BlockId, rect: Rect, language: str, ts: Typesetter) -> BlockLayout:
    info = BLOCKS[block]
    pad = ts.size(3.0)
    title_h = layout.BLOCK_TITLE_H * (rect.h / layout.BLOCK_RECTS[block].h)
    name_h = ts.size(BLOCK_NAME_MAX, MIN_LEGIBLE) * LINE_HEIGHT
    inner_w = rect.w - 2 * pad
    name = ts.place(
        info.name(language),
        Rect(rect.x + pad, rect.y + pad, inner_w, name_h),
        fonts.BOLD,
        ts.size(BLOCK_NAME_MAX, MIN_LEGIBLE),
        ts.size(BLOCK_NAME_MIN, MIN_LEGIBLE),
    )
    question_top = rect.y + pad + name_h
    question = ts.place(
        info.questions(language)[0],
        Rect(rect.x + pad, question_top, inner_w, max(rect.y + title_h - question_top, 0.0)),
        fonts.REGULAR,
        ts.size(QUESTION_MAX),
        ts.size(QUESTION_MIN),
    )
    return BlockLayout(block, rect, name, question)


def _layout_notes(
    canvas: Canvas, sheet: Callable[[Rect], Rect], numbering: Numbering, ts: Typesetter
) -> tuple[NoteLayout, ...]:
    number_size = ts.size(NUMBER_SIZE)
    number_h = number_size * LINE_HEIGHT

    notes = canvas.notes
    board_rects = [layout.note_rect(n.block, n.x, n.y, n.size) for n in notes]
    rects = [sheet(r) for r in board_rects]
    # The note text rule of the board (model/layout.py), grown with the sheet.
    text_sizes = [
        (ts.size(largest, MIN_LEGIBLE), ts.size(smallest, MIN_LEGIBLE), ts.size(step))
        for largest, smallest, step in (layout.note_text_pt(n.size) for n in notes)
    ]
    # A note of a segment keeps a strip at its bottom for its tag, as a numbered note
    # does for its number (they share it: the tag at the left, the number at the right).
    tags = note_tags(canvas)

    def text_box(note: Note, rect: Rect, strip: bool) -> Rect:
        inner = _inner(rect)
        cut = number_h if strip or note.id in tags else 0.0
        return Rect(inner.x, inner.y, inner.w, max(inner.h - cut, 0.0))

    full: list[PlacedText | None] = [None] * len(notes)
    if numbering == "truncated":
        full = [
            ts.place(n.text, text_box(n, r, False), fonts.REGULAR, *sizes)
            for n, r, sizes in zip(notes, rects, text_sizes, strict=True)
        ]

    numbers: list[int | None] = [None] * len(notes)
    count = 0
    for i in reading_order(notes, board_rects):
        placed = full[i]
        if placed is None or placed.truncated:
            count += 1
            numbers[i] = count

    out = []
    for n, rect, number, placed, sizes in zip(notes, rects, numbers, full, text_sizes, strict=True):
        inner = _inner(rect)
        strip = Rect(inner.x, inner.bottom - number_h, inner.w, number_h)
        tag = layout_note_tag(tags[n.id], strip, number_size) if n.id in tags else None
        if number is None:
            assert placed is not None  # only "truncated" numbering leaves notes unnumbered
            out.append(NoteLayout(n, rect, placed, None, None, tag))
            continue
        text = ts.place(n.text, text_box(n, rect, True), fonts.REGULAR, *sizes)
        number_text = ts.place(str(number), strip, fonts.BOLD, number_size, number_size, align="right")
        out.append(NoteLayout(n, rect, text, number, number_text, tag))
    return tuple(out)


def _inner(rect: Rect) -> Rect:
    pad = rect.w * layout.NOTE_PADDING
    return Rect(rect.x + pad, rect.y + pad, rect.w - 2 * pad, rect.h - 2 * pad)
