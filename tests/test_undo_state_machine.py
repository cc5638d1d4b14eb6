"""Undo you can trust: random edit sequences undo back to the start and redo to the end.

A hypothesis state machine drives the controller's public edits (and the board's
paste and duplicate, which reach it through a BoardScene without a view) in random
order, with undo and redo in between. After every step the document must equal the
one recorded for the undo stack's current index, the board must mirror it, and the
canvas must still be valid. At the end everything is undone (back to the starting
document, step by step) and redone (forward to the final one).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import STICKY_COLORS
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.model.layout import BLOCK_RECTS, NOTE_SIZES
from canvas_editor.model.rules import MAX_NOTE_SIZE, MAX_SNAPSHOTS, MIN_NOTE_SIZE
from canvas_editor.model.snapshots import default_name
from canvas_editor.model.validation import validate_canvas
from canvas_editor.scene.board_scene import BoardScene
from canvas_editor.scene.geometry import note_top_left
from canvas_editor.scene.note_operations import copy_notes, duplicate_notes, paste
from canvas_editor.storage.canvas_json import canvas_to_json
from canvas_editor.storage.templates import load_template

blocks = st.sampled_from(list(BlockId))
fractions = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
colors = st.sampled_from([*STICKY_COLORS.values(), "#123abc"])
texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40) | st.sampled_from(
    ["", "<b>bold</b>", "한국어 메모", "a\nb", "  spaced  "]
)
picks = st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=4)
# Where in a block a gesture aims, as fractions of it: a little outside it too.
aims = st.floats(min_value=-0.2, max_value=1.2, allow_nan=False)
note_sizes = st.sampled_from(list(NOTE_SIZES.values())) | st.floats(
    min_value=MIN_NOTE_SIZE, max_value=MAX_NOTE_SIZE, allow_nan=False
)
tag_lists = st.lists(st.sampled_from(["risk", "Risk", " to test ", "핵심", ""]), max_size=3)


def _sheet_point(block: BlockId, fx: float, fy: float) -> tuple[float, float]:
    b = BLOCK_RECTS[block]
    return (b.x + fx * b.w, b.y + fy * b.h)


class UndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        start = copy.deepcopy(load_template("amazon"))
        start.notes = start.notes[:6]
        start.segments = [s for s in start.segments if any(n.segment == s.id for n in start.notes)]
        self.controller = DocumentController(start)
        self.scene = BoardScene(self.controller)
        self.stack = self.controller.undo_stack
        # history[i] is the document after the first i commands of the stack.
        self.history: list[Canvas] = [self.snapshot()]

    # ---- bookkeeping ------------------------------------------------------------------

    def snapshot(self) -> Canvas:
        """A copy of the document; notes and segments are immutable values, so lists suffice."""
        c = self.controller.canvas
        lists = ("notes", "segments", "snapshots", "presentation_order")
        return dataclasses.replace(c, **{name: list(getattr(c, name)) for name in lists})

    def record(self) -> None:
        """After each controller call: the stack's tail is gone, the current step is what we see.

        A pushed command adds a step; a merged one (typing, nudges) rewrites the last; a
        call that changes nothing pushes nothing.
        """
        index = self.stack.index()
        if self.stack.count() > index:  # nothing was pushed: the redo steps are still there
            return
        del self.history[index:]
        self.history.append(self.snapshot())
        assert len(self.history) == index + 1

    def ids(self, pick: list[int]) -> list[str]:
        notes = self.controller.canvas.notes
        return list(dict.fromkeys(notes[i % len(notes)].id for i in pick))

    def has_notes(self) -> bool:
        return bool(self.controller.canvas.notes)

    # ---- edits ------------------------------------------------------------------------

    @rule(block=blocks, x=fractions, y=fractions, text=texts, color=colors)
    def create(self, block: BlockId, x: float, y: float, text: str, color: str) -> None:
        self.controller.add_note(block, x, y, text=text, color=color)
        self.record()

    @rule(block=blocks)
    def create_in_free_spot(self, block: BlockId) -> None:
        self.controller.add_note(block)
        self.record()

    @rule(block=blocks, fx=aims, fy=aims)
    def create_where_aimed(self, block: BlockId, fx: float, fy: float) -> None:
        self.controller.add_note(block, aim=_sheet_point(block, fx, fy))
        self.record()

    @rule(block=blocks, fx=aims, fy=aims, text=texts)
    def create_and_type_or_abandon(self, block: BlockId, fx: float, fy: float, text: str) -> None:
        """N or a double-click: a draft note typed into, or left empty and so removed."""
        session = self.controller.new_text_session()
        note_id = self.controller.add_note(block, aim=_sheet_point(block, fx, fy), draft_session=session)
        self.record()
        if text.strip():
            self.controller.set_note_text(note_id, text, session=session)
        else:
            self.controller.remove_notes([note_id], draft_session=session)
        self.record()

    @precondition(has_notes)
    @rule(pick=picks, block=blocks, fx=aims, fy=aims)
    def drop(self, pick: list[int], block: BlockId, fx: float, fy: float) -> None:
        """A drag's drop: the notes aimed side by side around a point of the block."""
        x, y = _sheet_point(block, fx, fy)
        ids = self.ids(pick)
        self.controller.place_notes({i: (block, (x + 0.02 * k, y)) for k, i in enumerate(ids)})
        self.record()

    @precondition(has_notes)
    @rule(pick=picks, size=note_sizes)
    def resize(self, pick: list[int], size: float) -> None:
        self.controller.set_notes_size(self.ids(pick), size)
        self.record()

    @rule(which=st.lists(blocks, min_size=1, max_size=9))
    def arrange(self, which: list[BlockId]) -> None:
        self.controller.arrange_blocks(which)
        self.record()

    @precondition(has_notes)
    @rule(pick=picks, tags=tag_lists, add=tag_lists, remove=tag_lists)
    def tag(self, pick: list[int], tags: list[str], add: list[str], remove: list[str]) -> None:
        self.controller.set_notes_tags(self.ids(pick)[:1], tags)
        self.record()
        self.controller.change_notes_tags(self.ids(pick), add=add, remove=remove)
        self.record()

    @precondition(has_notes)
    @rule(pick=picks, text=texts, typing=st.booleans())
    def edit_text(self, pick: list[int], text: str, typing: bool) -> None:
        note_id = self.ids(pick)[0]
        session = self.controller.new_text_session() if typing else None
        for end in range(1, len(text) + 1) if typing else [len(text)]:
            self.controller.set_note_text(note_id, text[:end], session=session)
            self.record()

    @precondition(has_notes)
    @rule(pick=picks, text=texts)
    def edit_description(self, pick: list[int], text: str) -> None:
        self.controller.set_note_description(self.ids(pick)[0], text)
        self.record()

    @precondition(has_notes)
    @rule(pick=picks, x=fractions, y=fractions)
    def move_within_block(self, pick: list[int], x: float, y: float) -> None:
        moves = {i: (self.controller.note(i).block, x, y) for i in self.ids(pick)}
        self.controller.move_notes(moves)
        self.record()

    @precondition(has_notes)
    @rule(pick=picks, block=blocks, x=fractions, y=fractions)
    def move_between_blocks(self, pick: list[int], block: BlockId, x: float, y: float) -> None:
        self.controller.move_notes({i: (block, x, y) for i in self.ids(pick)})
        self.record()

    @precondition(has_notes)
    @rule(pick=picks, steps=st.lists(st.floats(min_value=-0.05, max_value=0.05), min_size=1, max_size=5))
    def nudge(self, pick: list[int], steps: list[float]) -> None:
        ids = self.ids(pick)
        for step in steps:
            moves = {}
            for i in ids:
                note = self.controller.note(i)
                moves[i] = (note.block, note.x + step, note.y - step)
            self.controller.move_notes(moves, merge_key="nudge:" + ",".join(sorted(ids)))
            self.record()

    @precondition(has_notes)
    @rule(pick=picks, color=colors)
    def recolour(self, pick: list[int], color: str) -> None:
        self.controller.set_notes_color(self.ids(pick), color)
        self.record()

    @rule(name=st.text(min_size=1, max_size=20).filter(str.strip), color=colors)
    def add_segment(self, name: str, color: str) -> None:
        self.controller.add_segment(name, color)
        self.record()

    @precondition(has_notes)
    @rule(pick=picks, which=st.integers(min_value=-1, max_value=1000))
    def assign_segment(self, pick: list[int], which: int) -> None:
        segments = self.controller.canvas.segments
        segment = segments[which % len(segments)].id if segments and which >= 0 else None
        self.controller.set_notes_segment(self.ids(pick), segment)
        self.record()

    @precondition(has_notes)
    @rule(pick=picks)
    def delete(self, pick: list[int]) -> None:
        self.controller.remove_notes(self.ids(pick))
        self.record()

    @precondition(has_notes)
    @rule(pick=picks, block=blocks)
    def copy_and_paste(self, pick: list[int], block: BlockId) -> None:
        mime = copy_notes(self.scene, self.ids(pick))
        assert mime is not None
        paste(self.scene, mime, block)
        self.record()

    @precondition(has_notes)
    @rule(pick=picks, block=blocks, fx=aims, fy=aims)
    def copy_and_paste_where_aimed(self, pick: list[int], block: BlockId, fx: float, fy: float) -> None:
        mime = copy_notes(self.scene, self.ids(pick))
        assert mime is not None
        paste(self.scene, mime, block, _sheet_point(block, fx, fy))
        self.record()

    @rule(lines=st.lists(texts, max_size=4), block=blocks)
    def paste_text(self, lines: list[str], block: BlockId) -> None:
        mime = QMimeData()
        mime.setText("\n".join(lines))
        paste(self.scene, mime, block)
        self.record()

    @precondition(has_notes)
    @rule(pick=picks)
    def duplicate(self, pick: list[int]) -> None:
        duplicate_notes(self.scene, self.ids(pick))
        self.record()

    @precondition(has_notes)
    @rule(pick=picks)
    def bring_to_front(self, pick: list[int]) -> None:
        self.controller.bring_to_front(self.ids(pick))
        self.record()

    @rule(title=st.text(max_size=30), designed_by=st.text(max_size=30))
    def edit_header(self, title: str, designed_by: str) -> None:
        self.controller.set_header(title=title, designed_by=designed_by)
        self.record()

    # ---- snapshots ---------------------------------------------------------------------

    def has_snapshots(self) -> bool:
        return bool(self.controller.canvas.snapshots)

    def snapshot_id(self, pick: int) -> str:
        snapshots = self.controller.canvas.snapshots
        return snapshots[pick % len(snapshots)].id

    @rule()
    def take_snapshot(self) -> None:
        canvas = self.controller.canvas
        if len(canvas.snapshots) < MAX_SNAPSHOTS:
            self.controller.take_snapshot(default_name(canvas))
        else:
            with pytest.raises(ValueError, match="at most 100 snapshots"):
                self.controller.take_snapshot(default_name(canvas))
        self.record()

    @precondition(has_snapshots)
    @rule(pick=st.integers(min_value=0, max_value=100), name=st.text(min_size=1, max_size=20))
    def rename_snapshot(self, pick: int, name: str) -> None:
        # Blank, or another snapshot's name: refused, and nothing changes.
        with contextlib.suppress(ValueError):
            self.controller.rename_snapshot(self.snapshot_id(pick), name)
        self.record()

    @precondition(has_snapshots)
    @rule(pick=st.integers(min_value=0, max_value=100))
    def delete_snapshot(self, pick: int) -> None:
        self.controller.delete_snapshot(self.snapshot_id(pick))
        self.record()

    @precondition(has_snapshots)
    @rule(pick=st.integers(min_value=0, max_value=100))
    def restore_snapshot(self, pick: int) -> None:
        snapshot = self.controller.snapshot(self.snapshot_id(pick))
        steps = self.stack.count()
        self.controller.restore_snapshot(snapshot.id)
        self.record()
        assert self.controller.canvas.notes == snapshot.notes
        assert self.controller.canvas.segments == snapshot.segments
        assert self.stack.count() - steps <= 1  # one undo step, or none when nothing changed

    # ---- undo and redo in the middle of the session ----------------------------------

    @rule(count=st.integers(min_value=1, max_value=5))
    def undo(self, count: int) -> None:
        for _ in range(count):
            self.stack.undo()
            assert self.controller.canvas == self.history[self.stack.index()]

    @rule(count=st.integers(min_value=1, max_value=5))
    def redo(self, count: int) -> None:
        for _ in range(count):
            self.stack.redo()
            assert self.controller.canvas == self.history[self.stack.index()]

    # ---- what must always hold --------------------------------------------------------

    @invariant()
    def document_matches_the_history(self) -> None:
        assert len(self.history) == self.stack.count() + 1
        assert self.controller.canvas == self.history[self.stack.index()]

    @invariant()
    def the_board_mirrors_the_document(self) -> None:
        for note in self.controller.canvas.notes:
            item = self.scene.note_item(note.id)
            assert item is not None, note.id
            assert item.note == note
            assert item.pos() == note_top_left(note.block, note.x, note.y, note.size)
            assert item.scale() == note.size

    @invariant()
    def the_document_stays_valid(self) -> None:
        canvas = self.controller.canvas
        assert validate_canvas(canvas_to_json(canvas)) == canvas
        assert all(isinstance(n, Note) for n in canvas.notes)
        assert all(isinstance(s, Segment) for s in canvas.segments)

    def teardown(self) -> None:
        """Undo everything back to the start, then redo everything to the last edit."""
        start, end = self.history[0], self.history[-1]
        while self.stack.canUndo():
            self.stack.undo()
            assert self.controller.canvas == self.history[self.stack.index()]
        assert self.controller.canvas == start
        self.the_board_mirrors_the_document()
        while self.stack.canRedo():
            self.stack.redo()
            assert self.controller.canvas == self.history[self.stack.index()]
        assert self.controller.canvas == end
        self.the_board_mirrors_the_document()


def test_random_edit_sequences_undo_to_the_start_and_redo_to_the_end(qapp: QApplication) -> None:
    run_state_machine_as_test(
        UndoMachine,
        settings=settings(
            max_examples=20,
            stateful_step_count=300,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        ),
    )
