"""The board's marks of customer segments: each note's letter tag and the legend in
the sheet's footer.

A note of a segment carries its segment's tag (model.segment_legend) at the left of
the strip at its bottom (NoteStyle.mark_strip, where the PDF puts it too), so the
segment is recognisable without colour: in a black-and-white print of the PNG or SVG,
which the board paints. The footer's left part (the
attribution is on its right) holds the legend, fitted by the rule the PDF uses.
`SegmentMarks` follows the controller's signals; it is connected after the scene, so
the scene's items exist when it tags them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas_editor.model import layout
from canvas_editor.model.document import Segment
from canvas_editor.model.segment_legend import SWATCH, TAG_SIZE, LegendLine, fit_legend, segment_tags
from canvas_editor.model.text_fit import LINE_HEIGHT
from canvas_editor.scene.fonts import board_font
from canvas_editor.scene.geometry import to_scene

if TYPE_CHECKING:
    from canvas_editor.controller import DocumentController
    from canvas_editor.scene.board_scene import BoardScene

_REFERENCE_PX = 100  # text is measured with one font at this size and scaled
_TAG_INK = QColor("#212121")
_TAG_PAPER = QColor("white")
# The legend's text, in scene units: the attribution's size (12) down to 9.
LEGEND_SIZES = (12.0, 9.0)
_ATTRIBUTION_GAP = 24.0  # between the legend and the attribution
_LEGEND_INK = QColor("#424242")


class _Faces:
    """The fonts and measures the marks share (made on first use: most boards have no segments)."""

    def __init__(self) -> None:
        self.regular = board_font(_REFERENCE_PX)
        self.bold = board_font(_REFERENCE_PX, bold=True)
        self._regular_metrics = QFontMetricsF(self.regular)
        self._bold_metrics = QFontMetricsF(self.bold)
        self.tag_pen = QPen(_TAG_INK, 0.8)
        self.ascent = self._bold_metrics.ascent() / _REFERENCE_PX
        self.descent = self._bold_metrics.descent() / _REFERENCE_PX

    def measure(self, text: str) -> float:
        return self._regular_metrics.horizontalAdvance(text) / _REFERENCE_PX

    def measure_bold(self, text: str) -> float:
        return self._bold_metrics.horizontalAdvance(text) / _REFERENCE_PX


_faces: _Faces | None = None


def faces() -> _Faces:
    global _faces
    if _faces is None:
        _faces = _Faces()
    return _faces


def _draw_text(painter: QPainter, font_face: str, size: float, x: float, baseline: float, text: str) -> None:
    f = faces()
    k = size / _REFERENCE_PX
    painter.save()
    painter.translate(x, baseline)
    painter.scale(k, k)
    painter.setFont(f.bold if font_face == "bold" else f.regular)
    painter.drawText(QPointF(0.0, 0.0), text)
    painter.restore()


def _draw_tag_box(painter: QPainter, box: QRectF, tag: str, paper: QColor) -> None:
    """A framed box with the tag centred in it, as on a note and in the legend."""
    f = faces()
    painter.setPen(f.tag_pen)
    painter.setBrush(paper)
    painter.drawRect(box)
    size = box.height() * TAG_SIZE / SWATCH
    width = f.measure_bold(tag) * size
    painter.setPen(_TAG_INK)
    _draw_text(painter, "bold", size, box.center().x() - width / 2.0, _baseline(box.center().y(), size), tag)


def _baseline(middle: float, size: float) -> float:
    """The baseline that centres a line of `size` (ascent to descent) on `middle`."""
    f = faces()
    return middle + (f.ascent - f.descent) * size / 2.0


def paint_note_tag(painter: QPainter, strip: QRectF, tag: str) -> None:
    """The tag framed at the left of a note's bottom `strip` (NoteItem.paint calls this)."""
    f = faces()
    size = strip.height() / LINE_HEIGHT
    box = QRectF(strip.left(), strip.top(), f.measure_bold(tag) * size + 0.6 * size, strip.height())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(f.tag_pen)
    painter.setBrush(_TAG_PAPER)
    painter.drawRect(box)
    painter.setPen(_TAG_INK)
    _draw_text(painter, "bold", size, box.left() + 0.3 * size, _baseline(box.center().y(), size), tag)


class SegmentLegendItem(QGraphicsItem):
    """The legend on the footer's left: a swatch with its tag, then the name, per segment."""

    def __init__(self) -> None:
        super().__init__()
        footer = to_scene(layout.FOOTER)
        # The attribution's font and text, as AttributionItem paints them.
        attribution_w = QFontMetricsF(board_font(12)).horizontalAdvance(layout.ATTRIBUTION)
        room = footer.width() - attribution_w - _ATTRIBUTION_GAP
        self._rect = QRectF(footer.x(), footer.y(), room, footer.height())
        self._line: LegendLine | None = None
        self.setZValue(-20)

    @property
    def line(self) -> LegendLine | None:
        return self._line

    def set_segments(self, segments: list[Segment]) -> None:
        f = faces()
        line = None
        if segments:
            line = fit_legend(segments, self._rect.width(), f.measure, LEGEND_SIZES, f.measure_bold)
        if line != self._line:
            self.prepareGeometryChange()
            self._line = line
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect if self._line is not None else QRectF()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        line = self._line
        if line is None:
            return
        size = line.size
        rect = self._rect
        side = SWATCH * size
        top = rect.center().y() - side / 2.0
        baseline = _baseline(rect.center().y(), size)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for entry in line.entries:
            box = QRectF(rect.x() + entry.x, top, entry.swatch, side)
            _draw_tag_box(painter, box, entry.tag, QColor(entry.segment.color))
            painter.setPen(_LEGEND_INK)
            _draw_text(painter, "regular", size, rect.x() + entry.name_x, baseline, entry.name)
        if line.more:
            painter.setPen(_LEGEND_INK)
            _draw_text(painter, "regular", size, rect.x() + line.more_x, baseline, line.more)


class SegmentMarks(QObject):
    """Keeps every note's tag and the footer's legend in step with the canvas."""

    def __init__(self, scene: BoardScene, controller: DocumentController) -> None:
        super().__init__(scene)
        self._scene = scene
        self._controller = controller
        self._tags: dict[str, str] = {}
        self.legend = SegmentLegendItem()
        scene.addItem(self.legend)
        controller.note_added.connect(self._tag_note)
        controller.note_changed.connect(self._tag_note)
        controller.segments_changed.connect(self.refresh)
        controller.canvas_reset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        segments = self._controller.canvas.segments
        focus = self._scene.segment_focus
        if focus is not None and self._controller.canvas.segment(focus) is None:
            self._scene.set_segment_focus(None)  # its segment was deleted, or another file opened
        self._tags = segment_tags(segments)
        self.legend.set_segments(list(segments))
        for note in self._controller.canvas.notes:
            item = self._scene.note_item(note.id)
            if item is not None:
                item.set_segment_tag(self._tags.get(note.segment or "", ""))

    def _tag_note(self, note_id: str) -> None:
        item = self._scene.note_item(note_id)
        if item is not None:
            item.set_segment_tag(self._tags.get(item.note.segment or "", ""))
