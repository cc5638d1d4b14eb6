"""The panes of a document window and F6 / Shift+F6 between them.

A pane is the widget that takes the keyboard when the user moves to a part of the
window: the board, the outline's tree, the find bar's field. They are named here in
the order F6 visits them; a pane that is hidden or not built yet is skipped. A new
panel joins by giving its focus widget an object name and adding that name here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

PANES: tuple[str, ...] = ("board", "outline_tree", "search_field")
"""Object names of the panes' focus widgets, in the order F6 visits them."""


def shown_panes(window: QWidget) -> list[QWidget]:
    found = []
    for name in PANES:
        widget = window.findChild(QWidget, name)
        if widget is not None and widget.isVisible() and widget.isEnabled():
            found.append(widget)
    return found


def current_pane(window: QWidget, panes: list[QWidget]) -> int | None:
    """The index of the pane holding the keyboard (the pane or a widget inside it)."""
    focus = QApplication.focusWidget()
    while focus is not None and focus is not window:
        if focus in panes:
            return panes.index(focus)
        focus = focus.parentWidget()
    return None


def focus_pane(window: QWidget, step: int) -> None:
    """F6 (+1) and Shift+F6 (-1): the keyboard to the next or previous shown pane."""
    panes = shown_panes(window)
    if not panes:
        return
    here = current_pane(window, panes)
    target = (0 if step > 0 else -1) if here is None else (here + step) % len(panes)
    panes[target].setFocus(Qt.FocusReason.ShortcutFocusReason)
