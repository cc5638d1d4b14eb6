"""A new canvas from a Markdown document: the shape `export/markdown.py` writes, or
one a person wrote in a notes app.

- `# Title`: the canvas's title (one level-1 heading at most).
- Before the first `##` heading, list items `- **Designed for:** ...` set the header
  fields (the labels in English or Korean, `model/canvas_words.py`).
- `## Heading` names a block by its id or its English or Korean name, ignoring case
  and spaces; its list items (`-`, `*`, `+` or `1.`) are that block's notes. Lines
  indented under an item continue its text; indented `>` lines are its description;
  `*(Segment: ...; Tags: ...; Votes: ...)*` at the end of its text sets those fields.
- `## Legend` lists the segments: `- Name `#RRGGBB``.

A heading that names no block, or a note before any block heading, is refused with its
line number, unless `into` names the block for them; so is any other line of text.
Blank lines, thematic breaks (`---`) and the text's escapes are understood
(`export/markdown_text.py`), so an exported canvas reads back unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from canvas_editor.export import markdown as written
from canvas_editor.export.markdown_text import (
    Token,
    ends_in_hard_break,
    joined,
    split_plain,
    strip_plain,
    tokens,
    unescape,
)
from canvas_editor.i18n import QT_TRANSLATE_NOOP, Message
from canvas_editor.importers.building import (
    CanvasBuilder,
    ImportRefused,
    Place,
    at_line,
    decode_text,
    text_lines,
)
from canvas_editor.model.blocks import BlockId, block_named
from canvas_editor.model.canvas_words import word as label
from canvas_editor.model.document import Canvas

LANGUAGES = ("en", "ko")
_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")
# The word for what names no block in `heading 'X' names no block`.
_HEADING_WORD = Message(QT_TRANSLATE_NOOP("Errors", "heading"))
_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?")
_HEADER_FIELD = re.compile(r"\*\*(?P<label>[^*]+?):\*\*(?:[ \t]+(?P<value>.*))?")
_LEGEND_ENTRY = re.compile(r"(?P<name>.*?)[ \t]+`(?P<color>#[0-9A-Fa-f]{6})`[ \t]*")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _labels(keys: tuple[str, ...]) -> dict[str, str]:
    """Each label in every language, folded, -> its key."""
    return {label(key, language).casefold(): key for key in keys for language in LANGUAGES}


HEADER_LABELS = _labels(written.HEADER_FIELDS)
SUFFIX_LABELS = _labels(written.SUFFIX_PARTS)
LEGEND_LABELS = set(_labels((written.LEGEND,)))


@dataclass
class _Item:
    line: int
    block: BlockId
    text: list[str]
    description: list[str] = field(default_factory=list)


@dataclass
class _Reader:
    builder: CanvasBuilder
    section: str = "front"  # "front" (before any block), "block" or "legend"
    block: BlockId | None = None
    item: _Item | None = None
    korean_headings: int = 0
    other_headings: int = 0
    after_blank: bool = False  # a blank line ended the last paragraph of the open item

    def feed(self, number: int, line: str) -> None:
        where = at_line(number)
        if not line.strip():
            self.after_blank = True  # an indented line may still go on with the item
            return
        blank, self.after_blank = self.after_blank, False
        if _BREAK.fullmatch(line):
            self.close()
            return
        heading = _HEADING.fullmatch(line)
        if heading:
            self.close()
            self.heading(where, len(heading.group(1)), _shown(heading.group(2) or ""))
            return
        if self.item is not None and line[0] in " \t":
            self.go_on(line.strip(), blank)
            return
        if blank:
            self.close()  # after a blank line, only an indented line belongs to the item
        item = _ITEM.fullmatch(line)
        if item:
            self.close()
            self.start(number, item.group(1) or "")
            return
        if self.item is not None:
            self.go_on(line.strip())  # a lazy continuation, as CommonMark reads it
            return
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors", "{place}: text outside a list item (notes are '- ' items under a block heading)"
            ),
            place=where,
        )

    def heading(self, where: Place, level: int, text: str) -> None:
        if level == 1:
            if "title" in self.builder.header:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{place}: a second title (only one '# ' heading names the canvas)"
                    ),
                    place=where,
                )
            self.builder.header["title"] = text
            return
        block = block_named(text)
        if block is not None:
            self.section, self.block = "block", block
            if _HANGUL.search(text):
                self.korean_headings += 1
            else:
                self.other_headings += 1
        elif text.casefold() in LEGEND_LABELS:
            self.section, self.block = "legend", None
        else:
            self.section, self.block = "block", self.builder.block_for(text, where, _HEADING_WORD)

    def start(self, number: int, content: str) -> None:
        where = at_line(number)
        if self.section == "legend":
            entry = _LEGEND_ENTRY.fullmatch(content)
            if entry is None:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{place}: a legend entry is a segment's name and its colour, like `#81D4FA`"
                    ),
                    place=where,
                )
            self.builder.add_segment(where, _shown(entry.group("name")), entry.group("color"))
            return
        if self.section == "front":
            field_line = _HEADER_FIELD.fullmatch(content)
            key = HEADER_LABELS.get(field_line.group("label").strip().casefold()) if field_line else None
            if field_line is not None and key is not None:
                self.builder.header[key] = _shown(field_line.group("value") or "")
                return
            self.block = self.builder.block_for(None, where, _HEADING_WORD)
        assert self.block is not None
        self.item = _Item(number, self.block, [content])

    def go_on(self, content: str, after_blank: bool = False) -> None:
        """A line of the open item; after a blank line it starts a new paragraph."""
        assert self.item is not None
        if content.startswith(written.QUOTE):
            quoted = content[len(written.QUOTE) :]
            lines, content = self.item.description, quoted[1:] if quoted.startswith(" ") else quoted
        else:
            lines = self.item.description or self.item.text
        if after_blank and lines:
            lines.append("")
        lines.append(content)

    def close(self) -> None:
        item, self.item = self.item, None
        if item is None:
            return
        where = at_line(item.line)
        lines = [ends_in_hard_break(line)[0] for line in item.text]
        last = tokens(lines[-1])
        suffix = _suffix(last)
        values: dict[str, object] = {}
        segment = None
        if suffix is not None:
            last, parts = suffix
            segment = joined(parts["segment"]) if "segment" in parts else None
            if "tags" in parts:
                values["tags"] = tuple(
                    joined(t) for t in split_plain(parts["tags"], written.TAG_SEPARATOR) if t
                )
            if "votes" in parts:
                votes = joined(parts["votes"])
                values["votes"] = int(votes) if votes.isascii() and votes.isdigit() else votes
        text = [_shown(line) for line in lines[:-1]] + [joined(strip_plain(last))]
        description = [unescape(ends_in_hard_break(line)[0]) for line in item.description]
        self.builder.add_note(
            where,
            item.block,
            segment=segment,
            text="\n".join(text),
            description="\n".join(description),
            **values,
        )

    def language(self) -> str | None:
        """Korean when every block heading is spelt in Korean; else the default."""
        return "ko" if self.korean_headings and not self.other_headings else None


def _shown(markdown: str) -> str:
    """The text a piece of one line shows, without the layout's spaces around it (the
    text's own are character references, and stay)."""
    return joined(strip_plain(tokens(markdown)))


