"""View > Present, driven through the window's keys: notes appear one at a time in the
canvas's presentation order, a clicker's Page Up / Page Down step too, and Escape
returns to the editor as it was. The document never changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QToolBar
from pytestqt.qtbot import QtBot

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.scene.geometry import SHEET_RECT, block_rect
from canvas_editor.storage.save import canvas_to_bytes
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.shortcuts_sheet import ShortcutsSheet
from tests.board_gestures import block_point, double_click
from tests.dense_boards import dense_canvas, grab
from tests.window_helpers import focused_board_window, ini_settings, open_workspace

B = BlockId
K = Qt.Key


def workshop_canvas(order: list[BlockId] | None = None) -> Canvas:
    """Six notes in four blocks; two of them side by side, the right one a little higher."""
    return Canvas(
        title="Bakery",
        notes=[
            Note(id="cost-right", block=B.COST_STRUCTURE, text="Flour", x=0.6, y=0.3),
            Note(id="partner", block=B.KEY_PARTNERS, text="Mill", x=0.1, y=0.2),
            Note(id="seg-low", block=B.CUSTOMER_SEGMENTS, text="Cafés", x=0.1, y=0.6),
            Note(id="value", block=B.VALUE_PROPOSITIONS, text="Fresh bread", x=0.2, y=0.2),
            Note(id="seg-top", block=B.CUSTOMER_SEGMENTS, text="Commuters", x=0.1, y=0.1),
            Note(id="cost-left", block=B.COST_STRUCTURE, text="Staff", x=0.1, y=0.32),
        ],
        presentation_order=order or [],
    )


# Customer segments, value propositions, ... key partners, cost structure.
TOLD_ORDER = ["seg-top", "seg-low", "value", "partner", "cost-left", "cost-right"]
STORED = [B.COST_STRUCTURE, B.KEY_PARTNERS]
STORED_ORDER = ["cost-left", "cost-right", "partner", "seg-top", "seg-low", "value"]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with focused_board_window(qtbot, tmp_path / "settings.ini", workshop_canvas(STORED)) as win:
        yield win


def shown(window: MainWindow) -> set[str]:
    """The notes the board shows."""
    scene = window.view.board_scene
    return {n.id for n in window.controller.canvas.notes if scene.note_item(n.id).isVisible()}  # type: ignore[union-attr]


def press(
    window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(window.view, key, modifiers)


def reveal_order(window: MainWindow, key: Qt.Key) -> list[str]:
    """Press `key` until no new note appears; the notes in the order they appeared."""
    order: list[str] = []
    before = shown(window)
    for _ in range(len(window.controller.canvas.notes) + 1):
        press(window, key)
        after = shown(window)
        order.extend(sorted(after - before))
        assert len(after - before) <= 1, "one note at a time"
        before = after
    return order


def progress(window: MainWindow) -> str:
    return window.workshop.presentation.progress.text()


def test_f5_presents_full_screen_without_chrome_and_no_note_yet(window: MainWindow) -> None:
    assert len(shown(window)) == 6
    press(window, K.Key_F5)
    assert window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not any(bar.isVisible() for bar in window.findChildren(QToolBar))
    assert shown(window) == set()
    assert progress(window) == "Cost Structure · 0 of 6"


def test_space_right_and_page_down_reveal_the_notes_in_the_stored_order(window: MainWindow) -> None:
    press(window, K.Key_F5)
    first_three = []
    for key in (K.Key_Space, K.Key_Right, K.Key_PageDown):
        before = shown(window)
        press(window, key)
        first_three.extend(shown(window) - before)
    assert first_three == STORED_ORDER[:3]
    assert reveal_order(window, K.Key_Space) == STORED_ORDER[3:]
    assert progress(window) == "Value Propositions · 6 of 6"


def test_without_a_stored_order_the_canvas_is_told_from_its_customers(qtbot: QtBot, tmp_path: Path) -> None:
    with focused_board_window(qtbot, tmp_path / "settings.ini", workshop_canvas()) as window:
        press(window, K.Key_F5)
        assert reveal_order(window, K.Key_Space) == TOLD_ORDER


def test_a_clickers_page_up_and_page_down_step_back_and_forth(window: MainWindow) -> None:
    press(window, K.Key_F5)
    for _ in range(3):
        press(window, K.Key_PageDown)
    assert shown(window) == set(STORED_ORDER[:3])
    press(window, K.Key_PageUp)
    assert shown(window) == set(STORED_ORDER[:2])
    press(window, K.Key_Left)
    assert shown(window) == set(STORED_ORDER[:1])
    assert progress(window) == "Cost Structure · 1 of 6"
    press(window, K.Key_PageUp)
    press(window, K.Key_PageUp)  # nothing left to hide
    assert shown(window) == set()


def test_home_and_end_go_to_the_start_and_reveal_everything(window: MainWindow) -> None:
    press(window, K.Key_F5)
    press(window, K.Key_End)
    assert shown(window) == set(STORED_ORDER)
    press(window, K.Key_Home)
    assert shown(window) == set()
    press(window, K.Key_Space)
    assert shown(window) == {STORED_ORDER[0]}


def test_each_step_is_announced_naming_the_note_and_a_new_block(window: MainWindow) -> None:
    heard: list[str] = []
    window.view.accessibility.announced.connect(heard.append)
    press(window, K.Key_F5)
    for _ in range(3):
        press(window, K.Key_Space)
    press(window, K.Key_Left)
    press(window, K.Key_End)
    press(window, K.Key_Space)  # nothing left to reveal
    assert heard == [
        "Cost Structure: Staff",
        "Flour",
        "Key Partners: Mill",
        "\u201cMill\u201d hidden",
        "6 of 6 notes shown",
        "6 of 6 notes shown",
    ]
    assert window.findChild(QLabel, "status_said").text() == "6 of 6 notes shown"  # type: ignore[union-attr]


def test_escape_returns_to_the_editor_as_it_was(window: MainWindow, qtbot: QtBot) -> None:
    press(window, K.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # zoomed in by hand
    press(window, K.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # outline
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    window.workshop.toolbar.hide()
    qtbot.wait(50)  # the outline builds its panel and takes its room
    zoom = window.view.zoom()
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    before = {
        "state": window.windowState(),
        "menu": window.menuBar().isVisible(),
        "status": window.statusBar().isVisible(),
        "outline": window.outline_dock.isVisible(),
        "bars": {bar.objectName(): bar.isVisible() for bar in window.findChildren(QToolBar)},
        "interactive": window.view.isInteractive(),
    }
    assert before["outline"] and not before["bars"]["timer_toolbar"] and before["bars"]["main_toolbar"]

    press(window, K.Key_F5)
    press(window, K.Key_Space)
    assert not window.outline_dock.isVisible() and not window.view.isInteractive()
    press(window, K.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())

    after = {
        "state": window.windowState(),
        "menu": window.menuBar().isVisible(),
        "status": window.statusBar().isVisible(),
        "outline": window.outline_dock.isVisible(),
        "bars": {bar.objectName(): bar.isVisible() for bar in window.findChildren(QToolBar)},
        "interactive": window.view.isInteractive(),
    }
    assert after == before
    assert shown(window) == set(STORED_ORDER)
    assert window.view.zoom() == pytest.approx(zoom)
    # The same point of the board in the middle, give or take a pixel of rounding.
    qtbot.waitUntil(
        lambda: (
            (window.view.mapFromScene(centre) - window.view.viewport().rect().center()).manhattanLength() <= 2
        )
    )


def test_a_maximised_window_is_maximised_again_after_presenting(window: MainWindow, qtbot: QtBot) -> None:
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    press(window, K.Key_F5)
    qtbot.waitUntil(window.isFullScreen)
    press(window, K.Key_Escape)
    qtbot.waitUntil(window.isMaximized)
    assert not window.isFullScreen()


def test_presenting_changes_nothing_in_the_document(window: MainWindow) -> None:
    saved = canvas_to_bytes(window.controller.canvas)
    press(window, K.Key_F5)
    for key in (K.Key_Space, K.Key_Space, K.Key_PageUp, K.Key_End, K.Key_Home):
        press(window, key)
    # Clicks and double-clicks on the board edit nothing while presenting.
    double_click(window.view, block_point(B.CHANNELS))
    press(window, K.Key_Escape)
    assert canvas_to_bytes(window.controller.canvas) == saved
    assert window.controller.undo_stack.count() == 0 and not window.is_modified()


def test_the_board_fills_the_screen_and_can_zoom_to_each_block(window: MainWindow) -> None:
    view = window.view
    window.workshop.actions["zoom_to_block"].setChecked(True)
    press(window, K.Key_F5)
    viewport = view.viewport().rect()
    assert viewport.contains(view.mapFromScene(SHEET_RECT).boundingRect().adjusted(1, 1, -1, -1))
    press(window, K.Key_Space)
    block = view.mapFromScene(block_rect(B.COST_STRUCTURE)).boundingRect()
    assert block.width() > 0.9 * viewport.width() or block.height() > 0.9 * viewport.height()
    assert viewport.contains(block.center())
    press(window, K.Key_Space)
    press(window, K.Key_Space)  # on to Key Partners
    partners = view.mapFromScene(block_rect(B.KEY_PARTNERS)).boundingRect()
    assert partners.width() > 0.9 * viewport.width() or partners.height() > 0.9 * viewport.height()


def test_without_the_zoom_option_the_whole_sheet_stays_in_view(window: MainWindow) -> None:
    window.workshop.actions["zoom_to_block"].trigger()  # on by default: now off
    press(window, K.Key_F5)
    press(window, K.Key_Space)
    sheet = window.view.mapFromScene(SHEET_RECT).boundingRect()
    assert window.view.viewport().rect().contains(sheet.adjusted(1, 1, -1, -1))


def test_the_zoom_option_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.ini"
    with open_workspace(settings_file) as workspace:
        window = workspace.new_document()
        assert window is not None and window.workshop.actions["zoom_to_block"].isChecked()
        window.workshop.actions["zoom_to_block"].trigger()
    assert ini_settings(settings_file).value("presentation/zoom_to_block") in (False, "false")
    with open_workspace(settings_file) as workspace:
        window = workspace.new_document()
        assert window is not None and not window.workshop.actions["zoom_to_block"].isChecked()


def test_present_again_starts_over_and_resume_goes_on(window: MainWindow) -> None:
    press(window, K.Key_F5)
    press(window, K.Key_Space)
    press(window, K.Key_Space)
    press(window, K.Key_F5)  # a clicker's "start" while presenting changes nothing
    assert shown(window) == set(STORED_ORDER[:2])
    press(window, K.Key_Escape)
    press(window, K.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert window.isFullScreen() and shown(window) == set(STORED_ORDER[:2])
    press(window, K.Key_Escape)
    press(window, K.Key_F5)
    assert shown(window) == set()


def test_a_note_added_while_presenting_waits_for_its_turn(window: MainWindow) -> None:
    press(window, K.Key_F5)
    press(window, K.Key_Space)
    # An edit from outside the board: a reload, or the outline.
    new = window.controller.add_note(B.COST_STRUCTURE, 0.3, 0.9, text="Rent")
    QTest.qWait(0)
    assert new not in shown(window)
    assert progress(window) == "Cost Structure · 1 of 7"
    assert reveal_order(window, K.Key_Space) == [*STORED_ORDER[1:2], new, *STORED_ORDER[2:]]


def test_the_progress_mark_speaks_the_canvas_language(qtbot: QtBot, tmp_path: Path) -> None:
    canvas = workshop_canvas()
    canvas.language = "ko"
    with focused_board_window(qtbot, tmp_path / "settings.ini", canvas) as window:
        press(window, K.Key_F5)
        press(window, K.Key_Space)
        assert progress(window) == "고객 세그먼트 · 6개 중 1"
        mark = window.workshop.presentation.progress
        assert mark.isVisible() and window.view.viewport().geometry().contains(mark.geometry())


def test_the_shortcut_sheet_lists_presenting_and_its_keys(window: MainWindow) -> None:
    window.menu_actions.shortcuts.trigger()
    sheet = window.findChild(ShortcutsSheet)
    assert sheet is not None
    rows = dict((what, keys) for keys, what in sheet.rows())
    assert rows["Present"] == "F5"
    assert rows["Resume Presentation"] == "Shift+F5"
    assert rows["Presentation Order"] == "Ctrl+Shift+P"
    assert rows["Reveal the next note"].split(", ") == ["Space", "Right", "PgDown"]
    assert rows["Hide the last note revealed"].split(", ") == ["Left", "PgUp"]
    assert rows["Leave, back to the editor as it was"] == "Esc"


def test_presenting_keys_leave_the_board_alone_once_presenting_is_over(window: MainWindow) -> None:
    """Space and the arrows are the board's again: Ctrl+arrow nudges the selected note,
    an arrow goes on to the next note."""
    press(window, K.Key_F5)
    press(window, K.Key_Escape)
    window.view.board_scene.select_notes(["partner"])
    x = window.controller.note("partner").x
    press(window, K.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.note("partner").x > x
    press(window, K.Key_Right)
    assert window.view.board_scene.selected_note_ids() not in ([], ["partner"])


def test_notes_hidden_again_uncover_the_notes_beneath(qtbot: QtBot, tmp_path: Path) -> None:
    """Stepping back hides notes: those they covered are painted again. The board skips
    painting notes wholly under others (scene/occlusion.py); each grab is compared with
    one that paints every note."""
    with focused_board_window(qtbot, tmp_path / "settings.ini", dense_canvas()) as window:
        window.workshop.actions["zoom_to_block"].setChecked(False)
        press(window, K.Key_F5)
        press(window, K.Key_End)
        view = window.view
        occlusion = view.board_scene.occlusion

        def grab_everything() -> QImage:
            occlusion.enabled = False
            try:
                return grab(view)
            finally:
                occlusion.enabled = True

        assert grab(view) == grab_everything()
        for key, times in ((K.Key_Left, 60), (K.Key_Right, 25), (K.Key_PageUp, 120)):
            for _ in range(times):
                press(window, key)
            assert grab(view) == grab_everything()


def test_a_window_closed_while_presenting_keeps_the_editors_layout(qtbot: QtBot, tmp_path: Path) -> None:
    """The layout a window saves on closing is the editor's, toolbars and all."""
    settings_file = tmp_path / "settings.ini"
    with open_workspace(settings_file) as workspace:
        window = workspace.new_document()
        assert window is not None
        qtbot.waitExposed(window)
        window.workshop.actions["present"].trigger()  # View > Present
        assert window.isFullScreen()
        window.close()
    with open_workspace(settings_file) as workspace:
        window = workspace.new_document()
        assert window is not None
        qtbot.waitExposed(window)
        assert not window.isFullScreen()
        bars = {bar.objectName(): bar.isVisible() for bar in window.findChildren(QToolBar)}
        assert bars == {"main_toolbar": True, "timer_toolbar": True}
