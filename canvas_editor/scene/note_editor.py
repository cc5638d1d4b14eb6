"""The in-place text editor laid over a note being edited.

Plain text only: pasted or dropped rich text is inserted as its plain text. Input
methods (Korean and others) work through QGraphicsTextItem's own support. The editor
only reports: text changes, "done" (Escape, focus lost) and "next/previous note" (Tab,
Shift+Tab); the edit session turns those into controller calls.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QGuiApplication, QKeyEvent, QPainter, QTextCursor
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from canvas_editor.scene import board_keys
from canvas_editor.scene.fonts import board_font
from canvas_editor.scene.note_style import PADDING, TEXT_MAX

# Focus lost to these does not end the edit: a popup (the editor's own or an input
# method's) or another window being activated for a moment.
_KEEP_EDITING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class NoteEditor(QGraphicsTextItem):
    def __init__(
        self,
        parent: QGraphicsItem,
        text: str,
        color: QColor,
        width: float,
        on_text: Callable[[str], None],
        on_done: Callable[[], None],
        on_step: Callable[[int], None],
    ) -> None:
        super().__init__(parent)
        self._background = QColor(color)
        self._on_text = on_text
        self._on_done = on_done
        self._on_step = on_step
        self._quiet = False
        self.setFont(board_font(round(TEXT_MAX)))
        self.setDefaultTextColor(QColor("#212121"))
        self.document().setDocumentMargin(0.0)
        self.setTextWidth(width)
        self.setPos(PADDING, PADDING)
        self.setPlainText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.move_cursor_to_end()
        self.document().contentsChanged.connect(self._contents_changed)

    def set_text_quietly(self, text: str) -> None:
        """Show text changed elsewhere (undo from a menu) without reporting it back."""
        if text == self.toPlainText():
            return
        self._quiet = True
        try:
            self.setPlainText(text)
        finally:
            self._quiet = False
        self.move_cursor_to_end()

    def set_background(self, color: QColor) -> None:
        self._background = QColor(color)
        self.update()

    def move_cursor_to_end(self) -> None:
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def insert_plain(self, text: str) -> None:
        if text:
            self.textCursor().insertText(text)

    def _contents_changed(self) -> None:
        if not self._quiet:
            self._on_text(self.toPlainText())

    # ---- events -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The keys are declared in board_keys.EDITOR_KEYS (Help lists them from there).
        entry = board_keys.match(event, board_keys.EDITOR_KEYS)
        command = entry.command if entry is not None else ""
        if command == "finish":
            self._on_done()
        elif command in ("next", "previous"):
            self._on_step(1 if command == "next" else -1)
        elif command == "paste_text":
            self.insert_plain(QGuiApplication.clipboard().text())
        else:
            super().keyPressEvent(event)

    def sceneEvent(self, event: QEvent) -> bool:
        # Tab would otherwise move focus between items before reaching keyPressEvent.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.keyPressEvent(event)
            return True
        return super().sceneEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in _KEEP_EDITING:
            self._on_done()

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        mime = event.mimeData()
        if mime is not None and mime.hasText():
            self.insert_plain(mime.text())
            event.acceptProposedAction()
        else:
            event.ignore()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        # Qt's menu would paste rich text; the keyboard covers cut, copy and paste.
        event.accept()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Text longer than the note spills below it on the note's own colour.
        painter.fillRect(self.boundingRect(), self._background)
        # No dashed focus frame: the caret shows where typing goes.
        option.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # None is allowed

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-PADDING, -PADDING, PADDING, PADDING)
