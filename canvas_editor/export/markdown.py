"""A canvas as a Markdown document: readable on a code-hosting site or in a notes app,
and read back by `canvas_editor.importers.markdown`.

    # Bakery subscription

    - **Designed for:** Bakery Co.
    - **Language:** en

    ## Customer Segments

    - Busy parents *(Segment: Commuters)*

    ## Value Propositions

    - Fresh bread at your door\\
      every morning *(Segment: Commuters; Tags: promise, core; Votes: 3)*
      > The core promise.

    ## Legend

    - Commuters `#81D4FA`

The title, then the header fields that are filled in (the language always, so the
block names can be read back), then one `##` heading per block in the canvas's
presentation order and language, each note a list item: its text (a line break is a
Markdown hard break, a backslash at the end of the line), then in italics its segment,
tags and votes, and its description as a quote beneath. The segments close the
document as a legend with their colours. Text is escaped (`export/markdown_text.py`),
so it shows as typed and reads back unchanged. Labels are in the canvas's language
(`model/canvas_words.py`).
"""

from __future__ import annotations

from canvas_editor.export.markdown_text import escape, escape_lines
from canvas_editor.model.blocks import BLOCKS
from canvas_editor.model.canvas_words import word as label
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.model.presentation import block_order
from canvas_editor.model.private_writing import face_up

# The header fields written under the title, by their Canvas field name (also their
# label's key); the language is written even at its default.
HEADER_FIELDS = ("designed_for", "designed_by", "date", "iteration", "language")
# The parts of a note's suffix, in order, by their label's key.
SUFFIX_PARTS = ("segment", "tags", "votes")
PART_SEPARATOR = ";"
TAG_SEPARATOR = ","
LEGEND = "legend"
BULLET = "-"
# Lines under a list item: text that goes on, and the description's quote.
INDENT = "  "
QUOTE = ">"
HARD_BREAK = "\\"


def render_markdown(canvas: Canvas) -> bytes:
    """The Markdown document, UTF-8; the same canvas always gives the same bytes.
    Face-down notes are left out (model/private_writing.py)."""
    canvas = face_up(canvas)
    language = canvas.language
    lines: list[str] = []
    if canvas.title:
        lines += [f"# {escape(canvas.title)}", ""]
    header = [key for key in HEADER_FIELDS if key == "language" or getattr(canvas, key)]
    lines += [f"{BULLET} **{label(key, language)}:** {escape(getattr(canvas, key))}" for key in header]
    lines.append("")
    segments = {s.id: s for s in canvas.segments}
    for block in block_order(canvas.presentation_order):
        lines += [f"## {escape(BLOCKS[block].name(language))}", ""]
        notes = canvas.notes_in(block)
        for note in notes:
            lines += note_lines(note, segments, language)
        if notes:
            lines.append("")
    if canvas.segments:
        lines += [f"## {label(LEGEND, language)}", ""]
        lines += [legend_line(s) for s in canvas.segments]
        lines.append("")
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")


def legend_line(segment: Segment) -> str:
    return f"{BULLET} {escape(segment.name)} `{segment.color}`"


def note_lines(note: Note, segments: dict[str, Segment], language: str) -> list[str]:
    """The list item of one note: text lines, the suffix on the last, the description."""
    text = escape_lines(note.text)
    suffix = _suffix(note, segments, language)
    if suffix:
        text[-1] = f"{text[-1]} {suffix}" if text[-1] else suffix
    out = [_with_breaks(line, i < len(text) - 1) for i, line in enumerate(text)]
    out[0] = f"{BULLET} {out[0]}".rstrip()
    out[1:] = [f"{INDENT}{line}" for line in out[1:]]
    if note.description:
        quote = escape_lines(note.description)
        out += [
            f"{INDENT}{QUOTE} {_with_breaks(line, i < len(quote) - 1)}".rstrip()
            for i, line in enumerate(quote)
        ]
    return out


def _with_breaks(line: str, more: bool) -> str:
    return line + HARD_BREAK if more else line


def _suffix(note: Note, segments: dict[str, Segment], language: str) -> str:
    separators = PART_SEPARATOR + TAG_SEPARATOR
    parts: list[str] = []
    if note.segment is not None:
        parts.append(f"{label('segment', language)}: {escape(segments[note.segment].name, separators)}")
    if note.tags:
        tags = f"{TAG_SEPARATOR} ".join(escape(tag, separators) for tag in note.tags)
        parts.append(f"{label('tags', language)}: {tags}")
    if note.votes:
        parts.append(f"{label('votes', language)}: {note.votes}")
    return f"*({f'{PART_SEPARATOR} '.join(parts)})*" if parts else ""
