"""The Print dialog: printer, paper, orientation, a poster's tiles, copies and, when the
print has more than one page, which pages, beside a preview of what will print.

The preview is the PDF that will be sent (`export.pdf.render`), drawn by PDFium
(`print_preview.py`): one page, or a poster's tiles laid out as they join. The choices
are kept in the workspace's QSettings under "print/", apart from the PDF export's, so
the next print starts where this one ended. The tiling row is the PDF export's
(`export_dialog.TilingRow`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.export.page_sizes import DEFAULT_PAPER, PAPER_SIZES, UnknownPaperSize, paper_size
from canvas_editor.model.document import Canvas
from canvas_editor.printing.cups import Printers
from canvas_editor.printing.job import MAX_COPIES, PrintChoice
from canvas_editor.ui.export_dialog import ORIENTATIONS, TilingRow, load_tile

PRINT_KEY = "print/"
PREVIEW_WIDTH = 420  # pixels
TILE_GAP = 3  # pixels between a poster's tiles in the preview

# What the dialog's buttons ask for.
PRINT, SAVE_PDF = "print", "pdf"


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(PRINT_KEY + key, "")
    return value if isinstance(value, str) else ""


def _page_range(text: str) -> tuple[int, int] | None:
    """ "2-5" as (2, 5); anything else is every page."""
    first, dash, last = text.partition("-")
    if not (dash and first.isdigit() and last.isdigit()):
        return None
    pages = (int(first), int(last))
    return pages if 1 <= pages[0] <= pages[1] else None


def load_print_choice(settings: QSettings) -> PrintChoice:
    """The last print's choice; anything unreadable falls back to the default."""
    try:
        page = paper_size(_text(settings, "page_size") or DEFAULT_PAPER).name
    except UnknownPaperSize:
        page = DEFAULT_PAPER
    portrait = _text(settings, "portrait").lower() == "true" or settings.value(PRINT_KEY + "portrait") is True
    tile = load_tile(settings, PRINT_KEY + "tile", page)
    return PrintChoice(
        _text(settings, "printer") or None,
        page,
        portrait,
        tile=tile,
        pages=_page_range(_text(settings, "pages")),
    )


def save_print_choice(settings: QSettings, choice: PrintChoice) -> None:
    if choice.printer is not None:
        settings.setValue(PRINT_KEY + "printer", choice.printer)
    settings.setValue(PRINT_KEY + "page_size", choice.page_size)
    settings.setValue(PRINT_KEY + "portrait", "true" if choice.portrait else "false")
    settings.setValue(PRINT_KEY + "tile", choice.tile or "")
    settings.setValue(PRINT_KEY + "pages", "{}-{}".format(*choice.pages) if choice.pages else "")
    settings.sync()


class PageRange(QWidget):
    """ "All" or "Pages from [n] to [m]"; shown only for a print of more than one page."""

    def __init__(self, pages: tuple[int, int] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = 1
        self.all = QRadioButton(QCoreApplication.translate("Print", "All"), self)
        self.some = QRadioButton(QCoreApplication.translate("Print", "Pages from"), self)
        self.first = QSpinBox(self)
        self.last = QSpinBox(self)
        self.first.setAccessibleName(QCoreApplication.translate("Print", "First page to print"))
        self.last.setAccessibleName(QCoreApplication.translate("Print", "Last page to print"))
        group = QButtonGroup(self)
        group.addButton(self.all)
        group.addButton(self.some)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.all)
        row.addWidget(self.some)
        row.addWidget(self.first)
        row.addWidget(QLabel(QCoreApplication.translate("Print", "to"), self))
        row.addWidget(self.last)
        row.addStretch(1)
        self.first.valueChanged.connect(lambda value: self.last.setMinimum(value))
        self.some.toggled.connect(self._enable)
        self.set_count(max(pages or (1, 1)))
        if pages is not None:
            self.first.setValue(pages[0])
            self.last.setValue(pages[1])
        (self.some if pages is not None else self.all).setChecked(True)
        self._enable()

    def _enable(self, *_args: object) -> None:
        self.first.setEnabled(self.some.isChecked())
        self.last.setEnabled(self.some.isChecked())

    def set_count(self, count: int) -> None:
        """The print has `count` pages: the range stays within them."""
        self.count = count
        last = count if self.all.isChecked() or not self.last.value() else self.last.value()
        self.first.setRange(1, count)
        self.last.setRange(self.first.value(), count)
        self.last.setValue(min(last, count))

    def choice(self) -> tuple[int, int] | None:
        if self.count == 1 or not self.some.isChecked():
            return None
        return (self.first.value(), self.last.value())


