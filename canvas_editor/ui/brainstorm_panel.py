"""The Silent Brainstorm panel: where new notes go face down, whose they are, how many
lie face down, and Reveal.

Every control has an accessible name and takes the keyboard in tab order; the buttons
are the window's own actions (ui/facilitation.py), so menu, keys and panel agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.private_writing import hidden_count

if TYPE_CHECKING:
    from canvas_editor.ui.facilitation import Facilitation

EVERY_BLOCK = "Every block"


def face_down_text(count: int) -> str:
    if not count:
        return "No note is face down."
    return "1 note is face down." if count == 1 else f"{count} notes are face down."


class BrainstormPanel(QWidget):
    def __init__(self, facilitation: Facilitation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brainstorm_panel")
        self.setAccessibleName("Silent Brainstorm")
        self._facilitation = facilitation
        controller = facilitation.controller
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Notes added while writing face down show as blank cards with their author until revealed."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.scope = QComboBox(self)
        self.scope.setObjectName("brainstorm_scope")
        self.scope.setAccessibleName("Block the notes go face down in")
        self.scope.addItem(EVERY_BLOCK, None)
        for block in BlockId:
            self.scope.addItem(BLOCKS[block].name(controller.canvas.language), block)
        form.addRow("&Block:", self.scope)
        self.author = QComboBox(self)
        self.author.setObjectName("brainstorm_author")
        self.author.setAccessibleName("Author of the next notes")
        self.author.setEditable(True)
        self.author.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.author.lineEdit()
        if line is not None:
            line.setPlaceholderText("Who writes next")
            line.setMaxLength(200)
        form.addRow("&Author:", self.author)
        layout.addLayout(form)
        for name in ("face_down", "reveal"):
            button = QToolButton(self)
            button.setObjectName(f"brainstorm_{name}")
            button.setDefaultAction(facilitation.actions[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            layout.addWidget(button)
        self.count = QLabel(self)
        self.count.setObjectName("brainstorm_count")
        layout.addWidget(self.count)
        layout.addStretch(1)
        self.setFocusProxy(self.scope)
        self.scope.currentIndexChanged.connect(self._chosen)
        self.author.currentTextChanged.connect(self._chosen)
        # Once per turn of the event loop: a paste of 2,000 notes sends 2,000 signals.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        for signal in (controller.note_added, controller.note_removed, controller.note_changed):
            signal.connect(self._later.start)
        controller.canvas_reset.connect(self._later.start)
        self.refresh()

    def _chosen(self) -> None:
        self._facilitation.set_brainstorm(self.scope.currentData(), self.author.currentText())

    def refresh(self) -> None:
        """The count, and the authors already on the canvas to pick from."""
        canvas = self._facilitation.controller.canvas
        self.count.setText(face_down_text(hidden_count(canvas)))
        authors = sorted({n.author for n in canvas.notes if n.author}, key=str.casefold)
        if authors != [self.author.itemText(i) for i in range(self.author.count())]:
            text = self.author.currentText()
            self.author.blockSignals(True)
            self.author.clear()
            self.author.addItems(authors)
            self.author.setEditText(text)
            self.author.blockSignals(False)
