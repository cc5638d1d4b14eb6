"""File > Print...: the Print dialog, then the PDF export's page, queued on the printer.

What prints is `export.pdf.render` for the chosen paper and orientation, the page File
> Export > PDF writes, sent as a PDF job to the print system (`printing.job`, CUPS's
`lp`), so the printer's driver gets the export's fonts, text and vectors. Nothing is
painted by Qt for a printer. "Save as PDF..." writes the same bytes to a file.

Without a print system or a printer the user is told so, and offered the PDF export.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox

from canvas_editor.export.page_sizes import UnknownPaperSize
from canvas_editor.printing import cups
from canvas_editor.printing.job import PrintChoice, print_canvas
from canvas_editor.storage.errors import SaveError
from canvas_editor.storage.save import write_atomic
from canvas_editor.ui import export_dialog, file_dialogs
from canvas_editor.ui.print_dialog import SAVE_PDF, PrintDialog, load_print_choice, save_print_choice

if TYPE_CHECKING:
    from canvas_editor.ui.exporting_window import ExportingWindow

STATUS_MS = 5000


def offer_pdf_export(window: ExportingWindow, reason: str) -> bool:
    """Says why nothing can print and offers the PDF export; True when a PDF was written."""
    box = file_dialogs.plain_message_box(
        window.window(), QMessageBox.Icon.Information, "Print Canvas", f"{reason}: export a PDF instead?"
    )
    export = box.addButton("Export PDF...", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(export)
    box.exec()
    if box.clickedButton() is not export:
        return False
    return export_dialog.export_pdf_from_window(window) is not None


def _home_relative(path: Path) -> str:
    try:
        return "~/" + path.resolve().relative_to(Path.home().resolve()).as_posix()
    except ValueError:
        return str(path)


def save_pdf(window: ExportingWindow, choice: PrintChoice) -> bool:
    """The print's PDF, written where the user says."""
    from canvas_editor.export.pdf import render
    from canvas_editor.printing.job import pdf_options

    chosen = export_dialog.ask_export_path(
        window.window(),
        "Save as PDF",
        str(export_dialog.suggested_path(window, ".pdf")),
        "PDF document (*.pdf)",
    )
    if not chosen:
        return False
    out = Path(chosen)
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    try:
        write_atomic(out, render(window.controller.canvas, pdf_options(choice)).data)
    except SaveError as exc:
        file_dialogs.show_error(window.window(), "Save Failed", str(exc))
        return False
    window.statusBar().showMessage(f"Saved to {_home_relative(out)}", STATUS_MS)
    return True


def print_from_window(window: ExportingWindow) -> bool:
    """Ask the Print dialog, then print or save; True when a page was printed or saved."""
    try:
        printers = cups.list_printers()
    except cups.NoPrintSystem as exc:
        offer_pdf_export(window, str(exc)[0].upper() + str(exc)[1:])
        return False
    except cups.PrintSystemError as exc:
        file_dialogs.show_error(window.window(), "Print Failed", str(exc))
        return False
    if not printers.names:
        offer_pdf_export(window, "No printer is set up")
        return False
    settings = window.workspace.settings
    canvas = window.controller.canvas
    dialog = PrintDialog(canvas, load_print_choice(settings), printers, window.window())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    choice = dialog.choice()
    save_print_choice(settings, choice)
    if dialog.action == SAVE_PDF:
        return save_pdf(window, choice)
    try:
        printed = print_canvas(canvas, choice)
    except (cups.PrintSystemError, UnknownPaperSize) as exc:
        file_dialogs.show_error(window.window(), "Print Failed", str(exc))
        return False
    pages = "1 page" if printed.pages == 1 else f"{printed.pages} pages"
    window.statusBar().showMessage(f"Printed {pages} on {printed.printer}", STATUS_MS)
    return True
