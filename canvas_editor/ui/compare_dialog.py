"""Snapshots > Compare: choose the two states to compare.

Each side is the board now, one of the canvas's snapshots, or another `.bmc` file
(chosen with the usual Open dialog; its board as saved). By default the chosen
snapshot of the panel (or the newest one) is compared with the board now, so
Ctrl+Alt+C then Enter shows what changed since the last snapshot.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.compare import Board
from canvas_editor.model.document import Canvas, Snapshot
from canvas_editor.model.snapshots import as_canvas
from canvas_editor.storage.errors import LoadError
from canvas_editor.storage.load import load_canvas
from canvas_editor.ui import file_dialogs
from canvas_editor.ui.snapshot_panel import shown_title

# In English; shown translated (context "Compare").
NOW_TEXT = QT_TRANSLATE_NOOP("Compare", "The board now")
FILE_TEXT = QT_TRANSLATE_NOOP("Compare", "Another file...")


@dataclass(frozen=True)
class State:
    """One side of a comparison: what it is called, its board, and the canvas to show it as."""

    title: str
    board: Board
    canvas: Canvas | None = None  # None for the board now: it is shown in its own window
    is_now: bool = False


@dataclass(frozen=True)
class Chosen:
    before: State
    after: State


class CompareDialog(QDialog):
    def __init__(self, parent: QWidget, canvas: Canvas, chosen: Snapshot | None, folder: str = "") -> None:
        super().__init__(parent)
        self._folder = folder or str(Path.home())
        self.setWindowTitle(QCoreApplication.translate("Compare", "Compare"))
        self._canvas = canvas
        # A frozen copy: the board "now" as a side that is not shown live (a snapshot window).
        now = dataclasses.replace(canvas, notes=list(canvas.notes), segments=list(canvas.segments))
        self._states: list[State] = [State(QCoreApplication.translate("Compare", "now"), now, is_now=True)]
        self._states += [State(shown_title(s), s, as_canvas(canvas, s)) for s in canvas.snapshots]
        self.before = self._combo()
        self.after = self._combo()
        default = chosen if chosen is not None else (canvas.snapshots[-1] if canvas.snapshots else None)
        if default is not None:
            self.before.setCurrentIndex(1 + canvas.snapshots.index(default))
        intro = QLabel(
            QCoreApplication.translate(
                "Compare", "Show what changed from one state of the board to another."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Compare", "&From:"), self.before)
        form.addRow(QCoreApplication.translate("Compare", "&To:"), self.after)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("Compare", "Compare"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _combo(self) -> QComboBox:
        combo = QComboBox(self)
        for state in self._states:
            now_text = QCoreApplication.translate("Compare", NOW_TEXT)
            combo.addItem(now_text if state.is_now else state.title[:1].upper() + state.title[1:])
        combo.addItem(QCoreApplication.translate("Compare", FILE_TEXT))
        combo.activated.connect(lambda index, c=combo: self._maybe_file(c, index))
        return combo

    def _maybe_file(self, combo: QComboBox, index: int) -> None:
        """Choosing "Another file..." asks for one; it then stays on the list of both sides."""
        if index != combo.count() - 1:
            return
        paths = file_dialogs.ask_open_paths(self, self._folder)
        state = self._file_state(paths[0]) if paths else None
        if state is None:
            combo.setCurrentIndex(0)
            return
        self._states.append(state)
        for each in (self.before, self.after):
            each.insertItem(each.count() - 1, state.title)
        combo.setCurrentIndex(combo.count() - 2)

    def _file_state(self, path: str) -> State | None:
        try:
            canvas = load_canvas(path)
        except LoadError as exc:
            file_dialogs.show_error(
                self,
                QCoreApplication.translate("Compare", "Could Not Open"),
                QCoreApplication.translate("Compare", "Could not open {name}: {reason}").format(
                    name=Path(path).name, reason=exc
                ),
            )
            return None
        return State(Path(path).name, canvas, canvas)

    def chosen(self) -> Chosen:
        return Chosen(self._states[self.before.currentIndex()], self._states[self.after.currentIndex()])


def ask_comparison(
    parent: QWidget, canvas: Canvas, chosen: Snapshot | None, folder: str = ""
) -> Chosen | None:
    """What to compare with what, or None when the user cancels; files open from `folder`."""
    dialog = CompareDialog(parent, canvas, chosen, folder)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
    finally:
        dialog.deleteLater()
