"""The board as a screen reader meets it: a named widget that says what is current, and
announcements of what each action did.

Items of a QGraphicsScene have no accessible objects, so the view itself speaks for
them. Its accessible name follows what the keyboard is on: the note the arrow keys
reached or the notes selected, else the block picked with 1..9, else the canvas (its
title). Qt raises the name- and description-change events itself when they change,
and a screen reader reads a change to the focused widget's name aloud.

After each action (a new undo step, an undo, a redo) one announcement says what
happened, through Qt's accessible announcement event; `announced` carries the same
words for a visible echo. Both are computed once per turn of the event loop: deleting
2,000 notes sends 2,000 signals and must not compose 2,000 sentences.

The wording is spoken_text's; this module only decides when and what to say.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Note
from canvas_editor.model.reading_order import reading_key
from canvas_editor.scene import spoken_text

if TYPE_CHECKING:
    from canvas_editor.scene.board_scene import BoardScene


class Subject(Enum):
    """What the board's name speaks of: whichever the user touched last."""

    CANVAS = "canvas"
    BLOCK = "block"
    SELECTION = "selection"


def announce(widget: QWidget, message: str) -> None:
    """Say `message` through the platform's accessibility bridge (a polite announcement)."""
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


class BoardAccessibility(QObject):
    announced = Signal(str)

    def __init__(self, view: QWidget, scene: BoardScene, controller: DocumentController) -> None:
        super().__init__(view)
        self._view = view
        self._scene = scene
        self._controller = controller
        self._subject = Subject.CANVAS
        self._current: str | None = None  # the note the arrow keys reached
        self._known: dict[str, Note] = {}  # notes last described: a deleted one is named from here
        self._block_of: dict[str, BlockId] = {}
        self._added: list[str] = []
        self._removed: list[str] = []
        self._moved: list[str] = []
        self._index = 0
        self._count = 0
        # The step a redo would do next, as id() and text: a reference to a command the
        # stack owns crashes PySide when the stack goes first (at garbage collection).
        self._next_redo: tuple[int, str] | None = None
        # One turn's end does both, announcing first: the notes a deletion names are
        # the ones described before it.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._end_of_turn)
        scene.selectionChanged.connect(self._selection_changed)
        scene.block_chosen.connect(self._block_chosen)
        # The board's one-line answers to a gesture (a dot given, a face-down note) are
        # in the status bar's message area; a screen reader hears them too.
        scene.status_message.connect(lambda message: announce(view, message))
        for signal in (controller.note_changed, controller.header_changed, controller.segments_changed):
            signal.connect(self._soon)
        controller.note_added.connect(self._note_added)
        controller.note_removed.connect(self._note_removed)
        controller.note_moved.connect(self._note_moved)
        controller.canvas_reset.connect(self._reset)
        controller.undo_stack.indexChanged.connect(self._soon)
        self._reset()

    def _soon(self, *_args: object) -> None:
        self._timer.start()

    # ---- what is current ----------------------------------------------------------------

    @property
    def current_note(self) -> str | None:
        """The note the arrow keys reached, while it is still the one selected."""
        ids = self._scene.selected_note_ids()
        return self._current if self._current in ids else (ids[-1] if len(ids) == 1 else None)

    def set_current_note(self, note_id: str) -> None:
        self._current = note_id
        self._subject = Subject.SELECTION
        self._timer.start()

    def refresh(self) -> None:
        """Name and describe the board again (in another language, say) at the turn's end."""
        self._timer.start()

    def say(self, message: str) -> None:
        """Announce something that is not an edit (the end of the board was reached)."""
        announce(self._view, message)
        self.announced.emit(message)

    def _selection_changed(self) -> None:
        self._subject = Subject.SELECTION
        self._timer.start()

    def _block_chosen(self) -> None:
        if self._scene.chosen_block is not None:
            self._subject = Subject.BLOCK
        self._timer.start()

    def _describe(self) -> None:
        canvas = self._controller.canvas
        name, description = spoken_text.board_name(canvas), spoken_text.board_description(canvas)
        ids = self._scene.selected_note_ids() if self._subject is Subject.SELECTION else []
        block = self._scene.chosen_block
        current = self.current_note if ids else None
        if current is not None and self._controller.has_note(current):
            note = self._controller.note(current)
            in_block = sorted(canvas.notes_in(note.block), key=reading_key)
            position = next(i for i, n in enumerate(in_block) if n.id == current) + 1
            name = spoken_text.note_text(canvas, note, position, len(in_block))
            description = spoken_text.note_description(note)
        elif ids:
            name = spoken_text.selection_text(canvas, [self._controller.note(i) for i in ids])
        elif block is not None and self._subject is not Subject.CANVAS:
            name = spoken_text.block_text(canvas, block)
            description = spoken_text.block_description(canvas, block)
        self._known = {i: self._controller.note(i) for i in ids}
        # Qt raises NameChanged / DescriptionChanged only when the text differs.
        self._view.setAccessibleName(name)
        self._view.setAccessibleDescription(description)

    # ---- what an action did -------------------------------------------------------------

    def _note_added(self, note_id: str) -> None:
        self._block_of[note_id] = self._controller.note(note_id).block
        self._added.append(note_id)
        self._timer.start()

    def _note_removed(self, note_id: str) -> None:
        self._block_of.pop(note_id, None)
        self._removed.append(note_id)
        self._timer.start()

    def _note_moved(self, note_id: str) -> None:
        block = self._controller.note(note_id).block
        if self._block_of.get(note_id) != block:
            self._moved.append(note_id)
        self._block_of[note_id] = block
        self._timer.start()

    def _reset(self) -> None:
        """A new document: nothing to announce, the history starts afresh."""
        self._block_of = {n.id: n.block for n in self._controller.canvas.notes}
        self._current = None
        self._subject = Subject.CANVAS
        self._take_changes()
        self._remember_stack()
        self._describe()

    def _take_changes(self) -> tuple[list[str], list[str], list[str]]:
        changes = (self._added, self._removed, self._moved)
        self._added, self._removed, self._moved = [], [], []
        return changes

    def _remember_stack(self) -> None:
        stack = self._controller.undo_stack
        self._index, self._count = stack.index(), stack.count()
        self._next_redo = self._step_at(self._index) if self._index < self._count else None

    def _step_at(self, index: int) -> tuple[int, str]:
        stack = self._controller.undo_stack
        return id(stack.command(index)), stack.text(index)

    def _end_of_turn(self) -> None:
        message = self._message()
        self._remember_stack()
        if message:
            self.say(message)
        self._describe()

    def _message(self) -> str:
        """The sentence for what changed since the last turn, "" when nothing worth saying."""
        stack = self._controller.undo_stack
        added, removed, moved = self._take_changes()
        index, count = stack.index(), stack.count()
        # An undo keeps the step on the stack; a draft note left empty erases its step.
        if index < self._index and count == self._count:
            return spoken_text.undone(stack.text(index))
        # A redo walks onto the step that was next; a new step is a new command.
        redone = self._next_redo is not None and self._step_at(self._index) == self._next_redo
        if index > self._index and redone:
            return spoken_text.redone(stack.text(index - 1))
        canvas, c = self._controller.canvas, self._controller
        parts: list[str] = []
        new = [c.note(i) for i in added if c.has_note(i)]
        if new:
            parts.append(spoken_text.added(canvas, new))
        gone = [i for i in removed if i not in added]
        if gone:
            parts.append(spoken_text.deleted([self._known[i] for i in gone if i in self._known], len(gone)))
        shifted = [c.note(i) for i in dict.fromkeys(moved) if c.has_note(i) and i not in added]
        if shifted:
            parts.append(spoken_text.moved(canvas, shifted))
        return spoken_text.joined(parts)

