"""The Snapshots panel: the canvas's snapshots, oldest first, and what can be done with one.

Its buttons run the same commands as the Snapshots menu (ui/snapshots.py); its list's
keys come from `ui.snapshot_keys.SNAPSHOT_KEYS`. The list follows the document: a
snapshot taken, renamed or deleted (or any of those undone) shows at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.document import Snapshot
from canvas_editor.model.snapshots import title as snapshot_title
from canvas_editor.ui.keyed_list import KeyedList
from canvas_editor.ui.snapshot_keys import SNAPSHOT_KEYS

if TYPE_CHECKING:
    from canvas_editor.ui.snapshot_operations import SnapshotOperations

_ID_ROLE = Qt.ItemDataRole.UserRole


def item_text(snapshot: Snapshot) -> str:
    translate = QCoreApplication.translate
    count = len(snapshot.notes)
    notes = (
        translate("Snapshots", "1 note")
        if count == 1
        else translate("Snapshots", "{count} notes").format(count=count)
    )
    when = snapshot.created.replace("T", " ") if snapshot.created else translate("Snapshots", "no time kept")
    return f"{snapshot.name}\n{when}, {notes}"


def shown_title(snapshot: Snapshot) -> str:
    """How a window names the snapshot, in the window's language."""
    return snapshot_title(snapshot, lambda text: QCoreApplication.translate("Snapshots", text))


# The panel's buttons: name, text (translated where shown), what it runs.
_BUTTONS = (
    ("take", QT_TRANSLATE_NOOP("Snapshots", "&Take...")),
    ("compare", QT_TRANSLATE_NOOP("Snapshots", "Compare with &Now")),
    ("open", QT_TRANSLATE_NOOP("Snapshots", "&Open")),
    ("restore", QT_TRANSLATE_NOOP("Snapshots", "&Restore")),
    ("rename", QT_TRANSLATE_NOOP("Snapshots", "Re&name...")),
    ("delete", QT_TRANSLATE_NOOP("Snapshots", "&Delete")),
)


class SnapshotPanel(QWidget):
    def __init__(self, operations: SnapshotOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshot_panel")
        self._operations = operations
        self._controller = operations.controller
        keys = {"open": operations.open_current, "rename": operations.rename_current}
        self.list = KeyedList(SNAPSHOT_KEYS, {**keys, "delete": operations.delete_current}, self)
        self.list.setObjectName("snapshot_list")
        self.list.itemDoubleClicked.connect(lambda _item: operations.open_current())
        self.list.currentItemChanged.connect(lambda _current, _previous: operations.tools.update_actions())
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        slots = {
            "take": operations.take_snapshot,
            "compare": self._compare_with_now,
            "open": operations.open_current,
            "restore": operations.restore_current,
            "rename": operations.rename_current,
            "delete": operations.delete_current,
        }
        for i, (name, _text) in enumerate(_BUTTONS):
            slot = slots[name]
            button = QPushButton(self)
            button.setObjectName(f"snapshot_{name}")
            button.clicked.connect(lambda _checked=False, run=slot: run())
            grid.addWidget(button, i // 2, i % 2)
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        self._controller.snapshots_changed.connect(self.refresh)
        self._controller.canvas_reset.connect(self.refresh)
        self.list.currentItemChanged.connect(lambda _current, _previous: self._enable())
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the panel in the window's language (again on LanguageChange)."""
        translate = QCoreApplication.translate
        self.list.setAccessibleName(translate("Snapshots", "Snapshots"))
        self.list.setAccessibleDescription(
            translate(
                "Snapshots",
                "The snapshots of this canvas, oldest first. Enter opens one, F2 renames it, "
                "Delete deletes it.",
            )
        )
        take_keys = self._operations.tools.actions.take.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.empty.setText(
            translate(
                "Snapshots", "No snapshots yet: Take Snapshot ({keys}) keeps the board as it is."
            ).format(keys=take_keys)
        )
        for name, text in _BUTTONS:
            self.buttons[name].setText(translate("Snapshots", text))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """List the snapshots again, keeping the chosen one chosen while it is there."""
        current = self.current()
        self.list.clear()
        for snapshot in self._controller.canvas.snapshots:
            item = QListWidgetItem(item_text(snapshot))
            item.setData(_ID_ROLE, snapshot.id)
            item.setToolTip(shown_title(snapshot))
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        if current is not None:
            self.choose(current.id)
        elif self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        self._enable()
        self._operations.tools.update_actions()

    def current(self) -> Snapshot | None:
        item = self.list.currentItem()
        if item is None:
            return None
        try:
            return self._controller.snapshot(item.data(_ID_ROLE))
        except KeyError:  # deleted since; the list is about to follow
            return None

    def choose(self, snapshot_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == snapshot_id:
                self.list.setCurrentRow(row)
                return

    def _enable(self) -> None:
        chosen = self.list.currentItem() is not None
        for name in ("compare", "open", "restore", "rename", "delete"):
            self.buttons[name].setEnabled(chosen)

    def _compare_with_now(self) -> None:
        snapshot = self.current()
        if snapshot is not None:
            self._operations.compare_with_now(snapshot, shown_title(snapshot))
