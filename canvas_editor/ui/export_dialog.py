"""File > Export > PDF... and Image...: the options, where to write, and the export itself.

The PDF is made by `canvas_editor.export.pdf.render_pdf`, the function the command
line uses; it and reportlab are imported only when an export runs. Images come from
`canvas_editor.scene.image_export`, like `canvas-editor export -o OUT.png`. The last
choices are kept in the workspace's QSettings, so the next export (and File > Print,
which prints the PDF's page) starts from them.

Module functions that ask the user (`ask_export_path`) are called through the module
so tests can replace them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.export.image_options import (
    DEFAULT_DPI,
    MAX_DPI,
    MIN_DPI,
    ImageOptions,
    ImageOptionsError,
    check_image_options,
)
from canvas_editor.export.page_sizes import (
    DEFAULT_PAPER,
    PAPER_SIZES,
    UnknownPaperSize,
    paper_size,
    tile_papers,
)
from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.storage.errors import SaveError
from canvas_editor.storage.save import write_atomic
from canvas_editor.ui import file_dialogs

if TYPE_CHECKING:
    from canvas_editor.ui.exporting_window import ExportingWindow

PDF_KEY = "export/pdf/"
IMAGE_KEY = "export/image/"
# Texts in English, translated where shown (context "Export").
IMAGE_FORMATS = {
    "png": QT_TRANSLATE_NOOP("Export", "PNG image (*.png)"),
    "svg": QT_TRANSLATE_NOOP("Export", "SVG drawing (*.svg)"),
}
IMAGE_FORMAT_NAMES = {
    "png": QT_TRANSLATE_NOOP("Export", "PNG image"),
    "svg": QT_TRANSLATE_NOOP("Export", "SVG drawing"),
}
ORIENTATIONS = (QT_TRANSLATE_NOOP("Export", "Landscape"), QT_TRANSLATE_NOOP("Export", "Portrait"))
LEGEND_TEXT = QT_TRANSLATE_NOOP(
    "Export", "Print the legend of the customer segments (colours, letter tags and names)"
)


@dataclass(frozen=True)
class PdfChoice:
    """The PDF options as the dialog keeps them (canvas_editor.export.pdf.PdfOptions)."""

    page_size: str = DEFAULT_PAPER
    portrait: bool = False
    tile: str | None = None
    appendix: bool = False
    legend: bool = True


@dataclass(frozen=True)
class ImageChoice:
    format: str = "png"
    page_size: str = DEFAULT_PAPER
    portrait: bool = False
    dpi: int = DEFAULT_DPI
    legend: bool = True

    def options(self) -> ImageOptions:
        return ImageOptions(self.page_size, self.portrait, self.dpi, legend=self.legend)


# ----- remembered choices -----------------------------------------------------------------


def _text(settings: QSettings, key: str, default: str) -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def _flag(settings: QSettings, key: str, default: bool = False) -> bool:
    value = settings.value(key, default)
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _paper_or(name: str, default: str | None) -> str | None:
    try:
        return paper_size(name).name
    except UnknownPaperSize:
        return default


def load_tile(settings: QSettings, key: str, page: str) -> str | None:
    """A remembered tile paper, when it still tiles `page`."""
    tile = _paper_or(_text(settings, key, ""), None)
    return tile if tile in tile_papers(page) else None


def load_pdf_choice(settings: QSettings) -> PdfChoice:
    """The last PDF choice; anything unreadable falls back to the default."""
    page = _paper_or(_text(settings, PDF_KEY + "page_size", DEFAULT_PAPER), DEFAULT_PAPER) or DEFAULT_PAPER
    tile = load_tile(settings, PDF_KEY + "tile", page)
    return PdfChoice(
        page,
        _flag(settings, PDF_KEY + "portrait"),
        tile,
        _flag(settings, PDF_KEY + "appendix"),
        _flag(settings, PDF_KEY + "legend", PdfChoice.legend),
    )


def save_pdf_choice(settings: QSettings, choice: PdfChoice) -> None:
    settings.setValue(PDF_KEY + "page_size", choice.page_size)
    settings.setValue(PDF_KEY + "portrait", choice.portrait)
    settings.setValue(PDF_KEY + "tile", choice.tile or "")
    settings.setValue(PDF_KEY + "appendix", choice.appendix)
    settings.setValue(PDF_KEY + "legend", choice.legend)
    settings.sync()


def load_image_choice(settings: QSettings) -> ImageChoice:
    fmt = _text(settings, IMAGE_KEY + "format", "png")
    page = _paper_or(_text(settings, IMAGE_KEY + "page_size", DEFAULT_PAPER), DEFAULT_PAPER) or DEFAULT_PAPER
    try:
        dpi = int(_text(settings, IMAGE_KEY + "dpi", str(DEFAULT_DPI)))
    except ValueError:
        dpi = DEFAULT_DPI
    choice = ImageChoice(
        fmt if fmt in IMAGE_FORMATS else "png",
        page,
        _flag(settings, IMAGE_KEY + "portrait"),
        min(max(dpi, MIN_DPI), MAX_DPI),
        _flag(settings, IMAGE_KEY + "legend", ImageChoice.legend),
    )
    try:
        check_image_options(choice.options())
    except ImageOptionsError:
        return ImageChoice(choice.format, choice.page_size, choice.portrait, DEFAULT_DPI, choice.legend)
    return choice


def save_image_choice(settings: QSettings, choice: ImageChoice) -> None:
    settings.setValue(IMAGE_KEY + "format", choice.format)
    settings.setValue(IMAGE_KEY + "page_size", choice.page_size)
    settings.setValue(IMAGE_KEY + "portrait", choice.portrait)
    settings.setValue(IMAGE_KEY + "dpi", str(choice.dpi))
    settings.setValue(IMAGE_KEY + "legend", choice.legend)
    settings.sync()


# ----- the dialogs ------------------------------------------------------------------------


def _paper_combo(parent: QWidget, names: list[str], current: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItems(names)
    if current in names:
        combo.setCurrentText(current)
    return combo


def _orientation_combo(parent: QWidget, portrait: bool) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItems([QCoreApplication.translate("Export", o) for o in ORIENTATIONS])
    combo.setCurrentIndex(1 if portrait else 0)
    return combo


def _legend_box(parent: QWidget, checked: bool) -> QCheckBox:
    box = QCheckBox(QCoreApplication.translate("Export", LEGEND_TEXT), parent)
    box.setObjectName("legend")
    box.setToolTip(
        QCoreApplication.translate(
            "Export", "Beside the attribution, when the canvas has segments; notes show their segment's tag"
        )
    )
    box.setChecked(checked)
    return box


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=dialog
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class TilingRow(QWidget):
    """ "Print it over several sheets of [paper]": a poster's tiles, as the export's
    `--tile` takes them. The PDF export and the Print dialog both show this row."""

    changed = Signal()

    def __init__(self, page_size: QComboBox, tile: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.tile = QCheckBox(QCoreApplication.translate("Export", "Print it over several sheets of"), self)
        self.tile.setToolTip(
            QCoreApplication.translate(
                "Export", "A poster: each sheet shows part of the page, with marks to join them"
            )
        )
        self.tile_paper = QComboBox(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.tile)
        row.addWidget(self.tile_paper, 1)
        page_size.currentTextChanged.connect(self._refresh)
        self.tile.toggled.connect(self._refresh)
        self.tile_paper.currentIndexChanged.connect(self.changed)
        self._refresh(keep=tile)
        self.tile.setChecked(tile is not None and self.tile.isEnabled())

    def _refresh(self, *_args: object, keep: str | None = None) -> None:
        """Only papers smaller than the page can tile it; A4 itself offers none."""
        wanted = keep or self.tile_paper.currentText()
        smaller = tile_papers(self.page_size.currentText())
        self.tile_paper.blockSignals(True)
        self.tile_paper.clear()
        self.tile_paper.addItems(smaller)
        if wanted in smaller:
            self.tile_paper.setCurrentText(wanted)
        self.tile_paper.blockSignals(False)
        self.tile.setEnabled(bool(smaller))
        if not smaller:
            self.tile.setChecked(False)
        self.tile_paper.setEnabled(bool(smaller) and self.tile.isChecked())
        self.changed.emit()

    def choice(self) -> str | None:
        """The tile paper, or None for one page."""
        tile = self.tile_paper.currentText() if self.tile.isChecked() and self.tile.isEnabled() else None
        return tile or None


class PdfExportDialog(QDialog):
    """Page size, orientation, tiling and appendix: the options of `canvas-editor export`."""

    def __init__(self, choice: PdfChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Export", "Export PDF"))
        self.page_size = _paper_combo(self, list(PAPER_SIZES), choice.page_size)
        self.orientation = _orientation_combo(self, choice.portrait)
        self.tiling = TilingRow(self.page_size, choice.tile, self)
        self.tile, self.tile_paper = self.tiling.tile, self.tiling.tile_paper
        self.appendix = QCheckBox(
            QCoreApplication.translate("Export", "Add pages with every note's full text and description"),
            self,
        )
        self.appendix.setChecked(choice.appendix)
        self.legend = _legend_box(self, choice.legend)
        note = QLabel(
            QCoreApplication.translate(
                "Export",
                "Notes whose text does not fit are numbered and listed in full on extra pages in any case.",
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Export", "Page size:"), self.page_size)
        form.addRow(QCoreApplication.translate("Export", "Orientation:"), self.orientation)
        form.addRow(QCoreApplication.translate("Export", "Tiling:"), self.tiling)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.appendix)
        layout.addWidget(self.legend)
        layout.addWidget(note)
        layout.addWidget(_buttons(self, QCoreApplication.translate("Export", "Export...")))

    def choice(self) -> PdfChoice:
        return PdfChoice(
            page_size=self.page_size.currentText(),
            portrait=self.orientation.currentIndex() == 1,
            tile=self.tiling.choice(),
            appendix=self.appendix.isChecked(),
            legend=self.legend.isChecked(),
        )


class ImageExportDialog(QDialog):
    """PNG at a resolution, or SVG; both at the physical size of a paper."""

    def __init__(self, choice: ImageChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Export", "Export Image"))
        self.format = QComboBox(self)
        for key, name in IMAGE_FORMAT_NAMES.items():
            self.format.addItem(QCoreApplication.translate("Export", name), key)
        self.format.setCurrentIndex(list(IMAGE_FORMATS).index(choice.format))
        self.page_size = _paper_combo(self, list(PAPER_SIZES), choice.page_size)
        self.orientation = _orientation_combo(self, choice.portrait)
        self.dpi = QSpinBox(self)
        self.dpi.setRange(MIN_DPI, MAX_DPI)
        self.dpi.setSuffix(QCoreApplication.translate("Export", " dpi"))
        self.dpi.setValue(choice.dpi)
        self.size_label = QLabel(self)
        self.legend = _legend_box(self, choice.legend)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Export", "Format:"), self.format)
        form.addRow(QCoreApplication.translate("Export", "Paper size:"), self.page_size)
        form.addRow(QCoreApplication.translate("Export", "Orientation:"), self.orientation)
        form.addRow(QCoreApplication.translate("Export", "Resolution:"), self.dpi)
        form.addRow("", self.size_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.legend)
        self._buttons = _buttons(self, QCoreApplication.translate("Export", "Export..."))
        layout.addWidget(self._buttons)
        for signal in (
            self.format.currentIndexChanged,
            self.page_size.currentTextChanged,
            self.orientation.currentIndexChanged,
            self.dpi.valueChanged,
        ):
            signal.connect(self._refresh)
        self._refresh()

    def choice(self) -> ImageChoice:
        return ImageChoice(
            format=str(self.format.currentData()),
            page_size=self.page_size.currentText(),
            portrait=self.orientation.currentIndex() == 1,
            dpi=self.dpi.value(),
            legend=self.legend.isChecked(),
        )

    def _refresh(self, *_args: object) -> None:
        choice = self.choice()
        png = choice.format == "png"
        self.dpi.setEnabled(png)
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not png:
            self.size_label.setText(
                QCoreApplication.translate("Export", "A drawing: sharp at any size, text kept as text")
            )
            ok.setEnabled(True)
            return
        try:
            w, h = check_image_options(choice.options())
        except ImageOptionsError as exc:
            self.size_label.setText(str(exc).replace("--dpi", "resolution").replace("--page-size", "paper"))
            ok.setEnabled(False)
            return
        self.size_label.setText(
            QCoreApplication.translate("Export", "{width} \u00d7 {height} pixels").format(width=w, height=h)
        )
        ok.setEnabled(True)


# ----- running an export ------------------------------------------------------------------


def ask_export_path(parent: QWidget | None, title: str, suggested: str, name_filter: str) -> str | None:
    """Where to write the export; the filter's suffix is added to a bare name. None: cancelled."""
    suffix = name_filter.rsplit("*.", 1)[-1].rstrip(")")
    return file_dialogs.ask_path_to_write(parent, title, suggested, [name_filter], suffix)


