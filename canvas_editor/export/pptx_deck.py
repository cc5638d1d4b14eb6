"""A canvas as a PowerPoint deck (`.pptx`, python-pptx): a title slide, the canvas on
one slide, then a slide for each block with its notes as bullets, in the canvas's
presentation order (`model/presentation.block_order`).

Everything is a native shape or text box, so the deck stays editable: the blocks are
rectangles, each note a filled rectangle holding its whole text, the titles and
bullets real placeholders (a slide's title reaches PowerPoint's outline and screen
readers). Slides are A4 landscape, the sheet's own proportions, so the canvas slide
places everything where the PDF does: positions and text sizes come from
`export/sheet_layout.layout_sheet` for an A4 sheet. Runs carry the canvas's language,
which lets PowerPoint pick a font for Korean; the font itself is the theme's.

A block with many notes continues on further slides, `NOTES_PER_SLIDE` notes each.
The same canvas always gives the same bytes: python-pptx stamps each zip entry with
the time of saving, so the package is written again with fixed times, and the core
properties carry no dates.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from typing import TYPE_CHECKING

from canvas_editor import __version__
from canvas_editor.export.page_sizes import PAPER_SIZES
from canvas_editor.export.sheet_layout import PlacedText, layout_sheet
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.canvas_words import word as label
from canvas_editor.model.document import Canvas
from canvas_editor.model.layout import NOTE_PADDING, Rect
from canvas_editor.model.presentation import block_order
from canvas_editor.model.private_writing import face_up

if TYPE_CHECKING:
    from pptx.dml.color import RGBColor
    from pptx.presentation import Presentation as Deck
    from pptx.shapes.autoshape import Shape
    from pptx.shapes.base import BaseShape
    from pptx.slide import Slide
    from pptx.text.text import TextFrame, _Paragraph
    from pptx.util import Length

NOTES_PER_SLIDE = 6
EMU_PER_PT = 12_700
PAPER = PAPER_SIZES["A4"]
# The layouts of python-pptx's default template.
TITLE_LAYOUT, CONTENT_LAYOUT, TITLE_ONLY_LAYOUT = 0, 1, 5
INK = "222222"
RULE = "9E9E9E"
QUIET = "616161"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip entry can carry


def render_pptx(canvas: Canvas) -> bytes:
    """The deck as bytes; loads python-pptx (and reportlab, to fit text) when called.
    Face-down notes are left out (model/private_writing.py)."""
    from pptx import Presentation

    canvas = face_up(canvas)

    deck = Presentation()
    width, height = PAPER.oriented(portrait=False)
    deck.slide_width = _emu(width)
    deck.slide_height = _emu(height)
    _title_slide(deck, canvas)
    _canvas_slide(deck, canvas, Rect(0.0, 0.0, width, height))
    for block in block_order(canvas.presentation_order):
        _block_slides(deck, canvas, block)
    _set_properties(deck, canvas)
    out = io.BytesIO()
    deck.save(out)
    return _fixed_times(out.getvalue())


def _emu(points: float) -> Length:
    from pptx.util import Emu

    return Emu(round(points * EMU_PER_PT))


def _rgb(hex_color: str) -> RGBColor:
    from pptx.dml.color import RGBColor

    red, green, blue = bytes.fromhex(hex_color.lstrip("#"))
    return RGBColor(red, green, blue)  # type: ignore[no-untyped-call]  # python-pptx leaves it unannotated


def _place(shape: BaseShape, box: Rect) -> None:
    shape.left, shape.top = _emu(box.x), _emu(box.y)
    shape.width, shape.height = _emu(box.w), _emu(box.h)


def _slide_box(deck: Deck, top: float, height: float) -> Rect:
    """A band across the slide with side margins, in points."""
    width = (deck.slide_width or 0) / EMU_PER_PT
    margin = width * 0.06
    return Rect(margin, top, width - 2 * margin, height)


def _write(
    paragraph: _Paragraph,
    text: str,
    size: float,
    language: str,
    bold: bool = False,
    color: str = INK,
    left: bool = False,
) -> None:
    """Set a paragraph's text (a line break in it stays a line break) and its look;
    `left` aligns it left, as the PDF does, where a shape would centre it."""
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Pt

    paragraph.text = shown(text)
    if left:
        paragraph.alignment = PP_ALIGN.LEFT
    for run in paragraph.runs:
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = _rgb(color)
        run.font._rPr.set("lang", language)


def _new_paragraph(frame: TextFrame) -> _Paragraph:
    paragraph: _Paragraph = frame.add_paragraph()  # type: ignore[no-untyped-call]  # python-pptx leaves it unannotated
    return paragraph


def shown(text: str) -> str:
    """`text` as a slide shows it: its line breaks (LF, CRLF, CR or a vertical tab) and
    tabs, without the other control characters (python-pptx would write them out as
    `_x0000_`-style codes that PowerPoint prints as they are) and without U+FFFE and
    U+FFFF, which XML cannot hold."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch for ch in text if ch in "\n\t\v" or (unicodedata.category(ch) != "Cc" and ch not in "\ufffe\uffff")
    )


def _title_slide(deck: Deck, canvas: Canvas) -> None:
    language = canvas.language
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_LAYOUT])
    height = (deck.slide_height or 0) / EMU_PER_PT
    title, subtitle = slide.placeholders[0], slide.placeholders[1]
    _place(title, _slide_box(deck, height * 0.25, height * 0.25))
    _place(subtitle, _slide_box(deck, height * 0.55, height * 0.3))
    _write(title.text_frame.paragraphs[0], canvas.title or label("canvas", language), 40, language, bold=True)
    fields = [
        f"{label(key, language)}: {getattr(canvas, key)}"
        for key in ("designed_for", "designed_by", "date", "iteration")
        if getattr(canvas, key)
    ]
    frame = subtitle.text_frame
    for i, line in enumerate(fields or [label("canvas", language)]):
        _write(frame.paragraphs[0] if i == 0 else _new_paragraph(frame), line, 18, language, color=QUIET)


