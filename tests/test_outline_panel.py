"""The outline panel: the canvas as a tree, in step with the board, editable by keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from board_gestures import click, note_center
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import (
    QAccessible,
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QInputMethodEvent,
    QKeyEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHBoxLayout, QPlainTextEdit, QWidget

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.scene import BoardView
from canvas_editor.scene.board_keys import BoardKey
from canvas_editor.ui import outline_keys
from canvas_editor.ui.outline_dock import OutlineDock
from canvas_editor.ui.outline_keys import OUTLINE_EDITOR_KEYS, OUTLINE_KEYS
from canvas_editor.ui.outline_panel import OutlinePanel

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def sample_canvas() -> Canvas:
    return Canvas(
        segments=[Segment(id="students", name="Students", color="#81D4FA")],
        notes=[
            Note(id="kp", block=BlockId.KEY_PARTNERS, text="Coffee roaster\nlocal", x=0.1, y=0.3),
            Note(id="ch2", block=BlockId.CHANNELS, text="Delivery app", x=0.1, y=0.6),
            Note(id="ch1", block=BlockId.CHANNELS, text="Café counter", x=0.5, y=0.2, segment="students"),
            Note(id="vp", block=BlockId.VALUE_PROPOSITIONS, text="한국 커피", description="Seoul beans"),
        ],
    )


class Board:
    """A board and its outline side by side, as in the window."""

    def __init__(self, qtbot, canvas: Canvas) -> None:  # type: ignore[no-untyped-def]
        self.controller = DocumentController(canvas)
        self.host = QWidget()
        qtbot.addWidget(self.host)
        self.view = BoardView(self.controller)
        self.panel = OutlinePanel(self.controller, self.view)
        layout = QHBoxLayout(self.host)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.view, 3)
        self.host.resize(1400, 800)
        self.host.show()
        qtbot.waitExposed(self.host)
        self.tree = self.panel.tree
        self.model = self.panel.model
        self.scene = self.view.board_scene

    def row_point(self, index: QModelIndex) -> QPoint:
        return self.tree.visualRect(index).center()

    def click_note_row(self, note_id: str, modifiers: Qt.KeyboardModifier = NONE) -> None:
        point = self.row_point(self.model.note_index(note_id))
        QTest.mouseClick(self.tree.viewport(), LEFT, modifiers, point)

    def rows_of(self, block: BlockId) -> list[str]:
        parent = self.model.block_index(block)
        return [str(self.model.index(r, 0, parent).data()) for r in range(self.model.rowCount(parent))]

    def focus_tree(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.host.activateWindow()
        self.tree.setFocus()
        qtbot.waitUntil(self.tree.hasFocus)


@pytest.fixture
def board(qtbot) -> Iterator[Board]:  # type: ignore[no-untyped-def]
    yield Board(qtbot, sample_canvas())


def test_the_tree_lists_the_nine_blocks_and_their_notes_in_reading_order(board: Board) -> None:
    model = board.model
    assert model.rowCount() == 9
    assert model.index(0, 0).data() == "Key Partners (1)"
    assert board.rows_of(BlockId.KEY_PARTNERS) == ["Coffee roaster"]  # the first line
    assert board.rows_of(BlockId.CHANNELS) == ["Café counter", "Delivery app"]  # top note first
    cafe = model.note_index("ch1")
    assert cafe.siblingAtColumn(1).data() == "Students"
    assert cafe.data(Qt.ItemDataRole.DecorationRole).name().upper() == "#FFF176"
    assert board.rows_of(BlockId.COST_STRUCTURE) == []


def test_selecting_in_the_tree_selects_on_the_board(board: Board, qtbot) -> None:  # type: ignore[no-untyped-def]
    board.click_note_row("ch2")
    assert board.scene.selected_note_ids() == ["ch2"]
    board.click_note_row("kp", Qt.KeyboardModifier.ControlModifier)
    assert set(board.scene.selected_note_ids()) == {"ch2", "kp"}


def test_selecting_on_the_board_selects_in_the_tree(board: Board, qtbot) -> None:  # type: ignore[no-untyped-def]
    click(board.view, note_center(board.view, "vp"))
    assert board.scene.selected_note_ids() == ["vp"]
    qtbot.waitUntil(lambda: board.panel.selected_note_ids() == ["vp"])
    assert board.tree.currentIndex() == board.model.note_index("vp")
    board.view.select_all()
    qtbot.waitUntil(lambda: len(board.panel.selected_note_ids()) == 4)


def test_keyboard_moves_through_the_tree_and_the_board_follows(board: Board, qtbot) -> None:  # type: ignore[no-untyped-def]
    board.focus_tree(qtbot)
    board.tree.setCurrentIndex(board.model.block_index(BlockId.KEY_PARTNERS))
    QTest.keyClick(board.tree, Qt.Key.Key_Down)
    assert board.scene.selected_note_ids() == ["kp"]
    QTest.keyClick(board.tree, Qt.Key.Key_Down)  # Key Activities, an empty block
    assert board.scene.selected_note_ids() == []
    assert board.scene.chosen_block == BlockId.KEY_ACTIVITIES
    for _ in range(3):  # Key Resources, Value Propositions, its note
        QTest.keyClick(board.tree, Qt.Key.Key_Down)
    assert board.scene.selected_note_ids() == ["vp"]


def test_editing_in_the_tree_is_one_undoable_step(board: Board, qtbot) -> None:  # type: ignore[no-untyped-def]
    c = board.controller
    board.click_note_row("ch2")
    board.focus_tree(qtbot)
    QTest.keyClick(board.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    assert editor.toPlainText() == "Delivery app"
    QTest.keyClicks(editor, "Bike")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    commit = QInputMethodEvent("", [])
    commit.setCommitString("배달")
    QApplication.sendEvent(editor, commit)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert c.note("ch2").text == "Bike\n배달"
    assert board.rows_of(BlockId.CHANNELS) == ["Café counter", "Bike"]
    assert c.undo_stack.count() == 1
    c.undo_stack.undo()
    assert c.note("ch2").text == "Delivery app"
    assert board.rows_of(BlockId.CHANNELS) == ["Café counter", "Delivery app"]
    # A second edit is a step of its own, not merged into the first.
    c.undo_stack.redo()
    board.panel.edit_note("ch2")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    QTest.keyClicks(editor, "Van")
    QTest.keyClick(editor, Qt.Key.Key_Enter)
    assert c.note("ch2").text == "Van"
    assert c.undo_stack.count() == 2


def test_escape_leaves_the_text_as_it_was(board: Board, qtbot) -> None:  # type: ignore[no-untyped-def]
    board.click_note_row("kp")
    board.focus_tree(qtbot)
    QTest.keyClick(board.tree, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    QTest.keyClicks(editor, "gone")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert board.controller.note("kp").text == "Coffee roaster\nlocal"
    assert board.controller.undo_stack.count() == 0


def test_insert_adds_a_note_to_the_current_block(board: Board, qtbot) -> None:  # type: ignore[no-untyped-def]
    c = board.controller
    board.focus_tree(qtbot)
    board.tree.setCurrentIndex(board.model.block_index(BlockId.COST_STRUCTURE))
    QTest.keyClick(board.tree, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    QTest.keyClicks(editor, "Rent")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert [n.text for n in c.canvas.notes_in(BlockId.COST_STRUCTURE)] == ["Rent"]
    assert board.rows_of(BlockId.COST_STRUCTURE) == ["Rent"]
    assert c.undo_stack.count() == 1  # adding and typing are one step
    c.undo_stack.undo()
    assert c.canvas.notes_in(BlockId.COST_STRUCTURE) == []
    # Left empty, a new note goes away and leaves no step behind.
    board.tree.setCurrentIndex(board.model.block_index(BlockId.COST_STRUCTURE))
    QTest.keyClick(board.tree, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert c.canvas.notes_in(BlockId.COST_STRUCTURE) == []
    assert board.rows_of(BlockId.COST_STRUCTURE) == []
    assert c.undo_stack.index() == 0


def drop_on(board: Board, target: QModelIndex) -> None:
    """What Qt delivers to the tree when the user drags its selection onto `target`."""
    mime = board.model.mimeData(board.tree.selectionModel().selectedIndexes())
    assert mime is not None
    viewport = board.tree.viewport()
    pos = board.row_point(target)
    move = Qt.DropAction.MoveAction
    QApplication.sendEvent(viewport, QDragEnterEvent(pos, move, mime, LEFT, NONE))
    over = QDragMoveEvent(pos, move, mime, LEFT, NONE)
    QApplication.sendEvent(viewport, over)
    assert over.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(pos.toPointF(), move, mime, LEFT, NONE, QEvent.Type.Drop))


def test_dragging_notes_onto_another_block_moves_them(board: Board) -> None:
    c = board.controller
    board.click_note_row("ch1")
    board.click_note_row("kp", Qt.KeyboardModifier.ControlModifier)
    drop_on(board, board.model.block_index(BlockId.REVENUE_STREAMS))
    moved = c.canvas.notes_in(BlockId.REVENUE_STREAMS)
    assert {n.id for n in moved} == {"ch1", "kp"}
    assert moved[0].x != moved[1].x or moved[0].y != moved[1].y  # each to a free spot
    assert set(board.rows_of(BlockId.REVENUE_STREAMS)) == {"Café counter", "Coffee roaster"}
    assert board.rows_of(BlockId.CHANNELS) == ["Delivery app"]
    assert set(board.panel.selected_note_ids()) == {"ch1", "kp"}  # the rows moved, still selected
    assert c.undo_stack.count() == 1
    c.undo_stack.undo()
    assert c.note("ch1").block == BlockId.CHANNELS and c.note("kp").block == BlockId.KEY_PARTNERS
    assert board.rows_of(BlockId.CHANNELS) == ["Café counter", "Delivery app"]


def test_dropping_on_a_note_moves_to_its_block(board: Board) -> None:
    board.click_note_row("vp")
    drop_on(board, board.model.note_index("ch2"))
    assert board.controller.note("vp").block == BlockId.CHANNELS
    assert board.rows_of(BlockId.VALUE_PROPOSITIONS) == []


def test_the_context_menu_moves_notes_without_a_mouse(board: Board) -> None:
    board.click_note_row("ch2")
    menu = board.panel.build_context_menu()
    here = menu.findChild(QAction, "outline-move:channels")
    assert here is not None and not here.isEnabled()
    target = menu.findChild(QAction, "outline-move:key_activities")
    assert target is not None
    target.trigger()
    assert board.controller.note("ch2").block == BlockId.KEY_ACTIVITIES
    assert board.panel.selected_note_ids() == ["ch2"]
    menu.deleteLater()


def test_the_tree_follows_edits_made_on_the_board(board: Board, qtbot) -> None:  # type: ignore[no-untyped-def]
    c = board.controller
    new = c.add_note(BlockId.KEY_PARTNERS, 0.1, 0.05, text="Bakery")
    assert board.rows_of(BlockId.KEY_PARTNERS) == ["Bakery", "Coffee roaster"]
    assert board.model.index(0, 0).data() == "Key Partners (2)"
    c.set_notes_segment([new], "students")
    assert board.model.note_index(new).siblingAtColumn(1).data() == "Students"
    c.move_notes({"kp": (BlockId.KEY_PARTNERS, 0.1, 0.0)})
    assert board.rows_of(BlockId.KEY_PARTNERS) == ["Coffee roaster", "Bakery"]
    c.remove_notes([new])
    assert board.rows_of(BlockId.KEY_PARTNERS) == ["Coffee roaster"]
    c.set_header(language="ko")
    assert board.model.index(0, 0).data() == "핵심 파트너 (1)"
    c.set_canvas(Canvas(notes=[Note(id="x", block=BlockId.CHANNELS, text="Fresh")]))
    assert board.rows_of(BlockId.CHANNELS) == ["Fresh"]
    assert board.rows_of(BlockId.KEY_PARTNERS) == []
    assert board.tree.isExpanded(board.model.block_index(BlockId.CHANNELS))


def test_moving_several_notes_at_once_keeps_reading_order(board: Board) -> None:
    c = board.controller
    a, b, _, d = (
        c.add_note(BlockId.CUSTOMER_SEGMENTS, 0.3, y, text=t)
        for y, t in zip((0.1, 0.2, 0.3, 0.4), "ABCD", strict=True)
    )
    # In one step, rows placed one by one among rows that have not followed yet would
    # end up D C B A; the block is sorted once the step is complete.
    c.move_notes({
        a: (BlockId.CUSTOMER_SEGMENTS, 0.3, 0.35),
        b: (BlockId.CUSTOMER_SEGMENTS, 0.3, 0.15),
        d: (BlockId.CUSTOMER_SEGMENTS, 0.3, 0.05),
    })  # fmt: skip
    assert board.rows_of(BlockId.CUSTOMER_SEGMENTS) == ["D", "B", "C", "A"]
    c.undo_stack.undo()
    assert board.rows_of(BlockId.CUSTOMER_SEGMENTS) == ["A", "B", "C", "D"]


def test_screen_readers_get_names_and_descriptions(board: Board) -> None:
    tree = board.tree
    assert tree.accessibleName() == "Canvas outline"
    cafe = board.model.note_index("ch1")
    assert cafe.data(Qt.ItemDataRole.AccessibleTextRole) == "Café counter"
    description = cafe.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Channels" in description and "yellow" in description and "Students" in description
    block = board.model.block_index(BlockId.CHANNELS)
    assert block.data(Qt.ItemDataRole.AccessibleTextRole) == "Channels, 2 notes"
    assert "channels" in block.data(Qt.ItemDataRole.AccessibleDescriptionRole).lower()
    # What an assistive technology asks Qt's accessibility layer for.
    interface = QAccessible.queryAccessibleInterface(tree)
    assert interface is not None
    names = _accessible_names(interface)
    assert "Café counter" in names and "Coffee roaster local" in names and "한국 커피" in names


def _accessible_names(interface: QAccessible.QAccessibleInterface) -> set[str]:  # type: ignore[name-defined]
    names: set[str] = set()
    stack = [interface]
    while stack:
        node = stack.pop()
        names.add(node.text(QAccessible.Text.Name))
        stack.extend(node.child(i) for i in range(node.childCount()) if node.child(i) is not None)
    return names


def test_the_dock_shows_matches_set_before_it_was_first_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    controller = DocumentController(sample_canvas())
    view = BoardView(controller)
    dock = OutlineDock(controller, view)
    qtbot.addWidget(view)
    qtbot.addWidget(dock)
    dock.set_emphasis({"kp"})
    dock.show()
    qtbot.waitUntil(dock.isVisible)
    assert dock.panel.model.is_match("kp") and dock.panel.model.is_match("vp") is False
    assert dock.toggleViewAction().text() == "&Outline"


def test_note_text_stays_plain_text_in_the_tree(board: Board) -> None:
    c = board.controller
    c.set_note_text("kp", '<img src="file:///etc/passwd"> <b>bold</b>')
    index = board.model.note_index("kp")
    assert index.data() == '<img src="file:///etc/passwd"> <b>bold</b>'  # drawn as plain text
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "<b>" not in tip
    assert "&lt;img" in tip and "&lt;b&gt;bold&lt;/b&gt;" in tip


# ---- the outline's keys come from outline_keys (the table Help > Keyboard Shortcuts lists)


def send_key(widget: QWidget, key: int, mods: Qt.KeyboardModifier) -> bool:
    """Deliver a key press as Qt would to the focused widget; True if something took it."""
    event = QKeyEvent(QEvent.Type.KeyPress, key, mods)
    event.setAccepted(False)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def open_editor(board: Board, note_id: str) -> QPlainTextEdit:
    board.panel.edit_note(note_id)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    return editor


def _tree_effects(board: Board) -> dict[str, Callable[[], None]]:
    """What each OUTLINE_KEYS command visibly does when the current row is note ch2."""
    before = len(board.controller.canvas.notes)

    def edits_ch2() -> None:
        assert board.tree.state() == QAbstractItemView.State.EditingState
        editor = QApplication.focusWidget()
        assert isinstance(editor, QPlainTextEdit) and editor.toPlainText() == "Delivery app"

    def adds_a_note() -> None:
        assert len(board.controller.canvas.notes) == before + 1
        assert board.tree.state() == QAbstractItemView.State.EditingState

    return {"edit": edits_ch2, "open": edits_ch2, "add_note": adds_a_note}


@pytest.mark.parametrize(
    ("command", "key", "mods"),
    [(e.command, key, mods) for e in OUTLINE_KEYS for key, mods in e.combos],
    ids=lambda v: getattr(v, "name", str(v)),
)
def test_every_declared_outline_key_is_handled_by_the_tree(  # type: ignore[no-untyped-def]
    board: Board, qtbot, command: str, key: int, mods: Qt.KeyboardModifier
) -> None:
    board.click_note_row("ch2")
    board.focus_tree(qtbot)
    effects = _tree_effects(board)  # a KeyError here: a new command needs its effect checked
    assert send_key(board.tree, key, mods), command
    effects[command]()


def _editor_effects(board: Board, editor: QPlainTextEdit) -> dict[str, Callable[[], None]]:
    """What each OUTLINE_EDITOR_KEYS command does after 'Van' was typed over ch2's text."""
    tree_editing = QAbstractItemView.State.EditingState

    def saves() -> None:
        assert board.controller.note("ch2").text == "Van"
        assert board.tree.state() != tree_editing

    def new_line() -> None:
        assert editor.toPlainText() == "Van\n"
        assert board.tree.state() == tree_editing

    def cancels() -> None:
        assert board.controller.note("ch2").text == "Delivery app"
        assert board.tree.state() != tree_editing

    return {"save": saves, "new_line": new_line, "cancel": cancels}


