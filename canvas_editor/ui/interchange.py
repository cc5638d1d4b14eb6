"""File > Import... and File > Export > Markdown, CSV, JSON Canvas and PowerPoint.

The files are made and read by the functions the command line uses
(`canvas_editor.export`, `canvas_editor.importers`); this module asks where, and, when
notes name no block, which block they go in. An import opens a new window holding an
untitled, modified canvas, so closing it asks where to save it. Module functions that
ask the user are called through the module so tests can replace them; the export's
file chooser is `export_dialog.ask_export_path`, shared with PDF and images.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.document import Canvas
from canvas_editor.storage.errors import LoadError, SaveError
from canvas_editor.storage.load import read_bytes
from canvas_editor.storage.save import write_atomic
from canvas_editor.ui import export_dialog, file_dialogs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from canvas_editor.ui.exporting_window import ExportingWindow
    from canvas_editor.ui.main_window import MainWindow


class DocumentFormat(NamedTuple):
    title: str
    name_filter: str
    render: Callable[[Canvas], bytes]


def _markdown(canvas: Canvas) -> bytes:
    from canvas_editor.export.markdown import render_markdown

    return render_markdown(canvas)


def _csv(canvas: Canvas) -> bytes:
    from canvas_editor.export.csv_table import render_csv

    return render_csv(canvas)


def _json_canvas(canvas: Canvas) -> bytes:
    from canvas_editor.export.json_canvas import render_json_canvas

    return render_json_canvas(canvas)


def _pptx(canvas: Canvas) -> bytes:
    from canvas_editor.export.pptx_deck import render_pptx

    return render_pptx(canvas)


# Suffix -> the export to a file other programs edit; each loads its module when used.
DOCUMENT_FORMATS: dict[str, DocumentFormat] = {
    ".md": DocumentFormat("Export Markdown", "Markdown (*.md)", _markdown),
    ".csv": DocumentFormat("Export CSV", "CSV table (*.csv)", _csv),
    ".canvas": DocumentFormat("Export JSON Canvas", "JSON Canvas (*.canvas)", _json_canvas),
    ".pptx": DocumentFormat("Export PowerPoint", "PowerPoint deck (*.pptx)", _pptx),
}
IMPORT_FILTERS = [
    "Files to import (*.md *.markdown *.csv *.canvas *.txt)",
    "Markdown (*.md *.markdown)",
    "CSV table (*.csv)",
    "JSON Canvas (*.canvas)",
    "Text, a note per line (*.txt)",
]


def export_document(window: ExportingWindow, suffix: str) -> Path | None:
    """Ask where (the file chooser and suggested name of PDF and image exports), write
    the file; the path written, or None (cancelled or failed)."""
    kind = DOCUMENT_FORMATS[suffix]
    suggested = str(export_dialog.suggested_path(window, suffix))
    chosen = export_dialog.ask_export_path(window.window(), kind.title, suggested, kind.name_filter)
    if not chosen:
        return None
    out = Path(chosen)
    if out.suffix.lower() != suffix:
        out = out.with_name(out.name + suffix)
    try:
        write_atomic(out, kind.render(window.controller.canvas))
    except SaveError as exc:
        file_dialogs.show_error(window.window(), "Export Failed", str(exc))
        return None
    window.statusBar().showMessage(f"Exported {out.name}", 5000)
    return out


def ask_import_path(parent: QWidget | None, folder: str) -> str | None:
    """The file the user picked to import; None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, "Import", folder, ";;".join(IMPORT_FILTERS))
    return path or None


def ask_block(parent: QWidget | None, question: str, language: str) -> BlockId | None:
    """The block the user picked for notes that name none; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    blocks = list(BlockId)
    names = [BLOCKS[b].name(language) for b in blocks]
    name, ok = QInputDialog.getItem(parent, "Import", question, names, 0, False)
    return blocks[names.index(name)] if ok and name in names else None


def import_file(window: MainWindow) -> MainWindow | None:
    """Ask for a file and import it into a new window; that window, or None."""
    from canvas_editor.importers import IMPORTERS, ONE_BLOCK, UnplacedNotes, importer_for

    chosen = ask_import_path(window, window.workspace.last_folder())
    if not chosen:
        return None
    path = Path(chosen)
    importer = importer_for(path)

    def refuse(reason: str) -> None:
        file_dialogs.show_error(window, "Import Failed", f"Could not import {path.name}: {reason}")

    if importer is None:
        refuse(f"only {', '.join(IMPORTERS)} files can be imported")
        return None
    language = window.controller.canvas.language
    into: BlockId | None = None
    if path.suffix.lower() in ONE_BLOCK:
        into = ask_block(window, f"Each line of {path.name} becomes a note in:", language)
        if into is None:
            return None
    try:
        data = read_bytes(path)
        try:
            canvas = importer(data, into)
        except UnplacedNotes as exc:
            if into is not None:
                raise
            into = ask_block(window, f"{exc}.\nPut the notes that name no block in:", language)
            if into is None:
                return None
            canvas = importer(data, into)
    except LoadError as exc:
        refuse(str(exc))
        return None
    opened = window.workspace.open_imported(canvas)
    opened.statusBar().showMessage(f"Imported {len(canvas.notes)} notes from {path.name}", 5000)
    return opened
