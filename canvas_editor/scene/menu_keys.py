"""Menus as keyboard and screen-reader users meet them.

A key that a menu entry only mentions (the board or a tree handles it, not the menu's
action) is shown as the action's shortcut in widget context, never in the text after
a tab: a screen reader reads the text as the entry's name and the shortcut as its key
binding. The action sits in menus only, never in a focused widget, so the key stays
with whoever handles it. A menu opened from the keyboard starts on its first item, so
the screen reader has an item to read and Down is not needed first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu


def show_key_beside(action: QAction, keys: str | Sequence[QKeySequence]) -> None:
    """Show `keys` ("N", "F2", or the sequences themselves) beside the entry as its key
    binding, without taking them."""
    if isinstance(keys, str):
        keys = [QKeySequence(k.strip()) for k in keys.split(",") if k.strip()]
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.setShortcuts(list(keys))


def exec_from_keyboard(menu: QMenu, at: QPoint) -> None:
    """Open `menu` at the global point `at` with its first enabled entry current.

    The entry is reached as the user would reach it, with Down once the menu shows:
    `setActiveAction` would also open the entry's submenu (Colour, on a note's menu).
    """
    QTimer.singleShot(0, menu, lambda: _step_onto_first_entry(menu))
    menu.exec(at)


def _step_onto_first_entry(menu: QMenu) -> None:
    if menu.isVisible() and menu.activeAction() is None:
        down = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(menu, down)
