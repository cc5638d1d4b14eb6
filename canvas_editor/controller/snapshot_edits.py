"""The document controller's snapshots: take, rename, delete and restore, each one undo step.

A mixin of DocumentController (controller/document_controller.py), kept apart so the
controller stays one readable module; it also holds the snapshot mutators the undo
commands (controller/snapshot_commands.py) call through DocumentMutations.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from canvas_editor.controller.snapshot_commands import (
    AddSnapshotCommand,
    RemoveSnapshotCommand,
    RenameSnapshotCommand,
    RestoreSnapshotCommand,
)
from canvas_editor.model.document import Canvas, Snapshot
from canvas_editor.model.snapshots import checked_name, new_snapshot

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from canvas_editor.controller.mutations import DocumentMutations


class SnapshotEdits:
    """Snapshot edits for a controller that owns `_canvas` and `_undo_stack`."""

    if TYPE_CHECKING:
        _canvas: Canvas
        _undo_stack: QUndoStack
        snapshots_changed: SignalInstance

    def _mutations(self) -> DocumentMutations:
        """This controller as its commands see it (DocumentController is one)."""
        return cast("DocumentMutations", self)

    def snapshot(self, snapshot_id: str) -> Snapshot:
        """The snapshot with this id (KeyError if none)."""
        for snapshot in self._canvas.snapshots:
            if snapshot.id == snapshot_id:
                return snapshot
        raise KeyError(snapshot_id)

    def take_snapshot(self, name: str) -> str:
        """Keep the board as it is now under `name`; returns the snapshot's id.

        ValueError (saying why) for a blank name, one another snapshot has, or one too
        long, and when the canvas holds as many snapshots as it may.
        """
        snapshot = new_snapshot(self._canvas, name)
        self._undo_stack.push(AddSnapshotCommand(self._mutations(), snapshot))
        return snapshot.id

    def rename_snapshot(self, snapshot_id: str, name: str) -> None:
        before = self.snapshot(snapshot_id)
        name = checked_name(self._canvas, name, renaming=snapshot_id)
        if name != before.name:
            self._undo_stack.push(
                RenameSnapshotCommand(self._mutations(), before, replace(before, name=name))
            )

    def delete_snapshot(self, snapshot_id: str) -> None:
        self._undo_stack.push(RemoveSnapshotCommand(self._mutations(), self.snapshot(snapshot_id)))

    def restore_snapshot(self, snapshot_id: str) -> bool:
        """Put the snapshot's board in place of the current one; False when they are the same."""
        snapshot = self.snapshot(snapshot_id)
        if snapshot.notes == self._canvas.notes and snapshot.segments == self._canvas.segments:
            return False
        self._undo_stack.push(RestoreSnapshotCommand(self._mutations(), snapshot))
        return True

    # ---- mutators (DocumentMutations), for commands only: no undo step ----------------

    def insert_snapshot(self, index: int, snapshot: Snapshot) -> None:
        self._canvas.snapshots.insert(index, snapshot)
        self.snapshots_changed.emit()

    def pop_snapshot(self, snapshot_id: str) -> tuple[int, Snapshot]:
        """Remove the snapshot; returns it with its former index."""
        snapshots = self._canvas.snapshots
        index = next(i for i, s in enumerate(snapshots) if s.id == snapshot_id)
        snapshot = snapshots.pop(index)
        self.snapshots_changed.emit()
        return index, snapshot

    def replace_snapshot(self, snapshot: Snapshot) -> None:
        snapshots = self._canvas.snapshots
        index = next(i for i, s in enumerate(snapshots) if s.id == snapshot.id)
        snapshots[index] = snapshot
        self.snapshots_changed.emit()
