"""A new canvas from a CSV table: the table `export/csv_table.py` writes, or one made in
a spreadsheet with some of its columns.

The first row names the columns: the note's fields as `export/csv_table.note_columns`
lists them (`block`, `block_name`, `text`, `description`, `color`, `segment`, `tags`,
`votes`, `hidden`, `author`, `x`, `y`, `size`), in any order, in any case, with spaces
for underscores, and `block id`, `colour` and `segment name` as other spellings; `text` is required. Each
further row is a note. Its block is named by `block` (an id or a name), else by
`block_name`; a row whose block is unknown or missing is refused with its line
number, unless `into` names the block for it. An empty cell leaves the field at its
default, and a note without `x` and `y` is placed like a new note in the editor. A
segment is named by its name; the first note naming one gives it its colour.
"""

from __future__ import annotations

import csv
import io
import typing
from typing import Any

from canvas_editor.export.csv_table import BLOCK_NAME, NO, YES, note_columns, split_tags, unguard
from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.importers.building import CanvasBuilder, ImportRefused, Place, at_line, decode_text
from canvas_editor.model.blocks import BlockId, block_named
from canvas_editor.model.document import Canvas, Note

OTHER_SPELLINGS = {"block_id": "block", "colour": "color", "segment_name": "segment"}
REQUIRED = "text"


def _column_key(header: str) -> str:
    return "_".join(header.replace("-", " ").casefold().split())


def _columns(header: list[str]) -> list[str]:
    known = note_columns()
    columns: list[str] = []
    for cell in header:
        key = _column_key(cell)
        key = OTHER_SPELLINGS.get(key, key)
        if key not in known:
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Errors", "{place}: unknown column {name!r} (the columns are: {known})"),
                place=at_line(1),
                name=cell,
                known=", ".join(known),
            )
        if key in columns:
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Errors", "{place}: the column {name!r} appears twice"),
                place=at_line(1),
                name=key,
            )
        columns.append(key)
    if REQUIRED not in columns:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Errors", "{place}: no {name!r} column (the columns are: {known})"),
            place=at_line(1),
            name=REQUIRED,
            known=", ".join(known),
        )
    return columns


def _value(kind: Any, cell: str) -> Any:
    """A cell as the field's declared type; text that is no number is passed on for the
    validator to describe in the words it uses for files."""
    try:
        if kind is int:
            return int(cell) if cell.strip().lstrip("+-").isdigit() else cell
        if kind is float:
            return float(cell)
        if kind is bool:
            answer = {YES: True, NO: False}.get(cell.strip().casefold())
            return cell if answer is None else answer
    except ValueError:
        return cell
    return cell


def _block(builder: CanvasBuilder, cells: dict[str, str], where: Place) -> BlockId:
    block_id, name = cells.get("block", "").strip(), cells.get(BLOCK_NAME, "").strip()
    by_id = block_named(block_id) if block_id else None
    by_name = block_named(name) if name else None
    if by_id is not None and by_name is not None and by_id != by_name:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors", "{place}: block {block!r} and block name {name!r} are different blocks"
            ),
            place=where,
            block=block_id,
            name=name,
        )
    if block_id:
        return builder.block_for(block_id, where, "block")
    return builder.block_for(name or None, where, "block name")


def import_csv(data: bytes, into: BlockId | None = None) -> Canvas:
    """The canvas a CSV table describes, or ImportRefused naming the line."""
    text = decode_text(data)
    kinds = typing.get_type_hints(Note)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    builder = CanvasBuilder(into, segments_from_notes=True)
    korean_names = other_names = 0
    try:
        columns = _columns(next(reader))
        start = reader.line_num + 1
        for row in reader:
            where, start = at_line(start), reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(columns):
                raise ImportRefused(
                    QT_TRANSLATE_NOOP("Errors", "{place}: {cells} cells, but only {columns} columns"),
                    place=where,
                    cells=len(row),
                    columns=len(columns),
                )
            cells = {column: unguard(cell) for column, cell in zip(columns, row, strict=False)}
            block = _block(builder, cells, where)
            name = cells.pop(BLOCK_NAME, "")
            if name.strip():
                if any("\uac00" <= ch <= "\ud7a3" for ch in name):
                    korean_names += 1
                else:
                    other_names += 1
            cells.pop("block", None)
            segment = cells.pop("segment", "") or None
            values = {
                column: split_tags(cell) if column == "tags" else _value(kinds[column], cell)
                for column, cell in cells.items()
                if cell
            }
            builder.add_note(where, block, segment=segment, **values)
    except csv.Error as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Errors", "{place}: not valid CSV: {reason}"),
            place=at_line(reader.line_num),
            reason=exc,
        ) from None
    if korean_names and not other_names:
        builder.header["language"] = "ko"
    return builder.finish()
