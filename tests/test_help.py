"""Help > Keyboard Shortcuts (built from the keys themselves) and Help > About."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from canvas_editor import __version__
from canvas_editor.controller import DocumentController
from canvas_editor.model.layout import ATTRIBUTION
from canvas_editor.scene import board_keys
from canvas_editor.scene.board_keys import BOARD_KEYS, BoardKey
from canvas_editor.scene.board_view import BoardView
from canvas_editor.ui import window_commands
from canvas_editor.ui.about import ICON_SIZE
from canvas_editor.ui.icons import app_icon
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.outline_keys import OUTLINE_EDITOR_KEYS, OUTLINE_KEYS
from canvas_editor.ui.shortcuts_sheet import ShortcutsSheet
from tests.window_helpers import amazon_window, window_actions

NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    with amazon_window(tmp_path / "settings.ini") as win:
        yield win


def open_sheet(window: MainWindow) -> ShortcutsSheet:
    window.menu_actions.shortcuts.trigger()
    sheet = window.findChild(ShortcutsSheet)
    assert sheet is not None and sheet.isVisible()
    return sheet


def keys_for(sheet: ShortcutsSheet, description: str) -> list[str]:
    return [keys for keys, what in sheet.rows() if what.startswith(description)]


def test_the_sheet_lists_menu_and_board_keys(window: MainWindow) -> None:
    sheet = open_sheet(window)
    assert "Ctrl+Z" in keys_for(sheet, "Undo")[0].split(", ")
    assert "Ctrl+P" in keys_for(sheet, "Print")[0]
    assert "Ctrl+F" in keys_for(sheet, "Find")[0].split(", ")
    assert "F2" in keys_for(sheet, "Edit the selected note")[0]
    assert "N" in keys_for(sheet, "Add a note")[0].split(", ")
    assert keys_for(sheet, "Choose the block") == ["1 to 9"]
    assert keys_for(sheet, "Finish editing the note")[0].startswith("Esc")
    shown = " ".join(keys for keys, _ in sheet.rows())
    # Every shortcut of every action in the window's menus is on the sheet, Find
    # (Ctrl+F) and whatever else other menus add included.
    for action in window_actions(window):
        for seq in action.shortcuts():
            name = seq.toString(NATIVE)
            if name and seq[0].key() < Qt.Key.Key_Back:
                assert name in shown, action.text()


def test_a_key_changed_in_the_table_changes_the_menu_and_the_sheet(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changed = tuple(
        c._replace(keys=("Ctrl+Shift+U",)) if c.name == "duplicate" else c for c in window_commands.COMMANDS
    )
    monkeypatch.setattr(window_commands, "COMMANDS", changed)
    with amazon_window(tmp_path / "settings.ini") as window:
        assert [k.toString() for k in window.menu_actions.duplicate.shortcuts()] == ["Ctrl+Shift+U"]
        sheet = open_sheet(window)
        assert keys_for(sheet, "Duplicate")[0] == "Ctrl+Shift+U"
        # The board's own Ctrl+D still duplicates, so the board's section still lists it.
        assert "Ctrl+D" in keys_for(sheet, "Duplicate the selected notes")


def test_the_sheet_names_undo_plainly_after_an_edit(window: MainWindow) -> None:
    """The undo action's own text names the last edit; the sheet names the command."""
    window.menu_actions.select_all.trigger()
    window.menu_actions.delete.trigger()
    assert window.menu_actions.undo.text() != "&Undo"
    sheet = open_sheet(window)
    assert "Ctrl+Z" in keys_for(sheet, "Undo")[0].split(", ")
    assert next(what for _keys, what in sheet.rows() if what.startswith("Undo")) == "Undo"