def suggested_path(window: ExportingWindow, suffix: str) -> Path:
    """Beside the canvas's file, named after it; else the last folder and the title."""
    if window.path is not None:
        return window.path.with_suffix(suffix)
    stem = window.controller.canvas.title.strip() or window.display_name()
    stem = "".join(c for c in stem if c not in '/\\:*?"<>|').strip() or "canvas"
    return Path(window.workspace.last_folder()) / f"{stem}{suffix}"


def _target(window: ExportingWindow, title: str, suffix: str, name_filter: str) -> Path | None:
    chosen = ask_export_path(window.window(), title, str(suggested_path(window, suffix)), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _write(
    window: ExportingWindow,
    out: Path,
    write: Callable[[], str | None],
    failures: tuple[type[Exception], ...],
) -> Path | None:
    """Run an export: a failure is shown in one line, a success in the status bar, and
    texts with characters no font can print (`write`'s answer) in a message."""
    try:
        warning = write()
    except failures as exc:
        file_dialogs.show_error(
            window.window(), QCoreApplication.translate("Export", "Export Failed"), str(exc)
        )
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("Export", "Exported {name}").format(name=out.name), 5000
    )
    if warning is not None:
        written = QCoreApplication.translate("Export", "{name} is written. {warning}.")
        show_unprintable(window.window(), written.format(name=out.name, warning=warning))
    return out


