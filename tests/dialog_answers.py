"""Answering menus and modal dialogs as a user does, for tests of the gestures that open them.

A right-click menu or a dialog runs its own event loop and returns only when it
closes. `choose_in_context_menu` right-clicks the board and picks an entry of the
menu from inside that loop; `answer_next_dialog` arranges, before the gesture, for a
function to fill in the next dialog once it is shown (typing into its fields,
clicking its buttons); `answered` says whether it ran.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGraphicsView,
    QMenu,
    QWidget,
)

_Dialog = TypeVar("_Dialog", bound=QDialog)
_TRIES = 200  # ten seconds of 50 ms


class Answer:
    def __init__(self) -> None:
        self.answered = False


def answer_next_dialog(kind: type[_Dialog], fill: Callable[[_Dialog], None]) -> Answer:
    """Run `fill` on the next modal dialog of type `kind` once it is shown."""
    answer = Answer()

    def attempt(tries: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            answer.answered = True
            fill(dialog)
        elif tries > 0:
            QTimer.singleShot(50, lambda: attempt(tries - 1))

    QTimer.singleShot(0, lambda: attempt(_TRIES))
    return answer


def type_into(widget: QWidget, text: str) -> None:
    """Type `text` into a focused field, any script (key events carrying the text)."""
    widget.setFocus()
    for ch in text:
        if ch.isascii() and ch.isprintable():
            QTest.keyClick(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def press_ok(dialog: QDialog) -> None:
    """Click the dialog's OK button."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and ok.isEnabled()
    click(ok)


def press_cancel(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    click(cancel)


def choose_in_context_menu(view: QGraphicsView, scene_point: QPointF, action_name: str) -> None:
    """Right-click the board at a scene point and choose the named entry of the menu
    that opens (in a submenu too), as a user does."""
    chosen: list[str] = []

    def pick(tries: int) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            action = popup.findChild(QAction, action_name)
            assert action is not None, f"no {action_name!r} in the menu"
            assert action.isEnabled(), f"{action_name!r} is disabled"
            popup.close()
            chosen.append(action_name)
            action.trigger()
        elif tries > 0:
            QTimer.singleShot(50, lambda: pick(tries - 1))

    QTimer.singleShot(0, lambda: pick(_TRIES))
    viewport = view.viewport()
    at = view.mapFromScene(scene_point)
    QTest.mouseMove(viewport, at)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, viewport.mapToGlobal(at))
    QApplication.sendEvent(viewport, event)
    assert chosen == [action_name], "no menu opened"
