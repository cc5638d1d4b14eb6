"""A list whose keys come from a key table (ui/snapshot_keys.py), and stay its own.

While the list has the keyboard, a key of its table is not taken by a window shortcut
(Delete would otherwise delete the board's selected notes through Edit > Delete): the
list claims it in the shortcut-override step, then runs the command the entry names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QWidget

from canvas_editor.scene import board_keys
from canvas_editor.scene.board_keys import BoardKey


class KeyedList(QListWidget):
    def __init__(
        self,
        table: tuple[BoardKey, ...],
        commands: Mapping[str, Callable[[], object]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        missing = board_keys.commands(table) - commands.keys()
        if missing:
            raise RuntimeError(f"keys without a command: {sorted(missing)}")
        self._table = table
        self._commands = commands

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if board_keys.match(event, self._table) is not None:
                event.accept()  # the key press comes to this list instead
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        entry = board_keys.match(event, self._table)
        if entry is None:
            super().keyPressEvent(event)
            return
        self._commands[entry.command]()
        event.accept()
