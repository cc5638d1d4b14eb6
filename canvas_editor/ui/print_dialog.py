"""The Print dialog: printer, paper, orientation and copies beside a preview of the page
that will print, and no page range (a canvas prints on one page).

The preview is the PDF that will be sent (`export.pdf.render`), drawn by PDFium
(`print_preview.py`). The choices are kept in the workspace's QSettings under
"print/", apart from the PDF export's, so the next print starts where this one ended.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.export.page_sizes import DEFAULT_PAPER, PAPER_SIZES, UnknownPaperSize, paper_size
from canvas_editor.model.document import Canvas
from canvas_editor.printing.cups import Printers
from canvas_editor.printing.job import MAX_COPIES, PrintChoice
from canvas_editor.ui.export_dialog import ORIENTATIONS

PRINT_KEY = "print/"
PREVIEW_WIDTH = 420  # pixels

# What the dialog's buttons ask for.
PRINT, SAVE_PDF = "print", "pdf"


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(PRINT_KEY + key, "")
    return value if isinstance(value, str) else ""


def load_print_choice(settings: QSettings) -> PrintChoice:
    """The last print's choice; anything unreadable falls back to the default."""
    try:
        page = paper_size(_text(settings, "page_size") or DEFAULT_PAPER).name
    except UnknownPaperSize:
        page = DEFAULT_PAPER
    portrait = _text(settings, "portrait").lower() == "true" or settings.value(PRINT_KEY + "portrait") is True
    return PrintChoice(_text(settings, "printer") or None, page, portrait)


def save_print_choice(settings: QSettings, choice: PrintChoice) -> None:
    if choice.printer is not None:
        settings.setValue(PRINT_KEY + "printer", choice.printer)
    settings.setValue(PRINT_KEY + "page_size", choice.page_size)
    settings.setValue(PRINT_KEY + "portrait", "true" if choice.portrait else "false")
    settings.sync()


class PrintDialog(QDialog):
    """Asks where and how to print; `action` says which button closed it."""

    def __init__(
        self, canvas: Canvas, choice: PrintChoice, printers: Printers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Print Canvas")
        self.canvas = canvas
        self.action: str | None = None
        self.printer = QComboBox(self)
        for name in printers.names:
            self.printer.addItem(f"{name} (default)" if name == printers.default else name, name)
        wanted = choice.printer if choice.printer in printers.names else printers.default
        if wanted is not None:
            self.printer.setCurrentIndex(printers.names.index(wanted))
        self.page_size = QComboBox(self)
        self.page_size.addItems(list(PAPER_SIZES))
        self.page_size.setCurrentText(choice.page_size)
        self.orientation = QComboBox(self)
        self.orientation.addItems(ORIENTATIONS)
        self.orientation.setCurrentIndex(1 if choice.portrait else 0)
        self.copies = QSpinBox(self)
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(choice.copies)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, PREVIEW_WIDTH)
        self.preview.setAccessibleName("Preview of the printed page")
        self.pages = QLabel(self)

        form = QFormLayout()
        form.addRow("Printer:", self.printer)
        form.addRow("Paper size:", self.page_size)
        form.addRow("Orientation:", self.orientation)
        form.addRow("Copies:", self.copies)
        form.addRow("", self.pages)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(side)
        row.addWidget(self.preview, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.print_button = QPushButton("Print", self)
        self.print_button.setDefault(True)
        self.print_button.setEnabled(bool(printers.names))
        self.pdf_button = QPushButton("Save as PDF...", self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(lambda: self._close_with(PRINT))
        self.pdf_button.clicked.connect(lambda: self._close_with(SAVE_PDF))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

        self.page_size.currentIndexChanged.connect(self.refresh_preview)
        self.orientation.currentIndexChanged.connect(self.refresh_preview)
        self.refresh_preview()

    def _close_with(self, action: str) -> None:
        self.action = action
        self.accept()

    def choice(self) -> PrintChoice:
        printer = self.printer.currentData()
        return PrintChoice(
            printer=printer if isinstance(printer, str) else None,
            page_size=self.page_size.currentText(),
            portrait=self.orientation.currentIndex() == 1,
            copies=self.copies.value(),
        )

    def refresh_preview(self, *_args: object) -> None:
        from canvas_editor.export.pdf import render
        from canvas_editor.printing.job import pdf_options
        from canvas_editor.ui.print_preview import page_images

        rendered = render(self.canvas, pdf_options(self.choice()))
        (image,) = page_images(rendered.data, PREVIEW_WIDTH)
        self.preview.setPixmap(QPixmap.fromImage(image))
        pages = rendered.pages
        self.pages.setText("1 page" if pages == 1 else f"{pages} pages (notes in full after the canvas)")
