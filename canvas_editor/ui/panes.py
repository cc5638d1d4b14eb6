"""The panes of a document window and F6 / Shift+F6 between them.

A pane is a part of the window the keyboard can be in: the board, the outline's tree,
the Segment Legend and each workshop panel (a dock: Snapshots, Changes, Presentation
Order, Silent Brainstorm, Dot Voting), the find bar's field. They are named here in
the order F6 visits them; a pane that is closed, hidden behind another dock's tab or
not built yet is skipped. A new panel joins by adding its dock's (or its focus widget's) object name.

Moving to a pane gives the keyboard to its focus widget: the named widget, its focus
proxy, or else the first widget inside it that takes the keyboard with Tab (a dock's
panel without a proxy: its list, its first field).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

PANES: tuple[str, ...] = (
    "board",
    "outline_tree",
    "segment_legend_dock",
    "snapshots_dock",
    "changes_dock",
    "presentation_order_dock",
    "brainstorm_dock",
    "voting_dock",
    "search_field",
)
"""Object names of the panes (a dock, or the widget that takes the keyboard), in the
order F6 visits them. A name no widget of the window has (a panel another build of the
editor lacks) is skipped."""


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled() and widget.isVisible()


def focus_target(pane: QWidget) -> QWidget | None:
    """The widget of `pane` that gets the keyboard, or None when nothing in it takes it."""
    if isinstance(pane, QDockWidget):
        inner = pane.widget()
        if inner is None:
            return None
        pane = inner
    proxy = pane.focusProxy()
    while proxy is not None:
        pane, proxy = proxy, proxy.focusProxy()
    if _takes_tab(pane):
        return pane
    # The first widget inside the pane in the window's Tab order.
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane:
        if pane.isAncestorOf(widget) and _takes_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def shown_panes(window: QWidget) -> list[QWidget]:
    found = []
    for name in PANES:
        widget = window.findChild(QWidget, name)
        if widget is not None and widget.isVisible() and widget.isEnabled() and focus_target(widget):
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
    pane = panes[(0 if step > 0 else -1) if here is None else (here + step) % len(panes)]
    target = focus_target(pane)
    if target is None:
        return
    if target.window() is not QApplication.activeWindow():
        target.window().activateWindow()  # a floating dock, or back from one
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
