"""Board operations on a set of notes: delete, duplicate, clipboard, nudge.

Each is one controller call, so each is one undo step. The view's keys and menus and
the window's Edit menu all come here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData

from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR
from canvas_editor.model.document import Canvas, Note, new_id
from canvas_editor.model.rules import MAX_NOTES
from canvas_editor.scene.clipboard import lines_from_text, notes_from_mime, notes_to_mime

if TYPE_CHECKING:
    from canvas_editor.scene.note_board import NoteBoard

DUPLICATE_OFFSET = layout.NOTE_W * 0.25  # of the sheet: copies sit down and right of the originals
NUDGE_STEP = 0.0025  # of the sheet per arrow key press; Shift moves five times as far


def _offset(note: Note, dx: float, dy: float) -> tuple[float, float]:
    """The stored (x, y) of `note` moved by (dx, dy) of the sheet, kept inside its block."""
    r = layout.note_rect(note.block, note.x, note.y)
    return layout.position_in_block(note.block, r.x + dx, r.y + dy)


def delete_notes(board: NoteBoard, ids: list[str]) -> None:
    board.finish_edit()
    board.controller.remove_notes(ids)


def duplicate_notes(board: NoteBoard, ids: list[str]) -> list[str]:
    """Copies of the notes next to the originals, selected."""
    board.finish_edit()
    c = board.controller
    copies = []
    for note_id in ids:
        note = c.note(note_id)
        x, y = _offset(note, DUPLICATE_OFFSET, DUPLICATE_OFFSET)
        copies.append(replace(note, id=new_id(), x=x, y=y))
    new_ids = _add(board, copies, "Duplicate")
    board.select_notes(new_ids)
    return new_ids


def copy_notes(board: NoteBoard, ids: list[str]) -> QMimeData | None:
    """The clipboard contents for these notes (None when there are none)."""
    c = board.controller
    notes = [c.note(i) for i in ids if c.has_note(i)]
    return notes_to_mime(notes, c.canvas.segments) if notes else None


def paste(board: NoteBoard, mime: QMimeData, block: BlockId) -> list[str]:
    """Paste notes (from a canvas) or text lines (from anywhere), selected afterwards.

    Copied notes keep their blocks and places (shifted when that exact spot is
    taken); text lines become notes in `block`, each in a free spot.
    """
    board.finish_edit()
    canvas = board.controller.canvas
    copied = notes_from_mime(mime)
    if copied is not None:
        by_name = {s.name: s.id for s in canvas.segments}
        own = {s.id for s in canvas.segments}
        names = {s.id: s.name for s in copied.segments}
        notes = []
        for note in copied.notes:
            segment = note.segment
            if segment is not None and segment not in own:
                segment = by_name.get(names.get(segment, ""))
            x, y = _free_spot(canvas, note)
            notes.append(replace(note, segment=segment, x=x, y=y))
        label = "Paste"
    else:
        lines = lines_from_text(mime.text()) if mime.hasText() else []
        occupied = [(n.x, n.y) for n in canvas.notes if n.block == block]
        notes = []
        for line in lines:
            x, y = layout.free_position(block, occupied)
            occupied.append((x, y))
            notes.append(Note(id=new_id(), block=block, text=line, color=DEFAULT_NOTE_COLOR, x=x, y=y))
        label = "Paste"
    new_ids = _add(board, notes, label)
    board.select_notes(new_ids)
    return new_ids


def _free_spot(canvas: Canvas, note: Note) -> tuple[float, float]:
    taken = {(n.x, n.y) for n in canvas.notes if n.block == note.block}
    x, y = note.x, note.y
    for _ in range(12):
        if (x, y) not in taken:
            break
        x, y = _offset(replace(note, x=x, y=y), DUPLICATE_OFFSET, DUPLICATE_OFFSET)
    return x, y


def _add(board: NoteBoard, notes: list[Note], label: str) -> list[str]:
    room = MAX_NOTES - len(board.controller.canvas.notes)
    notes = notes[: max(room, 0)]
    return board.controller.add_notes(notes, label=label) if notes else []


def nudge_notes(board: NoteBoard, ids: list[str], dx: float, dy: float) -> None:
    """Move notes by (dx, dy) of the sheet inside their blocks; repeats merge into one step."""
    c = board.controller
    moves = {}
    for note_id in ids:
        note = c.note(note_id)
        moves[note_id] = (note.block, *_offset(note, dx, dy))
    if moves:
        c.move_notes(moves, merge_key="nudge:" + ",".join(sorted(moves)))
