"""The board's small dialogs: the header form and a colour (a note's details, tags and a
new segment are in note_dialogs.py).

Menus call the `ask_*` functions (not the dialogs directly), so tests can answer
them without opening a window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.document import Canvas

_OK = QDialogButtonBox.StandardButton.Ok
_CANCEL = QDialogButtonBox.StandardButton.Cancel
# The form's labels, in the window's language (the board shows the canvas's words).
HEADER_LABELS = {
    "title": QT_TRANSLATE_NOOP("CanvasDetails", "Title"),
    "designed_for": QT_TRANSLATE_NOOP("CanvasDetails", "Designed for"),
    "designed_by": QT_TRANSLATE_NOOP("CanvasDetails", "Designed by"),
    "date": QT_TRANSLATE_NOOP("CanvasDetails", "Date"),
    "iteration": QT_TRANSLATE_NOOP("CanvasDetails", "Iteration"),
}
# Canvas languages by their own names, as in View > Language.
LANGUAGES = {"en": "English", "ko": "한국어 (Korean)"}
_TYPING_CHARS = 30  # a header field is at least this many characters wide, to type in
_LINE_EDIT_MARGIN = 2  # QLineEdit keeps this many pixels on each side of its text


class HeaderDialog(QDialog):
    """Title, designed for, designed by, date, iteration and the canvas language."""

    def __init__(self, canvas: Canvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CanvasDetails", "Canvas details"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._edits: dict[str, QLineEdit] = {}
        for name, text in HEADER_LABELS.items():
            edit = QLineEdit(getattr(canvas, name))
            edit.setMaxLength(200)
            edit.setObjectName(name)
            form.addRow(QCoreApplication.translate("CanvasDetails", text), edit)
            self._edits[name] = edit
        self._language = QComboBox()
        self._language.setObjectName("language")
        for tag, name in LANGUAGES.items():
            self._language.addItem(name, tag)
        if canvas.language not in LANGUAGES:
            self._language.addItem(canvas.language, canvas.language)
        self._language.setCurrentIndex(self._language.findData(canvas.language))
        form.addRow(QCoreApplication.translate("CanvasDetails", "Language"), self._language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fit_fields_to_values(layout.contentsMargins().left() + layout.contentsMargins().right())

    def _fit_fields_to_values(self, margins_w: int) -> None:
        """Fields wide enough to show every value whole with room to type, within most of
        the screen; on a narrow screen the names go above their fields to give them the
        width. A value longer than that scrolls in its field."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        most = int(screen.availableGeometry().width() * 0.9) if screen is not None else 800
        edits = list(self._edits.values())
        metrics = edits[0].fontMetrics()
        option = QStyleOptionFrame()
        edits[0].initStyleOption(option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edits[0])
        around_text = edits[0].width() - contents.width() + 2 * _LINE_EDIT_MARGIN
        text_w = max(metrics.horizontalAdvance(edit.text()) for edit in edits)
        wanted = max(text_w, metrics.averageCharWidth() * _TYPING_CHARS) + around_text
        for edit in edits:
            edit.setMinimumWidth(min(wanted, most - margins_w))

    def values(self) -> dict[str, str]:
        values = {name: edit.text() for name, edit in self._edits.items()}
        values["language"] = str(self._language.currentData())
        return values


def ask_header(canvas: Canvas, parent: QWidget | None) -> dict[str, str] | None:
    dialog = HeaderDialog(canvas, parent)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_color(initial: QColor, parent: QWidget | None, title: str = "") -> QColor | None:
    """A colour from the colour dialog, titled `title` (already translated) or "Note colour"."""
    title = title or QCoreApplication.translate("CanvasDetails", "Note colour")
    color = QColorDialog.getColor(initial, parent, title)
    return color if color.isValid() else None
