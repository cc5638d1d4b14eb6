"""What the editor remembers between sessions: Open Recent, window geometry, toolbar state."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QToolBar

from canvas_editor.storage.save import save_canvas
from canvas_editor.storage.templates import load_template
from canvas_editor.ui.recent_files import MAX_RECENT
from canvas_editor.ui.workspace import Workspace
from tests.window_helpers import ini_settings, open_workspace, record_errors


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def make_workspace(settings_file: Path) -> Workspace:
    return Workspace(ini_settings(settings_file))


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return record_errors(monkeypatch)


@pytest.fixture
def workspace(qtbot: object, settings_file: Path, errors: list[str]) -> object:
    with open_workspace(settings_file) as ws:
        yield ws


def canvases(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"canvas-{i}.bmc"
        save_canvas(dataclasses.replace(load_template("blank"), title=f"Canvas {i}"), path)
        paths.append(path)
    return paths


def recent_menu_entries(workspace: Workspace) -> list[tuple[str, bool]]:
    """The Open Recent submenu as the user sees it when it opens: (text, enabled)."""
    menu = workspace.windows[0].menu_actions.recent_menu
    menu.aboutToShow.emit()
    return [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]


# ----- Open Recent --------------------------------------------------------------------


def test_recent_files_are_most_recent_first_without_duplicates(workspace: Workspace, tmp_path: Path) -> None:
    a, b, c = canvases(tmp_path / "docs", 3)
    workspace.open_paths([a])
    workspace.open_paths([b, c])
    workspace.open_paths([a])  # already open: still moves to the top
    assert workspace.recent.paths() == [str(a), str(c), str(b)]
    assert recent_menu_entries(workspace) == [
        ("&1 canvas-0.bmc", True),
        ("&2 canvas-2.bmc", True),
        ("&3 canvas-1.bmc", True),
        ("&Clear Menu", True),
    ]


def test_recent_files_survive_a_restart(settings_file: Path, tmp_path: Path, qtbot: object) -> None:
    a, b = canvases(tmp_path / "docs", 2)
    first = make_workspace(settings_file)
    first.open_paths([a, b])
    first.quit()
    second = make_workspace(settings_file)
    assert second.recent.paths() == [str(b), str(a)]


def test_recent_files_keep_the_last_ten(workspace: Workspace, tmp_path: Path) -> None:
    paths = canvases(tmp_path / "docs", MAX_RECENT + 2)
    for path in paths:
        workspace.open_paths([path])
    assert workspace.recent.paths() == [str(p) for p in reversed(paths)][:MAX_RECENT]


def test_missing_files_are_pruned_from_the_menu(
    workspace: Workspace, tmp_path: Path, settings_file: Path
) -> None:
    a, b = canvases(tmp_path / "docs", 2)
    workspace.open_paths([a, b])
    b.unlink()
    assert [text for text, _ in recent_menu_entries(workspace)] == ["&1 canvas-0.bmc", "&Clear Menu"]
    assert make_workspace(settings_file).recent.paths() == [str(a)]


def test_choosing_a_recent_file_opens_it_and_a_vanished_one_says_why(
    workspace: Workspace, tmp_path: Path, errors: list[str]
) -> None:
    a, b = canvases(tmp_path / "docs", 2)
    workspace.open_paths([a, b])
    for window in list(workspace.windows):
        window.close()
    blank = workspace.new_document()
    menu = blank.menu_actions.recent_menu
    menu.aboutToShow.emit()
    by_text = {action.text(): action for action in menu.actions()}
    by_text["&2 canvas-0.bmc"].trigger()
    assert blank.path == a  # the untouched blank window was reused
    b.unlink()  # gone after the menu was built
    by_text["&1 canvas-1.bmc"].trigger()
    assert errors == [
        "Could not open canvas-1.bmc. The file does not exist: it may have been moved, renamed or deleted."
    ]
    assert errors.details == [f"{b}: no such file"]
    assert workspace.recent.paths() == [str(a)]


def test_clear_menu_empties_the_list(workspace: Workspace, tmp_path: Path) -> None:
    workspace.open_paths(canvases(tmp_path / "docs", 2))
    menu = workspace.windows[0].menu_actions.recent_menu
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text() == "&Clear Menu").trigger()
    assert workspace.recent.paths() == []
    assert recent_menu_entries(workspace) == [("No Recent Files", False), ("&Clear Menu", False)]


def test_ampersands_in_file_names_are_shown_not_taken_as_mnemonics(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "R&D.bmc"
    save_canvas(load_template("blank"), path)
    workspace.open_paths([path])
    assert recent_menu_entries(workspace)[0] == ("&1 R&&D.bmc", True)


# ----- window geometry and toolbar state ------------------------------------------------


def test_window_size_and_toolbar_state_are_restored(settings_file: Path, qtbot: object) -> None:
    first = make_workspace(settings_file)
    window = first.new_document()
    assert window is not None
    window.resize(620, 430)  # the offscreen screen is 800 x 600
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert toolbar is not None
    toolbar.hide()
    window.close()

    second = make_workspace(settings_file)
    again = second.new_document()
    assert again is not None
    try:
        assert (again.width(), again.height()) == (620, 430)
        assert not again.findChild(QToolBar, "main_toolbar").isVisible()
    finally:
        again.close()


def test_a_second_window_is_offset_from_the_first(workspace: Workspace) -> None:
    first = workspace.new_document()
    second = workspace.new_document()
    assert first is not None and second is not None
    assert second.size() == first.size()
    assert second.pos() != first.pos()
