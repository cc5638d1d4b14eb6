"""A comparison in a window: the list of changes with its legend, and the marks on the board.

`ChangeList` is the panel: what is compared with what, a legend of the badges
(`scene.compare_overlay.KIND_STYLES`), one line per change in the words of
`model.compare.describe` (the `diff` command's), blocks named in the canvas's language.
Choosing a line (a click, the arrow keys, Enter) selects the note on the board and
scrolls to it. `Comparison` ties a list to a board: it computes the changes, shows
them in both, and, when the board is a live document, computes them again after every
edit.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.compare import Board, Change, compare, describe, summary
from canvas_editor.scene.board_scene import BoardScene
from canvas_editor.scene.compare_overlay import KIND_STYLES, CompareOverlay
from canvas_editor.scene.geometry import NOTE_H, NOTE_W, note_top_left
from canvas_editor.ui.keyed_list import KeyedList
from canvas_editor.ui.snapshot_keys import CHANGE_KEYS

_CHANGE_ROLE = Qt.ItemDataRole.UserRole
# Edits come in bursts (typing, a drag of many notes): the list follows once they pause.
_REFRESH_DELAY_MS = 150


def _words(text: str) -> str:
    """A kind of change's word (model.compare.LABELS) in the window's language."""
    return QCoreApplication.translate("Changes", text)


def _badge_icon(kind_color: QColor, letter: str) -> QIcon:
    pixmap = QPixmap(18, 18)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(kind_color)
    painter.drawEllipse(QRectF(1.0, 1.0, 16.0, 16.0))
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(11)
    painter.setFont(font)
    painter.drawText(QRectF(0.0, 0.0, 18.0, 18.0), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)


class ChangeList(QWidget):
    """What is compared, the legend, and the changes; `change_chosen(Change)` when one is picked."""

    change_chosen = Signal(object)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_list")
        self._icons = {kind: _badge_icon(style.color, style.badge) for kind, style in KIND_STYLES.items()}
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        legend = QWidget(self)
        legend_layout = QVBoxLayout(legend)
        legend_layout.setContentsMargins(0, 0, 0, 0)
        legend_layout.setSpacing(2)
        for kind, style in KIND_STYLES.items():
            row = QLabel(QCoreApplication.translate("CompareOverlay", style.legend), legend)
            row.setObjectName(f"legend_{kind.value}")
            icon = QLabel(legend)
            icon.setPixmap(self._icons[kind].pixmap(16, 16))
            line = QHBoxLayout()
            line.addWidget(icon)
            line.addWidget(row, 1)
            legend_layout.addLayout(line)
        commands = {"show": self._choose_current, "close": self.close_requested.emit}
        self.list = KeyedList(CHANGE_KEYS, commands, self)
        self.list.setObjectName("change_items")
        self.list.setAccessibleName(QCoreApplication.translate("ChangeList", "Changes"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda current, _previous: self._choose(current))
        self.list.itemClicked.connect(self._choose)
        hide = QPushButton(QCoreApplication.translate("ChangeList", "&Hide Changes"), self)
        hide.clicked.connect(self.close_requested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.list, 1)
        layout.addWidget(legend)
        layout.addWidget(hide)

    def set_changes(self, title: str, changes: list[Change], block_name: Callable[[BlockId], str]) -> None:
        """Show these changes; the line that was current stays current when its change is still there."""
        current = self.list.currentItem()
        keep = current.text() if current is not None else None
        self.title.setText(title)
        counts = summary(changes)
        self.counts.setText(
            ", ".join(
                QCoreApplication.translate("CompareOverlay", KIND_STYLES[kind].counted).format(count=n)
                for kind, n in counts.items()
            )
            if counts
            else QCoreApplication.translate("ChangeList", "No changes.")
        )
        self.list.blockSignals(True)
        self.list.clear()
        for change in changes:
            item = QListWidgetItem(self._icons[change.kind], describe(change, block_name, _words))
            item.setData(_CHANGE_ROLE, change)
            self.list.addItem(item)
            if item.text() == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def changes(self) -> list[Change]:
        return [self.list.item(i).data(_CHANGE_ROLE) for i in range(self.list.count())]

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _choose_current(self) -> None:
        self._choose(self.list.currentItem())

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.change_chosen.emit(item.data(_CHANGE_ROLE))


class Comparison(QObject):
    """One comparison shown in a ChangeList and on a board.

    `after` is read again at every refresh: for a window's own document it is the live
    canvas, and the changes follow its edits (`live`).
    """

    def __init__(
        self,
        changes_list: ChangeList,
        view: QGraphicsView,
        scene: BoardScene,
        before: Board,
        after: Callable[[], Board],
        title: str,
        live: DocumentController | None = None,
    ) -> None:
        super().__init__(changes_list)
        self.list = changes_list
        self._view = view
        self._scene = scene
        self._before = before
        self._after = after
        self._title = title
        self.overlay = CompareOverlay(scene)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._live = live
        if live is not None:
            live.undo_stack.indexChanged.connect(self._timer.start)
            live.canvas_reset.connect(self._timer.start)
        changes_list.change_chosen.connect(self.show_change)
        self.refresh()

    @property
    def title(self) -> str:
        return self._title

    def refresh(self) -> None:
        self._timer.stop()
        language = self._scene.controller.canvas.language
        changes = compare(self._before, self._after())
        self.list.set_changes(self._title, changes, partial(_block_name, language=language))
        self.overlay.show(changes)

    def stop(self) -> None:
        """Take the marks off the board and stop following its edits."""
        self._timer.stop()
        if self._live is not None:
            self._live.undo_stack.indexChanged.disconnect(self._timer.start)
            self._live.canvas_reset.disconnect(self._timer.start)
            self._live = None
        self.list.change_chosen.disconnect(self.show_change)
        self.overlay.clear()

    def show_change(self, change: Change) -> None:
        """Select the changed note and bring it into view; a removed note's place, unselected."""
        item = self._scene.note_item(change.note_id)
        if item is not None and change.after is not None:
            self._scene.select_notes([change.note_id])
            self._view.ensureVisible(item)
            return
        self._scene.select_notes([])
        note = change.note
        self._view.ensureVisible(QRectF(note_top_left(note.block, note.x, note.y), QSizeF(NOTE_W, NOTE_H)))


def _block_name(block: BlockId, language: str) -> str:
    return BLOCKS[block].name(language)
