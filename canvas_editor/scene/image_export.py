"""The board as a picture: PNG and SVG files, and painting onto any page (printing).

Images are drawn by the board's own scene, so they look as the canvas does on screen,
but from a fresh scene of the document: no selection, no chosen block, no note being
edited, and none of the screen's hints (block numbers for keys 1..9, the guiding
questions of empty blocks, the "Untitled canvas" placeholder). Items are painted
directly, not from their pixmap caches, so the SVG keeps text as text and a printer
gets vectors.

The sheet keeps its proportions and is centred on the page, with white around it when
the paper has another shape (Letter, or a portrait page). Needs a QGuiApplication;
`ensure_application()` makes one for the command line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem

from canvas_editor.controller import DocumentController
from canvas_editor.export.image_options import ImageOptions, check_image_options
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.canvas_words import word
from canvas_editor.model.document import Canvas
from canvas_editor.model.private_writing import face_up
from canvas_editor.scene.board_scene import BoardScene
from canvas_editor.scene.fonts import register_fonts
from canvas_editor.scene.geometry import SHEET_RECT
from canvas_editor.storage.save import write_atomic

PAPER = QColor("white")


def ensure_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one (the command line has none).

    The board's scene is a widgets class, so the application made here is a
    QApplication; without a platform named, Qt runs offscreen (no display needed).
    """
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(sys.argv[:1] or ["canvas-editor"])


def export_scene(canvas: Canvas, legend: bool = True) -> BoardScene:
    """A scene of `canvas` for painting onto paper or into a file (see the module note);
    face-down notes are left out, as from every export (model/private_writing.py), and
    `legend` keeps the segments' legend in the footer."""
    register_fonts()
    scene = BoardScene(DocumentController(face_up(canvas)))
    scene.segment_marks.legend.setVisible(legend)
    for item in scene.items():
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    for block in BlockId:
        scene.block_item(block).screen_hints = False
    scene.header_item.screen_hints = False
    return scene


def paint_canvas(canvas: Canvas, painter: QPainter, page: QRectF, legend: bool = True) -> QRectF:
    """Paint the sheet into `page` (painter units), proportions kept, centred.

    Returns the rectangle the sheet took. The page outside the sheet is left as it is.
    """
    scene = export_scene(canvas, legend)
    target = sheet_target(page)
    painter.save()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, PAPER)
    scene.render(painter, target, SHEET_RECT, Qt.AspectRatioMode.KeepAspectRatio)
    painter.restore()
    return target


def sheet_target(page: QRectF) -> QRectF:
    """The largest rectangle of the sheet's proportions centred in `page`."""
    scale = min(page.width() / SHEET_RECT.width(), page.height() / SHEET_RECT.height())
    w, h = SHEET_RECT.width() * scale, SHEET_RECT.height() * scale
    return QRectF(page.x() + (page.width() - w) / 2.0, page.y() + (page.height() - h) / 2.0, w, h)


def render_image(canvas: Canvas, options: ImageOptions) -> QImage:
    """The canvas on white paper, `options.pixel_size()` pixels, tagged with its dpi."""
    w, h = check_image_options(options)
    image = QImage(QSize(w, h), QImage.Format.Format_RGB32)
    image.fill(PAPER)
    dots_per_metre = round(options.dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        paint_canvas(canvas, painter, QRectF(0.0, 0.0, w, h), options.legend)
    finally:
        painter.end()
    return image


def png_bytes(canvas: Canvas, options: ImageOptions) -> bytes:
    image = render_image(canvas, options)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; Qt takes str
        raise RuntimeError("Qt could not encode the PNG image")
    buffer.close()
    return bytes(data.data())


def svg_bytes(canvas: Canvas, options: ImageOptions) -> bytes:
    """An SVG of the paper's physical size (in millimetres), text kept as text."""
    w, h = options.page_points()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(72)  # one unit per point: the size comes out in real units
    generator.setSize(QSize(round(w), round(h)))
    generator.setViewBox(QRectF(0.0, 0.0, w, h))
    generator.setTitle(canvas.title or word("canvas", canvas.language))
    generator.setDescription(word("canvas", canvas.language))
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0.0, 0.0, w, h), PAPER)
        paint_canvas(canvas, painter, QRectF(0.0, 0.0, w, h), options.legend)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def export_png(canvas: Canvas, out: Path, options: ImageOptions) -> None:
    """Write the PNG atomically; raises ImageOptionsError or storage.errors.SaveError."""
    write_atomic(Path(out), png_bytes(canvas, options))


def export_svg(canvas: Canvas, out: Path, options: ImageOptions) -> None:
    """Write the SVG atomically; raises storage.errors.SaveError when it cannot."""
    write_atomic(Path(out), svg_bytes(canvas, options))
