"""The editor as assistive technology meets it, read through Qt's accessibility interface
(what the platform bridge hands a screen reader): the board's name follows the picked
block and the note the keyboard is on, actions are announced, menus are named cleanly
and open from the keyboard on their first entry, F6 and Tab move between panes.

tests/test_accessibility_atspi.py reads the same through a real AT-SPI bus.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QAction, QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMenu, QWidget

from canvas_editor import i18n
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.ui import language
from canvas_editor.ui.main_window import MainWindow
from tests.board_gestures import make_board, press, type_text
from tests.window_helpers import focused_board_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
Name = QAccessible.Text.Name
Description = QAccessible.Text.Description


def sellers_canvas() -> Canvas:
    """Two notes in Key Partners (reading order: b above a), one in Channels."""
    return Canvas(
        title="Marketplace",
        designed_for="Retail team",
        iteration="3",
        segments=[Segment(id="s1", name="Sellers and partners", color="#FFCC80")],
        notes=[
            Note(id="a", block=BlockId.KEY_PARTNERS, text="Logistics\nfirms", y=0.6),
            Note(
                id="b",
                block=BlockId.KEY_PARTNERS,
                text="Third-party sellers widen the range",
                segment="s1",
                votes=2,
                tags=("supply",),
                y=0.1,
            ),
            Note(id="c", block=BlockId.CHANNELS, text="Web shop", y=0.2),
        ],
    )


def spoken(widget: QWidget, text: QAccessible.Text = Name) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return str(iface.text(text))


def wait_spoken(qtbot, widget: QWidget, expected: str) -> None:  # type: ignore[no-untyped-def]
    """Until the widget's accessible name is `expected` (the board speaks once per turn)."""
    qtbot.waitUntil(lambda: spoken(widget) == expected, timeout=2000)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with focused_board_window(qtbot, tmp_path / "settings.ini", sellers_canvas()) as win:
        yield win


def last_said(window: MainWindow) -> QLabel:
    label = window.statusBar().findChild(QLabel, "status_said")
    assert label is not None
    return label


def while_menu_open(owner: QWidget, check: Callable[[QMenu], None]) -> list[str]:
    """Runs `check` on the popup menu a key on `owner` opens, then closes it; returns
    failures (the watch ends with `owner`)."""
    problems: list[str] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            problems.append(f"no menu is open ({menu!r})")
            return
        try:
            check(menu)
        except AssertionError as exc:
            problems.append(str(exc) or "check failed")
        finally:
            menu.close()

    QTimer.singleShot(100, owner, look)
    return problems


def first_entry_is_current(menu: QMenu) -> None:
    first = next(a for a in menu.actions() if a.isEnabled() and not a.isSeparator())
    assert menu.activeAction() is first, f"current entry {menu.activeAction()!r}, not {first.text()!r}"
    iface = QAccessible.queryAccessibleInterface(menu)
    assert iface is not None
    entries = [iface.child(i) for i in range(iface.childCount())]
    focused = [e.text(Name) for e in entries if e.state().focused]
    assert focused == [first.text().replace("&", "")], focused


# ---- the board's name -------------------------------------------------------------------


def test_the_board_is_named_by_the_canvas_title_and_describes_its_header(qtbot) -> None:  # type: ignore[no-untyped-def]
    _c, view = make_board(qtbot, sellers_canvas())
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert spoken(view) == "Canvas board: Marketplace"
    assert spoken(view, Description).startswith("Designed for Retail team, iteration 3. Keys 1 to 9")


def test_picking_a_block_names_it_with_its_notes_and_place(qtbot) -> None:  # type: ignore[no-untyped-def]
    _c, view = make_board(qtbot, sellers_canvas())
    press(view, Qt.Key.Key_1)
    wait_spoken(qtbot, view, "Key Partners, 2 notes, block 1 of 9")
    assert spoken(view, Description).startswith("Who are the partners")
    press(view, Qt.Key.Key_6)
    wait_spoken(qtbot, view, "Channels, 1 note, block 6 of 9")
    press(view, Qt.Key.Key_Escape)
    wait_spoken(qtbot, view, "Canvas board: Marketplace")


def test_arrow_keys_walk_the_notes_in_reading_order_naming_each(qtbot) -> None:  # type: ignore[no-untyped-def]
    c, view = make_board(qtbot, sellers_canvas())
    scene = view.board_scene
    press(view, Qt.Key.Key_Down)
    wait_spoken(
        qtbot,
        view,
        "Third-party sellers widen the range, note 1 of 2 in Key Partners, "
        "segment Sellers and partners, 2 votes",
    )
    assert scene.selected_note_ids() == ["b"]
    assert spoken(view, Description) == "colour yellow; tags supply"
    press(view, Qt.Key.Key_Right)
    wait_spoken(qtbot, view, "Logistics firms, note 2 of 2 in Key Partners")
    press(view, Qt.Key.Key_Down)
    wait_spoken(qtbot, view, "Web shop, note 1 of 1 in Channels")
    press(view, Qt.Key.Key_Up)
    wait_spoken(qtbot, view, "Logistics firms, note 2 of 2 in Key Partners")
    assert scene.selected_note_ids() == ["a"]
    assert [(n.x, n.y) for n in c.canvas.notes] == [(n.x, n.y) for n in sellers_canvas().notes]


