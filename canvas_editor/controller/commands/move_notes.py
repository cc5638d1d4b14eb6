"""Move notes between or inside blocks: a whole drag is one step, nudges merge."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from canvas_editor.controller.commands.merge_ids import MOVE, NO_MERGE
from canvas_editor.model.blocks import BlockId

if TYPE_CHECKING:
    from canvas_editor.controller.document_controller import DocumentController

Placement = tuple[BlockId, float, float]


class MoveNotesCommand(QUndoCommand):
    def __init__(
        self,
        controller: DocumentController,
        before: dict[str, Placement],
        after: dict[str, Placement],
        label: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(label)
        self._controller = controller
        self._before = dict(before)
        self._after = dict(after)
        self.merge_key = merge_key

    def id(self) -> int:
        return MOVE if self.merge_key is not None else NO_MERGE

    def _apply(self, placements: dict[str, Placement]) -> None:
        controller = self._controller
        controller._replace_notes(
            [
                replace(controller.note(note_id), block=block, x=x, y=y)
                for note_id, (block, x, y) in placements.items()
            ]
        )

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveNotesCommand) or other.merge_key != self.merge_key:
            return False
        if set(other._after) - set(self._after):
            return False  # other notes: a new step
        self._after.update(other._after)
        if self._after == {k: self._before[k] for k in self._after}:
            self.setObsolete(True)
        return True
