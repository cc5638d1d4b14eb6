"""Board operations on a set of notes: delete, duplicate, clipboard, nudge.

Each is one controller call, so each is one undo step. The view's keys and menus and
the window's Edit menu all come here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData

from canvas_editor.model import layout, placement
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR
from canvas_editor.model.document import Note, new_id
from canvas_editor.model.placement import Aim
from canvas_editor.model.rules import MAX_NOTES
from canvas_editor.scene.clipboard import lines_from_text, notes_from_mime, notes_to_mime

if TYPE_CHECKING:
    from canvas_editor.scene.note_board import NoteBoard

# Of the sheet: copies are aimed down and right of the originals (and land at the nearest free place).
DUPLICATE_OFFSET = layout.NOTE_W * 0.25
NUDGE_STEP = 0.0025  # of the sheet per arrow key press; Shift moves five times as far


def _offset(note: Note, dx: float, dy: float) -> tuple[float, float]:
    """The stored (x, y) of `note` moved by (dx, dy) of the sheet, kept inside its block."""
    r = placement.rect_of(note)
    return layout.position_in_block(note.block, r.x + dx, r.y + dy, note.size)


def delete_notes(board: NoteBoard, ids: list[str]) -> None:
    board.finish_edit()
    board.controller.remove_notes(ids)


def duplicate_notes(board: NoteBoard, ids: list[str]) -> list[str]:
    """Copies of the notes beside the originals (the nearest free places), selected."""
    board.finish_edit()
    c = board.controller
    copies: list[Note] = []
    aims: list[Aim | None] = []
    for note_id in ids:
        note = c.note(note_id)
        left, top = placement.aim_of(note)
        copies.append(replace(note, id=new_id()))
        aims.append((left + DUPLICATE_OFFSET, top + DUPLICATE_OFFSET))
    new_ids = _add(board, copies, aims, QCoreApplication.translate("Undo", "Duplicate"))
    board.select_notes(new_ids)
    return new_ids


def face_up_ids(board: NoteBoard, ids: list[str]) -> list[str]:
    """The notes of `ids` that may leave the board (copy, cut): face-down ones stay."""
    c = board.controller
    return [i for i in ids if c.has_note(i) and not c.note(i).hidden]


def copy_notes(board: NoteBoard, ids: list[str]) -> QMimeData | None:
    """The clipboard contents for these notes (None when there are none); face-down
    notes are left out, so their words never reach another program."""
    c = board.controller
    notes = [c.note(i) for i in face_up_ids(board, ids)]
    return notes_to_mime(notes, c.canvas.segments) if notes else None


def paste(
    board: NoteBoard, mime: QMimeData, block: BlockId | None = None, point: Aim | None = None
) -> list[str]:
    """Paste notes (from a canvas) or text lines (from anywhere), selected afterwards.

    Pasted notes go where the user aims: into `block`, centred as a group on `point` (a
    sheet point) when given, else each at its own place in `block`; without a block,
    each into the block it was copied from, at its place there. Text lines become notes
    of `block` (Value Propositions without one), around `point` or at its first free
    places. Every note lands at the free place nearest its aim (model/placement.py).
    """
    board.finish_edit()
    canvas = board.controller.canvas
    copied = notes_from_mime(mime)
    notes: list[Note] = []
    aims: list[Aim | None] = []
    if copied is not None:
        by_name = {s.name: s.id for s in canvas.segments}
        own = {s.id for s in canvas.segments}
        names = {s.id: s.name for s in copied.segments}
        corners = [placement.aim_of(n) for n in copied.notes]
        if block is not None and point is not None:
            rects = [placement.rect_of(n) for n in copied.notes]
            left, right = min(r.x for r in rects), max(r.right for r in rects)
            top, bottom = min(r.y for r in rects), max(r.bottom for r in rects)
            dx, dy = point[0] - (left + right) / 2.0, point[1] - (top + bottom) / 2.0
            corners = [(x + dx, y + dy) for x, y in corners]
        elif block is not None:
            corners = [placement.aim_of(n, block) for n in copied.notes]
        for note, corner in zip(copied.notes, corners, strict=True):
            segment = note.segment
            if segment is not None and segment not in own:
                segment = by_name.get(names.get(segment, ""))
            notes.append(replace(note, segment=segment, block=block or note.block))
            aims.append(corner)
    else:
        lines = lines_from_text(mime.text()) if mime.hasText() else []
        target = block or BlockId.VALUE_PROPOSITIONS
        aim = placement.centred_aim(*point) if point is not None else None
        for line in lines:
            notes.append(Note(id=new_id(), block=target, text=line, color=DEFAULT_NOTE_COLOR))
            aims.append(aim)
    new_ids = _add(board, notes, aims, QCoreApplication.translate("Undo", "Paste"))
    board.select_notes(new_ids)
    return new_ids


def _add(board: NoteBoard, notes: list[Note], aims: list[Aim | None], label: str) -> list[str]:
    room = max(MAX_NOTES - len(board.controller.canvas.notes), 0)
    notes, aims = notes[:room], aims[:room]
    return board.controller.add_notes(notes, label=label, aims=aims) if notes else []


def nudge_notes(board: NoteBoard, ids: list[str], dx: float, dy: float) -> None:
    """Move notes by (dx, dy) of the sheet inside their blocks; repeats merge into one step."""
    c = board.controller
    moves = {}
    for note_id in ids:
        note = c.note(note_id)
        moves[note_id] = (note.block, *_offset(note, dx, dy))
    if moves:
        c.move_notes(moves, merge_key="nudge:" + ",".join(sorted(moves)))
