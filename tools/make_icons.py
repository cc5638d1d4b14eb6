"""Writes the 48 px PNG of each scalable icon the desktop integration installs.

`canvas-editor install-desktop` copies the SVGs and these PNGs into the hicolor icon
theme and must not load Qt, so the PNGs are made here, ahead of time, with Qt's own
SVG renderer; tests/test_desktop_icons.py fails when a PNG no longer matches its SVG.

Run from the repository root: `.venv/bin/python tools/make_icons.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from canvas_editor.desktop.icons import ICONS, PNG_SIZE, png_name  # noqa: E402


def render(svg: Path, size: int) -> object:
    """The SVG drawn on a transparent square of `size` pixels (a QImage)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    folder = ROOT / "resources" / "icons"
    for name in ICONS:
        out = folder / png_name(name)
        if not render(folder / f"{name}.svg", PNG_SIZE).save(str(out), "PNG"):  # type: ignore[attr-defined]
            print(f"could not write {out}", file=sys.stderr)
            return 1
        print(out.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
