"""What the board says to a screen reader, worded once.

The board's accessible name and description (scene/board_accessibility.py) and the
announcements of what an action did are built here and nowhere else, so the wording a
test expects and the wording a user hears are the same strings. Each sentence is in
the window's language (translation context "Spoken"); block names follow the canvas
language, as on the sheet.

A face-down note (silent brainstorm) is named by its author only: its words, tags and
description never reach a screen reader before the notes are revealed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.colors import COLOR_TITLES, STICKY_COLORS
from canvas_editor.model.document import Canvas, Note
from canvas_editor.model.private_writing import spoken
from canvas_editor.scene.board_keys import VOTING_KEYS

CONTEXT = "Spoken"
translate = QCoreApplication.translate
_COLOR_NAMES = {value.upper(): name for name, value in STICKY_COLORS.items()}
_LABEL_CHARS = 60  # of a note's text, where an announcement names a note

FIRST_NOTE = QT_TRANSLATE_NOOP("Spoken", "First note")
LAST_NOTE = QT_TRANSLATE_NOOP("Spoken", "Last note")
NO_NOTES = QT_TRANSLATE_NOOP("Spoken", "No notes")


def tr(text: str) -> str:
    """A text of this module in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def color_name(color: str) -> str:
    """ "yellow" (in the window's language, in lower case as in a sentence) for a colour of
    the palette, else the #RRGGBB value."""
    name = _COLOR_NAMES.get(color.upper())
    return QCoreApplication.translate("Colors", COLOR_TITLES[name]).lower() if name else color.upper()


def block_name(canvas: Canvas, block: BlockId) -> str:
    return BLOCKS[block].name(canvas.language)


def notes_count(n: int) -> str:
    """ "1 note", "5 notes" """
    return translate("Spoken", "1 note") if n == 1 else translate("Spoken", "{count} notes").format(count=n)


def votes_count(n: int) -> str:
    return translate("Spoken", "1 vote") if n == 1 else translate("Spoken", "{count} votes").format(count=n)


def note_words(note: Note) -> str:
    """The note's whole text on one line; "Empty note" when it has none."""
    return " ".join(spoken(note, tr).split()) or translate("Spoken", "Empty note")


def note_label(note: Note) -> str:
    """The note as an announcement names it: its text, shortened, in quotes."""
    if note.hidden:
        return spoken(note, tr)  # by its author, never by its words
    words = " ".join(spoken(note, tr).split())
    if not words:
        return translate("Spoken", "Empty note")
    if len(words) > _LABEL_CHARS:
        words = words[: _LABEL_CHARS - 1] + "\u2026"
    return translate("Spoken", "\u201c{text}\u201d").format(text=words)


# ---- the board's name and description ---------------------------------------------


def board_name(canvas: Canvas) -> str:
    title = " ".join(canvas.title.split())
    return (
        translate("Spoken", "Canvas board: {title}").format(title=title)
        if title
        else translate("Spoken", "Canvas board")
    )


def board_keys_help() -> str:
    return translate(
        "Spoken",
        "Keys 1 to 9 pick a block, arrow keys move between notes, N adds a note, "
        "Ctrl+arrow keys move the selected notes, Shift+F10 opens the menu.",
    )


def board_description(canvas: Canvas) -> str:
    """The header drawn on the board (designed for, by, date, iteration), then the keys."""
    fields = (
        (translate("Spoken", "Designed for {value}"), canvas.designed_for),
        (translate("Spoken", "designed by {value}"), canvas.designed_by),
        (translate("Spoken", "date {value}"), canvas.date),
        (translate("Spoken", "iteration {value}"), canvas.iteration),
    )
    parts = [label.format(value=" ".join(value.split())) for label, value in fields if value.strip()]
    if not parts:
        return board_keys_help()
    header = ", ".join(parts)
    return translate("Spoken", "{header}. {keys}").format(
        header=header[:1].upper() + header[1:], keys=board_keys_help()
    )


def block_text(canvas: Canvas, block: BlockId) -> str:
    """ "Key Partners, 5 notes, block 1 of 9" """
    return translate("Spoken", "{block}, {notes}, block {position} of {count}").format(
        block=block_name(canvas, block),
        notes=notes_count(len(canvas.notes_in(block))),
        position=list(BlockId).index(block) + 1,
        count=len(BlockId),
    )


def block_description(canvas: Canvas, block: BlockId) -> str:
    return " ".join(BLOCKS[block].questions(canvas.language))


def note_text(canvas: Canvas, note: Note, position: int, of: int) -> str:
    """ "Third-party sellers widen the range, note 1 of 5 in Key Partners, segment
    Sellers and partners, 2 votes": `position` counts from 1 in the block's reading order."""
    parts = [
        note_words(note),
        translate("Spoken", "note {position} of {count} in {block}").format(
            position=position, count=of, block=block_name(canvas, note.block)
        ),
    ]
    segment = canvas.segment(note.segment) if note.segment is not None else None
    if segment is not None:
        parts.append(translate("Spoken", "segment {segment}").format(segment=segment.name))
    if note.votes:
        parts.append(votes_count(note.votes))
    return ", ".join(parts)


