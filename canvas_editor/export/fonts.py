"""The bundled fonts, registered with reportlab once per process.

We embed our own TrueType fonts so every script prints the same on every machine and
viewer; a CID font (`UnicodeCIDFont`) would embed nothing and rely on the reader.
NanumGothic (regular and bold) is the first font of each weight's fallback chain and
is registered up front; the others are registered when a character first needs them
(`text_runs`), so a Korean or English canvas never reads them. The files are found
through canvas_editor.resource_files, so the export works from a wheel or a zip as
well as from a source tree.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from canvas_editor.export.text_runs import LineShaper
from canvas_editor.resource_files import resource

REGULAR = "CanvasEditor-NanumGothic"
BOLD = "CanvasEditor-NanumGothicBold"

Measure = Callable[[str], float]

_FILES = {REGULAR: "NanumGothic.ttf", BOLD: "NanumGothicBold.ttf"}
_lock = threading.Lock()
_registered = False
_shapers: dict[str, LineShaper] = {}


class FontMetrics(NamedTuple):
    """Vertical metrics as fractions of the font size (descent is negative)."""

    ascent: float
    descent: float


def register_fonts() -> None:
    """Register both faces with reportlab; later calls are free."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            data = resource("fonts", filename).read_bytes()
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(data), shapable=True))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True


def shaper(font: str) -> LineShaper:
    """The line shaper whose first font is `font` (REGULAR or BOLD)."""
    found = _shapers.get(font)
    if found is None:
        register_fonts()
        with _lock:
            found = _shapers.get(font)
            if found is None:
                found = _shapers[font] = LineShaper(font, bold=font == BOLD)
    return found


def measurer(font: str) -> Measure:
    """`measure(s)`: the width of `s` at size 1, shaped, as text_fit.fit_text expects.

    Text the first font draws alone is measured by summing the face's advance widths,
    bit for bit what `pdfmetrics.stringWidth(s, font, 1.0)` returns but 2.5 times
    faster (note layout measures every candidate line); other text is shaped by
    HarfBuzz, run by run, and measured by its glyphs' advances (`text_runs`).
    """
    return shaper(font).measure


def metrics(font: str) -> FontMetrics:
    """Ascent and descent of a registered face, for placing baselines inside a line."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return FontMetrics(face.ascent / 1000.0, face.descent / 1000.0)
