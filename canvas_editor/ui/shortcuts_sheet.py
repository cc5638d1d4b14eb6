"""Help > Keyboard Shortcuts: every key of the window, read from the keys themselves.

Nothing here is a list of keys. The window's part comes from its QActions (walked
through the menu bar, so an action added to any menu shows up with the shortcut it
really has); the board's part comes from `scene.board_keys` and the outline's from
`ui.outline_keys`, the tables their key handling dispatches through. A key changed in
any of these places changes the sheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.scene.board_keys import BOARD_KEYS, EDITOR_KEYS, BoardKey
from canvas_editor.ui.outline_keys import OUTLINE_EDITOR_KEYS, OUTLINE_KEYS
from canvas_editor.ui.presentation_keys import ORDER_PANEL_KEYS, PRESENTING_KEYS

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Shortcut:
    description: str
    keys: str


@dataclass(frozen=True)
class Section:
    title: str
    shortcuts: tuple[Shortcut, ...]


def action_label(action: QAction) -> str:
    """An action's text as read: no mnemonic ampersands, no tab-separated key hint."""
    text = action.text().split("\t", 1)[0]
    return re.sub(r"&(.)", r"\1", text).rstrip(".").strip()


def _on_a_plain_keyboard(seq: QKeySequence) -> bool:
    """False for the dedicated keys some platforms add (Copy, Open, Undo ... media keys)."""
    return seq.count() > 0 and seq[0].key() < Qt.Key.Key_Back  # type: ignore[index]  # stubs lack []


def _key_names(sequences: list[QKeySequence]) -> list[str]:
    names: list[str] = []
    for seq in sequences:
        if not _on_a_plain_keyboard(seq):
            continue
        name = seq.toString(NATIVE)
        if name and name not in names:
            names.append(name)
    return names


def window_actions(window: QMainWindow) -> list[QAction]:
    """The window's actions in menu order (submenus included), then any others it holds."""
    seen: set[int] = set()
    ordered: list[QAction] = []

    def visit(actions: list[QAction]) -> None:
        for action in actions:
            if id(action) in seen or action.isSeparator():
                continue
            seen.add(id(action))
            menu = action.menu()
            if isinstance(menu, QMenu):
                visit(menu.actions())
            else:
                ordered.append(action)

    visit(window.menuBar().actions())
    visit(window.actions())
    return ordered


def _board_rows(table: tuple[BoardKey, ...], taken: set[str]) -> tuple[Shortcut, ...]:
    """Board entries, without keys a window action already lists (the same key, once)."""
    rows: list[Shortcut] = []
    for entry in table:
        if entry.label:
            rows.append(Shortcut(entry.description, entry.label))
            continue
        names = [n for n in _key_names(entry.sequences()) if n not in taken]
        if names:
            rows.append(Shortcut(entry.description, ", ".join(names)))
    return tuple(rows)


def shortcut_sections(window: QMainWindow) -> list[Section]:
    commands: list[Shortcut] = []
    taken: set[str] = set()
    for action in window_actions(window):
        names = _key_names(action.shortcuts())
        if not names:
            continue
        taken.update(names)
        commands.append(Shortcut(action_label(action), ", ".join(names)))
    return [
        Section("Commands", tuple(commands)),
        Section("On the board", _board_rows(BOARD_KEYS, taken)),
        Section("While typing in a note", _board_rows(EDITOR_KEYS, set())),
        Section("Outline", _board_rows(OUTLINE_KEYS, set())),
        Section("Outline, while editing a note", _board_rows(OUTLINE_EDITOR_KEYS, set())),
        Section("While presenting", _board_rows(PRESENTING_KEYS, set())),
        Section("Presentation order panel", _board_rows(ORDER_PANEL_KEYS, set())),
    ]


def sheet_text(window: QMainWindow) -> str:
    """The sheet as plain text (one line per shortcut): what the dialog shows."""
    lines: list[str] = []
    for section in shortcut_sections(window):
        lines.append(section.title)
        lines.extend(f"  {s.keys}\t{s.description}" for s in section.shortcuts)
    return "\n".join(lines)


class ShortcutsSheet(QDialog):
    """A window beside the editor (not modal), so keys can be tried while it is open."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Keys", "What they do"])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for section in shortcut_sections(window):
            head = QTreeWidgetItem([section.title, ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for shortcut in section.shortcuts:
                item = QTreeWidgetItem([shortcut.keys, shortcut.description])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def rows(self) -> list[tuple[str, str]]:
        """(keys, description) of every line shown, section titles with an empty description."""
        rows: list[tuple[str, str]] = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                rows.append((item.text(0), item.text(1)))
        return rows


def show_shortcuts(window: QMainWindow) -> ShortcutsSheet:
    """Open the sheet of this window (built afresh, so it shows the keys as they are now)."""
    old = window.findChild(ShortcutsSheet)
    if old is not None:
        old.close()
        old.deleteLater()
    sheet = ShortcutsSheet(window, window)
    sheet.setWindowFlag(Qt.WindowType.Window, True)
    sheet.show()
    sheet.raise_()
    sheet.activateWindow()
    return sheet