def _suffix(line: list[Token]) -> tuple[list[Token], dict[str, list[Token]]] | None:
    """The text before a note's `*(...)*` suffix and the suffix's parts by key, or None
    when the line ends in no suffix (text a person wrote in italics stays text)."""
    line = strip_plain(line)
    if len(line) < 4 or line[-1] != Token("*", True) or line[-2] != Token(")", True):
        return None
    starts = [
        k for k in range(len(line) - 3) if line[k] == Token("*", True) and line[k + 1] == Token("(", True)
    ]
    if not starts:
        return None
    start = starts[-1]
    parts: dict[str, list[Token]] = {}
    for part in split_plain(line[start + 2 : -2], written.PART_SEPARATOR):
        colon = next((i for i, t in enumerate(part) if t == Token(":", True)), None)
        key = SUFFIX_LABELS.get(joined(part[:colon]).strip().casefold()) if colon is not None else None
        if colon is None or key is None or key in parts:
            return None
        parts[key] = strip_plain(part[colon + 1 :])
    return line[:start], parts


def import_markdown(data: bytes, into: BlockId | None = None) -> Canvas:
    """The canvas a Markdown file describes, or ImportRefused naming the line."""
    builder = CanvasBuilder(into)
    reader = _Reader(builder)
    for number, line in enumerate(text_lines(decode_text(data)), start=1):
        reader.feed(number, line)
    reader.close()
    language = reader.language()
    if language is not None:
        builder.header.setdefault("language", language)
    return builder.finish()
