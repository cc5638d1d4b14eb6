"""What the board says to a screen reader, worded once.

The board's accessible name and description (scene/board_accessibility.py) and the
announcements of what an action did are built here and nowhere else, so the wording a
test expects and the wording a user hears are the same strings. Pure text: no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.colors import STICKY_COLORS
from canvas_editor.model.document import Canvas, Note

_COLOR_NAMES = {value.upper(): name for name, value in STICKY_COLORS.items()}
_LABEL_CHARS = 60  # of a note's text, where an announcement names a note

BOARD = "Canvas board"
BOARD_KEYS_HELP = (
    "Keys 1 to 9 pick a block, arrow keys move between notes, N adds a note, "
    "Ctrl+arrow keys move the selected notes, Shift+F10 opens the menu."
)
FIRST_NOTE = "First note"
LAST_NOTE = "Last note"
NO_NOTES = "No notes"


def color_name(color: str) -> str:
    """ "yellow" for a colour of the palette, else the #RRGGBB value."""
    return _COLOR_NAMES.get(color.upper(), color.upper())


def block_name(canvas: Canvas, block: BlockId) -> str:
    return BLOCKS[block].name(canvas.language)


def count(n: int, thing: str) -> str:
    return f"{n} {thing}" if n == 1 else f"{n} {thing}s"


def note_words(note: Note) -> str:
    """The note's whole text on one line; "Empty note" when it has none."""
    return " ".join(note.text.split()) or "Empty note"


def note_label(note: Note) -> str:
    """The note as an announcement names it: its text, shortened, in quotes."""
    words = note_words(note)
    if len(words) > _LABEL_CHARS:
        words = words[: _LABEL_CHARS - 1] + "\u2026"
    return f"\u201c{words}\u201d" if note.text.strip() else "Empty note"


# ---- the board's name and description ---------------------------------------------


def board_name(canvas: Canvas) -> str:
    title = " ".join(canvas.title.split())
    return f"{BOARD}: {title}" if title else BOARD


def board_description(canvas: Canvas) -> str:
    """The header drawn on the board (designed for, by, date, iteration), then the keys."""
    fields = (
        ("designed for", canvas.designed_for),
        ("designed by", canvas.designed_by),
        ("date", canvas.date),
        ("iteration", canvas.iteration),
    )
    header = ", ".join(f"{label} {' '.join(value.split())}" for label, value in fields if value.strip())
    return f"{header[:1].upper()}{header[1:]}. {BOARD_KEYS_HELP}" if header else BOARD_KEYS_HELP


def block_text(canvas: Canvas, block: BlockId) -> str:
    """ "Key Partners, 5 notes, block 1 of 9" """
    position = list(BlockId).index(block) + 1
    notes = count(len(canvas.notes_in(block)), "note")
    return f"{block_name(canvas, block)}, {notes}, block {position} of {len(BlockId)}"


def block_description(canvas: Canvas, block: BlockId) -> str:
    return " ".join(BLOCKS[block].questions(canvas.language))


def note_text(canvas: Canvas, note: Note, position: int, of: int) -> str:
    """ "Third-party sellers widen the range, note 1 of 5 in Key Partners, segment
    Sellers and partners, 2 votes": `position` counts from 1 in the block's reading order."""
    parts = [note_words(note), f"note {position} of {of} in {block_name(canvas, note.block)}"]
    segment = canvas.segment(note.segment) if note.segment is not None else None
    if segment is not None:
        parts.append(f"segment {segment.name}")
    if note.votes:
        parts.append(count(note.votes, "vote"))
    return ", ".join(parts)


def note_description(note: Note) -> str:
    """What the name leaves out: colour, tags and the note's description."""
    parts = [f"colour {color_name(note.color)}"]
    if note.tags:
        parts.append("tags " + ", ".join(note.tags))
    description = " ".join(note.description.split())
    if description:
        parts.append(f"description: {description}")
    return "; ".join(parts)


def selection_text(canvas: Canvas, notes: Sequence[Note]) -> str:
    """Several selected notes: how many, and the block when they share one."""
    blocks = {n.block for n in notes}
    where = f" in {block_name(canvas, next(iter(blocks)))}" if len(blocks) == 1 else ""
    return f"{count(len(notes), 'note')} selected{where}"


# ---- announcements: what an action did ---------------------------------------------


def added(canvas: Canvas, notes: Sequence[Note]) -> str:
    blocks = {n.block for n in notes}
    where = f" to {block_name(canvas, next(iter(blocks)))}" if len(blocks) == 1 else ""
    what = (
        ("Note" if not notes[0].text.strip() else note_label(notes[0]))
        if len(notes) == 1
        else count(len(notes), "note")
    )
    return f"{what} added{where}"


def deleted(notes: Sequence[Note], how_many: int) -> str:
    """`notes` are the deleted notes the board still knew; `how_many` were deleted."""
    if how_many == 1 and notes:
        return f"{note_label(notes[0])} deleted"
    return f"{count(how_many, 'note')} deleted"


def moved(canvas: Canvas, notes: Sequence[Note]) -> str:
    """Notes now in another block than before (`notes` as they are now)."""
    blocks = {n.block for n in notes}
    where = f" to {block_name(canvas, next(iter(blocks)))}" if len(blocks) == 1 else " to other blocks"
    what = note_label(notes[0]) if len(notes) == 1 else count(len(notes), "note")
    return f"{what} moved{where}"


def undone(step: str) -> str:
    return f"Undone: {step}" if step else "Undone"


def redone(step: str) -> str:
    return f"Redone: {step}" if step else "Redone"
