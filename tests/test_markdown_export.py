"""`canvas-editor export FILE -o OUT.md` as a reader sees it: the document is rendered
by a CommonMark renderer (markdown-it-py, with GitHub's tables and strikethrough) and
what it shows is compared with the canvas: the title, the header, a heading per block
in the canvas's presentation order and language, a list item per note showing its
text exactly, its segment, tags and votes in italics, its description quoted beneath,
and the segments' legend.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from markdown_it import MarkdownIt
from markdown_it.token import Token

from canvas_editor.cli.main import main
from canvas_editor.export.markdown import render_markdown
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.canvas_words import word as label
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.model.presentation import STANDARD_ORDER
from canvas_editor.storage.save import save_canvas
from canvas_editor.storage.templates import load_template
from tests.interchange_canvases import canvases

RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


@dataclass
class Item:
    text: str = ""
    italic: str = ""
    quote: str = ""
    code: str = ""


@dataclass
class Section:
    level: int
    heading: str
    items: list[Item] = field(default_factory=list)


def _shown(inline: Token, item: Item | None = None) -> str:
    """What an inline run shows; italics and code go to the item's own fields."""
    out = []
    in_italics = False
    for child in inline.children or []:
        if child.type == "em_open":
            in_italics = True
        elif child.type == "em_close":
            in_italics = False
        elif child.type == "code_inline" and item is not None:
            item.code = child.content
        elif child.type in ("text", "html_inline", "code_inline"):
            if in_italics and item is not None:
                item.italic += child.content
            else:
                out.append(child.content)
        elif child.type in ("hardbreak", "softbreak"):
            out.append("\n")
    return "".join(out)


def outline(document: bytes) -> list[Section]:
    """The headings of a rendered document, each with the list items under it."""
    sections = [Section(0, "")]
    tokens = RENDERER.parse(document.decode("utf-8"))
    item: Item | None = None
    quoted = False
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            sections.append(Section(int(token.tag[1]), _shown(tokens[i + 1])))
        elif token.type == "list_item_open":
            item = Item()
            sections[-1].items.append(item)
        elif token.type == "list_item_close":
            item = None
        elif token.type in ("blockquote_open", "blockquote_close"):
            quoted = token.type == "blockquote_open"
        elif token.type == "inline" and item is not None:
            if quoted:
                item.quote = _shown(token)
            else:
                item.text = _shown(token, item)
    return sections


@pytest.fixture
def bakery() -> Canvas:
    segment = Segment("commuters", "출근하는 사람들", "#81D4FA")
    return Canvas(
        title="Neighbourhood bakery",
        designed_for="Bakery Co.",
        language="ko",
        notes=[
            Note("vp", BlockId.VALUE_PROPOSITIONS, "Fresh bread\nevery morning", "The core *promise*.",
                 segment="commuters", tags=("promise", "a, b"), votes=3),
            Note("cs", BlockId.CUSTOMER_SEGMENTS, "바쁜 맞벌이 가정", segment="commuters"),
            Note("kp", BlockId.KEY_PARTNERS, "# Not a heading | - not a list"),
        ],
        segments=[segment],
    )  # fmt: skip


