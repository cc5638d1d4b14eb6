"""The Segment Legend panel: each customer segment's colour, tag, name and note count.

Click a segment to focus it (its notes stay bright on the board, the others fade),
click it again to end the focus; the list's keys come from `ui.segment_keys`. Drag a
segment, or Alt+Up / Alt+Down, to move it in the legend. The buttons show the
legend's actions (ui/segment_legend.py), so their words are the menus' words. The
list is always redrawn from the canvas, never kept apart from it.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.model.document import Segment
from canvas_editor.model.segment_legend import segment_tags
from canvas_editor.ui.keyed_list import KeyedList
from canvas_editor.ui.segment_keys import LEGEND_KEYS
from canvas_editor.ui.segment_legend import LEGEND_COMMANDS

if TYPE_CHECKING:
    from canvas_editor.ui.segment_legend import SegmentLegend

_ID_ROLE = Qt.ItemDataRole.UserRole
_SWATCH_PX = 20


def swatch_icon(color: str, tag: str) -> QIcon:
    """The segment's colour with its tag, as on the notes and the printed legend."""
    pixmap = QPixmap(_SWATCH_PX, _SWATCH_PX)
    pixmap.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#212121"))
    painter.drawRect(0, 0, _SWATCH_PX - 1, _SWATCH_PX - 1)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(11)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, _SWATCH_PX, _SWATCH_PX), Qt.AlignmentFlag.AlignCenter, tag)
    painter.end()
    return QIcon(pixmap)


def count_text(count: int) -> str:
    return (
        QCoreApplication.translate("SegmentLegend", "1 note")
        if count == 1
        else QCoreApplication.translate("SegmentLegend", "{count} notes").format(count=count)
    )


class SegmentLegendPanel(QWidget):
    def __init__(self, legend: SegmentLegend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segment_legend_panel")
        self._legend = legend
        self._controller = legend.controller
        commands = {
            "focus": self.toggle_current,
            "clear_focus": legend.clear_focus,
            "rename": legend.rename_current,
            "delete": legend.delete_current,
            "move_up": lambda: legend.move_current(-1),
            "move_down": lambda: legend.move_current(1),
        }
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = KeyedList(LEGEND_KEYS, commands, self)
        self.list.setObjectName("segment_legend_list")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.itemClicked.connect(lambda item: legend.toggle_focus(item.data(_ID_ROLE)))
        self.list.currentItemChanged.connect(lambda _current, _previous: legend.update_actions())
        # A drop moves the row in the list's model; the move is taken on the next turn of
        # the event loop, once the list has finished its drop, since it redraws the list.
        self._after_drop = QTimer(self)
        self._after_drop.setSingleShot(True)
        self._after_drop.setInterval(0)
        self._after_drop.timeout.connect(self._take_drop)
        self.list.model().rowsMoved.connect(self._after_drop.start)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        buttons = QGridLayout()
        self.buttons: dict[str, QToolButton] = {}
        for i, name in enumerate(LEGEND_COMMANDS):
            button = QToolButton(self)
            button.setObjectName(f"legend_{name}")
            button.setDefaultAction(legend.actions[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            buttons.addWidget(button, i // 2, i % 2)
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)
        # Pasting 2,000 notes sends 2,000 signals: the counts are redrawn once afterwards.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        c = self._controller
        for signal in (c.note_added, c.note_removed, c.note_changed):
            signal.connect(self._schedule_refresh)
        for signal in (c.segments_changed, c.canvas_reset, legend.scene.segment_focus_changed):
            signal.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the panel in the window's language (again on LanguageChange); the
        buttons are the legend's actions, which the menus translate."""
        self.hint.setText(
            QCoreApplication.translate(
                "SegmentLegend", "Click a segment to follow its notes; click it again, or Escape, to see all."
            )
        )
        self.list.setAccessibleName(QCoreApplication.translate("SegmentLegend", "Customer segments"))
        self.list.setAccessibleDescription(
            QCoreApplication.translate(
                "SegmentLegend",
                "Each segment's colour, name and number of notes. Enter focuses a segment, Escape ends "
                "the focus, F2 renames, Delete deletes, Alt+Up and Alt+Down move it.",
            )
        )
        self.empty.setText(
            QCoreApplication.translate("SegmentLegend", "No segments yet: New Segment adds one.")
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _schedule_refresh(self, *_args: object) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self, *_args: object) -> None:
        """Redraw the list from the canvas, keeping the chosen segment chosen."""
        self._refresh_timer.stop()
        canvas = self._controller.canvas
        chosen = self.current()
        counts = Counter(n.segment for n in canvas.notes if n.segment is not None)
        tags = segment_tags(canvas.segments)
        focus = self._legend.scene.segment_focus
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for segment in canvas.segments:
                item = QListWidgetItem(swatch_icon(segment.color, tags[segment.id]), "")
                words = f"{segment.name}  ({count_text(counts[segment.id])})"
                if segment.id == focus:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    words = QCoreApplication.translate("SegmentLegend", "{segment}, focused").format(
                        segment=words
                    )
                item.setText(words)
                item.setToolTip(f"{tags[segment.id]}: {segment.name}, {segment.color}")
                item.setData(_ID_ROLE, segment.id)
                self.list.addItem(item)
                if chosen is not None and segment.id == chosen.id:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)
        self._legend.update_actions()

    def current(self) -> Segment | None:
        item = self.list.currentItem()
        return self._controller.canvas.segment(item.data(_ID_ROLE)) if item is not None else None

    def choose(self, segment_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == segment_id:
                self.list.setCurrentRow(row)
                return

    def row_of(self, segment_id: str) -> int:
        return next(r for r in range(self.list.count()) if self.list.item(r).data(_ID_ROLE) == segment_id)

    def toggle_current(self) -> None:
        segment = self.current()
        if segment is not None:
            self._legend.toggle_focus(segment.id)

    def _take_drop(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._legend.move(item.data(_ID_ROLE), self.list.row(item))
        self.refresh()  # also when nothing changed: the list shows the canvas
