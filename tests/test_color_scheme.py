"""The window follows the desktop into its dark scheme and back; the board's sheet and
notes look exactly as before (as printed), only the desk around the sheet darkens.

Offscreen Qt has no desktop to ask, so the desktop's change arrives as the desktop's
own notification would: `QStyleHints.colorSchemeChanged`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from canvas_editor.app import configure_application
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.scene.desk import DARK_DESK, LIGHT_DESK
from canvas_editor.scene.geometry import SHEET_RECT
from canvas_editor.storage.templates import load_template
from canvas_editor.ui.main_window import MainWindow
from tests.window_helpers import focused_board_window


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[MainWindow]:
    configure_application(qapp)
    with focused_board_window(qtbot, tmp_path / "settings.ini", load_template("amazon")) as win:
        try:
            yield win
        finally:
            desktop_turns(qapp, Qt.ColorScheme.Light)


def desktop_turns(app: QApplication, scheme: Qt.ColorScheme) -> None:
    app.styleHints().colorSchemeChanged.emit(scheme)
    app.processEvents()


def board(window: MainWindow) -> tuple[QImage, QColor]:
    """The sheet as shown (a margin in from its edge), and the desk's colour in a corner."""
    view = window.view
    image = view.viewport().grab().toImage()
    sheet = view.mapFromScene(SHEET_RECT).boundingRect()
    assert not sheet.contains(0, 0)  # the fitted sheet leaves the desk showing
    return image.copy(sheet.adjusted(2, 2, -2, -2)), QColor(image.pixel(0, 0))


def test_dark_desktop_darkens_the_chrome_and_leaves_the_sheet_as_printed(
    window: MainWindow, qapp: QApplication
) -> None:
    light_sheet, light_desk = board(window)
    light_window = window.palette().color(QPalette.ColorRole.Window)
    assert light_desk.name().upper() == LIGHT_DESK

    desktop_turns(qapp, Qt.ColorScheme.Dark)
    dark_sheet, dark_desk = board(window)
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 64
    assert window.menuBar().palette().color(QPalette.ColorRole.WindowText).lightness() > 192
    assert dark_desk.name().upper() == DARK_DESK
    assert dark_sheet == light_sheet  # every pixel of the sheet and its notes

    desktop_turns(qapp, Qt.ColorScheme.Light)
    assert window.palette().color(QPalette.ColorRole.Window) == light_window
    assert board(window)[1].name().upper() == LIGHT_DESK


def high_contrast_dark() -> QPalette:
    """A dark high-contrast scheme: white text on black, yellow highlight."""
    palette = QPalette(QColor("black"))
    for role, colour in (
        (QPalette.ColorRole.Window, "black"),
        (QPalette.ColorRole.Base, "black"),
        (QPalette.ColorRole.WindowText, "white"),
        (QPalette.ColorRole.Text, "white"),
        (QPalette.ColorRole.ButtonText, "white"),
        (QPalette.ColorRole.Highlight, "yellow"),
        (QPalette.ColorRole.HighlightedText, "black"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def note_pixels(qtbot: QtBot) -> tuple[QImage, QColor]:
    """A board of one yellow note, as painted, and its paper colour."""
    from tests.board_gestures import make_board

    canvas = Canvas(notes=[Note(id="n", block=BlockId.CHANNELS, text="MMMM WWWW", color="#FFF59D")])
    _c, view = make_board(qtbot, canvas)
    item = view.board_scene.note_item("n")
    assert item is not None
    area = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return view.viewport().grab(area).toImage(), QColor("#FFF59D")


def test_notes_keep_their_dark_ink_in_a_dark_high_contrast_scheme(qtbot: QtBot, qapp: QApplication) -> None:
    as_printed, paper = note_pixels(qtbot)
    before = qapp.palette()
    qapp.setPalette(high_contrast_dark())
    try:
        in_high_contrast, _ = note_pixels(qtbot)
    finally:
        qapp.setPalette(before)
    assert in_high_contrast == as_printed  # the note never takes the scheme's white text
    image = in_high_contrast
    inks = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    darkest = min(inks, key=lambda c: c.lightnessF())
    assert contrast(darkest, paper) >= 7.0
