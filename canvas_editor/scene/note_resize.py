"""Resizing a selected note by dragging its bottom-right corner.

While the mouse moves the note's item grows or shrinks from its top-left corner (the
model is untouched); the release sets the note's size, one undo step. Sizes go in the
steps Arrange uses and stay within the rule of the model's `size` field.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF

from canvas_editor.model.placement import SIZE_STEP
from canvas_editor.model.rules import MAX_NOTE_SIZE, MIN_NOTE_SIZE
from canvas_editor.scene.geometry import NOTE_H, NOTE_W
from canvas_editor.scene.note_item import NoteItem

# The share of a note, at its bottom-right corner, that resizes it rather than moving it.
GRIP = 0.2


def on_grip(item: NoteItem, scene_pos: QPointF) -> bool:
    """Whether a press at `scene_pos` takes a selected note by its resizing corner."""
    local = item.mapFromScene(scene_pos)
    return (
        item.isSelected()
        and NOTE_W * (1.0 - GRIP) <= local.x() <= NOTE_W
        and NOTE_H * (1.0 - GRIP) <= local.y() <= NOTE_H
    )


class CornerResize:
    """One drag of a note's corner; `size` is what the release sets."""

    def __init__(self, item: NoteItem, press: QPointF) -> None:
        self.item = item
        self.size = item.note.size
        corner = item.mapToScene(QPointF(NOTE_W, NOTE_H))
        self._grabbed_at = press - corner  # the corner follows the mouse at this offset

    def move(self, scene_pos: QPointF) -> None:
        corner = scene_pos - self._grabbed_at - self.item.pos()
        ratio = max(corner.x() / NOTE_W, corner.y() / NOTE_H)
        stepped = round(round(ratio / SIZE_STEP) * SIZE_STEP, 2)
        self.size = min(max(stepped, MIN_NOTE_SIZE), MAX_NOTE_SIZE)
        self.item.setScale(self.size)

    def cancel(self) -> None:
        """Show the note at its size in the model again."""
        self.item.setScale(self.item.note.size)
