"""The Dot Voting panel: the voter and the budget, the results, "Keep the top N".

The voter named here is whose dots the board's clicks give (the view's `voting.voter`);
"Give a Dot" and "Take One Back" do the same for the selected note from the keyboard.
The results list the notes with votes, most first, overall and block by block; a
click selects the note on the board. "Keep the top N" fades the rest on the board
(a view, nothing changes) or tags them (one undo step). Controls have accessible
names and take the keyboard in tab order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.model import voting
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.document import Note
from canvas_editor.model.rules import MAX_VOTE_BUDGET
from canvas_editor.scene.spoken_text import votes_count
from canvas_editor.scene.voting_clicks import voting_words
from canvas_editor.ui.outline_model import first_line

if TYPE_CHECKING:
    from canvas_editor.ui.facilitation import Facilitation

NOTE_ID = Qt.ItemDataRole.UserRole + 1
OVERALL = "Overall"


def rest_tag(n: int) -> str:
    """The tag "Tag the Rest" gives the notes outside the top `n`."""
    return QCoreApplication.translate("Voting", "not in top {n}").format(n=n)


class VotingPanel(QWidget):
    def __init__(self, facilitation: Facilitation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voting_panel")
        self.setAccessibleName(QCoreApplication.translate("Voting", "Dot Voting"))
        self._f = facilitation
        self._controller = controller = facilitation.controller
        self._scene = facilitation.view.board_scene
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.voter = QComboBox(self)
        self.voter.setObjectName("voter")
        self.voter.setAccessibleName(QCoreApplication.translate("Voting", "Voter"))
        self.voter.setEditable(True)
        self.voter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.voter.lineEdit()
        if line is not None:
            line.setPlaceholderText(QCoreApplication.translate("Voting", "Unnamed voter"))
            line.setMaxLength(200)
        form.addRow(QCoreApplication.translate("Voting", "Vo&ter:"), self.voter)
        self.budget = QSpinBox(self)
        self.budget.setObjectName("vote_budget")
        self.budget.setAccessibleName(QCoreApplication.translate("Voting", "Dots each voter may give"))
        self.budget.setRange(1, MAX_VOTE_BUDGET)
        self.budget.setKeyboardTracking(False)  # typing "12" is one change, not "1" then "12"
        form.addRow(QCoreApplication.translate("Voting", "Dots &each:"), self.budget)
        layout.addLayout(form)
        self.left = QLabel(self)
        self.left.setObjectName("dots_left")
        layout.addWidget(self.left)
        buttons = QHBoxLayout()
        mode = QToolButton(self)
        mode.setDefaultAction(facilitation.actions["voting"])
        mode.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        buttons.addWidget(mode)
        self.give = QPushButton(QCoreApplication.translate("Voting", "&Give a Dot"), self)
        self.give.setToolTip(
            QCoreApplication.translate("Voting", "One dot from the voter on the selected note")
        )
        self.take = QPushButton(QCoreApplication.translate("Voting", "Take One &Back"), self)
        self.take.setToolTip(
            QCoreApplication.translate("Voting", "One of the voter's dots off the selected note")
        )
        buttons.addWidget(self.give)
        buttons.addWidget(self.take)
        layout.addLayout(buttons)
        self.results = QTreeWidget(self)
        self.results.setObjectName("vote_results")
        self.results.setAccessibleName(QCoreApplication.translate("Voting", "Vote results"))
        self.results.setHeaderLabels(
            [QCoreApplication.translate("Voting", "Note"), QCoreApplication.translate("Voting", "Votes")]
        )
        layout.addWidget(self.results, 1)
        keep = QHBoxLayout()
        self.top_n = QSpinBox(self)
        self.top_n.setObjectName("keep_top")
        self.top_n.setAccessibleName(QCoreApplication.translate("Voting", "How many notes to keep"))
        self.top_n.setRange(1, 50)
        self.top_n.setValue(3)
        self.top_n.setPrefix(QCoreApplication.translate("Voting", "Keep the top "))
        self.per_block = QCheckBox(QCoreApplication.translate("Voting", "&Per block"), self)
        self.fade = QPushButton(QCoreApplication.translate("Voting", "&Fade the Rest"), self)
        self.fade.setCheckable(True)
        self.tag = QPushButton(QCoreApplication.translate("Voting", "T&ag the Rest"), self)
        for widget in (self.top_n, self.per_block, self.fade, self.tag):
            keep.addWidget(widget)
        layout.addLayout(keep)
        clear = QToolButton(self)
        clear.setDefaultAction(facilitation.actions["clear_votes"])
        clear.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(clear)
        self.setFocusProxy(self.voter)

        self.voter.currentTextChanged.connect(self._voter_named)
        self.budget.valueChanged.connect(self._budget_set)
        self.give.clicked.connect(lambda: self._vote_selected(take_back=False))
        self.take.clicked.connect(lambda: self._vote_selected(take_back=True))
        self.results.currentItemChanged.connect(self._select_on_board)
        self.fade.toggled.connect(self._show_kept)
        self.top_n.valueChanged.connect(self._show_kept)
        self.per_block.toggled.connect(self._show_kept)
        self.tag.clicked.connect(self._tag_rest)
        self._later = QTimer(self)  # once per turn of the event loop, however many signals
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        for signal in (controller.note_added, controller.note_removed, controller.note_changed):
            signal.connect(self._later.start)
        controller.canvas_reset.connect(self._later.start)
        controller.voting_changed.connect(self._later.start)
        self.refresh()

    # ---- the voter and the budget ----------------------------------------------------------

    def _voter_named(self, name: str) -> None:
        self._f.view.voting.voter = name.strip()
        self._show_left()

    def _budget_set(self, budget: int) -> None:
        if budget != self._controller.canvas.vote_budget:
            self._controller.set_vote_budget(budget)

    def _vote_selected(self, take_back: bool) -> None:
        ids = self._scene.selected_note_ids()
        if len(ids) != 1:
            self._f.show_status(QCoreApplication.translate("Voting", "Select one note to vote on"))
            return
        self._f.view.voting.vote(ids[0], take_back=take_back)

    def _show_left(self) -> None:
        canvas = self._controller.canvas
        voter = self._f.view.voting.voter
        left = voting.dots_left(canvas, voter)
        self.left.setText(
            QCoreApplication.translate("Voting", "{voter}: {left} of {budget} dots left").format(
                voter=voting.who(voter, voting_words), left=left, budget=canvas.vote_budget
            )
        )

    # ---- results -----------------------------------------------------------------------------

    def refresh(self) -> None:
        canvas = self._controller.canvas
        self.budget.blockSignals(True)
        self.budget.setValue(canvas.vote_budget)
        self.budget.blockSignals(False)
        voters = [b.voter for b in canvas.ballots if b.voter]
        if voters != [self.voter.itemText(i) for i in range(self.voter.count())]:
            text = self.voter.currentText()
            self.voter.blockSignals(True)
            self.voter.clear()
            self.voter.addItems(voters)
            self.voter.setEditText(text)
            self.voter.blockSignals(False)
        self._show_left()
        self._fill_results(canvas.notes, canvas.language)
        if self.fade.isChecked():
            self._show_kept()

    def _fill_results(self, notes: list[Note], language: str) -> None:
        self.results.clear()
        groups: list[tuple[str, list[Note]]] = [(OVERALL, voting.ranked(notes))]
        groups += [
            (BLOCKS[b].name(language), voting.ranked(n for n in notes if n.block == b)) for b in BlockId
        ]
        for title, ranked in groups:
            if not ranked:
                continue
            group = QTreeWidgetItem(self.results, [title, str(sum(n.votes for n in ranked))])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for note in ranked:
                row = QTreeWidgetItem(group, [first_line(note.text) or "(empty note)", str(note.votes)])
                row.setData(0, NOTE_ID, note.id)
                row.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{note.text}, {votes_count(note.votes)}")
            group.setExpanded(True)
        if not self.results.topLevelItemCount():
            QTreeWidgetItem(
                self.results, [QCoreApplication.translate("Voting", "No votes yet"), ""]
            ).setFlags(Qt.ItemFlag.NoItemFlags)

    def _select_on_board(self, item: QTreeWidgetItem | None) -> None:
        note_id = item.data(0, NOTE_ID) if item is not None else None
        if isinstance(note_id, str) and self._controller.has_note(note_id):
            self._scene.select_notes([note_id])

    # ---- keep the top N ----------------------------------------------------------------------

    def kept(self) -> set[str]:
        return voting.kept(self._controller.canvas.notes, self.top_n.value(), self.per_block.isChecked())

    def _show_kept(self) -> None:
        self._scene.set_note_emphasis(self.kept() if self.fade.isChecked() else None)

    def _tag_rest(self) -> None:
        kept = self.kept()
        rest = [n.id for n in self._controller.canvas.notes if n.id not in kept and not n.hidden]
        tag = rest_tag(self.top_n.value())
        self._controller.change_notes_tags(rest, add=[tag])
        self._f.show_status(
            QCoreApplication.translate("Voting", "Tagged {count} notes {tag!r}").format(
                count=len(rest), tag=tag
            )
            if rest
            else QCoreApplication.translate("Voting", "Every note is in the top")
        )
