"""A new canvas from a plain text file: each line that is not blank becomes a note of
the one block the caller names (the command line's `--into`, or a choice in the
window), its text the line without the whitespace around it."""

from __future__ import annotations

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.importers.building import CanvasBuilder, UnplacedNotes, at_line, decode_text, text_lines
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas


def import_text(data: bytes, into: BlockId | None = None) -> Canvas:
    """The canvas of a list of lines, or ImportRefused naming the line."""
    if into is None:
        raise UnplacedNotes(QT_TRANSLATE_NOOP("Errors", "a text file's lines go into one block: name it"))
    builder = CanvasBuilder(into)
    for number, line in enumerate(text_lines(decode_text(data)), start=1):
        if line.strip():
            builder.add_note(at_line(number), into, text=line.strip())
    return builder.finish()