def test_a_picked_block_is_where_the_arrow_keys_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    _c, view = make_board(qtbot, sellers_canvas())
    press(view, Qt.Key.Key_6)
    press(view, Qt.Key.Key_Down)
    wait_spoken(qtbot, view, "Web shop, note 1 of 1 in Channels")
    assert view.board_scene.chosen_block is None  # N now adds beside the note


def test_selecting_several_notes_names_how_many(qtbot) -> None:  # type: ignore[no-untyped-def]
    _c, view = make_board(qtbot, sellers_canvas())
    press(view, Qt.Key.Key_A, CTRL)
    wait_spoken(qtbot, view, "3 notes selected")


def test_ctrl_arrow_moves_the_note_and_a_plain_arrow_does_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    c, view = make_board(qtbot, sellers_canvas())
    press(view, Qt.Key.Key_Down)
    before = c.note("b")
    press(view, Qt.Key.Key_Right)
    press(view, Qt.Key.Key_Left)
    assert c.note("b") == before and view.board_scene.selected_note_ids() == ["b"]
    press(view, Qt.Key.Key_Right, CTRL)
    assert c.note("b").x > before.x
    assert view.board_scene.selected_note_ids() == ["b"]


def test_the_title_follows_the_canvas_details(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "Untitled[*] (Marketplace) - Canvas Editor"
    window.controller.set_header(title="Market  place 2")
    assert window.windowTitle() == "Untitled[*] (Market place 2) - Canvas Editor"
    wait_spoken(qtbot, window.view, "Canvas board: Market place 2")


# ---- announcements ----------------------------------------------------------------------


def test_adding_moving_deleting_and_undoing_are_announced(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view, said = window.view, last_said(window)
    press(view, Qt.Key.Key_3)
    press(view, Qt.Key.Key_N)
    wait_spoken(qtbot, said, "Note added to Key Resources")
    type_text(view, "Warehouses")
    press(view, Qt.Key.Key_Escape)

    press(view, Qt.Key.Key_Up)  # from the new note back to the one before it in reading order
    wait_spoken(qtbot, view, "Logistics firms, note 2 of 2 in Key Partners")

    def choose_channels(menu: QMenu) -> None:
        move = menu.findChild(QMenu, "move-menu")
        assert move is not None
        [to_channels] = [a for a in move.actions() if a.objectName() == "move:channels"]
        to_channels.trigger()

    problems = while_menu_open(view, choose_channels)
    press(view, Qt.Key.Key_F10, SHIFT)
    assert problems == []
    wait_spoken(qtbot, said, "\u201cLogistics firms\u201d moved to Channels")

    press(view, Qt.Key.Key_Delete)
    wait_spoken(qtbot, said, "\u201cLogistics firms\u201d deleted")
    press(view, Qt.Key.Key_Z, CTRL)
    wait_spoken(qtbot, said, "Undone: Delete note")
    press(view, Qt.Key.Key_Z, CTRL | SHIFT)
    wait_spoken(qtbot, said, "Redone: Delete note")


def test_the_end_of_the_board_is_announced(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    press(window.view, Qt.Key.Key_Up)
    wait_spoken(qtbot, window.view, "Web shop, note 1 of 1 in Channels")
    press(window.view, Qt.Key.Key_Down)
    wait_spoken(qtbot, last_said(window), "Last note")


# ---- menus --------------------------------------------------------------------------------


def test_menu_entries_are_named_without_their_keys(window: MainWindow) -> None:
    names: dict[str, str] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        iface = QAccessible.queryAccessibleInterface(menu)
        assert iface is not None
        for i in range(iface.childCount()):
            child = iface.child(i)
            names[child.text(Name)] = child.text(QAccessible.Text.Accelerator)
    assert [name for name in names if "\t" in name] == []
    assert names["Add Note"] == "N"
    assert names["Next Pane"] == "F6"


def test_the_key_beside_add_note_stays_with_the_board(window: MainWindow) -> None:
    before = len(window.controller.canvas.notes)
    press(window.view, Qt.Key.Key_N)
    assert len(window.controller.canvas.notes) == before + 1
    type_text(window.view, "n")
    assert window.controller.canvas.notes[-1].text == "n"


def test_shift_f10_opens_the_board_menu_on_its_first_entry(window: MainWindow) -> None:
    press(window.view, Qt.Key.Key_Down)
    problems = while_menu_open(window.view, first_entry_is_current)
    press(window.view, Qt.Key.Key_F10, SHIFT)
    assert problems == []


def test_the_menu_key_opens_the_block_menu_on_its_first_entry(window: MainWindow) -> None:
    press(window.view, Qt.Key.Key_4)
    problems = while_menu_open(window.view, first_entry_is_current)
    # What the platform sends for the Menu key.
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), window.view.mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(window.view, event)
    assert problems == []


def test_shift_f10_opens_the_outline_menu_on_its_first_entry(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.menu_actions.outline.trigger()
    tree = window.outline_dock.panel.tree
    qtbot.waitUntil(tree.hasFocus)
    window.outline_dock.panel.select_in_tree(["c"])
    problems = while_menu_open(tree, first_entry_is_current)
    QTest.keyClick(tree, Qt.Key.Key_F10, SHIFT)
    assert problems == []


# ---- the outline ---------------------------------------------------------------------------


def test_the_outline_segment_cell_is_named_by_the_segment(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.menu_actions.outline.trigger()
    tree = window.outline_dock.panel.tree
    qtbot.waitUntil(tree.isVisible)
    iface = QAccessible.queryAccessibleInterface(tree)
    assert iface is not None
    names = [iface.child(i).text(Name) for i in range(iface.childCount())]
    after = {names[i]: names[i + 1] for i in range(len(names) - 1)}
    assert after["Third-party sellers widen the range"] == "Sellers and partners"
    assert after["Web shop"] == "No segment"


# ---- panes ----------------------------------------------------------------------------------


def test_f6_and_tab_move_between_board_outline_and_find_bar(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.menu_actions.outline.trigger()
    window.show_search()
    tree, field = window.outline_dock.panel.tree, window.search_bar.field
    qtbot.waitUntil(field.hasFocus)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)

    visited = []
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.append(QApplication.focusWidget())
    assert visited == [tree, field, window.view]
    QTest.keyClick(window.view, Qt.Key.Key_F6, SHIFT)
    assert QApplication.focusWidget() is field

    window.view.setFocus()
    seen = set()
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    assert {window.view, tree, field} <= seen
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is not window.view


def test_f6_visits_the_open_panels_and_skips_the_closed(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    docks = {
        "segment_legend": window.findChild(QDockWidget, "segment_legend_dock"),
        "snapshots_panel": window.snapshots.snapshots_dock,
        "presentation_order": window.workshop.order_dock,
        "brainstorm_panel": window.facilitation.brainstorm_dock,
        "voting_panel": window.facilitation.voting_dock,
    }
    for name, dock in docks.items():
        assert isinstance(dock, QDockWidget), name
        action = window.findChild(QAction, name)
        assert isinstance(action, QAction), name
        action.trigger()
        qtbot.waitUntil(dock.isVisible)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)

    def pane_of_focus() -> QWidget | None:
        focus = QApplication.focusWidget()
        while focus is not None and focus is not window.view and focus not in docks.values():
            focus = focus.parentWidget()
        return focus

    visited = []
    for _ in range(len(docks) + 1):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.append(pane_of_focus())
    assert visited == [*docks.values(), window.view]
    QTest.keyClick(window.view, Qt.Key.Key_F6, SHIFT)
    assert pane_of_focus() is docks["voting_panel"]
    focus = QApplication.focusWidget()
    assert focus is not None and focus.focusPolicy() & Qt.FocusPolicy.TabFocus  # a field, not the panel

    docks["presentation_order"].hide()
    window.view.setFocus()
    visited = []
    for _ in range(len(docks)):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.append(pane_of_focus())
    assert docks["presentation_order"] not in visited
    assert visited[-1] is window.view


# ---- what must not be said ----------------------------------------------------------------


def test_a_face_down_note_is_named_by_its_author_never_by_its_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = sellers_canvas()
    secret = Note(
        id="f",
        block=BlockId.CHANNELS,
        text="Secret pricing idea",
        description="Undercut the rivals",
        tags=("pricing",),
        hidden=True,
        author="Mina",
        y=0.6,
    )
    canvas = Canvas(title=canvas.title, notes=[*canvas.notes, secret], segments=canvas.segments)
    c, view = make_board(qtbot, canvas)
    heard: list[str] = []
    view.accessibility.announced.connect(heard.append)
    press(view, Qt.Key.Key_Up)  # the last note of the board: the face-down one
    wait_spoken(qtbot, view, "Face-down note by Mina, note 2 of 2 in Channels")
    assert spoken(view, Description) == "colour yellow"
    press(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(heard), timeout=2000)
    assert heard == ["Face-down note by Mina deleted"]
    c.undo_stack.undo()
    press(view, Qt.Key.Key_A, CTRL)
    qtbot.wait(50)
    everything = " ".join([*heard, spoken(view), spoken(view, Description)])
    for word in ("Secret", "pricing", "Undercut"):
        assert word not in everything


def test_while_presenting_the_arrows_walk_only_the_notes_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    _c, view = make_board(qtbot, sellers_canvas())
    heard: list[str] = []
    view.accessibility.announced.connect(heard.append)
    view.board_scene.show_only({"c"})  # a presentation has revealed only the web shop
    press(view, Qt.Key.Key_Down)
    wait_spoken(qtbot, view, "Web shop, note 1 of 1 in Channels")
    press(view, Qt.Key.Key_Down)
    press(view, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: heard[-2:] == ["Last note", "First note"], timeout=2000)
    assert view.board_scene.selected_note_ids() == ["c"]


# ---- in the window's language ---------------------------------------------------------------


@pytest.fixture
def korean(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The window's language is Korean for the test (the catalogue compiled when stale)."""
    catalogues = Path(__file__).resolve().parent.parent / "resources" / "translations"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in catalogues.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    app = QCoreApplication.instance()
    assert app is not None
    language.language_switch(app).apply("ko")
    yield
    language.language_switch(app).apply(i18n.SOURCE_LANGUAGE)


def test_the_board_speaks_the_window_language(window: MainWindow, korean: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    wait_spoken(qtbot, view, "캔버스 보드: Marketplace")
    assert spoken(view, Description).startswith("대상 Retail team, 반복 차수 3. 1~9 키로 블록을 고르고")
    press(view, Qt.Key.Key_Down)
    wait_spoken(
        qtbot,
        view,
        "Third-party sellers widen the range, Key Partners의 노트 2개 중 1번째, "
        "세그먼트 Sellers and partners, 2표",
    )
    press(view, Qt.Key.Key_Delete)
    wait_spoken(qtbot, last_said(window), "삭제됨: \u201cThird-party sellers widen the range\u201d")
    press(view, Qt.Key.Key_Z, CTRL)
    wait_spoken(qtbot, last_said(window), "실행 취소됨: 노트 삭제")
    name = window.findChild(QAction, "next_pane")
    assert isinstance(name, QAction) and name.text() == "다음 영역(&X)"


def test_voting_and_face_down_answers_speak_the_window_language(korean: None, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    canvas = sellers_canvas()
    secret = Note(id="f", block=BlockId.CHANNELS, text="Secret", hidden=True, author="Mina", y=0.6)
    canvas = Canvas(
        title=canvas.title, notes=[*canvas.notes, secret], segments=canvas.segments, vote_budget=1
    )
    with focused_board_window(qtbot, tmp_path / "settings.ini", canvas) as window:
        view = window.view
        status = window.statusBar().currentMessage
        press(view, Qt.Key.Key_V)
        assert (
            status() == "투표 모드 시작: Return 키로 현재 노트에 점을 주고, Shift+Return 키로 하나 되돌립니다"
        )
        press(view, Qt.Key.Key_Down)
        press(view, Qt.Key.Key_Return)
        assert status() == "\u201cThird-party sellers widen the range\u201d: 3표, 점 0개 남음"
        press(view, Qt.Key.Key_Return)
        assert (
            status()
            == "이름 없는 투표자: 점 1개를 모두 썼습니다. 하나를 되돌리거나 다음 투표자의 이름을 적으세요"
        )
        for _ in range(3):
            press(view, Qt.Key.Key_Down)  # to the last note of the board: Mina's face-down one
        press(view, Qt.Key.Key_Delete)
        assert status() == "이름 없는 투표자: 이 노트에 되돌릴 점이 없습니다"
        press(view, Qt.Key.Key_Return)
        assert status() == "뒤집힌 노트입니다. 투표하기 전에 공개하세요"
        press(view, Qt.Key.Key_Escape)  # leaves voting mode and the selection
        press(view, Qt.Key.Key_Up)  # from the end: the last note again
        press(view, Qt.Key.Key_Return)  # out of voting mode, Return would edit it
        assert status() == "뒤집힌 노트입니다. 노트를 공개하면 내용이 보입니다"

        window.menu_actions.outline.trigger()
        tree = window.outline_dock.panel.tree
        qtbot.waitUntil(tree.isVisible)
        iface = QAccessible.queryAccessibleInterface(tree)
        assert iface is not None
        names = {iface.child(i).text(Name) for i in range(iface.childCount())}
        assert "Mina의 뒤집힌 노트" in names
        model = tree.model()
        rows = [model.index(r, 0, model.index(0, 0)).data() for r in range(model.rowCount(model.index(0, 0)))]
        assert "Third-party sellers widen the range  (3표)" in rows
