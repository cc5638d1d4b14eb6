"""The document controller's edits of customer segments, each one undo step.

A mixin of DocumentController (controller/document_controller.py), kept apart so the
controller stays one readable module: add, rename, recolour (the segment's notes take
the new colour), move in the legend's order, delete (its notes keep their text and
colour and lose the link). Values are checked against the model's declared rules; a
refusal is a ValueError whose message is one line for the user.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from canvas_editor.controller.commands import AddSegmentCommand
from canvas_editor.controller.segment_commands import EditSegmentsCommand
from canvas_editor.model.document import Canvas, Note, Segment, new_id
from canvas_editor.model.rules import MAX_SEGMENT_NAME, MAX_SEGMENTS

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack


def _checked_segment(segment: Segment) -> Segment:
    from canvas_editor.model.validation import checked  # loaded by the warm-up, or the first edit

    return checked(segment)


def _normalized_color(color: str) -> str:
    from canvas_editor.model.validation import checked_field

    return checked_field(Note, "color", color).upper()


def _undo_text(text: str, segment: Segment) -> str:
    """An undo step's name (translated by the caller), naming the segment as it was."""
    return text.format(name=repr(segment.name))


class SegmentEdits:
    """Segment edits for a controller that owns `_canvas` and `_undo_stack`."""

    _canvas: Canvas
    _undo_stack: QUndoStack

    def _segment_named(self, segment_id: str) -> Segment:
        segment = self._canvas.segment(segment_id)
        if segment is None:
            raise ValueError(f"no segment has the id {segment_id!r}")
        return segment

    @staticmethod
    def _segment_name(name: str) -> str:
        """The name as kept (trimmed, cut to the longest allowed), or ValueError when blank."""
        name = name.strip()[:MAX_SEGMENT_NAME]
        if not name:
            raise ValueError(QCoreApplication.translate("Segments", "a segment needs a name"))
        return name

    def add_segment(self, name: str, color: str) -> str:
        """A new customer segment at the end of the legend; returns its id."""
        name = self._segment_name(name)
        if len(self._canvas.segments) >= MAX_SEGMENTS:
            raise ValueError(
                QCoreApplication.translate("Segments", "a canvas holds at most {count} segments").format(
                    count=MAX_SEGMENTS
                )
            )
        segment = _checked_segment(Segment(id=new_id(), name=name, color=_normalized_color(color)))
        self._undo_stack.push(AddSegmentCommand(self, segment))  # type: ignore[arg-type]  # self is the controller
        return segment.id

    def rename_segment(self, segment_id: str, name: str) -> None:
        before = self._segment_named(segment_id)
        name = self._segment_name(name)
        if name != before.name:
            label = _undo_text(QCoreApplication.translate("Undo", "Rename segment {name}"), before)
            self._push_segments(replace(before, name=name), [], label)

    def recolor_segment(self, segment_id: str, color: str) -> None:
        """The segment's new colour; every note of the segment takes it too."""
        before = self._segment_named(segment_id)
        color = _normalized_color(color)
        notes = [n for n in self._canvas.notes if n.segment == segment_id and n.color.upper() != color]
        if color != before.color.upper() or notes:
            after = [replace(n, color=color) for n in notes]
            label = _undo_text(QCoreApplication.translate("Undo", "Recolour segment {name}"), before)
            self._push_segments(replace(before, color=color), after, label)

    def move_segment(self, segment_id: str, index: int) -> None:
        """Put the segment at `index` of the legend's order (clamped to the list)."""
        segment = self._segment_named(segment_id)
        order = [s for s in self._canvas.segments if s.id != segment_id]
        order.insert(min(max(index, 0), len(order)), segment)
        if order != self._canvas.segments:
            label = _undo_text(QCoreApplication.translate("Undo", "Move segment {name}"), segment)
            self._push(order, [], label)

    def delete_segment(self, segment_id: str) -> None:
        """Remove the segment; its notes keep their text and colour and lose the link."""
        segment = self._segment_named(segment_id)
        order = [s for s in self._canvas.segments if s.id != segment_id]
        notes = [replace(n, segment=None) for n in self._canvas.notes if n.segment == segment_id]
        label = _undo_text(QCoreApplication.translate("Undo", "Delete segment {name}"), segment)
        self._push(order, notes, label)

    def _push_segments(self, changed: Segment, notes: list[Note], label: str) -> None:
        changed = _checked_segment(changed)
        order = [changed if s.id == changed.id else s for s in self._canvas.segments]
        self._push(order, notes, label)

    def _push(self, order: list[Segment], notes: list[Note], label: str) -> None:
        by_id = {n.id: n for n in self._canvas.notes} if notes else {}
        before = [by_id[n.id] for n in notes]
        command = EditSegmentsCommand(
            self, (list(self._canvas.segments), order), (before, notes), label  # type: ignore[arg-type]
        )
        self._undo_stack.push(command)