def tiles_picture(tiles: list[QImage], rows: int, cols: int, width: int, height: int) -> QImage:
    """A poster's tile pages laid out as they join, fitted into width x height pixels."""
    tile_w, tile_h = tiles[0].width(), tiles[0].height()
    scale = min(
        (width - (cols - 1) * TILE_GAP) / (cols * tile_w), (height - (rows - 1) * TILE_GAP) / (rows * tile_h)
    )
    w, h = max(1, round(tile_w * scale)), max(1, round(tile_h * scale))
    picture = QImage(
        cols * w + (cols - 1) * TILE_GAP, rows * h + (rows - 1) * TILE_GAP, QImage.Format.Format_RGB888
    )
    picture.fill(QColor(128, 128, 128))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for index, tile in enumerate(tiles):
        row, col = divmod(index, cols)
        painter.drawImage(QRect(col * (w + TILE_GAP), row * (h + TILE_GAP), w, h), tile)
    painter.end()
    return picture


class PrintDialog(QDialog):
    """Asks where and how to print; `action` says which button closed it."""

    def __init__(
        self, canvas: Canvas, choice: PrintChoice, printers: Printers, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Print", "Print Canvas"))
        self.canvas = canvas
        self.action: str | None = None
        self.printer = QComboBox(self)
        for name in printers.names:
            default = QCoreApplication.translate("Print", "{printer} (default)").format(printer=name)
            self.printer.addItem(default if name == printers.default else name, name)
        wanted = choice.printer if choice.printer in printers.names else printers.default
        if wanted is not None:
            self.printer.setCurrentIndex(printers.names.index(wanted))
        self.page_size = QComboBox(self)
        self.page_size.addItems(list(PAPER_SIZES))
        self.page_size.setCurrentText(choice.page_size)
        self.orientation = QComboBox(self)
        self.orientation.addItems([QCoreApplication.translate("Export", o) for o in ORIENTATIONS])
        self.orientation.setCurrentIndex(1 if choice.portrait else 0)
        self.tiling = TilingRow(self.page_size, choice.tile, self)
        self.copies = QSpinBox(self)
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(choice.copies)
        self.page_range = PageRange(choice.pages, self)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, PREVIEW_WIDTH)
        self.preview.setAccessibleName(QCoreApplication.translate("Print", "Preview of the printed page"))
        self.pages = QLabel(self)
        self.pages.setWordWrap(True)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Print", "Printer:"), self.printer)
        form.addRow(QCoreApplication.translate("Print", "Paper size:"), self.page_size)
        form.addRow(QCoreApplication.translate("Print", "Orientation:"), self.orientation)
        form.addRow(QCoreApplication.translate("Export", "Tiling:"), self.tiling)
        form.addRow(QCoreApplication.translate("Print", "Copies:"), self.copies)
        form.addRow("", self.pages)
        self.range_label = QLabel(QCoreApplication.translate("Print", "Print:"), self)
        form.addRow(self.range_label, self.page_range)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(side)
        row.addWidget(self.preview, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.print_button = QPushButton(QCoreApplication.translate("Print", "Print"), self)
        self.print_button.setDefault(True)
        self.print_button.setEnabled(bool(printers.names))
        self.pdf_button = QPushButton(QCoreApplication.translate("Print", "Save as PDF..."), self)
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
        self.tiling.changed.connect(self.refresh_preview)
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
            tile=self.tiling.choice(),
            pages=self.page_range.choice(),
        )

    def refresh_preview(self, *_args: object) -> None:
        from canvas_editor.export.pdf import render
        from canvas_editor.printing.job import pdf_options
        from canvas_editor.ui.print_preview import page_images

        rendered = render(self.canvas, pdf_options(self.choice()))
        grid = rendered.grid
        if grid is None:
            (image,) = page_images(rendered.data, PREVIEW_WIDTH)
        else:
            # Each tile a little wider than its place in the picture keeps its marks legible.
            tiles = page_images(rendered.data, 2 * PREVIEW_WIDTH // grid.cols, grid.pages)
            image = tiles_picture(tiles, grid.rows, grid.cols, PREVIEW_WIDTH, PREVIEW_WIDTH)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self._show_count(rendered.pages, grid.rows if grid else 0, grid.cols if grid else 0)

    def _show_count(self, pages: int, rows: int, cols: int) -> None:
        if pages == 1:
            text = QCoreApplication.translate("Print", "1 page")
        elif not rows:
            text = QCoreApplication.translate("Print", "{count} pages (notes in full after the canvas)")
        elif rows * cols == pages:
            text = QCoreApplication.translate(
                "Print", "{count} pages: the poster in {rows} rows of {cols} sheets"
            )
        else:
            text = QCoreApplication.translate(
                "Print", "{count} pages: the poster in {rows} rows of {cols} sheets, then the notes in full"
            )
        self.pages.setText(text.format(count=pages, rows=rows, cols=cols))
        self.page_range.set_count(pages)
        self.page_range.setVisible(pages > 1)
        self.range_label.setVisible(pages > 1)
