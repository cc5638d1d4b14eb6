"""File > Export > PDF... and Image... from a window: the dialogs, the files, the remembered choice."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from canvas_editor.export.page_sizes import PAPER_SIZES
from canvas_editor.ui import export_dialog, file_dialogs
from canvas_editor.ui.export_dialog import ImageChoice, ImageExportDialog, PdfChoice, PdfExportDialog
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.workspace import Workspace
from tests.window_helpers import amazon_window, answer_modal, ini_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def window(qtbot: object, settings_file: Path) -> Iterator[MainWindow]:
    with amazon_window(settings_file) as win:
        yield win


@pytest.fixture
def export_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[str | None], list[str]]:
    """Answer the file chooser with a name in tmp_path (None: cancel); returns the suggestions."""

    def answer(name: str | None) -> list[str]:
        suggested: list[str] = []

        def ask(parent: object, title: str, suggestion: str, name_filter: str) -> str | None:
            suggested.append(suggestion)
            return None if name is None else str(tmp_path / name)

        monkeypatch.setattr(export_dialog, "ask_export_path", ask)
        return suggested

    return answer


def choose_pdf(page: str, portrait: bool, tile: str | None = None, appendix: bool = False) -> list[PdfChoice]:
    """Fill in the PDF dialog as a user would and press Export; returns what it showed first."""
    shown: list[PdfChoice] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PdfExportDialog)
        shown.append(dialog.choice())
        dialog.page_size.setCurrentText(page)
        dialog.orientation.setCurrentIndex(1 if portrait else 0)
        dialog.tile.setChecked(tile is not None)
        if tile is not None:
            dialog.tile_paper.setCurrentText(tile)
        dialog.appendix.setChecked(appendix)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_modal(fill)
    return shown


def page_size(reader: PdfReader, index: int = 0) -> tuple[int, int]:
    box = reader.pages[index].mediabox
    return round(float(box.width)), round(float(box.height))


def paper(name: str, portrait: bool) -> tuple[int, int]:
    w, h = PAPER_SIZES[name].oriented(portrait)
    return round(w), round(h)


def test_export_pdf_writes_the_chosen_page_and_remembers_it(
    window: MainWindow, export_to: Callable[[str | None], list[str]], tmp_path: Path, settings_file: Path
) -> None:
    suggested = export_to("plan.pdf")
    first = choose_pdf("A3", portrait=True)
    window.menu_actions.export_pdf.trigger()
    assert first == [PdfChoice()]  # A4 landscape the first time
    assert Path(suggested[0]).name == "Amazon.pdf"  # named after the canvas
    reader = PdfReader(io.BytesIO((tmp_path / "plan.pdf").read_bytes()))
    assert page_size(reader) == paper("A3", portrait=True)
    first_note = window.controller.canvas.notes[0].text.split()[0]
    assert first_note in reader.pages[0].extract_text()

    # The next export starts from the last choice, also in a later session.
    again = Workspace(ini_settings(settings_file))
    assert export_dialog.load_pdf_choice(again.settings) == PdfChoice("A3", portrait=True)
    shown: list[PdfChoice] = []

    def read_and_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, PdfExportDialog)
        shown.append(dialog.choice())
        dialog.reject()

    answer_modal(read_and_cancel)
    window.menu_actions.export_pdf.trigger()
    assert shown == [PdfChoice("A3", portrait=True)]


def test_export_pdf_tiles_a_poster_with_an_appendix(
    window: MainWindow, export_to: Callable[[str | None], list[str]], tmp_path: Path
) -> None:
    export_to("poster.pdf")
    choose_pdf("A2", portrait=False, tile="A4", appendix=True)
    window.menu_actions.export_pdf.trigger()
    reader = PdfReader(io.BytesIO((tmp_path / "poster.pdf").read_bytes()))
    assert len(reader.pages) > 4
    assert page_size(reader) in (paper("A4", portrait=False), paper("A4", portrait=True))
    assert "Row 1 of" in reader.pages[0].extract_text()
    assert export_dialog.load_pdf_choice(window.workspace.settings) == PdfChoice("A2", False, "A4", True)


def test_tiling_offers_only_smaller_papers(qtbot: object) -> None:
    dialog = PdfExportDialog(PdfChoice("Letter"))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert not dialog.tile.isEnabled()  # nothing smaller than Letter to tile it with
    dialog.page_size.setCurrentText("A4")
    assert [dialog.tile_paper.itemText(i) for i in range(dialog.tile_paper.count())] == ["Letter"]
    dialog.page_size.setCurrentText("A1")
    assert dialog.tile.isEnabled()
    offered = [dialog.tile_paper.itemText(i) for i in range(dialog.tile_paper.count())]
    assert "A4" in offered and "A3" in offered and "A1" not in offered and "A0" not in offered


def test_cancelling_the_file_chooser_writes_nothing(
    window: MainWindow, export_to: Callable[[str | None], list[str]], tmp_path: Path
) -> None:
    export_to(None)
    choose_pdf("A4", portrait=False)
    window.menu_actions.export_pdf.trigger()
    assert not list(tmp_path.glob("*.pdf"))


def test_an_export_that_cannot_be_written_says_why(
    window: MainWindow,
    export_to: Callable[[str | None], list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(file_dialogs, "show_error", lambda parent, title, message: errors.append(message))
    export_to("missing-folder/plan.pdf")
    choose_pdf("A4", portrait=False)
    window.menu_actions.export_pdf.trigger()
    assert len(errors) == 1 and "does not exist" in errors[0]


def choose_image(fmt: str, page: str, dpi: int) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ImageExportDialog)
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.page_size.setCurrentText(page)
        dialog.orientation.setCurrentIndex(0)
        dialog.dpi.setValue(dpi)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_modal(fill)


def test_export_image_writes_png_and_svg(
    window: MainWindow, export_to: Callable[[str | None], list[str]], tmp_path: Path
) -> None:
    export_to("board.png")
    choose_image("png", "A3", 30)
    window.menu_actions.export_image.trigger()
    image = QImage(str(tmp_path / "board.png"))
    assert image.size().toTuple() == (496, 351)  # 420 x 297 mm at 30 dpi
    assert export_dialog.load_image_choice(window.workspace.settings) == ImageChoice("png", "A3", False, 30)

    export_to("board")  # a bare name gets the format's suffix
    choose_image("svg", "A4", 30)
    window.menu_actions.export_image.trigger()
    root = ET.parse(tmp_path / "board.svg").getroot()
    texts = " ".join(e.text or "" for e in root.iter("{http://www.w3.org/2000/svg}text"))
    assert window.controller.canvas.notes[0].text.split()[0] in texts


def test_the_image_dialog_shows_the_pixel_size_and_refuses_too_large_an_image(qtbot: object) -> None:
    dialog = ImageExportDialog(ImageChoice("png", "A3", False, 300))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert "4961 \u00d7 3508" in dialog.size_label.text() and ok.isEnabled()
    dialog.page_size.setCurrentText("A0")
    dialog.dpi.setValue(1200)
    assert not ok.isEnabled() and "too large" in dialog.size_label.text()
    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    assert ok.isEnabled() and not dialog.dpi.isEnabled()  # a drawing has no resolution


def test_unreadable_remembered_choices_fall_back_to_the_defaults(settings_file: Path) -> None:
    settings = ini_settings(settings_file)
    settings.setValue("export/pdf/page_size", "B5")
    settings.setValue("export/pdf/tile", "A0")
    settings.setValue("export/image/dpi", "lots")
    settings.setValue("export/image/format", "gif")
    assert export_dialog.load_pdf_choice(settings) == PdfChoice()
    assert export_dialog.load_image_choice(settings) == ImageChoice()