def note_description(note: Note) -> str:
    """What the name leaves out: colour, tags and the note's description (of a face-down
    note, its colour only)."""
    parts = [translate("Spoken", "colour {colour}").format(colour=color_name(note.color))]
    if note.hidden:
        return "; ".join(parts)
    if note.tags:
        parts.append(translate("Spoken", "tags {tags}").format(tags=", ".join(note.tags)))
    description = " ".join(note.description.split())
    if description:
        parts.append(translate("Spoken", "description: {description}").format(description=description))
    return "; ".join(parts)


def selection_text(canvas: Canvas, notes: Sequence[Note]) -> str:
    """Several selected notes: how many, and the block when they share one."""
    blocks = {n.block for n in notes}
    if len(blocks) == 1:
        return translate("Spoken", "{notes} selected in {block}").format(
            notes=notes_count(len(notes)), block=block_name(canvas, next(iter(blocks)))
        )
    return translate("Spoken", "{notes} selected").format(notes=notes_count(len(notes)))


# ---- announcements: what an action did ---------------------------------------------


def added(canvas: Canvas, notes: Sequence[Note]) -> str:
    blocks = {n.block for n in notes}
    if len(notes) == 1:
        note = notes[0]
        empty = not note.hidden and not note.text.strip()
        what = translate("Spoken", "Note") if empty else note_label(note)
    else:
        what = notes_count(len(notes))
    if len(blocks) == 1:
        return translate("Spoken", "{what} added to {block}").format(
            what=what, block=block_name(canvas, next(iter(blocks)))
        )
    return translate("Spoken", "{what} added").format(what=what)


def deleted(notes: Sequence[Note], how_many: int) -> str:
    """`notes` are the deleted notes the board still knew; `how_many` were deleted."""
    what = note_label(notes[0]) if how_many == 1 and notes else notes_count(how_many)
    return translate("Spoken", "{what} deleted").format(what=what)


def moved(canvas: Canvas, notes: Sequence[Note]) -> str:
    """Notes now in another block than before (`notes` as they are now)."""
    blocks = {n.block for n in notes}
    what = note_label(notes[0]) if len(notes) == 1 else notes_count(len(notes))
    if len(blocks) == 1:
        return translate("Spoken", "{what} moved to {block}").format(
            what=what, block=block_name(canvas, next(iter(blocks)))
        )
    return translate("Spoken", "{what} moved to other blocks").format(what=what)


def undone(step: str) -> str:
    return translate("Spoken", "Undone: {step}").format(step=step) if step else translate("Spoken", "Undone")


def redone(step: str) -> str:
    return translate("Spoken", "Redone: {step}").format(step=step) if step else translate("Spoken", "Redone")


def joined(parts: Sequence[str]) -> str:
    """Several things one action did, as one announcement."""
    return translate("Spoken", ". ").join(parts)


# ---- voting ---------------------------------------------------------------------------


def dots_count(n: int) -> str:
    return translate("Spoken", "1 dot") if n == 1 else translate("Spoken", "{count} dots").format(count=n)


def voted(note: Note, voter: str, left: int) -> str:
    """After a dot was given or taken back: "2 votes on “Web shop”, 1 dot left" (", Mina
    has 1 dot left" when the voter is named)."""
    on = translate("Spoken", "{votes} on {note}").format(votes=votes_count(note.votes), note=note_label(note))
    name = " ".join(voter.split())
    if name:
        return translate("Spoken", "{votes_on}, {voter} has {dots} left").format(
            votes_on=on, voter=name, dots=dots_count(left)
        )
    return translate("Spoken", "{votes_on}, {dots} left").format(votes_on=on, dots=dots_count(left))


def voting_mode(on: bool) -> str:
    """Said when voting mode starts (with its keys, from the key table) or ends."""
    if not on:
        return translate("Spoken", "Voting mode off")
    give, take = (
        entry.sequences()[0].toString(QKeySequence.SequenceFormat.NativeText) for entry in VOTING_KEYS
    )
    return translate(
        "Spoken", "Voting mode on: {give} gives the current note a dot, {take} takes one back"
    ).format(give=give, take=take)


def no_note_to_vote_on() -> str:
    return translate("Spoken", "No note to vote on: reach one with the arrow keys first")


# ---- presenting ---------------------------------------------------------------------


def revealed(canvas: Canvas, note: Note, block_starts: bool) -> str:
    """A note a presentation has just shown, with its block when the block starts with it."""
    words = note_words(note)
    if not block_starts:
        return words
    return translate("Spoken", "{block}: {note}").format(block=block_name(canvas, note.block), note=words)


def hidden_again(note: Note) -> str:
    """The note a presentation has just hidden again (one step back)."""
    return translate("Spoken", "{what} hidden").format(what=note_label(note))


def shown_count(shown: int, total: int) -> str:
    """Where a presentation stands after a jump (to the start or the end)."""
    return translate("Spoken", "{shown} of {total} notes shown").format(shown=shown, total=total)


def end_of_board(step: int, any_notes: bool) -> str:
    """Said when the arrow keys go past the first or the last note."""
    if not any_notes:
        return tr(NO_NOTES)
    return tr(LAST_NOTE) if step > 0 else tr(FIRST_NOTE)
