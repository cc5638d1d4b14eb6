"""A canvas's notes as a CSV table, one row per note, for spreadsheets; read back by
`canvas_editor.importers.csv_rows`.

The columns are the note's fields as the model declares them (`model/document.py`),
in their order, without the id: `block` (the id), followed by `block_name` in the
canvas's language, then `text`, `description`, `color`, `segment` (the segment's
name), `tags`, `votes`, `hidden`, `author`, `x`, `y`, `size`; a field the model gains
becomes a column of its own. Face-down notes are left out, so `hidden` reads `false`.

- UTF-8 with a byte order mark, so spreadsheet programs take the text as UTF-8 and
  show Korean; RFC 4180 quoting and CRLF line ends (the standard `csv` module).
- Tags share one cell, separated by `, `; a comma or backslash inside a tag, and
  whitespace at either end of one, is written after a backslash.
- A cell of text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets
  one more leading apostrophe (`'=1+1`), so a spreadsheet shows it rather than running
  it as a formula (OWASP's advice on CSV injection); reading removes exactly that one.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from enum import Enum

from canvas_editor.model.blocks import BLOCKS
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.model.private_writing import face_up

BLOCK_NAME = "block_name"
TAG_SEPARATOR = ","
ESCAPE = "\\"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"
BOM = "\ufeff"
# A yes/no field's cells (`hidden` is always "false": face-down notes are left out).
YES, NO = "true", "false"


def note_columns() -> list[str]:
    """The header: the note's declared fields but its id, and the block's name after its id."""
    columns: list[str] = []
    for f in dataclasses.fields(Note):
        if f.name == "id":
            continue
        columns.append(f.name)
        if f.name == "block":
            columns.append(BLOCK_NAME)
    return columns


def render_csv(canvas: Canvas) -> bytes:
    """The table, UTF-8 with a BOM; the same canvas always gives the same bytes.
    Face-down notes are left out (model/private_writing.py)."""
    canvas = face_up(canvas)
    columns = note_columns()
    segments = {s.id: s for s in canvas.segments}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for note in canvas.notes:
        writer.writerow([_cell(note, column, segments, canvas.language) for column in columns])
    return (BOM + out.getvalue()).encode("utf-8")


def _cell(note: Note, column: str, segments: dict[str, Segment], language: str) -> str:
    if column == BLOCK_NAME:
        return guard(BLOCKS[note.block].name(language))
    value = getattr(note, column)
    if column == "segment":
        return "" if value is None else guard(segments[value].name)
    if value is None:
        return ""
    if isinstance(value, tuple):
        return guard(join_tags(value))
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str):
        return guard(value)
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, int | float):
        return repr(value)  # the shortest text that reads back as the same number
    raise TypeError(f"Note.{column}: no CSV spelling for {type(value).__name__}")


def guard(cell: str) -> str:
    return GUARD + cell if cell.lstrip(GUARD).startswith(FORMULA_STARTS) else cell


def unguard(cell: str) -> str:
    """The cell as `guard` took it: one apostrophe fewer before what looks like a formula."""
    return cell[1:] if cell.startswith(GUARD) and cell.lstrip(GUARD).startswith(FORMULA_STARTS) else cell


def join_tags(tags: tuple[str, ...]) -> str:
    return f"{TAG_SEPARATOR} ".join(_escape_tag(tag) for tag in tags)


def _escape_tag(tag: str) -> str:
    lead = len(tag) - len(tag.lstrip())
    trail = len(tag.rstrip()) if lead < len(tag) else len(tag)
    return "".join(
        ESCAPE + ch if ch in (ESCAPE, TAG_SEPARATOR) or i < lead or i >= trail else ch
        for i, ch in enumerate(tag)
    )


def split_tags(cell: str) -> tuple[str, ...]:
    """The tags of a cell `join_tags` wrote, or a person typed (`a, b,c`): split at each
    bare comma, bare whitespace around a tag dropped, empty tags left out."""
    tags: list[list[tuple[str, bool]]] = [[]]
    chars = iter(cell)
    for ch in chars:
        if ch == ESCAPE:
            tags[-1].append((next(chars, ESCAPE), False))
        elif ch == TAG_SEPARATOR:
            tags.append([])
        else:
            tags[-1].append((ch, True))
    out = []
    for tag in tags:
        start, end = 0, len(tag)
        while start < end and tag[start][1] and tag[start][0].isspace():
            start += 1
        while end > start and tag[end - 1][1] and tag[end - 1][0].isspace():
            end -= 1
        if start < end:
            out.append("".join(ch for ch, _ in tag[start:end]))
    return tuple(out)
