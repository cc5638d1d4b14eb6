"""The Presentation Order panel: the nine blocks in the order a presentation walks them.

Drag a block (or Alt+Up / Alt+Down) to move it, "Reveal Next" to present the chosen
block right after the one being presented, "Standard Order" to go back to the usual
telling. Every change is one undoable edit of the canvas's `presentation_order`
(`DocumentController.set_presentation_order`), so it is saved with the file; the list
is always redrawn from the canvas, never kept apart from it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.presentation import block_order, moved_block, with_block_next
from canvas_editor.scene import board_keys
from canvas_editor.ui.presentation_keys import ORDER_PANEL_KEYS

_BLOCK_ROLE = Qt.ItemDataRole.UserRole


class BlockList(QListWidget):
    """The blocks, dragged into order; `dropped` runs once a drag has moved one.

    A drop moves the row in the list's model (rowsMoved); the new order is taken on the
    next turn of the event loop, once the list has finished its drop, since taking it
    redraws the list."""

    def __init__(
        self, parent: QWidget, dropped: Callable[[], None], keys: dict[str, Callable[[], None]]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_order_list")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._keys = keys
        self._after_drop = QTimer(self)
        self._after_drop.setSingleShot(True)
        self._after_drop.setInterval(0)
        self._after_drop.timeout.connect(dropped)
        self.model().rowsMoved.connect(self._after_drop.start)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        entry = board_keys.match(event, ORDER_PANEL_KEYS)
        if entry is None:
            super().keyPressEvent(event)
            return
        self._keys[entry.command]()
        event.accept()

    def blocks(self) -> list[BlockId]:
        return [BlockId(self.item(i).data(_BLOCK_ROLE)) for i in range(self.count())]

    def chosen(self) -> BlockId | None:
        item = self.currentItem()
        return BlockId(item.data(_BLOCK_ROLE)) if item is not None else None


class PresentationOrderPanel(QWidget):
    def __init__(
        self,
        controller: DocumentController,
        presented_block: Callable[[], BlockId | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._presented_block = presented_block
        keys: dict[str, Callable[[], None]] = {
            "move_up": lambda: self._move(-1),
            "move_down": lambda: self._move(1),
        }
        missing = board_keys.commands(ORDER_PANEL_KEYS) - keys.keys()
        if missing:
            raise RuntimeError(f"order panel keys without a command: {sorted(missing)}")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.list = BlockList(self, self._take_list_order, keys)
        self.move_up = self._button("order_move_up", lambda: self._move(-1))
        self.move_down = self._button("order_move_down", lambda: self._move(1))
        self.reveal_next = self._button("order_reveal_next", self._reveal_next)
        self.standard = self._button("order_standard", lambda: self._set([]))
        buttons = QGridLayout()
        buttons.addWidget(self.move_up, 0, 0)
        buttons.addWidget(self.move_down, 0, 1)
        buttons.addWidget(self.reveal_next, 1, 0)
        buttons.addWidget(self.standard, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        for signal in (
            controller.presentation_order_changed,
            controller.canvas_reset,
            controller.header_changed,
        ):
            signal.connect(self.refresh)
        # Pasting 2,000 notes sends 2,000 signals: the note counts are redrawn once afterwards.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        for signal in (controller.note_added, controller.note_removed, controller.note_moved):
            signal.connect(self._schedule_refresh)
        self.list.currentRowChanged.connect(self._enable_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the panel in the window's language (again on LanguageChange)."""
        translate = QCoreApplication.translate
        self.list.setAccessibleName(translate("PresentationOrder", "Blocks in presentation order"))
        self.hint.setText(
            translate(
                "PresentationOrder", "Notes appear block by block, in this order. Drag a block to move it."
            )
        )
        self.move_up.setText(translate("PresentationOrder", "Move &Up"))
        self.move_down.setText(translate("PresentationOrder", "Move &Down"))
        self.reveal_next.setText(translate("PresentationOrder", "&Reveal Next"))
        self.reveal_next.setToolTip(
            translate(
                "PresentationOrder",
                "Present the chosen block right after the block being presented (first, when none is)",
            )
        )
        self.standard.setText(translate("PresentationOrder", "&Standard Order"))
        self.standard.setToolTip(
            translate(
                "PresentationOrder", "Customer segments, value propositions, channels ... cost structure"
            )
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        """A button; its text is set by `retranslate`."""
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _schedule_refresh(self, *_args: object) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Redraw the list from the canvas, keeping the chosen block chosen."""
        canvas = self._controller.canvas
        chosen = self.list.chosen()
        counts = Counter(n.block for n in canvas.notes)
        self.list.clear()
        for number, block in enumerate(block_order(canvas.presentation_order), start=1):
            count = counts[block]
            notes = (
                QCoreApplication.translate("PresentationOrder", "1 note")
                if count == 1
                else QCoreApplication.translate("PresentationOrder", "{count} notes").format(count=count)
            )
            item = QListWidgetItem(f"{number}. {BLOCKS[block].name(canvas.language)}  ({notes})")
            item.setData(_BLOCK_ROLE, block.value)
            self.list.addItem(item)
            if block == chosen:
                self.list.setCurrentItem(item)
        self._enable_buttons()

    def _enable_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        for button in (self.move_up, self.move_down, self.reveal_next):
            button.setEnabled(row >= 0)
        self.move_up.setEnabled(row > 0)
        self.move_down.setEnabled(0 <= row < self.list.count() - 1)

    def _set(self, order: list[BlockId]) -> None:
        self._controller.set_presentation_order(order)
        self.refresh()  # also when nothing changed (a drop back in place): the list shows the canvas

    def _take_list_order(self) -> None:
        self._set(self.list.blocks())

    def _move(self, step: int) -> None:
        block = self.list.chosen()
        if block is not None:
            order = block_order(self._controller.canvas.presentation_order)
            self._set(moved_block(order, block, order.index(block) + step))

    def _reveal_next(self) -> None:
        block = self.list.chosen()
        if block is not None:
            order = self._controller.canvas.presentation_order
            self._set(with_block_next(order, block, self._presented_block()))
