"""A comparison shown on a board: an outline and badges on each changed note, and a
dashed outline where a removed note was.

The overlay adds its own items to a BoardScene and changes nothing else of it. A
changed note's marker is a child of the note's item, so it moves with the note while
it is dragged and goes when the note goes; a removed note's marker stands alone at
the place the note had. Markers have no shape: clicks and drags reach the notes.

`KIND_STYLES` is the one table of how each kind of change looks; the legend beside
the list of changes (ui/compare_panel.py) is drawn from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.compare import Change, ChangeKind
from canvas_editor.model.document import Note
from canvas_editor.scene.board_scene import BoardScene
from canvas_editor.scene.fonts import board_font
from canvas_editor.scene.geometry import NOTE_H, NOTE_W, note_top_left


class KindStyle(NamedTuple):
    color: QColor
    badge: str  # a letter on the note
    legend: str  # what the badge means, beside the list (translated where shown)
    counted: str  # how many there are, "{count} added" (translated where shown)


KIND_STYLES: dict[ChangeKind, KindStyle] = {
    ChangeKind.ADDED: KindStyle(
        QColor("#2E7D32"),
        "+",
        QT_TRANSLATE_NOOP("CompareOverlay", "Added"),
        QT_TRANSLATE_NOOP("CompareOverlay", "{count} added"),
    ),
    ChangeKind.REMOVED: KindStyle(
        QColor("#C62828"),
        "\u2212",
        QT_TRANSLATE_NOOP("CompareOverlay", "Removed (where it was)"),
        QT_TRANSLATE_NOOP("CompareOverlay", "{count} removed"),
    ),
    ChangeKind.MOVED: KindStyle(
        QColor("#1565C0"),
        "M",
        QT_TRANSLATE_NOOP("CompareOverlay", "Moved to another block"),
        QT_TRANSLATE_NOOP("CompareOverlay", "{count} moved to another block"),
    ),
    ChangeKind.TEXT: KindStyle(
        QColor("#6A1B9A"),
        "T",
        QT_TRANSLATE_NOOP("CompareOverlay", "Text changed"),
        QT_TRANSLATE_NOOP("CompareOverlay", "{count} text changed"),
    ),
    ChangeKind.COLOR: KindStyle(
        QColor("#EF6C00"),
        "C",
        QT_TRANSLATE_NOOP("CompareOverlay", "Recoloured"),
        QT_TRANSLATE_NOOP("CompareOverlay", "{count} recoloured"),
    ),
    ChangeKind.SEGMENT: KindStyle(
        QColor("#00838F"),
        "S",
        QT_TRANSLATE_NOOP("CompareOverlay", "Segment changed"),
        QT_TRANSLATE_NOOP("CompareOverlay", "{count} segment changed"),
    ),
    ChangeKind.VOTES: KindStyle(
        QColor("#5D4037"),
        "V",
        QT_TRANSLATE_NOOP("CompareOverlay", "Votes changed"),
        QT_TRANSLATE_NOOP("CompareOverlay", "{count} votes changed"),
    ),
}

# Above every note, also one lifted for a drag (BoardScene lifts by 1e6).
_GHOST_Z = 3_000_000.0
_BADGE = 20.0  # scene units across (a note is about 90)
_OUTLINE = 3.0  # device pixels


class _Marker(QGraphicsItem):
    """An outline of `rect` in the first kind's colour, and a badge per kind above its corner."""

    def __init__(
        self, kinds: list[ChangeKind], rect: QRectF, font: QFont, dashed: bool, parent: QGraphicsItem | None
    ) -> None:
        super().__init__(parent)
        self.kinds = kinds
        self._rect = rect.adjusted(-3.0, -3.0, 3.0, 3.0)
        self._font = font
        self._dashed = dashed
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        r = self._rect
        half = _BADGE / 2.0
        return r.adjusted(-_OUTLINE - half, -_OUTLINE - half, _OUTLINE + half, _OUTLINE)

    def shape(self) -> QPainterPath:
        return QPainterPath()  # clicks go to the note

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        first = KIND_STYLES[self.kinds[0]].color
        pen = QPen(first, _OUTLINE)
        pen.setCosmetic(True)
        if self._dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(self._font)
        right = self._rect.right()
        for i, kind in enumerate(self.kinds):
            style = KIND_STYLES[kind]
            centre = QPointF(right - i * (_BADGE + 2.0), self._rect.top())
            badge = QRectF(centre.x() - _BADGE / 2.0, centre.y() - _BADGE / 2.0, _BADGE, _BADGE)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.color)
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, style.badge)


class CompareOverlay:
    """The markers of one comparison on one board; `show` replaces them, `clear` removes them."""

    def __init__(self, scene: BoardScene) -> None:
        self._scene = scene
        self._font = board_font(round(_BADGE * 0.6), bold=True)
        # Python references to every marker: the scene deletes an item it handed out
        # once no Python reference is left (docs/architecture.md).
        self._markers: list[_Marker] = []

    @property
    def marked(self) -> dict[str, list[ChangeKind]]:
        """Note id -> the kinds its marker shows (removed notes included)."""
        return {m.data(0): m.kinds for m in self._markers if shiboken6.isValid(m)}

    def show(self, changes: Iterable[Change]) -> None:
        """Mark these changes on the board (the state after them is what the board shows)."""
        self.clear()
        by_note: dict[str, list[Change]] = {}
        for change in changes:
            by_note.setdefault(change.note_id, []).append(change)
        for note_id, found in by_note.items():
            kinds = [c.kind for c in found]
            if kinds == [ChangeKind.REMOVED]:
                before = found[0].before
                assert before is not None
                self._add(note_id, self._ghost(kinds, before))
                continue
            item = self._scene.note_item(note_id)
            if item is not None:
                self._add(note_id, _Marker(kinds, item.shape().boundingRect(), self._font, False, item))

    def clear(self) -> None:
        for marker in self._markers:
            # A note's marker went with the note's item when the note left the board.
            if shiboken6.isValid(marker) and marker.scene() is not None:
                self._scene.removeItem(marker)  # also takes it off its note
        self._markers.clear()

    def _ghost(self, kinds: list[ChangeKind], note: Note) -> _Marker:
        marker = _Marker(kinds, QRectF(0.0, 0.0, NOTE_W, NOTE_H), self._font, True, None)
        marker.setPos(note_top_left(note.block, note.x, note.y))
        marker.setZValue(_GHOST_Z)
        self._scene.addItem(marker)
        return marker

    def _add(self, note_id: str, marker: _Marker) -> None:
        marker.setData(0, note_id)
        self._markers.append(marker)
