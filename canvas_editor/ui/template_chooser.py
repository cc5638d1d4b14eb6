"""File > New from Template...: a list of the bundled templates with their descriptions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.storage.templates import TEMPLATES
from canvas_editor.ui import dialog_fit


class TemplateChooser(QDialog):
    """Pick one template; double-click or OK accepts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New from Template")
        self.list = QListWidget(self)
        dialog_fit.wrap_list(self.list)
        for name, description in TEMPLATES.items():
            item = QListWidgetItem(f"{name}\n{description}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(description)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Start a new canvas from:", self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        dialog_fit.fit_list_dialog(self, self.list)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


def choose_template(parent: QWidget | None) -> str | None:
    """The template name the user picked, or None when cancelled."""
    dialog = TemplateChooser(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
