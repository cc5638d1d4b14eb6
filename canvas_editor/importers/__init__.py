"""New canvases from other programs' files: Markdown, CSV, JSON Canvas and plain text.

Each importer is a function of a file's bytes (and the block to put notes that name
none in) that returns a whole, validated canvas or raises an `ImportRefused` (a
storage `LoadError`) with one line naming the place; `UnplacedNotes` says a block
would let the file in. No Qt: the command line and the window share them. The file is
read with the `.bmc` loader's `read_bytes`, so the same size cap and messages hold.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.importers.building import ImportRefused, UnplacedNotes
from canvas_editor.importers.csv_rows import import_csv
from canvas_editor.importers.json_canvas import import_json_canvas
from canvas_editor.importers.markdown import import_markdown
from canvas_editor.importers.plain_text import import_text
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas
from canvas_editor.storage.load import read_bytes

Importer = Callable[[bytes, BlockId | None], Canvas]

# File suffix -> (what the file is called, its importer).
IMPORTERS: dict[str, tuple[str, Importer]] = {
    ".md": ("Markdown", import_markdown),
    ".markdown": ("Markdown", import_markdown),
    ".csv": ("CSV table", import_csv),
    ".canvas": ("JSON Canvas", import_json_canvas),
    ".txt": ("text, a note per line", import_text),
}
# The suffixes whose notes all go into one block the user names.
ONE_BLOCK = frozenset({".txt"})


def importer_for(path: str | os.PathLike[str]) -> Importer | None:
    entry = IMPORTERS.get(Path(path).suffix.lower())
    return entry[1] if entry else None


def import_file(path: str | os.PathLike[str], into: BlockId | None = None) -> Canvas:
    """The canvas of a file, by its suffix; a LoadError (one line) when it cannot be one."""
    importer = importer_for(path)
    if importer is None:
        suffix = Path(path).suffix
        if not suffix:
            raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "cannot import a file without a suffix"))
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "cannot import a {suffix} file"), suffix=suffix)
    return importer(read_bytes(Path(path)), into)


__all__ = [
    "IMPORTERS",
    "ONE_BLOCK",
    "ImportRefused",
    "Importer",
    "UnplacedNotes",
    "import_file",
    "importer_for",
]
