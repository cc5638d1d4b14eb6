"""Dialogs sized to what they show, within the screen they open on.

A dialog asks for the width its widest line needs (measured in its own font, so it
follows the desktop's font size and scaling) and never more than most of the screen;
whatever is still too long wraps. No dialog has a size written in pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QStyle, QWidget

SCREEN_SHARE = 0.9  # of the available screen a dialog may take, each way


def available(widget: QWidget) -> QRect:
    """The available geometry of the screen `widget` (or its parent) is on."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def room(widget: QWidget) -> QSize:
    """The most a dialog may take of its screen."""
    area = available(widget)
    return QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))


def view_width_for(view: QAbstractItemView, content: int) -> int:
    """The width an item view needs to show `content` pixels of items without scrolling."""
    style = view.style()
    scroll_bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    return content + 2 * view.frameWidth() + scroll_bar


def wrap_list(view: QListWidget) -> None:
    """Long items wrap instead of being cut or scrolled sideways."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)


def fit_list_dialog(dialog: QWidget, view: QListWidget) -> None:
    """Size a dialog around its list: as wide as the list's longest line (within the
    screen, past that the items wrap), the list as tall as its items up to half the
    screen."""
    limit = room(dialog)
    view.setWordWrap(False)  # measured unwrapped: the longest line's width
    content = view.sizeHintForColumn(0)
    view.setWordWrap(True)
    layout = dialog.layout()
    margins = layout.contentsMargins() if layout is not None else QMargins()
    width = min(view_width_for(view, content) + margins.left() + margins.right(), limit.width())
    for _ in range(2):  # again once the items have wrapped at the width they got
        view.doItemsLayout()
        rows = sum(view.visualRect(view.model().index(row, 0)).height() for row in range(view.count()))
        view.setMinimumHeight(min(rows + 2 * view.frameWidth(), limit.height() // 2))
        fit_to_content(dialog, QSize(width, 0))


def fit_to_content(dialog: QWidget, wanted: QSize) -> None:
    """Resize to `wanted`, at least what the layout needs, at most `room(dialog)`."""
    limit = room(dialog)
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    least = dialog.minimumSizeHint()
    width = min(max(wanted.width(), least.width()), limit.width())
    height = wanted.height()
    if dialog.hasHeightForWidth():
        height = max(height, dialog.heightForWidth(width))
    dialog.resize(width, min(max(height, least.height()), limit.height()))
