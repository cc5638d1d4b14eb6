"""The bundled NanumGothic, registered with Qt so Korean renders on any machine.

Notes are drawn in NanumGothic, the face the PDF embeds, with kerning off (reportlab
does not kern): the same widths give the same line breaks on screen and on paper. The
face is also added to the application font's family list, so every widget falls back
to it for Hangul when the system font lacks the glyphs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from canvas_editor.resource_files import resource

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
FALLBACK_FAMILY = "NanumGothic"

_family: str | None = None


def register_fonts() -> str:
    """Register the bundled faces once (needs a QGuiApplication); returns the family name.

    Later calls are free and return the same name. If the files cannot be read the
    family is still asked for by name, which works where the system has it installed.
    """
    global _family
    if _family is not None:
        return _family
    family = FALLBACK_FAMILY
    for filename in _FONT_FILES:
        font_id = _add_font(resource("fonts", filename))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and filename == _FONT_FILES[0]:
            family = families[0]
    app_font = QGuiApplication.font()
    fallbacks = app_font.families() or [app_font.family()]
    if family not in fallbacks:
        app_font.setFamilies([*fallbacks, family])
        QGuiApplication.setFont(app_font)
    _family = family
    return family


def _add_font(resource: Traversable) -> int:
    """Register one face; from its file when it has one (Qt maps the file instead of
    keeping a 4.6 MB copy in memory), else from its bytes (a zipped install)."""
    try:
        if isinstance(resource, Path):
            return QFontDatabase.addApplicationFont(str(resource))
        return QFontDatabase.addApplicationFontFromData(QByteArray(resource.read_bytes()))
    except OSError:
        return -1


def board_font(pixel_size: int, bold: bool = False) -> QFont:
    """A NanumGothic font at a pixel size; pixels are scene units on the board."""
    font = QFont(register_fonts())
    font.setPixelSize(max(pixel_size, 1))
    font.setBold(bold)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
