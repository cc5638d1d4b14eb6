"""The document controller: the one owner of the live Canvas.

Every user edit goes through a public method that pushes one small QUndoCommand (or
a macro); the commands change the model only through the mutators below (the
DocumentMutations protocol), which keep the canvas consistent and emit fine-grained
signals that views mirror. Notes are frozen dataclasses: an edit replaces a note with
`dataclasses.replace(...)`, and the new values are checked against the model's
declared rules (`model/validation.py`), the same check a file or a paste goes through.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from canvas_editor.controller.commands import (
    HEADER_FIELDS,
    AddNotesCommand,
    BringToFrontCommand,
    EditNotesCommand,
    MoveNotesCommand,
    Placement,
    RemoveNotesCommand,
    SetHeaderCommand,
    SetNoteTextCommand,
    SetPresentationOrderCommand,
)
from canvas_editor.controller.segment_edits import SegmentEdits
from canvas_editor.controller.snapshot_edits import SnapshotEdits
from canvas_editor.controller.undo_stack import UndoStack
from canvas_editor.controller.workshop_edits import WorkshopEdits
from canvas_editor.model import placement
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR
from canvas_editor.model.document import Ballot, Canvas, Note, Segment, check_references, new_id
from canvas_editor.model.placement import Aim, Arrival
from canvas_editor.model.presentation import block_order
from canvas_editor.model.rules import (
    MAX_DESCRIPTION,
    MAX_NOTE_TEXT,
    MAX_NOTES,
    MAX_SHORT_TEXT,
)

# Where a note is and how large: a change of these is a move (note_moved), of any
# other field a change (note_changed).
_PLACE_FIELDS = ("block", "x", "y", "size")
_Value = TypeVar("_Value", Note, Segment)


def _checked(value: _Value) -> _Value:
    """The note or segment if it keeps the model's rules, else ValueError naming the field."""
    # Imported on the first edit (the warm-up after the first paint usually has it loaded).
    from canvas_editor.model.validation import checked

    return checked(value)


def _checked_all(values: list[_Value]) -> list[_Value]:
    return [_checked(v) for v in values]


def normalized_color(color: str) -> str:
    """`#RRGGBB` in upper case, or ValueError: the file format accepts nothing else."""
    from canvas_editor.model.validation import checked_field

    return checked_field(Note, "color", color).upper()


