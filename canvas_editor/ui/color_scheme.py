"""The window chrome in the desktop's light or dark colour scheme, the board still paper.

Qt reports the desktop's scheme (`QStyleHints.colorScheme`) and each change of it
(`colorSchemeChanged`). Where the platform theme also hands over a dark palette (KDE,
Windows, macOS), the chrome is dark already; where it reports dark but leaves the
palette light (Fusion on a desktop whose theme Qt does not read), the editor sets a
dark palette of its own, and takes it away again when the desktop turns light. The
board's sheet, blocks and notes keep their printed colours in either scheme; only the
desk around the sheet follows the chrome (scene/desk.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from canvas_editor.scene.desk import is_dark

_Role = QPalette.ColorRole

# A neutral dark palette, readable at the contrast WCAG asks of body text (4.5:1 and more).
DARK_ROLES = {
    _Role.Window: "#2B2B2B",
    _Role.WindowText: "#E6E6E6",
    _Role.Base: "#1F1F1F",
    _Role.AlternateBase: "#282828",
    _Role.ToolTipBase: "#2B2B2B",
    _Role.ToolTipText: "#E6E6E6",
    _Role.PlaceholderText: "#9A9A9A",
    _Role.Text: "#E6E6E6",
    _Role.Button: "#353535",
    _Role.ButtonText: "#E6E6E6",
    _Role.BrightText: "#FF8A80",
    _Role.Light: "#4A4A4A",
    _Role.Midlight: "#3E3E3E",
    _Role.Mid: "#2F2F2F",
    _Role.Dark: "#1A1A1A",
    _Role.Shadow: "#000000",
    _Role.Highlight: "#3D7FD9",
    _Role.HighlightedText: "#FFFFFF",
    _Role.Link: "#7CB7FF",
    _Role.LinkVisited: "#C3A6FF",
}
DARK_DISABLED_TEXT = "#7A7A7A"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK_ROLES.items():
        palette.setColor(role, QColor(colour))
    for role in (_Role.Text, _Role.WindowText, _Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DARK_DISABLED_TEXT))
    return palette


class ColorSchemeFollower(QObject):
    """Keeps the application's palette in the desktop's scheme for as long as it lives."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._app = app
        self._ours = False  # whether the palette in use is our dark one
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self.follow)
        self.follow(hints.colorScheme())

    def follow(self, scheme: Qt.ColorScheme) -> None:
        if scheme == Qt.ColorScheme.Dark:
            if not is_dark(self._app.palette()):
                self._app.setPalette(dark_palette())
                self._ours = True
        elif self._ours:
            self._app.setPalette(QPalette())  # the platform's own again
            self._ours = False
