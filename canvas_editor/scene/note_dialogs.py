"""The dialogs a note's menu opens: its details (description and tags), a tag for several
notes, and a new customer segment with a colour of its own.

Tags are typed as a comma-separated list; the tag being typed completes from the tags
already on the canvas. The menus call the `ask_*` functions, which return None when
the dialog is cancelled.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.model.colors import COLOR_TITLES, SEGMENT_PALETTE, unused_segment_color
from canvas_editor.model.document import Segment
from canvas_editor.model.rules import MAX_DESCRIPTION, MAX_SEGMENT_NAME

_OK = QDialogButtonBox.StandardButton.Ok
_CANCEL = QDialogButtonBox.StandardButton.Cancel


def split_tags(text: str) -> list[str]:
    """The tags of a comma-separated list, as typed ("#risk" is the tag "risk")."""
    return [t.strip().removeprefix("#").strip() for t in text.split(",") if t.strip()]


def canvas_tags(tag_lists: Iterable[Iterable[str]]) -> list[str]:
    """Every tag once (its first spelling when only the case differs), alphabetically."""
    tags: dict[str, str] = {}
    for tag_list in tag_lists:
        for tag in tag_list:
            tags.setdefault(tag.casefold(), tag)
    return [tags[k] for k in sorted(tags)]


class _LastTagCompleter(QCompleter):
    """Completes the tag after the last comma, keeping the tags before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        before = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return before + str(index.data())


class TagsEdit(QLineEdit):
    """A comma-separated list of tags, completing from `known`."""

    def __init__(self, tags: Sequence[str], known: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(", ".join(tags), parent)
        self.setPlaceholderText(QCoreApplication.translate("NoteDialogs", "e.g. risk, to test"))
        completer = _LastTagCompleter(QStringListModel(list(known), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def tags(self) -> list[str]:
        return split_tags(self.text())


class NoteDetails(NamedTuple):
    description: str
    tags: list[str]


class NoteDialog(QDialog):
    """A note's description (plain text) and tags."""

    def __init__(
        self, description: str, tags: Sequence[str], known: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("NoteDialogs", "Note details"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setPlainText(description)
        self.tags = TagsEdit(tags, known)
        self.tags.setObjectName("tags")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("NoteDialogs", "&Description"), self.description)
        form.addRow(QCoreApplication.translate("NoteDialogs", "&Tags"), self.tags)
        form.addRow("", QLabel(QCoreApplication.translate("NoteDialogs", "Separate tags with commas.")))
        buttons = QDialogButtonBox(_OK | _CANCEL)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, 300)

    def details(self) -> NoteDetails:
        return NoteDetails(self.description.toPlainText()[:MAX_DESCRIPTION], self.tags.tags())


class TagDialog(QDialog):
    """Tags to add to the chosen notes."""

    def __init__(self, known: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("NoteDialogs", "Add tags"))
        self.tags = TagsEdit((), known)
        self.tags.setObjectName("tags")
        buttons = QDialogButtonBox(_OK | _CANCEL)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(QCoreApplication.translate("NoteDialogs", "Tags to add (separate them with commas):"))
        )
        layout.addWidget(self.tags)
        layout.addWidget(buttons)


class NewSegmentDialog(QDialog):
    """A customer segment's name and colour: one of the palette no other segment uses
    is chosen, the used ones are offered disabled, and any colour can be picked."""

    def __init__(self, segments: Sequence[Segment], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("NoteDialogs", "New segment"))
        used = {s.color.upper(): s.name for s in segments}
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(MAX_SEGMENT_NAME)
        self.name.setPlaceholderText(QCoreApplication.translate("NoteDialogs", "e.g. Commuters"))
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        swatches = QHBoxLayout()
        self._buttons: dict[str, QToolButton] = {}
        for name, value in SEGMENT_PALETTE.items():
            button = self._swatch(value, f"color:{name}")
            taken_by = used.get(value.upper())
            button.setEnabled(taken_by is None)
            colour = QCoreApplication.translate("Colors", COLOR_TITLES[name])
            button.setToolTip(
                QCoreApplication.translate("NoteDialogs", "{colour} (used by {segment})").format(
                    colour=colour, segment=taken_by
                )
                if taken_by
                else colour
            )
            swatches.addWidget(button)
        self._custom = self._swatch("#FFFFFF", "color:custom")
        self._custom.setVisible(False)
        swatches.addWidget(self._custom)
        other = QPushButton(QCoreApplication.translate("NoteDialogs", "&Other colour…"))
        other.setObjectName("other-colour")
        other.clicked.connect(self._ask_colour)
        swatches.addWidget(other)
        swatches.addStretch(1)
        self._color = unused_segment_color(used)
        self._select(self._color)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("NoteDialogs", "&Name"), self.name)
        form.addRow(QCoreApplication.translate("NoteDialogs", "Colour"), swatches)
        self._buttons_box = QDialogButtonBox(_OK | _CANCEL)
        self._buttons_box.accepted.connect(self.accept)
        self._buttons_box.rejected.connect(self.reject)
        self.name.textChanged.connect(self._name_changed)
        self._name_changed(self.name.text())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._buttons_box)

    @property
    def color(self) -> str:
        return self._color

    def segment_name(self) -> str:
        return self.name.text().strip()

    def _swatch(self, color: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setCheckable(True)
        button.setIcon(_swatch_icon(color))
        button.setAutoRaise(True)
        button.clicked.connect(lambda _=False, b=button: self._clicked(b))
        self._group.addButton(button)
        self._buttons[name] = button
        button.setProperty("color", color)
        return button

    def _clicked(self, button: QToolButton) -> None:
        self._color = str(button.property("color"))

    def _select(self, color: str) -> None:
        for name, value in SEGMENT_PALETTE.items():
            if value.upper() == color.upper():
                self._buttons[f"color:{name}"].setChecked(True)
                return
        self._custom.setProperty("color", color)
        self._custom.setIcon(_swatch_icon(color))
        self._custom.setToolTip(color)
        self._custom.setVisible(True)
        self._custom.setChecked(True)

    def _ask_colour(self) -> None:
        from canvas_editor.scene import dialogs

        chosen = dialogs.ask_color(
            QColor(self._color), self, QCoreApplication.translate("NoteDialogs", "Segment colour")
        )
        if chosen is not None:
            self._color = chosen.name().upper()
            self._select(self._color)

    def _name_changed(self, text: str) -> None:
        ok = self._buttons_box.button(_OK)
        if ok is not None:
            ok.setEnabled(bool(text.strip()))


def _swatch_icon(color: str) -> QIcon:
    pixmap = QPixmap(20, 20)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def _run(dialog: QDialog) -> bool:
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def ask_note_details(
    description: str, tags: Sequence[str], known: Sequence[str], parent: QWidget | None
) -> NoteDetails | None:
    dialog = NoteDialog(description, tags, known, parent)
    return dialog.details() if _run(dialog) else None


def ask_tags(known: Sequence[str], parent: QWidget | None) -> list[str] | None:
    dialog = TagDialog(known, parent)
    return dialog.tags.tags() if _run(dialog) else None


def ask_new_segment(segments: Sequence[Segment], parent: QWidget | None) -> tuple[str, str] | None:
    """The name and colour of a new segment, or None when cancelled or left unnamed."""
    dialog = NewSegmentDialog(segments, parent)
    accepted = _run(dialog)
    name = dialog.segment_name()
    return (name, dialog.color) if accepted and name else None