def normalized_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as a note keeps them: without surrounding spaces, empty ones dropped, each
    once (the first spelling of a tag that differs only in case), checked against the
    model's rules (ValueError naming the field)."""
    from canvas_editor.model.validation import checked_field

    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        tag = " ".join(str(tag).split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return checked_field(Note, "tags", tuple(out))


def _fraction(v: float) -> float:
    v = float(v)
    if v != v:  # NaN
        return 0.0
    return min(max(v, 0.0), 1.0)


class DocumentController(SegmentEdits, SnapshotEdits, WorkshopEdits, QObject):
    """Owns the Canvas and its undo stack; "modified" means the stack is not clean.

    The segment edits (add, rename, recolour, move, delete) are in SegmentEdits
    (controller/segment_edits.py); the workshop's edits (reveal, dot voting) are in
    controller/workshop_edits.py."""

    note_added = Signal(str)
    note_removed = Signal(str)
    note_changed = Signal(str)  # any field but where the note is and its size
    note_moved = Signal(str)  # block, x, y and/or size
    notes_reordered = Signal()  # z-order (bring to front)
    header_changed = Signal()  # title, designed_for, designed_by, date, iteration, language
    presentation_order_changed = Signal()
    segments_changed = Signal()
    snapshots_changed = Signal()  # taken, renamed, deleted (a restore changes the board instead)
    voting_changed = Signal()  # the vote budget or the ballots (a note's votes: note_changed)
    canvas_reset = Signal()  # the whole canvas was replaced (open, revert), or its board (restore)

    def __init__(self, canvas: Canvas | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._canvas = canvas if canvas is not None else Canvas()
        self._index: dict[str, int] | None = None
        self._undo_stack: QUndoStack = UndoStack(self)  # merges without PySide's leak
        self._sessions = itertools.count(1)

    # ---- document -------------------------------------------------------------------

    @property
    def canvas(self) -> Canvas:
        """The live document: read it, never mutate it (go through the edit methods)."""
        return self._canvas

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    def set_canvas(self, canvas: Canvas) -> None:
        """Replace the document (open, revert): a fresh start, so the history goes."""
        self._undo_stack.clear()
        self._canvas = canvas
        self._index = None
        self.canvas_reset.emit()

    def is_modified(self) -> bool:
        return not self._undo_stack.isClean()

    def mark_saved(self) -> None:
        self._undo_stack.setClean()

    def note(self, note_id: str) -> Note:
        """The note with this id (KeyError if none); constant time."""
        return self._canvas.notes[self._note_index()[note_id]]

    def has_note(self, note_id: str) -> bool:
        return note_id in self._note_index()

    def note_position(self, note_id: str) -> int:
        """The note's place in the stacking order (0 is at the back)."""
        return self._note_index()[note_id]

    def new_text_session(self) -> int:
        """A token for one in-place editing session: its keystrokes merge into one undo step."""
        return next(self._sessions)

    # ---- user-level edits: each pushes one undo step (or nothing when nothing changes) ----

    def add_note(
        self,
        block: BlockId,
        x: float | None = None,
        y: float | None = None,
        text: str = "",
        color: str | None = None,
        *,
        segment: str | None = None,
        aim: Aim | None = None,
        draft_session: int | None = None,
        hidden: bool = False,
        author: str = "",
    ) -> str:
        """Add one note: at x, y of the block when given, else where `aim` points (a sheet
        point for its corner) if free, else at the nearest free place (model/placement.py).
        `hidden` lays it face down (a silent brainstorm), labelled with `author`.

        With `draft_session`, the typing of that session merges into this step, and
        removing the note in the same session (left empty) erases the step.
        """
        block = BlockId(block)
        if segment is not None and self._canvas.segment(segment) is None:
            raise ValueError(f"no segment has the id {segment!r}")
        note = _checked(
            Note(
                id=new_id(),
                block=block,
                text=text[:MAX_NOTE_TEXT],
                color=normalized_color(color) if color is not None else DEFAULT_NOTE_COLOR,
                segment=segment,
                hidden=hidden,
                author=author.strip()[:MAX_SHORT_TEXT],
                x=_fraction(x or 0.0),
                y=_fraction(y or 0.0),
            )
        )
        self._check_room(1)
        room: list[Note] = []
        if x is None or y is None:
            note, *room = placement.settle(block, self._canvas.notes_in(block), [Arrival(note, aim)])
        self._undo_stack.push(
            AddNotesCommand(
                self,
                [note],
                QCoreApplication.translate("Undo", "Add note"),
                draft_session=draft_session,
                room=self._room(room),
            )
        )
        return note.id

    def add_notes(
        self, notes: list[Note], label: str | None = None, *, aims: list[Aim | None] | None = None
    ) -> list[str]:
        """Add several notes as one step (paste, duplicate); returns their ids.

        Ids already in use get fresh ones and unknown segments are dropped, so notes
        from another canvas or the clipboard always fit this one. With `aims` (one per
        note, a sheet point for its corner or None), each note lands at the free place
        nearest its aim in its block rather than at its x, y.
        """
        if not notes:
            return []
        self._check_room(len(notes))
        taken = set(self._note_index())
        fixed: list[Note] = []
        for note in notes:
            if note.id in taken:
                note = replace(note, id=new_id())
            if note.segment is not None and self._canvas.segment(note.segment) is None:
                note = replace(note, segment=None)
            taken.add(note.id)
            fixed.append(_checked(note))
        room: list[Note] = []
        if aims is not None:
            arrivals = [Arrival(n, aim) for n, aim in zip(fixed, aims, strict=True)]
            settled = self._settle(arrivals)
            fixed = [settled.pop(n.id) for n in fixed]
            room = list(settled.values())
        if label is None:
            label = (
                QCoreApplication.translate("Undo", "Add note")
                if len(fixed) == 1
                else QCoreApplication.translate("Undo", "Add {count} notes").format(count=len(fixed))
            )
        self._undo_stack.push(AddNotesCommand(self, fixed, label, room=self._room(room)))
        return [n.id for n in fixed]

    def remove_notes(self, ids: Iterable[str], *, draft_session: int | None = None) -> None:
        present = [i for i in dict.fromkeys(ids) if self.has_note(i)]
        if not present:
            return
        label = (
            QCoreApplication.translate("Undo", "Delete note")
            if len(present) == 1
            else QCoreApplication.translate("Undo", "Delete {count} notes").format(count=len(present))
        )
        self._undo_stack.push(RemoveNotesCommand(self, present, label, draft_session=draft_session))

    def set_note_text(self, note_id: str, text: str, *, session: int | None = None) -> None:
        """Set the text; consecutive calls for the same note (and session) merge into one step."""
        text = text[:MAX_NOTE_TEXT]
        before = self.note(note_id).text
        if text == before:
            return
        _checked(replace(self.note(note_id), text=text))
        self._undo_stack.push(SetNoteTextCommand(self, note_id, before, text, session=session))

    def set_note_description(self, note_id: str, text: str) -> None:
        note = self.note(note_id)
        text = text[:MAX_DESCRIPTION]
        if text != note.description:
            self._push_edit(
                [note],
                _checked_all([replace(note, description=text)]),
                QCoreApplication.translate("Undo", "Edit description"),
            )

    def set_note_details(self, note_id: str, description: str, tags: Iterable[str]) -> None:
        """The description and the tags of a note (its details dialog), in one step."""
        note = self.note(note_id)
        after = replace(note, description=description[:MAX_DESCRIPTION], tags=normalized_tags(tags))
        self._replace([after], QCoreApplication.translate("Undo", "Edit note details"))

    def set_notes_color(self, ids: Iterable[str], color: str) -> None:
        color = normalized_color(color)
        before = [n for n in self._notes_for(ids) if n.color.upper() != color]
        after = [replace(n, color=color) for n in before]
        self._push_edit(before, after, QCoreApplication.translate("Undo", "Change colour"))

    def set_notes_segment(self, ids: Iterable[str], segment_id: str | None) -> None:
        """Assign notes to a customer segment (or none); they take the segment's colour."""
        color: str | None = None  # None: notes leaving their segment keep their colour
        if segment_id is not None:
            segment = self._canvas.segment(segment_id)
            if segment is None:
                raise ValueError(f"no segment has the id {segment_id!r}")
            color = segment.color.upper()
        before = [
            n
            for n in self._notes_for(ids)
            if n.segment != segment_id or (color is not None and n.color.upper() != color)
        ]
        after = _checked_all([replace(n, segment=segment_id, color=color or n.color) for n in before])
        self._push_edit(before, after, QCoreApplication.translate("Undo", "Set segment"))

    def move_notes(
        self, moves: dict[str, tuple[BlockId, float, float]], merge_key: str | None = None
    ) -> None:
        """Move notes (block, x, y) in one step; same `merge_key` + same notes merge (nudges)."""
        before: dict[str, Placement] = {}
        after: dict[str, Placement] = {}
        for note_id, (block, x, y) in moves.items():
            if not self.has_note(note_id):
                continue
            note = self.note(note_id)
            target = (BlockId(block), _fraction(x), _fraction(y))
            if target != (note.block, note.x, note.y):
                before[note_id] = (note.block, note.x, note.y)
                after[note_id] = target
        if not after:
            return
        label = (
            QCoreApplication.translate("Undo", "Move note")
            if len(after) == 1
            else QCoreApplication.translate("Undo", "Move {count} notes").format(count=len(after))
        )
        self._undo_stack.push(MoveNotesCommand(self, before, after, label, merge_key=merge_key))

    def place_notes(self, aims: dict[str, tuple[BlockId, Aim | None]], label: str | None = None) -> None:
        """Put notes into blocks in one step (a drop): each where aimed (a sheet point for
        its corner; None: the first free place in reading order) if free, else at the
        nearest free place; a block without room is laid out again (model/placement.py)."""
        arrivals: dict[BlockId, list[Arrival]] = {}
        for note_id, (block, aim) in aims.items():
            if self.has_note(note_id):
                note = replace(self.note(note_id), block=BlockId(block))
                arrivals.setdefault(note.block, []).append(Arrival(note, aim))
        settled = self._settle([a for group in arrivals.values() for a in group])
        if label is None:
            moved = sum(len(group) for group in arrivals.values())
            label = (
                QCoreApplication.translate("Undo", "Move note")
                if moved == 1
                else QCoreApplication.translate("Undo", "Move {count} notes").format(count=moved)
            )
        self._replace(list(settled.values()), label)

    def arrange_blocks(self, blocks: Iterable[BlockId]) -> None:
        """Lay out the notes of each block in reading order, in rows without overlap
        (smaller where they would not fit); one step."""
        blocks = list(dict.fromkeys(BlockId(b) for b in blocks))
        after = [n for b in blocks for n in placement.arranged(b, self._canvas.notes_in(b))]
        self._replace(
            after,
            QCoreApplication.translate("Undo", "Arrange notes")
            if len(blocks) == 1
            else QCoreApplication.translate("Undo", "Arrange all notes"),
        )

    def set_notes_size(self, ids: Iterable[str], size: float) -> None:
        """Make notes larger or smaller (1.0 is the standard note); their corner stays."""
        from canvas_editor.model.validation import checked_field

        size = checked_field(Note, "size", size)
        notes = [n for n in self._notes_for(ids) if n.size != size]
        label = (
            QCoreApplication.translate("Undo", "Resize note")
            if len(notes) == 1
            else QCoreApplication.translate("Undo", "Resize notes")
        )
        self._replace([replace(n, size=size) for n in notes], label)

    def set_notes_tags(self, ids: Iterable[str], tags: Iterable[str]) -> None:
        """Give notes exactly these tags (spaces around a tag and repeats dropped)."""
        wanted = normalized_tags(tags)
        self._replace(
            [replace(n, tags=wanted) for n in self._notes_for(ids)],
            QCoreApplication.translate("Undo", "Edit tags"),
        )

    def change_notes_tags(
        self, ids: Iterable[str], add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> None:
        """Add tags to notes and take others off (a tag is the same whatever its case)."""
        added = normalized_tags(add)
        gone = {t.casefold() for t in normalized_tags(remove)}
        after = [
            replace(n, tags=normalized_tags([*(t for t in n.tags if t.casefold() not in gone), *added]))
            for n in self._notes_for(ids)
        ]
        self._replace(after, QCoreApplication.translate("Undo", "Edit tags"))

    def bring_to_front(self, ids: Iterable[str]) -> None:
        wanted = set(ids) & set(self._note_index())
        if not wanted:
            return
        order = [n.id for n in self._canvas.notes]
        new_order = [i for i in order if i not in wanted] + [i for i in order if i in wanted]
        if new_order != order:
            self._undo_stack.push(BringToFrontCommand(self, order, new_order))

    def set_header(self, **fields: str) -> None:
        """Title, designed_for, designed_by, date, iteration, language: one step."""
        from canvas_editor.model.validation import checked_field

        before: dict[str, str] = {}
        after: dict[str, str] = {}
        for name, value in fields.items():
            if name not in HEADER_FIELDS:
                raise ValueError(f"not a header field: {name!r}")
            if name != "language" and isinstance(value, str):
                value = value[:MAX_SHORT_TEXT]
            value = checked_field(Canvas, name, value)
            current = getattr(self._canvas, name)
            if value != current:
                before[name] = current
                after[name] = value
        if after:
            self._undo_stack.push(SetHeaderCommand(self, before, after))

    def set_presentation_order(self, blocks: Iterable[BlockId]) -> None:
        """Store the order a presentation walks through the blocks: one step, or none when
        the blocks would come in the same order as now (an empty list is the standard order)."""
        from canvas_editor.model.validation import checked_field

        after: list[BlockId] = checked_field(Canvas, "presentation_order", list(blocks))
        check_references(Canvas(presentation_order=after))  # each block once, as in a file
        before = list(self._canvas.presentation_order)
        if block_order(after) != block_order(before):
            self._undo_stack.push(SetPresentationOrderCommand(self, before, after))

    # ---- helpers ----------------------------------------------------------------------

    def _check_room(self, count: int) -> None:
        if len(self._canvas.notes) + count > MAX_NOTES:
            raise ValueError(f"a canvas holds at most {MAX_NOTES} notes")

    def _notes_for(self, ids: Iterable[str]) -> list[Note]:
        index = self._note_index()
        return [self._canvas.notes[index[i]] for i in dict.fromkeys(ids) if i in index]

    def _push_edit(self, before: list[Note], after: list[Note], label: str) -> None:
        if after:
            self._undo_stack.push(EditNotesCommand(self, before, after, label))

    def _replace(self, after: list[Note], label: str) -> None:
        """One step that gives notes these new values; those that do not change are left out."""
        changed = [_checked(n) for n in after if n != self.note(n.id)]
        self._push_edit([self.note(n.id) for n in changed], changed, label)

    def _room(self, moved: list[Note]) -> tuple[list[Note], list[Note]]:
        """The notes that make room for new ones, as they are and as they will be."""
        after = _checked_all(moved)
        return [self.note(n.id) for n in after], after

    def _settle(self, arrivals: list[Arrival]) -> dict[str, Note]:
        """Where arriving notes land, block by block, and the notes that make room for
        them; by id (the arriving ones first, in their order)."""
        by_block: dict[BlockId, list[Arrival]] = {}
        for arrival in arrivals:
            by_block.setdefault(arrival.note.block, []).append(arrival)
        arriving = {a.note.id for a in arrivals}
        out: dict[str, Note] = {a.note.id: a.note for a in arrivals}
        for block, group in by_block.items():
            staying = [n for n in self._canvas.notes_in(block) if n.id not in arriving]
            out.update((n.id, n) for n in placement.settle(block, staying, group))
        return out

    def _note_index(self) -> dict[str, int]:
        if self._index is None:
            self._index = {n.id: i for i, n in enumerate(self._canvas.notes)}
        return self._index

    # ---- mutators (DocumentMutations), for commands only: no undo step ----------------
    # The only code that changes the canvas; each emits the signals for its change.

    def insert_notes(self, placed: list[tuple[int, Note]]) -> None:
        """Insert notes at their indices (ascending: each index is its final place)."""
        notes = self._canvas.notes
        present = self._note_index()
        placed = [(i, n) for i, n in placed if n.id not in present]
        end = len(notes)
        for index, note in placed:
            if index >= end:
                notes.append(note)
            else:
                notes.insert(index, note)
            end += 1
        self._index = None
        for _, note in placed:
            self.note_added.emit(note.id)

    def pop_notes(self, ids: list[str]) -> list[tuple[int, Note]]:
        """Remove notes; returns them with their former indices, ascending."""
        wanted = set(ids)
        notes = self._canvas.notes
        removed = [(i, n) for i, n in enumerate(notes) if n.id in wanted]
        notes[:] = [n for n in notes if n.id not in wanted]
        self._index = None
        for _, note in removed:
            self.note_removed.emit(note.id)
        return removed

    def replace_notes(self, replacements: list[Note]) -> None:
        """Swap notes for new values with the same ids; emits moved and/or changed."""
        notes = self._canvas.notes
        index = self._note_index()
        changes: list[tuple[str, bool, bool]] = []
        for new in replacements:
            i = index.get(new.id)
            if i is None:
                continue  # gone from the room meanwhile (see controller/mutations.py)
            old = notes[i]
            notes[i] = new
            moved = any(getattr(old, f) != getattr(new, f) for f in _PLACE_FIELDS)
            changed = replace(old, **{f: getattr(new, f) for f in _PLACE_FIELDS}) != new
            changes.append((new.id, moved, changed))
        for note_id, moved, changed in changes:
            if moved:
                self.note_moved.emit(note_id)
            if changed:
                self.note_changed.emit(note_id)

    def reorder_notes(self, ids: list[str]) -> None:
        """Restack the notes in this order of ids (the same set of ids)."""
        notes = self._canvas.notes
        by_id = {n.id: n for n in notes}
        named = [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
        listed = {n.id for n in named}
        notes[:] = named + [n for n in notes if n.id not in listed]
        self._index = None
        self.notes_reordered.emit()

    def set_header_fields(self, values: dict[str, str]) -> None:
        for name, value in values.items():
            setattr(self._canvas, name, value)
        self.header_changed.emit()

    def set_presentation_blocks(self, blocks: list[BlockId]) -> None:
        self._canvas.presentation_order = list(blocks)
        self.presentation_order_changed.emit()

    def set_voting(self, budget: int, ballots: list[Ballot]) -> None:
        self._canvas.vote_budget = budget
        self._canvas.ballots = list(ballots)
        self.voting_changed.emit()

    def insert_segment(self, index: int, segment: Segment) -> None:
        self._canvas.segments.insert(index, segment)
        self.segments_changed.emit()

    def pop_segment(self, segment_id: str) -> tuple[int, Segment]:
        """Remove the segment; returns it with its former index."""
        segments = self._canvas.segments
        index = next(i for i, s in enumerate(segments) if s.id == segment_id)
        segment = segments.pop(index)
        self.segments_changed.emit()
        return index, segment

    def set_segments(self, segments: list[Segment]) -> None:
        self._canvas.segments[:] = segments
        self.segments_changed.emit()

    def replace_board(self, notes: list[Note], segments: list[Segment]) -> tuple[list[Note], list[Segment]]:
        """Put these notes and segments in place of the canvas's; returns the ones replaced.

        Everything on the board may change at once, so views rebuild (canvas_reset), as
        after opening a file; the undo history stays.
        """
        canvas = self._canvas
        replaced = (list(canvas.notes), list(canvas.segments))
        canvas.notes[:] = notes
        canvas.segments[:] = segments
        self._index = None
        self.canvas_reset.emit()
        return replaced
