"""Appendix pages: each block's numbered notes with full text and description.

The numbers match the small numbers printed on the notes of the canvas page, so a
note cut short on the sheet, or a handout reader, finds the whole text here. Lines
are wrapped by the same `text_fit.wrap` as the notes and drawn with `drawString`,
so user text is never parsed as markup.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from canvas_editor.export import fonts
from canvas_editor.export.page_sizes import MM
from canvas_editor.export.pdf_canvas import INK, LABEL_GREY, RGB, hex_to_rgb
from canvas_editor.export.sheet_layout import NoteLayout
from canvas_editor.export.text_runs import draw_runs
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.canvas_words import word as label
from canvas_editor.model.document import Canvas
from canvas_editor.model.text_fit import LINE_HEIGHT, wrap

PAGE_MARGIN = 18 * MM
HEADING_SIZE = 14.0
BLOCK_SIZE = 11.0
TEXT_SIZE = 9.5
DESCRIPTION_SIZE = 8.5
DETAIL_SIZE = 7.5
GUTTER = 12 * MM  # number and colour swatch column
SWATCH = 3 * MM


class _Line(NamedTuple):
    text: str
    font: str
    size: float
    color: RGB
    indent: float
    space_before: float = 0.0
    number: int | None = None  # printed in the gutter, with the note's colour
    swatch: RGB | None = None
    keep_with_next: bool = False  # headings never end a page


class _Flow:
    """Lines poured onto portrait pages, breaking to a new page when one is full."""

    def __init__(self, c: Any, page: tuple[float, float]) -> None:
        self.c = c
        self.w, self.h = page
        self.width = self.w - 2 * PAGE_MARGIN
        self.measures = {f: fonts.measurer(f) for f in (fonts.REGULAR, fonts.BOLD)}
        self.metrics = {f: fonts.metrics(f) for f in (fonts.REGULAR, fonts.BOLD)}

    def wrap(self, text: str, font: str, size: float, indent: float) -> list[str]:
        return wrap(text, (self.width - indent) / size, self.measures[font])

    def pour(self, lines: list[_Line]) -> None:
        c = self.c
        c.setPageSize((self.w, self.h))
        y = PAGE_MARGIN  # top of the next line, y down
        bottom = self.h - PAGE_MARGIN
        for i, line in enumerate(lines):
            pitch = line.size * LINE_HEIGHT
            needed = line.space_before + pitch
            if line.keep_with_next and i + 1 < len(lines):
                needed += lines[i + 1].space_before + lines[i + 1].size * LINE_HEIGHT
            if y > PAGE_MARGIN and y + needed > bottom:
                c.showPage()
                c.setPageSize((self.w, self.h))
                y = PAGE_MARGIN
            elif y > PAGE_MARGIN:
                y += line.space_before
            m = self.metrics[line.font]
            baseline = y + (pitch - (m.ascent - m.descent) * line.size) / 2.0 + m.ascent * line.size
            pdf_y = self.h - baseline
            if line.swatch is not None:
                c.setFillColorRGB(*line.swatch)
                c.setStrokeColorRGB(*LABEL_GREY)
                c.setLineWidth(0.3)
                c.rect(PAGE_MARGIN + GUTTER - SWATCH - 2 * MM, pdf_y - 0.5, SWATCH, SWATCH, stroke=1, fill=1)
            if line.number is not None:
                c.setFillColorRGB(*INK)
                c.setFont(fonts.BOLD, line.size)
                c.drawString(PAGE_MARGIN, pdf_y, str(line.number))
            if line.text:
                c.setFillColorRGB(*line.color)
                c.setFont(line.font, line.size)
                draw_runs(
                    c,
                    fonts.shaper(line.font),
                    line.size,
                    PAGE_MARGIN + line.indent,
                    pdf_y,
                    line.text,
                    line.color,
                )
            y += pitch
        c.showPage()


def appendix_lines(
    flow: _Flow, canvas: Canvas, notes: list[NoteLayout], every_note: bool, hidden: int = 0
) -> list[_Line]:
    """The appendix as lines: a heading, how many notes lie face down (their count only),
    then per block its notes in number order."""
    language = canvas.language
    title = label("appendix_all" if every_note or not notes else "appendix_cut", language)
    if canvas.title:
        title = f"{title}: {canvas.title}"
    out: list[_Line] = [
        _Line(t, fonts.BOLD, HEADING_SIZE, INK, 0.0) for t in flow.wrap(title, fonts.BOLD, HEADING_SIZE, 0.0)
    ]
    if hidden:
        words = f"{label('face_down', language)}: {hidden}"
        out += [
            _Line(t, fonts.REGULAR, TEXT_SIZE, INK, 0.0, 3 * MM)
            for t in flow.wrap(words, fonts.REGULAR, TEXT_SIZE, 0.0)
        ]
    segments = {s.id: s.name for s in canvas.segments}
    for block in BlockId:
        in_block = [n for n in notes if n.note.block == block]
        if not in_block:
            continue
        for i, t in enumerate(flow.wrap(BLOCKS[block].name(language), fonts.BOLD, BLOCK_SIZE, 0.0)):
            out.append(
                _Line(t, fonts.BOLD, BLOCK_SIZE, INK, 0.0, 4 * MM if i == 0 else 0.0, keep_with_next=True)
            )
        for n in in_block:
            note = n.note
            text_lines = flow.wrap(note.text, fonts.REGULAR, TEXT_SIZE, GUTTER) or [""]
            for i, t in enumerate(text_lines):
                first = i == 0
                out.append(
                    _Line(
                        t,
                        fonts.REGULAR,
                        TEXT_SIZE,
                        INK,
                        GUTTER,
                        2 * MM if first else 0.0,
                        number=n.number if first else None,
                        swatch=hex_to_rgb(note.color) if first else None,
                    )
                )
            if note.description.strip():
                for i, t in enumerate(flow.wrap(note.description, fonts.REGULAR, DESCRIPTION_SIZE, GUTTER)):
                    out.append(
                        _Line(t, fonts.REGULAR, DESCRIPTION_SIZE, LABEL_GREY, GUTTER, 1 * MM if i == 0 else 0)
                    )
            details = []
            if note.segment is not None and note.segment in segments:
                details.append(f"{label('segment', language)}: {segments[note.segment]}")
            if note.tags:
                details.append(f"{label('tags', language)}: {', '.join(note.tags)}")
            if note.votes:
                details.append(f"{label('votes', language)}: {note.votes}")
            if details:
                for t in flow.wrap("  ·  ".join(details), fonts.REGULAR, DETAIL_SIZE, GUTTER):
                    out.append(_Line(t, fonts.REGULAR, DETAIL_SIZE, LABEL_GREY, GUTTER))
    return out


def draw_appendix(
    c: Any,
    canvas: Canvas,
    notes: list[NoteLayout],
    page: tuple[float, float],
    every_note: bool,
    hidden: int = 0,
) -> None:
    """Pages listing `notes` (those with numbers) and the count of `hidden` (face-down)
    notes; each page ends with showPage."""
    if not notes and not hidden:
        return
    flow = _Flow(c, page)
    flow.pour(appendix_lines(flow, canvas, notes, every_note, hidden))
