"""Which texts of a canvas hold characters no font can print, told in one line.

An export draws such a character as an empty box and says so: the command line on
stderr (exit 1 with --strict), the window in a message after File > Export. The check
uses the fallback chain the drawing uses (`font_chain`), and needs neither reportlab
nor Qt, so a PNG or SVG export checks the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from canvas_editor.export.font_chain import unprintable
from canvas_editor.model.blocks import BLOCKS
from canvas_editor.model.document import Canvas, Note

EXCERPT = 24  # characters of a text quoted in the message
_FIELDS = (
    ("designed_for", "Designed for"),
    ("designed_by", "Designed by"),
    ("date", "Date"),
    ("iteration", "Iteration"),
)


class Unprintable(NamedTuple):
    text: str  # the text as the user wrote it
    place: str  # where it is: a block's name, "the title", a header field
    characters: str  # the characters no font has, each once
    is_note: bool


def find(canvas: Canvas, with_details: Iterable[Note] = ()) -> list[Unprintable]:
    """Texts of `canvas` with characters no font has: the title and header fields, every
    note, and the description, tags and segment of the notes in `with_details` (those an
    appendix lists)."""
    found: list[Unprintable] = []

    def check(text: str, place: str, is_note: bool, bold: bool = False) -> None:
        missing = unprintable(text, bold)
        if missing:
            found.append(Unprintable(text, place, missing, is_note))

    check(canvas.title, "the title", False, bold=True)
    for key, name in _FIELDS:
        check(getattr(canvas, key), name, False)
    for note in canvas.notes:
        check(note.text, BLOCKS[note.block].name("en"), True)
    segments = {s.id: s.name for s in canvas.segments}
    for note in with_details:
        place = f"the appendix ({BLOCKS[note.block].name('en')})"
        details = [note.description, *note.tags, segments.get(note.segment or "", "")]
        check("\n".join(d for d in details if d), place, True)
    return found


def describe(found: list[Unprintable]) -> str | None:
    """One line naming every text with unprintable characters; None when there is none.

    "2 notes have characters no font can print: 'Emoji 🛸' in Key Activities (U+1F6F8), ..."
    """
    if not found:
        return None
    count = len(found)
    kind = "note" if all(u.is_note for u in found) else "text"
    subject = f"1 {kind} has" if count == 1 else f"{count} {kind}s have"
    quoted = ", ".join(f"'{_excerpt(u.text)}' in {u.place} ({_codes(u.characters)})" for u in found)
    return f"{subject} characters no font can print: {quoted}"


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1].rstrip() + "\u2026"


def _codes(characters: str) -> str:
    """The characters by code point: a terminal without the glyph still shows which."""
    return " ".join(f"U+{ord(ch):04X}" for ch in characters[:8]) + (" ..." if len(characters) > 8 else "")
