"""The status bar: the note count (and selection) and the zoom, following the board."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from canvas_editor.model.blocks import BlockId
from canvas_editor.storage.templates import load_template
from canvas_editor.ui.main_window import MainWindow
from tests.window_helpers import amazon_window


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    with amazon_window(tmp_path / "settings.ini") as win:
        win.show()
        qtbot.waitExposed(win)  # type: ignore[attr-defined]
        yield win


def label(window: MainWindow, name: str) -> QLabel:
    found = window.statusBar().findChild(QLabel, name)
    assert found is not None and found.isVisible()
    return found


def test_the_note_count_follows_adding_selecting_and_undo(window: MainWindow, qtbot: object) -> None:
    notes = label(window, "status_notes")
    count = len(load_template("amazon").notes)
    assert notes.text() == f"{count} notes"
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_N)  # type: ignore[attr-defined]
    qtbot.keyClicks(window.view, "Pop-up shop")  # type: ignore[attr-defined]
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: notes.text().startswith(f"{count + 1} notes"))  # type: ignore[attr-defined]
    window.menu_actions.select_all.trigger()
    qtbot.waitUntil(lambda: notes.text() == f"{count + 1} notes, {count + 1} selected")  # type: ignore[attr-defined]
    window.menu_actions.delete.trigger()
    qtbot.waitUntil(lambda: notes.text() == "0 notes")  # type: ignore[attr-defined]
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: notes.text().startswith(f"{count + 1} notes"))  # type: ignore[attr-defined]


def test_one_note_is_singular(window: MainWindow, qtbot: object) -> None:
    notes = label(window, "status_notes")
    window.menu_actions.select_all.trigger()
    window.menu_actions.delete.trigger()
    window.controller.add_note(BlockId.VALUE_PROPOSITIONS, text="Only one")
    qtbot.waitUntil(lambda: notes.text() == "1 note")  # type: ignore[attr-defined]


def test_the_zoom_follows_the_view(window: MainWindow, qtbot: object) -> None:
    zoom = label(window, "status_zoom")
    assert zoom.text() == f"Zoom {window.view.zoom() * 100:.0f}%"
    before = zoom.text()
    window.menu_actions.zoom_in.trigger()
    assert zoom.text() != before
    assert zoom.text() == f"Zoom {window.view.zoom() * 100:.0f}%"
