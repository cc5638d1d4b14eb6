"""View > Presentation Order: reordering blocks is one undoable edit, saved in the file,
and a presentation follows it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from canvas_editor.model.blocks import BlockId
from canvas_editor.ui import file_dialogs
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.presentation_order_panel import PresentationOrderPanel
from tests.test_presentation_window import shown, workshop_canvas
from tests.window_helpers import focused_board_window

B = BlockId
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
TOLD = [
    "Customer Segments",
    "Value Propositions",
    "Channels",
    "Customer Relationships",
    "Revenue Streams",
    "Key Resources",
    "Key Activities",
    "Key Partners",
    "Cost Structure",
]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with focused_board_window(qtbot, tmp_path / "settings.ini", workshop_canvas()) as win:
        yield win


def open_panel(window: MainWindow, qtbot: QtBot) -> PresentationOrderPanel:
    """Ctrl+Shift+P, as a user opens the panel; returns it once its list has the keyboard."""
    QTest.keyClick(window.view, K.Key_P, CTRL | SHIFT)
    panel = window.workshop.order_dock.panel
    qtbot.waitUntil(panel.list.hasFocus)
    qtbot.waitUntil(lambda: not panel.standard.rect().isEmpty())  # laid out, as a user sees it
    return panel


def listed(panel: PresentationOrderPanel) -> list[str]:
    """The block names as the list shows them, without their numbers and note counts."""
    rows = [panel.list.item(i).text() for i in range(panel.list.count())]
    return [row.split(". ", 1)[1].rsplit("  (", 1)[0] for row in rows]


def choose(panel: PresentationOrderPanel, name: str) -> None:
    panel.list.setCurrentRow(listed(panel).index(name))


def test_the_panel_lists_the_blocks_in_the_told_order_with_their_notes(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = open_panel(window, qtbot)
    assert window.workshop.order_dock.isVisible()
    assert listed(panel) == TOLD
    assert panel.list.item(0).text() == "1. Customer Segments  (2 notes)"
    assert panel.list.item(1).text() == "2. Value Propositions  (1 note)"


def test_moving_a_block_is_one_undoable_step(window: MainWindow, qtbot: QtBot) -> None:
    panel = open_panel(window, qtbot)
    choose(panel, "Cost Structure")
    QTest.keyClick(panel.list, K.Key_Up, ALT)
    QTest.keyClick(panel.list, K.Key_Up, ALT)
    expected = [*TOLD[:6], "Cost Structure", "Key Activities", "Key Partners"]
    assert listed(panel) == expected
    assert window.controller.canvas.presentation_order[6:] == [
        B.COST_STRUCTURE,
        B.KEY_ACTIVITIES,
        B.KEY_PARTNERS,
    ]
    assert window.is_modified()
    QTest.keyClick(panel.list, K.Key_Z, CTRL)
    assert listed(panel) == [*TOLD[:7], "Cost Structure", "Key Partners"]
    QTest.keyClick(panel.list, K.Key_Z, CTRL)
    assert listed(panel) == TOLD and window.controller.canvas.presentation_order == []
    assert not window.is_modified()
    QTest.keyClick(panel.list, K.Key_Z, CTRL | SHIFT)
    assert listed(panel) == [*TOLD[:7], "Cost Structure", "Key Partners"]


def test_the_buttons_move_the_chosen_block_and_stop_at_the_ends(window: MainWindow, qtbot: QtBot) -> None:
    panel = open_panel(window, qtbot)
    choose(panel, "Customer Segments")
    assert not panel.move_up.isEnabled() and panel.move_down.isEnabled()
    QTest.mouseClick(panel.move_down, Qt.MouseButton.LeftButton)
    assert listed(panel)[:2] == ["Value Propositions", "Customer Segments"]
    assert panel.list.currentItem().text().endswith("Customer Segments  (2 notes)")  # still chosen
    QTest.mouseClick(panel.move_up, Qt.MouseButton.LeftButton)
    assert listed(panel) == TOLD
    choose(panel, "Cost Structure")
    assert panel.move_up.isEnabled() and not panel.move_down.isEnabled()


def test_the_standard_order_button_forgets_the_stored_order(window: MainWindow, qtbot: QtBot) -> None:
    window.controller.set_presentation_order([B.KEY_PARTNERS])
    panel = open_panel(window, qtbot)
    assert listed(panel)[0] == "Key Partners"
    QTest.mouseClick(panel.standard, Qt.MouseButton.LeftButton)
    assert listed(panel) == TOLD and window.controller.canvas.presentation_order == []
    window.controller.undo_stack.undo()
    assert listed(panel)[0] == "Key Partners"


def test_the_order_is_saved_in_the_file_and_read_back(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = open_panel(window, qtbot)
    choose(panel, "Key Partners")
    QTest.mouseClick(panel.reveal_next, Qt.MouseButton.LeftButton)  # nothing presented: first
    path = tmp_path / "bakery.bmc"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *_args: str(path))
    QTest.keyClick(panel.list, K.Key_S, CTRL)
    assert not window.is_modified()
    stored = json.loads(path.read_text(encoding="utf-8"))["canvas"]["presentation_order"]
    assert stored == [
        "key_partners",
        "customer_segments",
        "value_propositions",
        "channels",
        "customer_relationships",
        "revenue_streams",
        "key_resources",
        "key_activities",
        "cost_structure",
    ]
    window.controller.undo_stack.undo()
    assert listed(panel)[0] == "Customer Segments"
    monkeypatch.setattr(file_dialogs, "ask_revert", lambda *_args: True)
    window.menu_actions.revert.trigger()  # File > Revert reads the file back
    assert listed(panel)[0] == "Key Partners"
    assert window.controller.canvas.presentation_order[0] == B.KEY_PARTNERS


def test_reveal_next_puts_the_block_after_the_one_being_presented(window: MainWindow, qtbot: QtBot) -> None:
    QTest.keyClick(window.view, K.Key_F5)
    for _ in range(3):  # both customer segments, then the value proposition
        QTest.keyClick(window.view, K.Key_Space)
    # The facilitator opens the panel without leaving the presentation.
    panel = open_panel(window, qtbot)
    assert window.isFullScreen()
    choose(panel, "Cost Structure")
    QTest.mouseClick(panel.reveal_next, Qt.MouseButton.LeftButton)
    assert listed(panel)[:3] == ["Customer Segments", "Value Propositions", "Cost Structure"]
    QTest.keyClick(panel.list, K.Key_P, CTRL | SHIFT)  # the panel closes, the board has the keys
    qtbot.waitUntil(window.view.hasFocus)
    before = shown(window)
    QTest.keyClick(window.view, K.Key_Space)
    assert shown(window) - before == {"cost-left"}
    QTest.keyClick(window.view, K.Key_Escape)
    assert not window.workshop.order_dock.isVisible()  # as it was before presenting


def test_a_paused_presentation_resumes_in_the_new_order(window: MainWindow, qtbot: QtBot) -> None:
    QTest.keyClick(window.view, K.Key_F5)
    QTest.keyClick(window.view, K.Key_Space)
    QTest.keyClick(window.view, K.Key_Escape)
    panel = open_panel(window, qtbot)
    choose(panel, "Key Partners")
    QTest.mouseClick(panel.reveal_next, Qt.MouseButton.LeftButton)
    window.view.setFocus()
    QTest.keyClick(window.view, K.Key_F5, SHIFT)
    assert shown(window) == {"seg-top"}
    # The rest of the block being presented comes first, then the block chosen.
    QTest.keyClick(window.view, K.Key_Space)
    assert shown(window) == {"seg-top", "seg-low"}
    QTest.keyClick(window.view, K.Key_Space)
    assert shown(window) == {"seg-top", "seg-low", "partner"}


def test_a_block_dropped_elsewhere_in_the_list_moves_there(window: MainWindow, qtbot: QtBot) -> None:
    """What a drag does to the list: Qt moves the row in the list's model on the drop. (The
    drag gesture itself needs a platform drag, which the offscreen platform lacks.)"""
    panel = open_panel(window, qtbot)
    model = panel.list.model()
    assert model.moveRow(QModelIndex(), 8, QModelIndex(), 0)  # Cost Structure to the top
    qtbot.waitUntil(lambda: window.controller.canvas.presentation_order[:1] == [B.COST_STRUCTURE])
    assert listed(panel) == ["Cost Structure", *TOLD[:8]]
    assert panel.list.item(0).text().startswith("1. Cost Structure")  # numbered afresh
    assert window.controller.undo_stack.count() == 1
