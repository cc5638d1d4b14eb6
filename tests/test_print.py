"""File > Print... as a user meets it: the Print dialog on the tests' own CUPS (its
cups-pdf queue, tests/cups_server.py), Save as PDF, and the message when nothing can
print. What reaches the queue is the PDF export's page for the chosen paper."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QMessageBox

from canvas_editor.export.pdf import PdfOptions, render, render_pdf
from canvas_editor.ui import export_dialog
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.print_dialog import PrintDialog
from tests.cups_server import CupsServer, cups_server
from tests.dialog_answers import answer_next_dialog, click
from tests.window_helpers import amazon_window

__all__ = ["cups_server"]  # the fixture, used by name


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    with amazon_window(tmp_path / "settings.ini") as win:
        yield win


def choose(dialog: PrintDialog, page_size: str, portrait: bool) -> None:
    dialog.page_size.setCurrentText(page_size)
    dialog.orientation.setCurrentIndex(1 if portrait else 0)


def test_print_sends_the_pdf_export_of_the_chosen_paper(window: MainWindow, cups_server: CupsServer) -> None:
    seen: list[PrintDialog] = []

    def fill(dialog: PrintDialog) -> None:
        seen.append(dialog)
        choose(dialog, "A3", portrait=True)
        preview = dialog.preview.pixmap()
        assert not preview.isNull() and preview.height() > preview.width()  # the portrait page
        click(dialog.print_button)

    spooled = cups_server.spooled()
    answer_next_dialog(PrintDialog, fill)
    window.menu_actions.print.trigger()
    assert seen
    job = cups_server.wait_for_new(spooled, "spool")
    assert job.read_bytes() == render_pdf(window.controller.canvas, PdfOptions("A3", portrait=True))
    assert window.statusBar().currentMessage() == f"Printed 1 page on {cups_server.queue}"


def test_the_next_print_starts_where_the_last_ended(window: MainWindow, cups_server: CupsServer) -> None:
    starts: list[tuple[str, int, str]] = []

    def fill(dialog: PrintDialog) -> None:
        printer = dialog.printer.currentData()
        starts.append((dialog.page_size.currentText(), dialog.orientation.currentIndex(), printer))
        choose(dialog, "A3", portrait=True)
        if len(starts) == 1:
            click(dialog.print_button)
        else:
            dialog.reject()

    answer_next_dialog(PrintDialog, fill)
    window.menu_actions.print.trigger()
    # The PDF export's choice is its own: printing does not change it, nor it printing.
    assert export_dialog.load_pdf_choice(window.workspace.settings).page_size == "A4"
    answer_next_dialog(PrintDialog, fill)
    window.menu_actions.print.trigger()
    assert starts == [("A4", 0, cups_server.queue), ("A3", 1, cups_server.queue)]


def shown_spin_boxes(dialog: PrintDialog) -> list[QAbstractSpinBox]:
    return [spin for spin in dialog.findChildren(QAbstractSpinBox) if spin.isVisibleTo(dialog)]


def test_one_page_shows_no_page_range(window: MainWindow, cups_server: CupsServer) -> None:
    def fill(dialog: PrintDialog) -> None:
        assert shown_spin_boxes(dialog) == [dialog.copies]  # copies, and no "from page ... to page"
        assert dialog.pages.text() == "1 page"
        dialog.reject()

    answer = answer_next_dialog(PrintDialog, fill)
    window.menu_actions.print.trigger()
    assert answer.answered


def test_save_as_pdf_writes_the_same_page_and_says_saved(
    window: MainWindow, cups_server: CupsServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(export_dialog, "ask_export_path", lambda *args: str(out))

    def fill(dialog: PrintDialog) -> None:
        choose(dialog, "A4", portrait=False)
        click(dialog.pdf_button)

    before = cups_server.spooled()
    answer_next_dialog(PrintDialog, fill)
    window.menu_actions.print.trigger()
    assert out.read_bytes() == render_pdf(window.controller.canvas, PdfOptions("A4"))
    message = window.statusBar().currentMessage()
    assert message.startswith("Saved to ") and message.endswith("printed.pdf")
    assert cups_server.spooled() == before  # nothing went to the printer


@pytest.mark.parametrize("how", ["stopped", "not installed"])
def test_without_a_print_system_the_pdf_export_is_offered(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, how: str
) -> None:
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cupsd.sock"))
    if how == "not installed":
        monkeypatch.setenv("PATH", str(tmp_path))
    exported: list[object] = []
    monkeypatch.setattr(export_dialog, "export_pdf_from_window", lambda win: exported.append(win) or tmp_path)
    texts: list[str] = []

    def answer(box: QMessageBox) -> None:
        texts.append(box.text())
        (export,) = [b for b in box.buttons() if b.text() == "Export PDF..."]
        click(export)

    answer_next_dialog(QMessageBox, answer)
    window.menu_actions.print.trigger()
    (text,) = texts
    assert "print system" in text and text.endswith("export a PDF instead?")
    assert exported == [window]


def tiles_on_a4(dialog: PrintDialog) -> None:
    choose(dialog, "A2", portrait=False)
    dialog.tiling.tile.setChecked(True)
    dialog.tiling.tile_paper.setCurrentText("A4")


def test_a_poster_prints_as_its_tiles_and_a_range_of_them(
    window: MainWindow, cups_server: CupsServer
) -> None:
    canvas = window.controller.canvas
    expected = render(canvas, PdfOptions("A2", tile="A4"))
    assert expected.grid is not None
    rows, cols = expected.grid.rows, expected.grid.cols
    seen: list[str] = []

    def fill(dialog: PrintDialog) -> None:
        assert not dialog.page_range.isVisibleTo(dialog)  # the A4 page first
        tiles_on_a4(dialog)
        # The preview lays the tiles out as they join: a landscape picture of portrait sheets.
        preview = dialog.preview.pixmap()
        assert preview.width() > preview.height()
        seen.append(dialog.pages.text())
        assert dialog.page_range.isVisibleTo(dialog)
        assert shown_spin_boxes(dialog) == [dialog.copies, dialog.page_range.first, dialog.page_range.last]
        click(dialog.page_range.some)
        dialog.page_range.first.setValue(2)
        dialog.page_range.last.setValue(3)
        click(dialog.print_button)

    spooled, printed = cups_server.spooled(), cups_server.outputs()
    answer_next_dialog(PrintDialog, fill)
    window.menu_actions.print.trigger()
    assert seen == [f"{expected.pages} pages: the poster in {rows} rows of {cols} sheets"]
    # The queue gets the export's poster; CUPS prints the range of it.
    assert cups_server.wait_for_new(spooled, "spool").read_bytes() == expected.data
    out = cups_server.wait_for_new(printed)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, check=True, text=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.MULTILINE), info
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True, text=True).stdout
    for page in (2, 3):
        row, col = divmod(page - 1, cols)
        assert f"Row {row + 1} of {rows}, column {col + 1} of {cols}" in text
    assert f"Row 1 of {rows}, column 1 of" not in text
    assert window.statusBar().currentMessage() == f"Printed 2 pages on {cups_server.queue}"


def test_the_tiles_and_the_range_are_remembered(window: MainWindow, cups_server: CupsServer) -> None:
    starts: list[tuple[str | None, tuple[int, int] | None]] = []

    def fill(dialog: PrintDialog) -> None:
        starts.append((dialog.tiling.choice(), dialog.page_range.choice()))
        if len(starts) == 1:
            tiles_on_a4(dialog)
            click(dialog.page_range.some)
            dialog.page_range.first.setValue(1)
            dialog.page_range.last.setValue(2)
            click(dialog.print_button)
        else:
            dialog.reject()

    for _ in range(2):
        answer_next_dialog(PrintDialog, fill)
        window.menu_actions.print.trigger()
    assert starts == [(None, None), ("A4", (1, 2))]
    # The PDF export keeps its own: no tiles.
    assert export_dialog.load_pdf_choice(window.workspace.settings).tile is None
