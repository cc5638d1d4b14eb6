"""The desk around the sheet: light grey beside light chrome, slate beside dark chrome.

The sheet, its blocks and the notes keep their printed colours whatever the desktop's
colour scheme (ui/color_scheme.py); the desk follows the window's palette, so a dark
window does not frame a glaring board.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

LIGHT_DESK = "#ECEFF1"
DARK_DESK = "#37474F"


def is_dark(palette: QPalette) -> bool:
    """Whether `palette` paints windows dark (a dark colour scheme)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def desk_colour(palette: QPalette) -> QColor:
    return QColor(DARK_DESK if is_dark(palette) else LIGHT_DESK)
