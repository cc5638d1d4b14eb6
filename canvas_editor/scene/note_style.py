"""How a sticky note looks, shared by every note item (one font, one metrics, one cache).

Text is fitted by `text_fit.fit_text`, the rule the PDF uses, with the same fonts and
the same proportions of the note as the PDF's A4 sheet (8 pt down to 5 pt on a note
of about 54 pt, 7 % padding), so a note wraps on screen as it prints. Every note is
drawn at the standard size and scaled by its item (NoteItem), so the fitted result
depends on the text and the note's size alone and is cached by both.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPixmap

from canvas_editor.export.bidi import base_level, needs_bidi
from canvas_editor.model import layout, voting
from canvas_editor.model.segment_legend import NOTE_MARK_PT
from canvas_editor.model.text_fit import LINE_HEIGHT, FittedText, fit_text
from canvas_editor.scene.fonts import board_font
from canvas_editor.scene.geometry import NOTE_H, NOTE_W

# The note text rule of the reference sheet (model.layout), in scene units.
_PT_TO_SCENE = NOTE_W / (layout.NOTE_W * layout.REFERENCE_SHEET_W_PT)
PADDING = layout.NOTE_PADDING * NOTE_W
SHADOW = 4.0  # room around the note for its shadow, in scene units

_REFERENCE_PX = 100  # text is laid out with one font at this size and scaled when drawn
_CACHE_LIMIT = 20_000
_SELECTION_COLOR = QColor("#1E88E5")
_MATCH_COLOR = QColor("#FB8C00")  # notes found by a search


class NoteStyle:
    """Fonts, metrics and the fitted-text cache for all notes of a scene."""

    def __init__(self) -> None:
        self.font = board_font(_REFERENCE_PX)
        self._metrics = QFontMetricsF(self.font)
        self._ascent = self._metrics.ascent() / _REFERENCE_PX
        self._descent = self._metrics.descent() / _REFERENCE_PX
        self._widths: dict[str, float] = {}
        self._fitted: dict[tuple[str, float, bool], FittedText] = {}
        self.body = QRectF(0.0, 0.0, NOTE_W, NOTE_H)
        self.inner = self.body.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        self.bounds = self.body.adjusted(-SHADOW, -SHADOW, SHADOW, SHADOW + 1.0)
        self._shadow = _shadow_pixmap()
        self._shadow_rect = self.body.adjusted(-SHADOW + 1.0, -SHADOW + 2.0, SHADOW + 1.0, SHADOW + 2.0)
        self._selection_pen = QPen(_SELECTION_COLOR, 2.5)
        self._selection_pen.setCosmetic(True)
        self.match_pen = QPen(_MATCH_COLOR, 3.0)  # around notes a search found (NoteItem)
        self.match_pen.setCosmetic(True)
        self.match_rect = self.body.adjusted(-2.5, -2.5, 2.5, 2.5)
        self._text_pen = QPen(QColor("#212121"))
        self._ink = QColor("#212121")
        self._hatch_pen = QPen(QColor(0, 0, 0, 38), NOTE_W * 0.02)
        self._corner_color = QColor(0, 0, 0, 60)

    def measure(self, s: str) -> float:
        """Width of `s` at size 1 (what fit_text expects)."""
        w = self._widths.get(s)
        if w is None:
            if len(self._widths) > _CACHE_LIMIT * 4:
                self._widths.clear()
            w = self._widths[s] = self._metrics.horizontalAdvance(s) / _REFERENCE_PX
        return w

    def largest_text(self, size: float = 1.0) -> float:
        """The largest text size of a note of `size`, in the units of the standard note."""
        return layout.note_text_pt(size)[0] * _PT_TO_SCENE / size

    def mark_strip(self, size: float = 1.0) -> QRectF:
        """The strip at the bottom of a note of `size` that holds its segment's tag, in the
        units of the standard note (as tall as on paper: model.segment_legend.NOTE_MARK_PT)."""
        height = NOTE_MARK_PT * LINE_HEIGHT * _PT_TO_SCENE / size
        return QRectF(self.inner.left(), self.inner.bottom() - height, self.inner.width(), height)

    def fitted(self, text: str, size: float = 1.0, tagged: bool = False) -> FittedText:
        """The text laid out on a note of `size`, in the units of the standard note (the
        item's scale brings it to the note's size); a `tagged` note's text keeps clear of
        its tag's strip."""
        key = (text, size, tagged)
        fitted = self._fitted.get(key)
        if fitted is None:
            if len(self._fitted) > _CACHE_LIMIT:
                self._fitted.clear()
            largest, smallest, step = (pt * _PT_TO_SCENE / size for pt in layout.note_text_pt(size))
            height = self.inner.height() - (self.mark_strip(size).height() if tagged else 0.0)
            fitted = fit_text(text, self.inner.width(), height, self.measure, largest, smallest, step)
            self._fitted[key] = fitted
        return fitted

    def paint(
        self,
        painter: QPainter,
        color: QColor,
        fitted: FittedText | None,
        selected: bool,
        has_description: bool,
    ) -> None:
        """Shadow, paper, text; `fitted` None leaves the text to an editor on top.

        Only axis-aligned fills and a prepared shadow image: antialiased strokes and
        rounded shapes cost ten times as much, and 2,000 notes are painted at once.
        The paper is a pen-less drawRect rather than fillRect (the same pixels): from
        Python, fillRect and QBrush(QColor) make PySide build QGradient and QImage
        with their enums, about 3 ms of the first paint.
        """
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.drawPixmap(self._shadow_rect, self._shadow, QRectF(self._shadow.rect()))
        body = self.body
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(body)
        if has_description:
            s = NOTE_W * 0.12
            painter.setBrush(self._corner_color)
            r = body.right()
            painter.drawPolygon([QPointF(r - s, 0.0), QPointF(r, 0.0), QPointF(r, s)])
        if fitted is not None and fitted.lines:
            self._paint_text(painter, fitted)
        if selected:
            painter.setPen(self._selection_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(body.adjusted(-1.0, -1.0, 1.0, 1.0))

    def paint_face_down(self, painter: QPainter, label: FittedText) -> None:
        """A face-down card over the paper: a hatch, and its author label in place of the text."""
        painter.setPen(self._hatch_pen)
        w = self.body.width()
        for i in range(1, 8):
            d = w * i / 4.0
            painter.drawLine(QPointF(max(d - w, 0.0), min(d, w)), QPointF(min(d, w), max(d - w, 0.0)))
        if label.lines:
            self._paint_text(painter, label)

    def paint_votes(self, painter: QPainter, votes: int) -> None:
        """Dot voting's marks: a dot per vote (voting.MAX_DOTS at most) and the count, in
        the top padding, as the PDF prints them (export/vote_marks.py)."""
        if votes <= 0:
            return
        shown = min(votes, voting.MAX_DOTS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._ink)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r = PADDING * voting.DOT_RADIUS
        for i in range(shown):
            painter.drawEllipse(QPointF(PADDING + i * PADDING * voting.DOT_PITCH + r, PADDING / 2.0), r, r)
        size = PADDING * voting.COUNT_SIZE
        k = size / _REFERENCE_PX
        painter.save()
        painter.translate(PADDING + shown * PADDING * voting.DOT_PITCH + PADDING * 0.2, PADDING / 2.0)
        painter.scale(k, k)
        painter.setFont(self.font)
        painter.setPen(self._text_pen)
        painter.drawText(QPointF(0.0, (self._ascent - self._descent) * _REFERENCE_PX / 2.0), str(votes))
        painter.restore()

    def _paint_text(self, painter: QPainter, fitted: FittedText) -> None:
        size = fitted.size
        pitch = size * LINE_HEIGHT
        # As the PDF does: centre the face's ascent-to-descent span in each line's pitch.
        first = (pitch - (self._ascent + self._descent) * size) / 2.0 + self._ascent * size
        k = size / _REFERENCE_PX
        painter.save()
        painter.translate(self.inner.topLeft())
        painter.scale(k, k)
        painter.setFont(self.font)
        painter.setPen(self._text_pen)
        for i, line in enumerate(fitted.lines):
            # As the PDF does: a line whose first strong character is right-to-left
            # is laid out right to left (where its neutrals go), still from the left.
            rtl = needs_bidi(line) and base_level(line) == 1
            painter.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            painter.drawText(QPointF(0.0, (i * pitch + first) / k), line)
        painter.restore()


def _shadow_pixmap() -> QPixmap:
    """A soft shadow for a note-sized square, drawn once and stretched under every note."""
    size = 64
    margin = size * SHADOW / NOTE_W
    full = round(size + 2 * margin)
    pixmap = QPixmap(full, full)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    steps = 6
    for i in range(steps):
        grow = margin * (1.0 - i / steps)
        painter.setBrush(QColor(0, 0, 0, 9 + 2 * i))
        inset = margin - grow
        painter.drawRoundedRect(QRectF(inset, inset, full - 2 * inset, full - 2 * inset), grow + 1, grow + 1)
    painter.end()
    return pixmap
