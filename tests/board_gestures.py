"""Gestures on the board, as a user makes them, for tests of the board and the window.

Everything goes through the view's viewport (mouse) or the view (keys) with positions
from `view.mapFromScene`, so the tests exercise the same paths as real input. Never
use qtbot.keyClicks with non-ASCII text (it aborts the process on Qt 6): `type_text`
sends such characters as key events carrying the text, `commit_input` as an input
method commit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas
from canvas_editor.scene import BoardView
from canvas_editor.scene.geometry import NOTE_H, NOTE_W, block_rect, note_top_left

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def make_board(qtbot, canvas: Canvas | None = None, width: int = 1200, height: int = 850):  # type: ignore[no-untyped-def]
    """A shown, focused board view on a controller; returns (controller, view)."""
    controller = DocumentController(canvas)
    view = BoardView(controller)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return controller, view


def block_point(block: BlockId, fx: float = 0.5, fy: float = 0.5) -> QPointF:
    """A scene point at fractions (fx, fy) of a block."""
    r = block_rect(block)
    return QPointF(r.x() + fx * r.width(), r.y() + fy * r.height())


def note_center(view: BoardView, note_id: str) -> QPointF:
    """The scene point at the centre of a note, where the model has it."""
    note = view.controller.note(note_id)
    corner = note_top_left(note.block, note.x, note.y, note.size)
    return QPointF(corner.x() + NOTE_W * note.size / 2.0, corner.y() + NOTE_H * note.size / 2.0)


def to_view(view: BoardView, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def click(
    view: BoardView,
    scene_point: QPointF,
    button: Qt.MouseButton = LEFT,
    modifiers: Qt.KeyboardModifier = NO_MODIFIER,
) -> None:
    QTest.mouseClick(view.viewport(), button, modifiers, to_view(view, scene_point))


def double_click(view: BoardView, scene_point: QPointF) -> None:
    pos = to_view(view, scene_point)
    QTest.mouseClick(view.viewport(), LEFT, NO_MODIFIER, pos)
    QTest.mouseDClick(view.viewport(), LEFT, NO_MODIFIER, pos)


def drag(
    view: BoardView,
    start: QPointF,
    end: QPointF,
    modifiers: Qt.KeyboardModifier = NO_MODIFIER,
    button: Qt.MouseButton = LEFT,
    steps: int = 6,
) -> None:
    """Press at `start`, move in steps, release at `end` (scene points)."""
    viewport = view.viewport()
    a, b = to_view(view, start), to_view(view, end)
    QTest.mousePress(viewport, button, modifiers, a)
    for i in range(1, steps + 1):
        t = i / steps
        QTest.mouseMove(
            viewport, QPoint(round(a.x() + (b.x() - a.x()) * t), round(a.y() + (b.y() - a.y()) * t))
        )
    QTest.mouseRelease(viewport, button, modifiers, b)


def press(view: BoardView, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    QTest.keyClick(view, key, modifiers)


def type_text(view: BoardView, text: str) -> None:
    """Type text into whatever has the keyboard on the board (any script, newlines too)."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(view, Qt.Key.Key_Return)
        elif ch.isascii() and ch.isprintable():
            QTest.keyClick(view, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(view, QKeyEvent(kind, 0, NO_MODIFIER, ch))


def commit_input(view: BoardView, text: str, preedit: str = "") -> None:
    """What an input method (Korean, Japanese ...) sends: a preedit, then the commit."""
    if preedit:
        QApplication.sendEvent(view, QInputMethodEvent(preedit, []))
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(view, event)


def close_next_menu(owner: QObject) -> list[str]:
    """Closes the popup menu a key or gesture on `owner` is about to open (its own event
    loop would wait for a user). The list gets the menu's current entry as it was when
    open ("" for none); it stays empty if no menu opened. The watch ends with `owner`, so
    it cannot close a later test's menu."""
    seen: list[str] = []

    def close() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            active = menu.activeAction()
            seen.append(active.text() if active is not None else "")
            menu.close()

    QTimer.singleShot(50, owner, close)
    return seen
