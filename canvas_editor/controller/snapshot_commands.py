"""The undoable snapshot edits: take, rename, delete, restore.

Like every command (commands.py), each changes the document only through
DocumentMutations. Snapshots are handled as values: a rename swaps the snapshot for
a renamed copy, so undo puts the old value back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from canvas_editor.controller.workshop_commands import KeptBallots
from canvas_editor.model.document import Note, Segment, Snapshot

if TYPE_CHECKING:
    from canvas_editor.controller.mutations import DocumentMutations


class AddSnapshotCommand(QUndoCommand):
    """Take a snapshot: it goes after the others."""

    def __init__(self, controller: DocumentMutations, snapshot: Snapshot) -> None:
        super().__init__(
            QCoreApplication.translate("Undo", "Take snapshot {name}").format(name=repr(snapshot.name))
        )
        self._controller = controller
        self._snapshot = snapshot
        self._index: int | None = None

    def redo(self) -> None:
        if self._index is None:
            self._index = len(self._controller.canvas.snapshots)
        self._controller.insert_snapshot(self._index, self._snapshot)

    def undo(self) -> None:
        self._controller.pop_snapshot(self._snapshot.id)


class RemoveSnapshotCommand(QUndoCommand):
    """Delete a snapshot: undo puts it back in its place."""

    def __init__(self, controller: DocumentMutations, snapshot: Snapshot) -> None:
        super().__init__(
            QCoreApplication.translate("Undo", "Delete snapshot {name}").format(name=repr(snapshot.name))
        )
        self._controller = controller
        self._id = snapshot.id
        self._removed: tuple[int, Snapshot] | None = None

    def redo(self) -> None:
        self._removed = self._controller.pop_snapshot(self._id)

    def undo(self) -> None:
        if self._removed is not None:
            self._controller.insert_snapshot(*self._removed)


class RenameSnapshotCommand(QUndoCommand):
    def __init__(self, controller: DocumentMutations, before: Snapshot, after: Snapshot) -> None:
        super().__init__(
            QCoreApplication.translate("Undo", "Rename snapshot {name}").format(name=repr(before.name))
        )
        self._controller = controller
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._controller.replace_snapshot(self._after)

    def undo(self) -> None:
        self._controller.replace_snapshot(self._before)


class RestoreSnapshotCommand(QUndoCommand):
    """Put a snapshot's notes and segments on the board in place of the current ones.

    The board it replaces is kept by the first redo, so undo brings back exactly what
    was there; the title block and the snapshots themselves stay as they are.
    """

    def __init__(self, controller: DocumentMutations, snapshot: Snapshot) -> None:
        super().__init__(
            QCoreApplication.translate("Undo", "Restore snapshot {name}").format(name=repr(snapshot.name))
        )
        self._controller = controller
        self._board = (list(snapshot.notes), list(snapshot.segments))
        self._replaced: tuple[list[Note], list[Segment]] | None = None
        self._ballots = KeptBallots()  # dots on notes the snapshot does not hold come back on undo

    def redo(self) -> None:
        self._replaced = self._controller.replace_board(*self._board)
        self._ballots.prune(self._controller)

    def undo(self) -> None:
        if self._replaced is not None:
            self._controller.replace_board(*self._replaced)
            self._ballots.restore(self._controller)