@pytest.mark.parametrize(
    ("command", "key", "mods"),
    [(e.command, key, mods) for e in OUTLINE_EDITOR_KEYS for key, mods in e.combos],
    ids=lambda v: getattr(v, "name", str(v)),
)
def test_every_declared_editing_key_is_handled_by_the_outline_editor(  # type: ignore[no-untyped-def]
    board: Board, qtbot, command: str, key: int, mods: Qt.KeyboardModifier
) -> None:
    board.focus_tree(qtbot)
    editor = open_editor(board, "ch2")
    QTest.keyClicks(editor, "Van")
    effects = _editor_effects(board, editor)
    assert send_key(editor, key, mods), command
    effects[command]()


def test_a_key_taken_out_of_the_outline_tables_is_no_longer_taken(  # type: ignore[no-untyped-def]
    board: Board, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_insert = tuple(e for e in OUTLINE_KEYS if e.command != "add_note")
    monkeypatch.setattr(outline_keys, "OUTLINE_KEYS", without_insert)
    without_escape = tuple(e for e in OUTLINE_EDITOR_KEYS if e.command != "cancel")
    monkeypatch.setattr(outline_keys, "OUTLINE_EDITOR_KEYS", without_escape)
    board.click_note_row("ch2")
    board.focus_tree(qtbot)
    assert not send_key(board.tree, Qt.Key.Key_Insert, NONE)
    assert len(board.controller.canvas.notes) == 4
    # Qt's own F2 (the platform edit key) is off too: F2 edits only through the table.
    monkeypatch.setattr(outline_keys, "OUTLINE_KEYS", ())
    assert not send_key(board.tree, Qt.Key.Key_F2, NONE)
    assert board.tree.state() != QAbstractItemView.State.EditingState
    # Without the table's Escape, Escape leaves the edit open (Qt's delegate would take it otherwise).
    editor = open_editor(board, "ch2")
    QTest.keyClicks(editor, "Van")
    send_key(editor, Qt.Key.Key_Escape, NONE)
    assert board.tree.state() == QAbstractItemView.State.EditingState
    assert editor.toPlainText() == "Van"


def test_an_outline_key_without_a_command_is_caught_when_the_panel_starts(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = BoardKey("teleport", "Nowhere", combos=((Qt.Key.Key_T, NONE),))
    monkeypatch.setattr(outline_keys, "OUTLINE_KEYS", (*OUTLINE_KEYS, extra))
    controller = DocumentController(sample_canvas())
    view = BoardView(controller)
    qtbot.addWidget(view)
    with pytest.raises(RuntimeError, match="teleport"):
        OutlinePanel(controller, view)


def test_enter_on_a_block_folds_and_unfolds_it(board: Board, qtbot) -> None:  # type: ignore[no-untyped-def]
    board.focus_tree(qtbot)
    channels = board.model.block_index(BlockId.CHANNELS)
    board.tree.setCurrentIndex(channels)
    assert board.tree.isExpanded(channels)
    QTest.keyClick(board.tree, Qt.Key.Key_Return)
    assert not board.tree.isExpanded(channels)
    QTest.keyClick(board.tree, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert board.tree.isExpanded(channels)
