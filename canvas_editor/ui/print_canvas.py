"""File > Print...: the system print dialog, then the canvas sheet on one page.

The printer starts on the paper and orientation of the last PDF export, and the page
is laid out as the PDF's canvas page: the whole sheet, its proportions kept, centred
(on a portrait page it spans the width). It is painted by the board's scene
(`scene.image_export.paint_canvas`), so a printer gets vectors and real text. Posters
over several sheets and the appendix of full note texts are PDF-only: export a PDF
to print those.

`ask_print_setup` is called through the module so tests can replace the dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from canvas_editor.export.page_sizes import paper_size
from canvas_editor.model.document import Canvas
from canvas_editor.ui import file_dialogs
from canvas_editor.ui.export_dialog import PdfChoice, load_pdf_choice

if TYPE_CHECKING:
    from canvas_editor.ui.exporting_window import ExportingWindow

_PAGE_IDS = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "A2": QPageSize.PageSizeId.A2,
    "A1": QPageSize.PageSizeId.A1,
    "A0": QPageSize.PageSizeId.A0,
    "Letter": QPageSize.PageSizeId.Letter,
    "Tabloid": QPageSize.PageSizeId.Tabloid,
}


def page_size_for(name: str) -> QPageSize:
    """Qt's page size for one of our paper names (a custom size for any other)."""
    page_id = _PAGE_IDS.get(name)
    if page_id is not None:
        return QPageSize(page_id)
    paper = paper_size(name)
    return QPageSize(QSizeF(paper.width, paper.height), QPageSize.Unit.Point, paper.name)


def make_printer(choice: PdfChoice, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(page_size_for(choice.page_size))
    printer.setPageOrientation(
        QPageLayout.Orientation.Portrait if choice.portrait else QPageLayout.Orientation.Landscape
    )
    printer.setDocName(title)
    return printer


def ask_print_setup(printer: QPrinter, parent: QWidget | None) -> bool:
    """The system print dialog; True when the user chose Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Print", "Print Canvas"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_to(printer: QPrinter, canvas: Canvas) -> bool:
    """Paint the canvas page on `printer`; False when the printer could not start."""
    from canvas_editor.scene.image_export import paint_canvas

    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        # The painter's origin is the top-left of the printable area.
        paint_canvas(canvas, painter, QRectF(0.0, 0.0, area.width(), area.height()))
    finally:
        painter.end()
    return True


def print_from_window(window: ExportingWindow) -> bool:
    """Ask the system dialog, then print; True when a page went to the printer."""
    canvas = window.controller.canvas
    printer = make_printer(load_pdf_choice(window.workspace.settings), canvas.title or window.display_name())
    if not ask_print_setup(printer, window.window()):
        return False
    # Asked before printing: a printer that fails to start forgets its file name.
    where = printer.outputFileName() or printer.printerName()
    if not print_to(printer, canvas):
        file_dialogs.show_error(
            window.window(),
            QCoreApplication.translate("Print", "Print Failed"),
            QCoreApplication.translate("Print", "Could not start printing on {printer}.").format(
                printer=where
            )
            if where
            else QCoreApplication.translate("Print", "Could not start printing."),
        )
        return False
    window.statusBar().showMessage(QCoreApplication.translate("Print", "Sent to the printer"), 5000)
    return True