def _frame(shape: Shape, margin: float, anchor_top: bool = True) -> TextFrame:
    from pptx.enum.text import MSO_ANCHOR

    frame: TextFrame = shape.text_frame
    frame.word_wrap = True
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = _emu(margin)
    frame.vertical_anchor = MSO_ANCHOR.TOP if anchor_top else MSO_ANCHOR.BOTTOM
    return frame


def _box(slide: Slide, box: Rect, fill: str | None, line: str | None) -> Shape:
    """A plain rectangle: no theme shadow, the given fill and outline (None: none)."""
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Pt

    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, _emu(box.x), _emu(box.y), _emu(box.w), _emu(box.h))
    shape.shadow.inherit = False
    if fill is None:
        shape.fill.background()
    else:
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(fill)
    if line is None:
        shape.line.fill.background()
    else:
        shape.line.color.rgb = _rgb(line)
        shape.line.width = Pt(0.75)
    return shape


def _text_box(
    slide: Slide, placed: PlacedText, text: str, language: str, bold: bool = False, color: str = INK
) -> None:
    """Text where the PDF prints it, at the size the PDF fitted it to."""
    if not text:
        return
    shape = _box(slide, placed.box, None, None)
    _write(_frame(shape, 0.0).paragraphs[0], text, placed.size, language, bold, color, left=True)


def _canvas_slide(deck: Deck, canvas: Canvas, area: Rect) -> None:
    from pptx.enum.text import MSO_AUTO_SIZE

    language = canvas.language
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY_LAYOUT])
    # python-pptx finds a new shape's id by reading every id on the slide, which made a
    # canvas of 2,000 notes take 40 s; only this code adds shapes here, so it may count.
    slide.shapes.turbo_add_enabled = True
    sheet = layout_sheet(canvas, area, numbering="truncated")
    # The canvas's title is the slide's title, where the PDF prints it.
    title = slide.placeholders[0]
    _place(title, sheet.title.box)
    frame = _frame(title, 0.0)
    _write(frame.paragraphs[0], canvas.title, sheet.title.size, language, bold=True, left=True)
    for key, field in zip(("designed_for", "designed_by", "date", "iteration"), sheet.fields, strict=True):
        _text_box(slide, field.label, label(key, language), language, color=QUIET)
        _text_box(slide, field.value, getattr(canvas, key), language)
    for block in sheet.blocks:
        shape = _box(slide, block.rect, None, RULE)
        frame = _frame(shape, block.name.box.x - block.rect.x)
        name = BLOCKS[block.block].name(language)
        _write(frame.paragraphs[0], name, block.name.size, language, bold=True, left=True)
        question = BLOCKS[block.block].questions(language)[0]
        _write(_new_paragraph(frame), question, block.question.size, language, color=QUIET, left=True)
    for placed in sheet.notes:
        note = placed.note
        shape = _box(slide, placed.rect, note.color, None)
        frame = _frame(shape, placed.rect.w * NOTE_PADDING)
        # The whole text, always: PowerPoint and LibreOffice shrink what overflows.
        frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        _write(frame.paragraphs[0], note.text, placed.text.size, language, left=True)
    _text_box(slide, sheet.attribution, label("attribution", language), language, color=QUIET)


def _block_slides(deck: Deck, canvas: Canvas, block: BlockId) -> None:
    from pptx.enum.text import MSO_AUTO_SIZE

    language = canvas.language
    notes = canvas.notes_in(block)
    height = (deck.slide_height or 0) / EMU_PER_PT
    name = BLOCKS[block].name(language)
    for start in range(0, max(len(notes), 1), NOTES_PER_SLIDE):
        slide = deck.slides.add_slide(deck.slide_layouts[CONTENT_LAYOUT])
        title, body = slide.placeholders[0], slide.placeholders[1]
        _place(title, _slide_box(deck, height * 0.05, height * 0.15))
        _place(body, _slide_box(deck, height * 0.22, height * 0.72))
        heading = name if start == 0 else f"{name} {label('continued', language)}"
        _write(title.text_frame.paragraphs[0], heading, 32, language, bold=True)
        frame = body.text_frame
        frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        first = True
        for note in notes[start : start + NOTES_PER_SLIDE]:
            paragraph = frame.paragraphs[0] if first else _new_paragraph(frame)
            first = False
            _write(paragraph, note.text, 20, language)
            if note.description:
                detail = _new_paragraph(frame)
                detail.level = 1
                _write(detail, note.description, 14, language, color=QUIET)


def _set_properties(deck: Deck, canvas: Canvas) -> None:
    """Title and author from the canvas; no dates, which would change every export."""
    props = deck.core_properties
    # Plain XML text: a vertical tab is a line break only inside a slide's paragraphs.
    props.title = shown(canvas.title).replace("\v", "\n")
    props.author = shown(canvas.designed_by).replace("\v", "\n")
    props.subject = label("canvas", canvas.language)
    props.comments = ""
    props.last_modified_by = f"canvas-editor {__version__}"
    props.revision = 1
    element = props._element
    for stamp in ("created", "modified"):
        for node in element.findall(f"{{http://purl.org/dc/terms/}}{stamp}"):
            element.remove(node)


def _fixed_times(package: bytes) -> bytes:
    """The same zip with every entry dated `FIXED_TIME`, in the same order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(entry))
    return out.getvalue()
