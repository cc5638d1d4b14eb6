"""Set-up shared by the tests that drive whole document windows through a Workspace.

Each test gets its own settings in an ini file under tmp_path (never the user's), and
every window is marked saved and closed afterwards so no "unsaved changes" question
blocks the next test. Fixtures stay in the test modules (their dependencies differ);
they build on these context managers, e.g.

    @pytest.fixture
    def window(qtbot, tmp_path):
        with amazon_window(tmp_path / "settings.ini") as win:
            yield win
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from canvas_editor.model.document import Canvas
from canvas_editor.storage.save import save_canvas
from canvas_editor.storage.templates import load_template
from canvas_editor.ui import file_dialogs
from canvas_editor.ui.instance_lock import InstanceLock
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.search_bar import SearchBar
from canvas_editor.ui.workspace import Workspace


def ini_settings(path: Path) -> QSettings:
    """Settings kept in an ini file at `path`, as a test's stand-in for the user's."""
    return QSettings(str(path), QSettings.Format.IniFormat)


def close_all_windows(workspace: Workspace) -> None:
    """Close every window of `workspace` without asking about unsaved changes."""
    for window in list(workspace.windows):
        window.controller.mark_saved()
        window.close()


@contextmanager
def open_workspace(settings_file: Path, recovery: InstanceLock | None = None) -> Iterator[Workspace]:
    """A workspace on ini settings at `settings_file`; its windows are closed on exit."""
    workspace = Workspace(ini_settings(settings_file), recovery=recovery)
    try:
        yield workspace
    finally:
        close_all_windows(workspace)


@contextmanager
def amazon_window(settings_file: Path) -> Iterator[MainWindow]:
    """A window holding the amazon template, in a workspace of its own."""
    with open_workspace(settings_file) as workspace:
        window = workspace.new_document(template="amazon")
        assert window is not None
        yield window


@contextmanager
def focused_board_window(qtbot, settings_file: Path, canvas: Canvas) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A shown window holding `canvas` (untitled), its board focused, in a workspace of its own."""
    with open_workspace(settings_file) as workspace:
        window = workspace.new_document()
        assert window is not None
        window.load_document(canvas, None)
        qtbot.waitExposed(window)
        window.activateWindow()
        window.view.setFocus()
        qtbot.waitUntil(window.view.hasFocus)
        yield window


def open_find(window: MainWindow, qtbot) -> SearchBar:  # type: ignore[no-untyped-def]
    """Ctrl+F on the board, as a user opens the find bar; returns it once it has the focus."""
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.search_bar
    qtbot.waitUntil(bar.field.hasFocus)
    return bar


def saved_amazon(path: Path) -> Path:
    """The amazon template saved as a file at `path` (its folder is made); returns `path`."""
    path.parent.mkdir()
    save_canvas(load_template("amazon"), path)
    return path


class ShownErrors(list[str]):
    """The messages error boxes would have shown, in order; `details` holds what each
    one keeps under Show Details ("" when nothing)."""

    def __init__(self) -> None:
        super().__init__()
        self.details: list[str] = []

    def show(self, parent: object, title: str, message: str, details: str = "") -> None:
        self.append(message)
        self.details.append(details)


def record_errors(monkeypatch: pytest.MonkeyPatch) -> ShownErrors:
    """Replace the error message box by a list that collects the messages it would show."""
    shown = ShownErrors()
    monkeypatch.setattr(file_dialogs, "show_error", shown.show)
    return shown


def answer_modal(action: Callable[[QDialog], None]) -> list[QDialog]:
    """Run `action` on the next modal dialog once it is showing (it should close it).

    Returns the list the dialog is added to once it has been seen.
    """
    seen: list[QDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(dialog)
            action(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def window_actions(window: MainWindow) -> list[QAction]:
    """Every action of the window: its menus' in menu order (submenus included), then
    any other it or one of its children holds (the toolbar's, the undo stack's ...)."""
    seen: set[int] = set()
    ordered: list[QAction] = []

    def visit(actions: list[QAction]) -> None:
        for action in actions:
            if id(action) in seen or action.isSeparator():
                continue
            seen.add(id(action))
            menu = action.menu()
            if isinstance(menu, QMenu):
                visit(menu.actions())
            else:
                ordered.append(action)

    visit(window.menuBar().actions())
    visit(window.actions())
    visit(window.findChildren(QAction))
    return ordered
