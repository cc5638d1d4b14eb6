"""The application and document icons: each SVG ships with the 48 px PNG that
tools/make_icons.py renders from it, still matching it, and the window uses them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from canvas_editor.desktop.icons import ICONS, PNG_SIZE, png_name
from canvas_editor.resource_files import resource
from tools.make_icons import render

# Anti-aliasing may differ a little between the Qt releases the project allows.
TOLERANCE = 16


@pytest.mark.parametrize("name", sorted(ICONS))
def test_the_shipped_png_is_the_svg_rendered_at_48_px(name: str, qapp: QApplication) -> None:
    svg = resource("icons", f"{name}.svg")
    shipped = QImage(str(resource("icons", png_name(name)))).convertToFormat(QImage.Format.Format_ARGB32)
    assert (shipped.width(), shipped.height()) == (PNG_SIZE, PNG_SIZE)
    fresh = render(svg, PNG_SIZE)  # type: ignore[arg-type]
    assert isinstance(fresh, QImage)
    worst = 0
    opaque = 0
    for y in range(PNG_SIZE):
        for x in range(PNG_SIZE):
            a, b = QColor.fromRgba(shipped.pixel(x, y)), QColor.fromRgba(fresh.pixel(x, y))
            worst = max(worst, *(abs(p - q) for p, q in zip(a.getRgb(), b.getRgb(), strict=True)))
            opaque += a.alpha() == 255
    assert worst <= TOLERANCE, f"{png_name(name)} is stale: run tools/make_icons.py"
    assert opaque > PNG_SIZE * PNG_SIZE // 3  # a picture, not an empty square
