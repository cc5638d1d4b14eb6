"""Icons of the window's commands: the desktop's icon theme first, then our own.

The bundled icons are small SVGs in resources/icons/ (`<name>.svg`, named as in the
freedesktop icon naming spec), found through `resource_files`, so the toolbar has
pictures on a desktop without an icon theme (or without one of its icons),
offscreen and on other systems alike.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

from canvas_editor.desktop.identity import APP_ID
from canvas_editor.resource_files import resource


def bundled_icon(name: str) -> QIcon:
    """Our SVG of `name`; a null icon when there is none."""
    file = resource("icons", f"{name}.svg")
    if isinstance(file, Path):
        return QIcon(str(file)) if file.is_file() else QIcon()
    try:  # a zipped package: the icon has no file of its own
        data = file.read_bytes()
    except OSError:
        return QIcon()
    pixmap = QPixmap()
    pixmap.loadFromData(data, "SVG")
    return QIcon(pixmap)


def command_icon(name: str) -> QIcon:
    """The theme's icon of `name`, else the bundled one (null when neither exists)."""
    themed = QIcon.fromTheme(name)
    return themed if not themed.isNull() else bundled_icon(name)


def app_icon() -> QIcon:
    """The editor's own icon (the one install-desktop puts in the icon theme): ours, not a
    theme's, so the window, the taskbar and About show the same picture everywhere."""
    return bundled_icon(APP_ID)
