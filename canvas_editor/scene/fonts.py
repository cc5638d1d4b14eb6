"""The bundled fonts, registered with Qt so every script renders alike on any machine.

Notes are drawn with the PDF's fallback chain (`export.font_chain`): NanumGothic first,
then the bundled Noto and Droid fonts in the same order, given to Qt as the font's
family list, so Qt picks for each character the font the PDF picks. Kerning is off,
as in the PDF's shaping: the same widths give the same line breaks on screen and on
paper. The families are also added to the application font's list, so every widget
falls back to them when the system font lacks a script.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLoggingCategory
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from canvas_editor.export.font_chain import bundled_files
from canvas_editor.resource_files import resource

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

FALLBACK_FAMILY = "NanumGothic"

_families: list[str] | None = None


def register_fonts() -> str:
    """Register the bundled faces once (needs a QGuiApplication); returns the first family.

    Later calls are free and return the same name. If a file cannot be read its family
    is still asked for by name, which works where the system has it installed.
    """
    return font_families()[0]


def font_families() -> list[str]:
    """The fallback chain's family names in order, registered with Qt (about 15 ms once)."""
    global _families
    if _families is not None:
        return _families
    # For text in a script such as Devanagari, Qt tries the families in order and logs
    # "OpenType support missing for <family>, script N" for each one before the first
    # that has the script (NanumGothic, Noto Sans, Noto Sans Arabic, ... for Hindi):
    # its own noise about fonts it rightly does not use for that script. Only that
    # category's notices (qCInfo) are silenced; a font that cannot draw at all shows as
    # a box and the export names its text (export.unprintable).
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    chain = []
    for family, files in bundled_files():
        name = family
        for filename in files:
            font_id = _add_font(resource("fonts", filename))
            registered = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if registered:
                name = registered[0]
        chain.append(name)
    app_font = QGuiApplication.font()
    fallbacks = app_font.families() or [app_font.family()]
    missing = [f for f in chain if f not in fallbacks]
    if missing:
        app_font.setFamilies([*fallbacks, *missing])
        QGuiApplication.setFont(app_font)
    _families = chain
    return chain


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
    """The fallback chain's font at a pixel size; pixels are scene units on the board."""
    font = QFont()
    font.setFamilies(font_families())
    font.setPixelSize(max(pixel_size, 1))
    font.setBold(bold)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