def show_unprintable(parent: QWidget | None, message: str) -> None:
    """Characters printed as empty boxes: exported all the same, and said so."""
    from PySide6.QtWidgets import QMessageBox

    box = file_dialogs.plain_message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Export", "Characters Not Printed"),
        message,
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def export_pdf_from_window(window: ExportingWindow) -> Path | None:
    """Ask the options and the file, write the PDF; the path written, or None."""
    settings = window.workspace.settings
    dialog = PdfExportDialog(load_pdf_choice(settings), window.window())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    save_pdf_choice(settings, choice)
    out = _target(
        window,
        QCoreApplication.translate("Export", "Export PDF"),
        ".pdf",
        QCoreApplication.translate("Export", "PDF document (*.pdf)"),
    )
    if out is None:
        return None
    from canvas_editor.export.pdf import PdfOptions, PdfOptionsError, render
    from canvas_editor.export.unprintable import describe

    options = PdfOptions(choice.page_size, choice.portrait, choice.tile, choice.appendix, choice.legend)

    def write() -> str | None:
        rendered = render(window.controller.canvas, options)
        write_atomic(out, rendered.data)
        return describe(rendered.unprintable)

    return _write(window, out, write, (SaveError, PdfOptionsError, UnknownPaperSize))


def export_image_from_window(window: ExportingWindow) -> Path | None:
    """Ask the format, size and file, write the PNG or SVG; the path written, or None."""
    settings = window.workspace.settings
    dialog = ImageExportDialog(load_image_choice(settings), window.window())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    save_image_choice(settings, choice)
    suffix = f".{choice.format}"
    name_filter = QCoreApplication.translate("Export", IMAGE_FORMATS[choice.format])
    out = _target(window, QCoreApplication.translate("Export", "Export Image"), suffix, name_filter)
    if out is None:
        return None
    from canvas_editor.export.unprintable import describe, find
    from canvas_editor.scene.image_export import export_png, export_svg

    export = export_png if choice.format == "png" else export_svg

    def write() -> str | None:
        export(window.controller.canvas, out, choice.options())
        return describe(find(window.controller.canvas))

    return _write(window, out, write, (SaveError, ImageOptionsError))
