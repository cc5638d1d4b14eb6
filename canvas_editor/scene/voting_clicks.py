"""Voting mode on the board: a click on a note gives it a dot, a right-click or an
Alt-click takes one back (the keys that do the same are board_keys.VOTING_KEYS).

While voting is on, this watches the view's viewport before the view does, so a
click neither selects, drags nor opens a note, and a right-click opens no menu; the
middle button still pans. The dots are `voter`'s (the Voting panel names the voter);
every dot is one undo step through the controller, and a refusal (the budget spent, a
face-down note) is the scene's status message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent

from canvas_editor.model import voting
from canvas_editor.scene import spoken_text

if TYPE_CHECKING:
    from canvas_editor.scene.board_view import BoardView


def voting_words(text: str) -> str:
    """A text of model.voting (context "Voting") in the window's language."""
    return QCoreApplication.translate("Voting", text)


_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
_SWALLOWED = (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.ContextMenu)


class VotingClicks(QObject):
    """The board's voting mode; `toggled(on)` when it starts or ends."""

    toggled = Signal(bool)

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self._view = view
        self._active = False
        self.voter = ""  # whose dots the clicks give: a name, or "" for an unnamed voter

    def is_active(self) -> bool:
        return self._active

    def set_active(self, on: bool) -> None:
        if on == self._active:
            return
        self._active = on
        viewport = self._view.viewport()
        if on:
            self._view.board_scene.finish_edit()
            viewport.installEventFilter(self)
            viewport.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            viewport.removeEventFilter(self)
            viewport.unsetCursor()
        self._view.board_scene.status_message.emit(spoken_text.voting_mode(on))
        self.toggled.emit(on)

    def vote(self, note_id: str, take_back: bool = False) -> bool:
        """Give (or take back) one of the voter's dots; False, with a status message, when refused."""
        controller = self._view.controller
        scene = self._view.board_scene
        try:
            if take_back:
                controller.take_back_vote(note_id, self.voter)
            else:
                controller.cast_vote(note_id, self.voter)
        except voting.VoteRefused as exc:
            scene.status_message.emit(exc.worded(voting_words))
            return False
        left = voting.dots_left(controller.canvas, self.voter)
        scene.status_message.emit(spoken_text.voted(controller.note(note_id), self.voter, left))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _PRESSES and isinstance(event, QMouseEvent):
            button = event.button()
            if button == Qt.MouseButton.MiddleButton:
                return False  # panning
            item = self._view.board_scene.note_at(self._view.mapToScene(event.position().toPoint()))
            if item is not None and button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
                alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
                self.vote(item.note_id, take_back=button == Qt.MouseButton.RightButton or alt)
            return True
        if kind in _SWALLOWED:
            if isinstance(event, QMouseEvent) and event.buttons() & Qt.MouseButton.MiddleButton:
                return False
            return kind != QEvent.Type.MouseMove or bool(isinstance(event, QMouseEvent) and event.buttons())
        return False
