"""The window at a laptop's 1366 x 768 and a projector's 1024 x 600, outline or find bar open.

At each size the whole sheet is in view, every toolbar button is on the toolbar (none
pushed into its overflow menu), the query field has room to type, and no text in the
window is cut (tests/clipped_text.py); with the desktop's font and with a larger one.
The outline's note rows are left out: they show each note's first words in the
panel's width by design, the whole text in their tooltip.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar

from canvas_editor.scene.geometry import SHEET_RECT
from canvas_editor.storage.templates import load_template
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.outline_model import NOTE_ID_ROLE
from canvas_editor.ui.search_bar import FIELD_MIN_CHARS
from tests.clipped_text import cut_texts, text_scale
from tests.window_helpers import focused_board_window

SIZES = [pytest.param((1366, 768), id="1366x768"), pytest.param((1024, 600), id="1024x600")]
PANELS = ["outline", "find", "outline+find"]
FONTS = [pytest.param(1.0, id="font100"), pytest.param(1.5, id="font150")]


@pytest.fixture(params=FONTS)
def window(request: pytest.FixtureRequest, qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with (
        text_scale(request.param),
        focused_board_window(qtbot, tmp_path / "settings.ini", load_template("amazon")) as win,
    ):
        yield win


def open_panels(window: MainWindow, panels: str, size: tuple[int, int], qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    if "outline" in panels:
        window.menu_actions.outline.trigger()
        dock = window.outline_dock  # slides in
        qtbot.waitUntil(lambda: dock.isVisible() and dock.width() >= dock.sizeHint().width())
    if "find" in panels:
        window.view.setFocus()
        QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.search_bar.field.hasFocus())
    QTest.qWait(20)  # the layout settles (the find bar folds its filters on resize)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("panels", PANELS)
def test_everything_fits_and_stays_usable(  # type: ignore[no-untyped-def]
    window: MainWindow, size: tuple[int, int], panels: str, qtbot
) -> None:
    open_panels(window, panels, size, qtbot)
    assert window.minimumSizeHint().width() <= size[0] and window.minimumSizeHint().height() <= size[1]
    assert window.size().width() == size[0] and window.size().height() == size[1]

    view = window.view
    sheet = view.mapFromScene(SHEET_RECT).boundingRect()
    assert view.viewport().rect().contains(sheet), f"the sheet {sheet} is not all in {view.viewport().rect()}"
    assert sheet.width() > view.viewport().width() * 0.6 or sheet.height() > view.viewport().height() * 0.6

    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert toolbar is not None and toolbar.isVisible()
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is None or action.isSeparator():
            continue
        assert button.isVisible(), action.text()
        assert QRect(0, 0, toolbar.width(), toolbar.height()).contains(button.geometry()), action.text()

    if "find" in panels:
        bar = window.search_bar
        field = bar.field
        assert field.width() >= field.fontMetrics().averageCharWidth() * FIELD_MIN_CHARS
        boxes_shown = all(box.isVisible() for box in bar.filter_boxes())
        assert boxes_shown != bar.filters_button.isVisible()  # the filters, or the button with them

    assert cut_texts(window, skip_items=lambda index: index.data(NOTE_ID_ROLE) is not None) == []
