"""Plain text inside Markdown, and back: the escaping the Markdown and JSON Canvas
exports write and `canvas_editor.importers` reads, kept in one place so the two agree.

A note's text is plain text (docs/file-format.md), but a Markdown reader (a code
hosting site, a notes app, Obsidian's canvas) would turn `**`, `#`, `<b>` or a leading
`- ` into formatting. So every character that means something to CommonMark, GitHub
or Obsidian is written with a backslash (`\\*`), which every CommonMark reader shows as
the bare character; and characters a reader would change or drop (control characters,
whitespace at either end of a line) are written as numeric character references
(`&#9;`). Reading undoes exactly that, so text survives the trip unchanged.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import NamedTuple

# Backslash-escaped wherever they stand: emphasis, code, links, raw HTML, headings,
# tables, strikethrough, entities, and the maths of GitHub and Obsidian.
ALWAYS_ESCAPED = frozenset("\\`*_[]<>#|~&$")
# Only where they start a line: list items, thematic breaks, setext underlines.
LINE_START_ESCAPED = frozenset("-+=")
# Obsidian's comments (%%) and highlights (==) come in pairs.
PAIRED_ESCAPED = frozenset("%=")
_ORDERED_MARKER = re.compile(r"\d{1,9}[.)](?=[ \t]|$)")
# A backslash before ASCII punctuation (the ranges in `escaped`) is that character
# (CommonMark 2.4); elsewhere a backslash is itself.
_TOKEN = re.compile(
    r"\\(?P<escaped>[!-/:-@\[-`{-~])"
    r"|&#(?P<decimal>[0-9]{1,7});"
    r"|&#[xX](?P<hex>[0-9a-fA-F]{1,6});"
    r"|(?P<named>&[A-Za-z][A-Za-z0-9]{1,31};)"
    r"|(?P<plain>.)",
    re.DOTALL,
)


def _reference(ch: str) -> str:
    return f"&#{ord(ch)};"


def _changed_by_readers(ch: str) -> bool:
    """Control characters end or break lines, or vanish, in some reader."""
    return unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029"


def escape(text: str, extra: str = "") -> str:
    """One line of Markdown showing exactly `text`; a line break in it becomes `&#10;`.

    `extra` names further characters to backslash, the separators of a list written
    on one line (`,` between tags, `;` between the parts of a note's suffix).
    """
    n = len(text)
    lead = n - len(text.lstrip())
    trail = len(text.rstrip()) if lead < n else n
    out = []
    for i, ch in enumerate(text):
        if i < lead or i >= trail or _changed_by_readers(ch):
            out.append(_reference(ch))
        elif (
            ch in ALWAYS_ESCAPED
            or ch in extra
            or (i == 0 and ch in LINE_START_ESCAPED)
            or (ch in PAIRED_ESCAPED and ch in (text[i - 1 : i] + text[i + 1 : i + 2]))
        ):
            out.append("\\" + ch)
        else:
            out.append(ch)
    escaped = "".join(out)
    marker = _ORDERED_MARKER.match(escaped)
    if marker:  # "1. " would start a numbered list
        end = marker.end() - 1
        escaped = escaped[:end] + "\\" + escaped[end:]
    return escaped


def escape_lines(text: str) -> list[str]:
    """`text` as Markdown lines, one per line of the text; the caller joins them.

    A final line break is written on the line before it (`&#10;`), so the text never
    ends in a blank line, which would end its list item or paragraph.
    """
    lines = text.split("\n")
    if len(lines) > 1 and not lines[-1]:
        lines.pop()
        lines[-1] += "\n"
    return [escape(line) for line in lines]


class Token(NamedTuple):
    """A piece of written Markdown: its `text` as read, and whether it was written
    bare (`plain`), so a separator or marker is told from an escaped character."""

    text: str
    plain: bool


def tokens(markdown: str) -> list[Token]:
    """`markdown` read piece by piece: escapes and character references are undone."""
    out: list[Token] = []
    for m in _TOKEN.finditer(markdown):
        kind = m.lastgroup
        if kind == "plain":
            out.append(Token(m.group(), True))
        elif kind == "escaped":
            out.append(Token(m.group("escaped"), False))
        elif kind == "named":
            out.append(Token(html.unescape(m.group()), False))
        else:
            number = int(m.group(kind or ""), 10 if kind == "decimal" else 16)
            valid = number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF
            # Decoded as written, not as HTML would: &#0; is the character 0.
            out.append(Token(chr(number), False) if valid else Token(m.group(), True))
    return out


def joined(pieces: list[Token]) -> str:
    return "".join(t.text for t in pieces)


def unescape(markdown: str) -> str:
    """The plain text a line of Markdown shows (what `escape` wrote, or a person typed)."""
    return joined(tokens(markdown))


def split_plain(pieces: list[Token], separator: str) -> list[list[Token]]:
    """`pieces` cut at each bare `separator`, with bare spaces around each part dropped."""
    parts: list[list[Token]] = [[]]
    for token in pieces:
        if token.plain and token.text == separator:
            parts.append([])
        else:
            parts[-1].append(token)
    return [strip_plain(part) for part in parts]


def strip_plain(pieces: list[Token]) -> list[Token]:
    """Without bare whitespace at either end: whitespace that belongs to the text is a
    character reference, never bare, so only the layout's own spaces go."""
    start, end = 0, len(pieces)
    while start < end and pieces[start].plain and pieces[start].text.isspace():
        start += 1
    while end > start and pieces[end - 1].plain and pieces[end - 1].text.isspace():
        end -= 1
    return pieces[start:end]


def ends_in_hard_break(line: str) -> tuple[str, bool]:
    """`line` without the bare backslash that ends it with a hard line break, if any.

    Escaping doubles every backslash of the text, so an odd run at the end holds one
    bare backslash: the break.
    """
    run = len(line) - len(line.rstrip("\\"))
    if run % 2:
        return line[:-1], True
    return line, False