def test_the_sheet_follows_the_board_key_table(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    changed = tuple(
        entry._replace(combos=((Qt.Key.Key_F4, board_keys.NONE),)) if entry.command == "edit" else entry
        for entry in BOARD_KEYS
    )
    monkeypatch.setattr("canvas_editor.ui.shortcuts_sheet.BOARD_KEYS", changed)
    sheet = open_sheet(window)
    assert keys_for(sheet, "Edit the selected note") == ["F4"]


def section_rows(sheet: ShortcutsSheet, title: str) -> list[tuple[str, str]]:
    """The rows under a section title, up to the next title."""
    rows = sheet.rows()
    start = rows.index((title, "")) + 1
    end = next((i for i in range(start, len(rows)) if rows[i][1] == ""), len(rows))
    return rows[start:end]


def test_the_sheet_lists_the_outline_keys_in_their_own_section(window: MainWindow) -> None:
    sheet = open_sheet(window)
    outline = {what: keys for keys, what in section_rows(sheet, "Outline")}
    insert = QKeySequence(Qt.Key.Key_Insert).toString(NATIVE)
    assert outline["Add a note to the current block and type in it"] == insert
    assert outline["Edit the text of the current note"] == "F2"
    assert {e.description for e in OUTLINE_KEYS} == set(outline)
    editing = {what: keys for keys, what in section_rows(sheet, "Outline, while editing a note")}
    assert {e.description for e in OUTLINE_EDITOR_KEYS} == set(editing)
    assert editing["Cancel, leaving the text as it was"].startswith("Esc")
    shift_enter = QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Return).toString(NATIVE)
    assert shift_enter in editing["Start a new line"].split(", ")


def test_the_sheet_follows_the_outline_key_table(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    changed = tuple(
        entry._replace(combos=((Qt.Key.Key_F4, board_keys.NONE),)) if entry.command == "add_note" else entry
        for entry in OUTLINE_KEYS
    )
    monkeypatch.setattr("canvas_editor.ui.shortcuts_sheet.OUTLINE_KEYS", changed)
    sheet = open_sheet(window)
    assert keys_for(sheet, "Add a note to the current block") == ["F4"]


def press(view: BoardView, key: int, mods: Qt.KeyboardModifier) -> bool:
    event = QKeyEvent(QEvent.Type.KeyPress, key, mods)
    event.setAccepted(False)
    QApplication.sendEvent(view, event)
    return event.isAccepted()


@pytest.mark.parametrize("entry", [e for e in BOARD_KEYS if e.combos], ids=lambda e: e.command)
def test_every_declared_board_key_is_handled_by_the_board(entry: BoardKey, qtbot: object) -> None:
    controller = DocumentController()
    view = BoardView(controller)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    for key, mods in entry.combos:
        view.board_scene.finish_edit()  # N opens an editor, which would take the next keys
        matched = board_keys.match(QKeyEvent(QEvent.Type.KeyPress, key, mods))
        assert matched is not None and matched.command in {entry.command} | {
            e.command for e in BOARD_KEYS[: BOARD_KEYS.index(entry)]
        }
        assert press(view, key, mods), (entry.command, key, mods)


def test_a_key_without_a_board_command_is_caught_when_the_board_starts(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = BoardKey("teleport", "Nowhere", combos=((Qt.Key.Key_T, board_keys.NONE),))
    monkeypatch.setattr(board_keys, "BOARD_KEYS", (*BOARD_KEYS, extra))
    with pytest.raises(RuntimeError, match="teleport"):
        BoardView(DocumentController())


def test_an_undeclared_key_is_not_taken_by_the_board(qtbot: object) -> None:
    view = BoardView(DocumentController())
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    assert not press(view, Qt.Key.Key_Q, Qt.KeyboardModifier.NoModifier)


def test_about_names_versions_licences_and_the_attribution(window: MainWindow) -> None:
    texts: list[str] = []
    pictures: list[QImage] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, read_and_close)
            return
        assert isinstance(dialog, QMessageBox)
        texts.append(dialog.text())
        pictures.append(dialog.iconPixmap().toImage())
        dialog.accept()

    QTimer.singleShot(0, read_and_close)
    window.menu_actions.about.trigger()
    (about,) = texts
    (picture,) = pictures
    assert picture == app_icon().pixmap(ICON_SIZE).toImage()  # the editor's icon, not a stock one
    assert __version__ in about and ATTRIBUTION in about
    for library, licence in (
        ("PySide6", "LGPL"),
        ("pydantic", "MIT"),
        ("reportlab", "BSD"),
        ("platformdirs", "MIT"),
    ):
        line = next(line for line in about.splitlines() if library in line)
        assert licence in line
    assert "SIL Open Font License" in about
