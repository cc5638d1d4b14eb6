"""Help > Keyboard Shortcuts: every key of the window, read from the tables that bind them.

Nothing here is a list of keys. The window's commands come from `ui.window_commands`,
the table the menus make their actions from (with the keys `command_keys()` gives
each, so the sheet shows exactly what the actions are bound to); the board's part
(and of voting mode) comes from `scene.board_keys`, the outline's from `ui.outline_keys`, the snapshot
panels' from `ui.snapshot_keys` and the segment legend's from `ui.segment_keys`, the
tables their key handling dispatches through. A key changed in any of these places
changes the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.scene.board_keys import BOARD_KEYS, EDITOR_KEYS, VOTING_KEYS, BoardKey
from canvas_editor.ui import dialog_fit, window_commands
from canvas_editor.ui.outline_keys import OUTLINE_EDITOR_KEYS, OUTLINE_KEYS
from canvas_editor.ui.presentation_keys import ORDER_PANEL_KEYS, PRESENTING_KEYS
from canvas_editor.ui.segment_keys import LEGEND_KEYS
from canvas_editor.ui.snapshot_keys import CHANGE_KEYS, SNAPSHOT_KEYS

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Shortcut:
    description: str
    keys: str


@dataclass(frozen=True)
class Section:
    title: str
    shortcuts: tuple[Shortcut, ...]


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


def _board_rows(table: tuple[BoardKey, ...], taken: set[str]) -> tuple[Shortcut, ...]:
    """Board entries, without keys a window action already lists (the same key, once)."""
    rows: list[Shortcut] = []
    for entry in table:
        if entry.label:
            rows.append(Shortcut(entry.text, entry.key_text()))
            continue
        names = [n for n in _key_names(entry.sequences()) if n not in taken]
        if names:
            rows.append(Shortcut(entry.text, ", ".join(names)))
    return tuple(rows)


def shortcut_sections() -> list[Section]:
    commands: list[Shortcut] = []
    taken: set[str] = set()
    keys = window_commands.command_keys()
    for command in window_commands.COMMANDS:
        names = _key_names(keys[command.name])
        if not names:
            continue
        taken.update(names)
        commands.append(Shortcut(command.label, ", ".join(names)))
    translate = QCoreApplication.translate
    return [
        Section(translate("ShortcutsSheet", "Commands"), tuple(commands)),
        Section(translate("ShortcutsSheet", "On the board"), _board_rows(BOARD_KEYS, taken)),
        Section(translate("ShortcutsSheet", "In voting mode"), _board_rows(VOTING_KEYS, set())),
        Section(translate("ShortcutsSheet", "While typing in a note"), _board_rows(EDITOR_KEYS, set())),
        Section(translate("ShortcutsSheet", "Outline"), _board_rows(OUTLINE_KEYS, set())),
        Section(
            translate("ShortcutsSheet", "Outline, while editing a note"),
            _board_rows(OUTLINE_EDITOR_KEYS, set()),
        ),
        Section(translate("ShortcutsSheet", "Snapshots panel"), _board_rows(SNAPSHOT_KEYS, set())),
        Section(translate("ShortcutsSheet", "Changes panel"), _board_rows(CHANGE_KEYS, set())),
        Section(translate("ShortcutsSheet", "While presenting"), _board_rows(PRESENTING_KEYS, set())),
        Section(
            translate("ShortcutsSheet", "Presentation order panel"), _board_rows(ORDER_PANEL_KEYS, set())
        ),
        Section(translate("ShortcutsSheet", "Segment legend"), _board_rows(LEGEND_KEYS, set())),
    ]


def _text_label(text: str, parent: QWidget, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class ShortcutsSheet(QDialog):
    """A window beside the editor (not modal), so keys can be tried while it is open.

    Two columns of plain labels, keys and what they do, under a bold title per section.
    The sheet is as wide as its longest lines, up to most of the screen; past that the
    descriptions (and long lists of keys) wrap, and the sheet scrolls down.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ShortcutsSheet", "Keyboard Shortcuts"))
        self._rows: list[tuple[str, str]] = []
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(24)
        keys_w = descriptions_w = 0
        for section in shortcut_sections():
            head = _text_label(section.title, page, wrap=False)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            if grid.rowCount() > 1:  # a little room above each section but the first
                grid.setRowMinimumHeight(grid.rowCount(), head.sizeHint().height() // 2)
            grid.addWidget(head, grid.rowCount(), 0, 1, 2)
            self._rows.append((section.title, ""))
            for shortcut in section.shortcuts:
                keys = _text_label(shortcut.keys, page)
                metrics = keys.fontMetrics()
                # A key's name never breaks; a list of keys may, between keys.
                keys.setMinimumWidth(max(metrics.horizontalAdvance(k) for k in shortcut.keys.split(", ")))
                row = grid.rowCount()
                grid.addWidget(keys, row, 0)
                grid.addWidget(_text_label(shortcut.description, page), row, 1)
                keys_w = max(keys_w, metrics.horizontalAdvance(shortcut.keys))
                descriptions_w = max(descriptions_w, metrics.horizontalAdvance(shortcut.description))
                self._rows.append((shortcut.keys, shortcut.description))
        grid.setRowStretch(grid.rowCount(), 1)
        # Each list of keys on one line, unless that takes more than a third of the room.
        grid.setColumnMinimumWidth(0, min(keys_w, dialog_fit.room(self).width() // 3))
        self.page_area = QScrollArea(self)
        self.page_area.setWidgetResizable(True)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_area.setWidget(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_area)
        layout.addWidget(buttons)
        # As wide as the longest lines (within the screen), as tall as the page then is.
        inner = grid.contentsMargins()
        outer = layout.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.page_area.frameWidth()
        around = outer.left() + outer.right() + frame + scroll_bar
        lines_w = inner.left() + keys_w + grid.horizontalSpacing() + descriptions_w + inner.right()
        width = min(lines_w + around, dialog_fit.room(self).width())
        below = layout.spacing() + buttons.sizeHint().height() + outer.top() + outer.bottom()
        height = grid.totalHeightForWidth(width - around) + frame + below
        dialog_fit.fit_to_content(self, QSize(width, height))

    def rows(self) -> list[tuple[str, str]]:
        """(keys, description) of every line shown, section titles with an empty description."""
        return list(self._rows)


def show_shortcuts(window: QMainWindow) -> ShortcutsSheet:
    """Open the sheet of this window (built afresh, so it shows the keys as they are now)."""
    old = window.findChild(ShortcutsSheet)
    if old is not None:
        old.close()
        old.deleteLater()
    sheet = ShortcutsSheet(window)
    sheet.setWindowFlag(Qt.WindowType.Window, True)
    sheet.show()
    sheet.raise_()
    sheet.activateWindow()
    return sheet
