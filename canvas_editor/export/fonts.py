"""The bundled NanumGothic fonts, registered with reportlab once per process.

We embed our own TrueType font so Korean and Latin print the same on every machine
and viewer; a CID font (`UnicodeCIDFont`) would embed nothing and rely on the reader.
The files are read through importlib.resources, so the export works from a wheel or
a zip as well as from a source tree.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "CanvasEditor-NanumGothic"
BOLD = "CanvasEditor-NanumGothicBold"

Measure = Callable[[str], float]

_FILES = {REGULAR: "NanumGothic.ttf", BOLD: "NanumGothicBold.ttf"}
_lock = threading.Lock()
_registered = False


@dataclass(frozen=True)
class FontMetrics:
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
        folder = resources.files("canvas_editor") / "resources" / "fonts"
        for name, filename in _FILES.items():
            data = (folder / filename).read_bytes()
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True


def measurer(font: str) -> Measure:
    """`measure(s)`: the width of `s` at size 1, as text_fit.fit_text expects."""
    register_fonts()

    def measure(s: str) -> float:
        return float(pdfmetrics.stringWidth(s, font, 1.0))

    return measure


def metrics(font: str) -> FontMetrics:
    """Ascent and descent of a registered face, for placing baselines inside a line."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return FontMetrics(face.ascent / 1000.0, face.descent / 1000.0)