def test_the_cli_writes_a_document_that_reads_as_the_canvas(
    bakery: Canvas, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = tmp_path / "bakery.bmc", tmp_path / "bakery.md"
    save_canvas(bakery, source)
    assert main(["export", str(source), "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
    title, *blocks, legend = outline(out.read_bytes())[1:]
    assert (title.level, title.heading) == (1, "Neighbourhood bakery")
    ko = "ko"
    assert [i.text for i in outline(out.read_bytes())[1].items] == [
        f"{label('designed_for', ko)}: Bakery Co.",
        f"{label('language', ko)}: ko",
    ]
    assert [(s.level, s.heading) for s in blocks] == [(2, BLOCKS[b].name(ko)) for b in STANDARD_ORDER]
    by_name = {s.heading: s.items for s in blocks}
    [vp] = by_name[BLOCKS[BlockId.VALUE_PROPOSITIONS].name(ko)]
    assert vp.text == "Fresh bread\nevery morning "  # the space before the italics
    segment, tags, votes = (label(key, ko) for key in ("segment", "tags", "votes"))
    assert vp.italic == f"({segment}: 출근하는 사람들; {tags}: promise, a, b; {votes}: 3)"
    assert vp.quote == "The core *promise*."
    [kp] = by_name[BLOCKS[BlockId.KEY_PARTNERS].name(ko)]
    assert (kp.text, kp.italic, kp.quote) == ("# Not a heading | - not a list", "", "")
    assert by_name[BLOCKS[BlockId.CHANNELS].name(ko)] == []
    assert (legend.heading, [(i.text, i.code) for i in legend.items]) == (
        label("legend", ko),
        [("출근하는 사람들 ", "#81D4FA")],
    )


def test_blocks_follow_the_canvas_presentation_order_then_the_storytelling_order() -> None:
    canvas = Canvas(presentation_order=[BlockId.COST_STRUCTURE, BlockId.KEY_PARTNERS])
    headings = [s.heading for s in outline(render_markdown(canvas)) if s.level == 2]
    rest = [b for b in STANDARD_ORDER if b not in canvas.presentation_order]
    assert headings == [BLOCKS[b].name("en") for b in [*canvas.presentation_order, *rest]]


def test_the_english_template_reads_in_english() -> None:
    sections = outline(render_markdown(load_template("amazon")))
    assert sections[1].heading == "Amazon"
    assert next(s.heading for s in sections if s.level == 2) == "Customer Segments"
    assert sections[-1].heading == "Legend"


def _unshowable(ch: str) -> bool:
    """Characters a CommonMark reader shows as U+FFFD when written as a reference
    (markdown-it's isValidEntityCode): control characters but tab and line ends, and
    Unicode's non-characters. Written bare they would be invisible all the same."""
    c = ord(ch)
    return (
        c <= 0x08 or c == 0x0B or 0x0E <= c <= 0x1F or 0x7F <= c <= 0x9F
        or 0xFDD0 <= c <= 0xFDEF or (c & 0xFFFE) == 0xFFFE
    )  # fmt: skip


def _showable(canvas: Canvas) -> Canvas:
    """The canvas without the characters no reader shows."""

    def kept(text: str) -> str:
        return "".join(ch for ch in text if not _unshowable(ch))

    notes = [replace(n, text=kept(n.text), description=kept(n.description)) for n in canvas.notes]
    return replace(canvas, title=kept(canvas.title), notes=notes)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(canvases().map(_showable))
@example(Canvas(notes=[Note("a", BlockId.CHANNELS, "1. **bold** <b>x</b> [a](y) `code` ~~no~~ | a | b |")]))
@example(Canvas(notes=[Note("a", BlockId.CHANNELS, "    code?\n---\n= \n> quote\n- item\n\n  \\")]))
@example(Canvas(notes=[Note("a", BlockId.CHANNELS, "&amp; &#35; \\* %%hidden%% ==marked== $x$ #tag")]))
def test_a_renderer_shows_every_note_exactly_as_typed(canvas: Canvas) -> None:
    sections = outline(render_markdown(canvas))
    if canvas.title:
        assert sections[1].heading == canvas.title
    shown = {s.heading: s.items for s in sections if s.level == 2}
    for block in BlockId:
        items = shown[BLOCKS[block].name(canvas.language)]
        notes = canvas.notes_in(block)
        assert len(items) == len(notes)
        for item, note in zip(items, notes, strict=True):
            text = item.text[:-1] if item.italic else item.text  # the space before the italics
            assert (text, item.quote) == (note.text, note.description)
            assert bool(item.italic) == bool(note.segment or note.tags or note.votes)
