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

from PySide6.QtCore import QCoreApplication

from canvas_editor.i18n import QT_TRANSLATE_NOOP
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
    title: str  # in English; translated where shown (context "Export")
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
    ".md": DocumentFormat(
        QT_TRANSLATE_NOOP("Export", "Export Markdown"),
        QT_TRANSLATE_NOOP("Export", "Markdown (*.md)"),
        _markdown,
    ),
    ".csv": DocumentFormat(
        QT_TRANSLATE_NOOP("Export", "Export CSV"), QT_TRANSLATE_NOOP("Export", "CSV table (*.csv)"), _csv
    ),
    ".canvas": DocumentFormat(
        QT_TRANSLATE_NOOP("Export", "Export JSON Canvas"),
        QT_TRANSLATE_NOOP("Export", "JSON Canvas (*.canvas)"),
        _json_canvas,
    ),
    ".pptx": DocumentFormat(
        QT_TRANSLATE_NOOP("Export", "Export PowerPoint"),
        QT_TRANSLATE_NOOP("Export", "PowerPoint deck (*.pptx)"),
        _pptx,
    ),
}
IMPORT_FILTERS = [
    QT_TRANSLATE_NOOP("Export", "Files to import (*.md *.markdown *.csv *.canvas *.txt)"),
    QT_TRANSLATE_NOOP("Export", "Markdown (*.md *.markdown)"),
    QT_TRANSLATE_NOOP("Export", "CSV table (*.csv)"),
    QT_TRANSLATE_NOOP("Export", "JSON Canvas (*.canvas)"),
    QT_TRANSLATE_NOOP("Export", "Text, a note per line (*.txt)"),
]


def export_document(window: ExportingWindow, suffix: str) -> Path | None:
    """Ask where (the file chooser and suggested name of PDF and image exports), write
    the file; the path written, or None (cancelled or failed)."""
    kind = DOCUMENT_FORMATS[suffix]
    suggested = str(export_dialog.suggested_path(window, suffix))
    chosen = export_dialog.ask_export_path(
        window.window(),
        QCoreApplication.translate("Export", kind.title),
        suggested,
        QCoreApplication.translate("Export", kind.name_filter),
    )
    if not chosen:
        return None
    out = Path(chosen)
    if out.suffix.lower() != suffix:
        out = out.with_name(out.name + suffix)
    try:
        write_atomic(out, kind.render(window.controller.canvas))
    except SaveError as exc:
        file_dialogs.show_error(
            window.window(), QCoreApplication.translate("Export", "Export Failed"), str(exc)
        )
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("Export", "Exported {name}").format(name=out.name), 5000
    )
    return out


def ask_import_path(parent: QWidget | None, folder: str) -> str | None:
    """The file the user picked to import; None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    filters = ";;".join(QCoreApplication.translate("Export", f) for f in IMPORT_FILTERS)
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Export", "Import"), folder, filters
    )
    return path or None


def ask_block(parent: QWidget | None, question: str, language: str) -> BlockId | None:
    """The block the user picked for notes that name none; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    blocks = list(BlockId)
    names = [BLOCKS[b].name(language) for b in blocks]
    title = QCoreApplication.translate("Export", "Import")
    name, ok = QInputDialog.getItem(parent, title, question, names, 0, False)
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
        file_dialogs.show_error(
            window,
            QCoreApplication.translate("Export", "Import Failed"),
            QCoreApplication.translate("Export", "Could not import {name}: {reason}").format(
                name=path.name, reason=reason
            ),
        )

    if importer is None:
        refuse(
            QCoreApplication.translate("Export", "only {suffixes} files can be imported").format(
                suffixes=", ".join(IMPORTERS)
            )
        )
        return None
    language = window.controller.canvas.language
    into: BlockId | None = None
    if path.suffix.lower() in ONE_BLOCK:
        question = QCoreApplication.translate("Export", "Each line of {name} becomes a note in:")
        into = ask_block(window, question.format(name=path.name), language)
        if into is None:
            return None
    try:
        data = read_bytes(path)
        try:
            canvas = importer(data, into)
        except UnplacedNotes as exc:
            if into is not None:
                raise
            question = QCoreApplication.translate("Export", "{reason}.\nPut the notes that name no block in:")
            into = ask_block(window, question.format(reason=exc), language)
            if into is None:
                return None
            canvas = importer(data, into)
    except LoadError as exc:
        refuse(str(exc))
        return None
    opened = window.workspace.open_imported(canvas)
    message = QCoreApplication.translate("Export", "Imported {count} notes from {name}")
    opened.statusBar().showMessage(message.format(count=len(canvas.notes), name=path.name), 5000)
    return opened
