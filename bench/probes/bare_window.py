# ruff: noqa: F821 (install_first_paint_probe comes from first_paint.py, joined in front)
# The floor of the start-up and memory figures: a bare QMainWindow holding an empty
# QGraphicsView, of the size the app's window had. Args: CONFIG_JSON (width, height,
# settle_ms; template or painted_item for the informational floors).
import json
import sys

from PySide6.QtWidgets import QApplication, QGraphicsView, QMainWindow, QWidget

_config = json.loads(sys.argv[1])
install_first_paint_probe("QGraphicsView", _config.get("settle_ms", 0))
if _config.get("template"):
    # A second, informational floor: the bare window plus the app's data layer
    # (model and storage, the template loaded as the app loads it), to show what the UI
    # code itself adds.
    from canvas_editor.storage.templates import load_template

    load_template(_config["template"])

_app = QApplication(sys.argv[:1])
_window = QMainWindow()
_view = QGraphicsView()
if _config.get("painted_item"):
    # A third, informational floor: one scene item painted from Python, with a pen, a
    # brush and a line of text, as any board painted from Python must (PySide builds
    # all of Qt's namespace enums at the first setPen or setBrush).
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPen
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

    class _OneNote(QGraphicsItem):
        def boundingRect(self):
            return QRectF(0.0, 0.0, 90.0, 90.0)

        def paint(self, painter, option, widget=None):
            painter.setPen(QPen(QColor("#212121")))
            painter.setBrush(QColor("#FFF176"))
            painter.drawRect(QRectF(0.0, 0.0, 90.0, 90.0))
            painter.drawText(QRectF(5.0, 5.0, 80.0, 80.0), 0x1001, "A note")  # left, word wrap

    _scene = QGraphicsScene()
    _note = _OneNote()
    _scene.addItem(_note)
    _view.setScene(_scene)
# The probe watches the viewport's paints, so Python must hold it. Qt's own viewport
# would reach Python as a bare QWidget pointer, which PySide tries against every widget
# class (~28 ms) - a cost of the probe, not of a bare window; a viewport made in Python
# is the same plain QWidget without it. (The app's BoardView makes its own the same way.)
_view.setViewport(QWidget())
_window.setCentralWidget(_view)
_window.resize(_config.get("width", 1280), _config.get("height", 800))
_window.show()
sys.exit(_app.exec())
