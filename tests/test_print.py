"""File > Print...: the system dialog is replaced by one that prints to a PDF file."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from canvas_editor.export.page_sizes import PAPER_SIZES
from canvas_editor.ui import print_canvas
from canvas_editor.ui.export_dialog import PdfChoice, save_pdf_choice
from canvas_editor.ui.main_window import MainWindow
from tests.window_helpers import amazon_window, record_errors


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    with amazon_window(tmp_path / "settings.ini") as win:
        yield win


def print_into(monkeypatch: pytest.MonkeyPatch, out: Path | None) -> list[QPrinter]:
    """The print dialog, as if the user chose "Print to File" (None: Cancel)."""
    asked: list[QPrinter] = []

    def dialog(printer: QPrinter, parent: QWidget | None) -> bool:
        asked.append(printer)
        if out is None:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(print_canvas, "ask_print_setup", dialog)
    return asked


def test_print_produces_one_page_of_the_last_export_paper(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_pdf_choice(window.workspace.settings, PdfChoice("A3", portrait=False))
    out = tmp_path / "printed.pdf"
    asked = print_into(monkeypatch, out)
    window.menu_actions.print.trigger()
    (printer,) = asked
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    w, h = PAPER_SIZES["A3"].oriented(portrait=False)
    assert (round(float(box.width)), round(float(box.height))) == (round(w), round(h))
    text = " ".join(reader.pages[0].extract_text().split())
    assert window.controller.canvas.notes[0].text.split()[0] in text
    assert "Strategyzer" in text  # the attribution is on every printed page


def test_print_portrait_and_the_shortcut(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_pdf_choice(window.workspace.settings, PdfChoice("A4", portrait=True))
    out = tmp_path / "portrait.pdf"
    print_into(monkeypatch, out)
    assert "Ctrl+P" in {k.toString() for k in window.menu_actions.print.shortcuts()}
    window.menu_actions.print.trigger()
    box = PdfReader(io.BytesIO(out.read_bytes())).pages[0].mediabox
    assert float(box.width) < float(box.height)


def test_cancelling_the_print_dialog_prints_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked = print_into(monkeypatch, None)
    window.menu_actions.print.trigger()
    assert len(asked) == 1
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_printer_that_cannot_start_is_reported(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    errors = record_errors(monkeypatch)
    print_into(monkeypatch, tmp_path / "no-such-folder" / "x.pdf")
    window.menu_actions.print.trigger()
    assert len(errors) == 1 and "x.pdf" in errors[0]
