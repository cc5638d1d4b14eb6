"""Private writing and dot voting in a document window.

`install_facilitation(window)` adds the Silent Brainstorm and Dot Voting docks (their
panels are built, and imported, when first shown), their commands in the View menu
(declared in ui.window_commands like every command), and the board's one-line answers
to gestures (a vote refused, a face-down note) in the status bar.

What a workshop shares lives in the model and the file: face-down notes and their
authors, votes, the budget and the ballots. What this window alone decides stays here:
whether new notes go face down, in which block and by whom (the scene's `brainstorm`),
and whose dots the board's clicks give (the view's `voting.voter`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.private_writing import Brainstorm, hidden_count

if TYPE_CHECKING:
    from canvas_editor.ui.main_window import MainWindow

# This module's entries in ui.window_commands.COMMANDS.
FACILITATION_COMMANDS = ("brainstorm_panel", "face_down", "reveal", "voting", "voting_panel", "clear_votes")
STATUS_MS = 6_000


class PanelDock(QDockWidget):
    """A named dock whose panel `build` makes the first time it is shown."""

    def __init__(
        self, window: MainWindow, title: str, name: str, build: Callable[[QWidget], QWidget]
    ) -> None:
        super().__init__(title, window)
        self.setObjectName(name)  # saveState() needs a name
        self.setAccessibleName(title)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self._build = build
        self.visibilityChanged.connect(lambda visible: visible and self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.hide()

    @property
    def panel(self) -> QWidget:
        widget = self.widget()
        if widget is None:
            widget = self._build(self)
            self.setWidget(widget)
        return widget

    def focus_if_shown(self, shown: bool) -> None:
        """Opened from its menu entry or key, the panel takes the keyboard."""
        if shown:
            self.show()
            self.raise_()
            self.panel.setFocus(Qt.FocusReason.OtherFocusReason)


class Facilitation(QObject):
    """The window's silent brainstorm and dot voting: actions by name, docks, state."""

    changed = Signal()  # face-down writing started, stopped, or its block or author changed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.view = window.view
        self.scope: BlockId | None = None  # the block new notes go face down in; None: any
        self.author = ""
        self.actions: dict[str, QAction] = {}
        self.brainstorm_dock = PanelDock(
            window, "Silent Brainstorm", "brainstorm_dock", self._brainstorm_panel
        )
        self.voting_dock = PanelDock(window, "Dot Voting", "voting_dock", self._voting_panel)
        self._make_actions()
        self._add_to_view_menu()
        window.addActions(list(self.actions.values()))
        self.view.board_scene.status_message.connect(self.show_status)
        self.view.voting.toggled.connect(self.actions["voting"].setChecked)
        # Enabled states follow the canvas once per turn of the event loop (a paste of 2,000 notes).
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._update_enabled)
        c = self.controller
        for signal in (c.note_added, c.note_removed, c.note_changed, c.canvas_reset, c.voting_changed):
            signal.connect(self._refresh.start)
        self._update_enabled()

    # ---- actions ------------------------------------------------------------------------

    def _make_actions(self) -> None:
        from canvas_editor.ui.menus import command_action

        made: dict[str, QAction | Callable[[], object]] = {
            "brainstorm_panel": self.brainstorm_dock.toggleViewAction(),
            "face_down": lambda: self.set_face_down(self.actions["face_down"].isChecked()),
            "reveal": self.reveal,
            "voting": lambda: self.view.voting.set_active(self.actions["voting"].isChecked()),
            "voting_panel": self.voting_dock.toggleViewAction(),
            "clear_votes": self.clear_votes,
        }
        for name in FACILITATION_COMMANDS:
            self.actions[name] = command_action(self.window, name, made[name])
        for name in ("face_down", "voting"):
            self.actions[name].setCheckable(True)
        self.actions["brainstorm_panel"].triggered.connect(self.brainstorm_dock.focus_if_shown)
        self.actions["voting_panel"].triggered.connect(self.voting_dock.focus_if_shown)

    def _add_to_view_menu(self) -> None:
        view_menu = self.window.menuBar().findChild(QMenu, "view_menu")
        if view_menu is None:  # a window without a View menu still has the keys
            return
        a = self.actions
        view_menu.addSeparator()
        view_menu.addActions([a["brainstorm_panel"], a["face_down"], a["reveal"]])
        view_menu.addSeparator()
        view_menu.addActions([a["voting_panel"], a["voting"], a["clear_votes"]])

    def _update_enabled(self) -> None:
        canvas = self.controller.canvas
        self.actions["reveal"].setEnabled(hidden_count(canvas) > 0)
        self.actions["clear_votes"].setEnabled(any(n.votes for n in canvas.notes) or bool(canvas.ballots))

    # ---- silent brainstorm ----------------------------------------------------------------

    def set_face_down(self, on: bool) -> None:
        """Start or stop writing face down, in `scope` by `author`."""
        self.view.board_scene.brainstorm = Brainstorm(self.scope, self.author.strip()) if on else None
        if self.actions["face_down"].isChecked() != on:
            self.actions["face_down"].setChecked(on)
        self.changed.emit()

    def set_brainstorm(self, scope: BlockId | None, author: str) -> None:
        """The block and the author of the next face-down notes."""
        self.scope, self.author = scope, author
        if self.view.board_scene.brainstorm is not None:
            self.set_face_down(True)
        else:
            self.changed.emit()

    def reveal(self) -> None:
        """Every face-down note face up, in one undo step; the brainstorm ends with it."""
        self.view.board_scene.finish_edit()
        count = self.controller.reveal_notes()
        self.set_face_down(False)
        self.show_status(
            "No note is face down" if not count else f"Revealed {count} note{'s' * (count != 1)}"
        )

    # ---- dot voting ------------------------------------------------------------------------

    def clear_votes(self) -> None:
        if self.controller.clear_votes():
            self.show_status("Every vote cleared (Undo brings them back)")

    def show_status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, STATUS_MS)

    # ---- panels ----------------------------------------------------------------------------

    def _brainstorm_panel(self, parent: QWidget) -> QWidget:
        from canvas_editor.ui.brainstorm_panel import BrainstormPanel  # on first show

        return BrainstormPanel(self, parent)

    def _voting_panel(self, parent: QWidget) -> QWidget:
        from canvas_editor.ui.voting_panel import VotingPanel  # on first show

        return VotingPanel(self, parent)


def install_facilitation(window: MainWindow) -> Facilitation:
    return Facilitation(window)
