"""The sheet's fixed furniture: the nine blocks, the header and the attribution line.

They paint the canvas's words in its language and never move; the scene tells them
when their content changed (a block became empty, the header was edited).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas_editor.model import header_layout, layout
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.canvas_words import attribution, word
from canvas_editor.model.document import Canvas
from canvas_editor.model.header_layout import TextBox
from canvas_editor.model.layout import Rect
from canvas_editor.model.text_fit import FittedText, fit_text
from canvas_editor.scene.fonts import board_font
from canvas_editor.scene.geometry import SHEET_RECT, SHEET_W, block_rect, to_scene

BLOCK_NUMBERS: dict[BlockId, int] = {b: i + 1 for i, b in enumerate(BlockId)}
"""Keys 1..9 choose these blocks; the number shows in each block's corner."""

_LINE = QColor("#9E9E9E")
_TITLE = QColor("#263238")
_HINT = QColor(0, 0, 0, 95)
_FAINT = QColor("#9E9E9E")
_CHOSEN = QColor("#1E88E5")


def _elided(metrics: QFontMetricsF, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class SheetItem(QGraphicsItem):
    """The white paper behind everything, with a soft edge."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-30)  # four rectangles: cheaper to paint than a sheet-sized cache

    def boundingRect(self) -> QRectF:
        return SHEET_RECT.adjusted(-6, -6, 8, 10)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for i, alpha in enumerate((8, 12, 18)):
            grow = 4.0 - i * 1.5
            painter.setBrush(QColor(0, 0, 0, alpha))
            painter.drawRect(SHEET_RECT.adjusted(-grow + 1, -grow + 2, grow + 1, grow + 3))
        painter.setBrush(QColor("white"))
        painter.drawRect(SHEET_RECT)


class BlockItem(QGraphicsItem):
    """One of the nine blocks: frame, name, number and, while empty, its questions."""

    def __init__(self, block: BlockId) -> None:
        super().__init__()
        self.block = block
        self._rect = block_rect(block)
        self._language = "en"
        self._empty = True
        self._chosen = False
        # Keys 1..9 and the guiding questions help on screen; exports leave them out.
        self.screen_hints = True
        self._title_font = board_font(15, bold=True)
        self._number_font = board_font(12)
        self._hint_font = board_font(13)
        self.setZValue(-20)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def rect(self) -> QRectF:
        return self._rect

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self.update()

    def is_empty(self) -> bool:
        """Whether the block shows its guiding questions (it has no notes)."""
        return self._empty

    def set_empty(self, empty: bool) -> None:
        if empty != self._empty:
            self._empty = empty
            self.update()

    def is_chosen(self) -> bool:
        """Whether keys 1..9 picked this block for the next note (drawn highlighted)."""
        return self._chosen

    def set_chosen(self, chosen: bool) -> None:
        if chosen != self._chosen:
            self._chosen = chosen
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self._rect
        pen = QPen(_CHOSEN if self._chosen else _LINE, 2.5 if self._chosen else 1.2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        info = BLOCKS[self.block]
        pad = 8.0
        title_h = layout.BLOCK_TITLE_H * SHEET_RECT.height()
        number = str(BLOCK_NUMBERS[self.block])
        painter.setFont(self._number_font)
        painter.setPen(_FAINT)
        number_w = QFontMetricsF(self._number_font).horizontalAdvance(number) + pad
        if self.screen_hints:
            painter.drawText(
                QRectF(rect.right() - number_w - pad / 2, rect.top(), number_w, title_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                number,
            )
        painter.setFont(self._title_font)
        painter.setPen(_TITLE)
        title_rect = QRectF(rect.left() + pad, rect.top(), rect.width() - 2 * pad - number_w, title_h)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            _elided(QFontMetricsF(self._title_font), info.name(self._language), title_rect.width()),
        )
        if self._empty and self.screen_hints:
            painter.setFont(self._hint_font)
            painter.setPen(_HINT)
            hint_rect = QRectF(
                rect.left() + pad, rect.top() + title_h, rect.width() - 2 * pad, rect.height() - title_h - pad
            )
            painter.drawText(
                hint_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                "\n\n".join(info.questions(self._language)),
            )


class _Face:
    """A font laid out at one reference size and scaled when drawn, as notes are.

    `measure` gives widths at size 1 (what text_fit expects); the PDF measures the same
    face the same way, so a text breaks into the same lines on screen and on paper.
    """

    REFERENCE_PX = 100

    def __init__(self, bold: bool) -> None:
        self.font = board_font(self.REFERENCE_PX, bold=bold)
        metrics = QFontMetricsF(self.font)
        self._metrics = metrics
        self.ascent = metrics.ascent() / self.REFERENCE_PX
        self.descent = metrics.descent() / self.REFERENCE_PX

    def measure(self, s: str) -> float:
        return self._metrics.horizontalAdvance(s) / self.REFERENCE_PX

    def fit(self, text: str, box: TextBox) -> FittedText:
        return fit_text(text, box.box.w, box.box.h, self.measure, box.max_size, box.min_size)

    def paint(self, painter: QPainter, fitted: FittedText, box: Rect) -> None:
        """The lines from the top of `box`, each centred in its pitch as the PDF does."""
        size = fitted.size
        pitch = fitted.line_pitch
        first = (pitch - (self.ascent + self.descent) * size) / 2.0 + self.ascent * size
        k = size / self.REFERENCE_PX
        painter.save()
        painter.translate(box.x, box.y)
        painter.scale(k, k)
        painter.setFont(self.font)
        for i, line in enumerate(fitted.lines):
            painter.drawText(QPointF(0.0, (i * pitch + first) / k), line)
        painter.restore()


class HeaderItem(QGraphicsItem):
    """Title, designed for, designed by, date and iteration; double-click edits them.

    Laid out by `model.header_layout` as on the PDF's A4 sheet (the scene is that sheet
    at `_POINT` scene units per point), so a long title wraps and shrinks as printed.
    """

    FIELDS = header_layout.FIELDS
    _POINT = SHEET_W / layout.REFERENCE_SHEET_W_PT

    def __init__(self) -> None:
        super().__init__()
        self._rect = to_scene(layout.HEADER)
        self._boxes = header_layout.header_boxes(_rect_of(self._rect), self._POINT, self._POINT)
        self._values: dict[str, str] = {}
        self._language = "en"
        self._screen_hints = True
        self._bold = _Face(bold=True)
        self._regular = _Face(bold=False)
        self._fitted: dict[str, FittedText] | None = None
        self.setZValue(-20)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.retranslate()

    def retranslate(self) -> None:
        """The tip in the window's language (the board's words follow the canvas's)."""
        self.setToolTip(
            QCoreApplication.translate("Board", "Double-click to edit the title, names, date and iteration")
        )

    @property
    def rect(self) -> QRectF:
        return self._rect

    @property
    def screen_hints(self) -> bool:
        """Whether an untitled canvas shows the "Untitled canvas" placeholder (exports do not)."""
        return self._screen_hints

    @screen_hints.setter
    def screen_hints(self, shown: bool) -> None:
        self._screen_hints = shown
        self._fitted = None
        self.update()

    def set_canvas(self, canvas: Canvas) -> None:
        self._values = {name: getattr(canvas, name) for name in ("title", *self.FIELDS)}
        self._language = canvas.language
        self._fitted = None
        self.update()

    def title_text(self) -> str:
        """The title as shown: the canvas's, or the placeholder on screen when it has none."""
        title = self._values.get("title", "")
        return title or (word("untitled", self._language) if self.screen_hints else "")

    def fitted(self) -> dict[str, FittedText]:
        """Each text fitted into its box: "title", each field's value by name, and its
        label as "<name>_label"."""
        if self._fitted is None:
            boxes = self._boxes
            fitted = {"title": self._bold.fit(self.title_text(), boxes.title)}
            for field in boxes.fields:
                fitted[field.name] = self._regular.fit(self._values.get(field.name, ""), field.value)
                label = word(field.name, self._language)
                fitted[f"{field.name}_label"] = self._regular.fit(label, field.label)
            self._fitted = fitted
        return self._fitted

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        fitted = self.fitted()
        boxes = self._boxes
        painter.setPen(_TITLE if self._values.get("title") else _FAINT)
        self._bold.paint(painter, fitted["title"], boxes.title.box)
        for field in boxes.fields:
            value = field.value.box
            painter.setPen(QPen(_LINE, 1.0))
            painter.drawLine(QPointF(value.x, value.bottom), QPointF(value.right, value.bottom))
            painter.setPen(_FAINT)
            self._regular.paint(painter, fitted[f"{field.name}_label"], field.label.box)
            painter.setPen(_TITLE)
            self._regular.paint(painter, fitted[field.name], value)


def _rect_of(rect: QRectF) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


class AttributionItem(QGraphicsItem):
    """The licence line the Business Model Canvas requires on every copy, in the canvas's language."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = to_scene(layout.FOOTER)
        self._font = board_font(12)
        self._language = "en"
        self.setZValue(-20)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self.update()

    @property
    def text(self) -> str:
        return attribution(self._language)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setFont(self._font)
        painter.setPen(_FAINT)
        painter.drawText(
            self._rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.text,
        )
