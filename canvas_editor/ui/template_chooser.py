"""File > New from Template...: a list of the bundled templates with their descriptions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.model.canvas_words import LANGUAGE_TITLES, words_language
from canvas_editor.storage.templates import TEMPLATES, template_language
from canvas_editor.ui import dialog_fit


class TemplateChooser(QDialog):
    """Pick one template; double-click or OK accepts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("TemplateChooser", "New from Template"))
        self.list = QListWidget(self)
        dialog_fit.wrap_list(self.list)
        for name, english in TEMPLATES.items():
            description = translate("Templates", english)
            language = words_language(template_language(name))
            shown = translate("Languages", LANGUAGE_TITLES[language])
            item = QListWidgetItem(
                translate("TemplateChooser", "{name} ({language})\n{description}").format(
                    name=name, language=shown, description=description
                )
            )
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
        layout.addWidget(QLabel(translate("TemplateChooser", "Start a new canvas from:"), self))
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
