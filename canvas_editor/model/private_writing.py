"""Silent brainstorm: notes written face down, shown as blank cards until revealed.

A note's `hidden` flag and `author` are in the file, so a saved workshop resumes as it
was. Whatever leaves the board (every export, the clipboard, find, the outline, a
comparison) asks here what it may show, so a face-down note's text, description and
tags stay on the board until the facilitator reveals them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.model.voting import fitting_ballots

FACE_DOWN = QT_TRANSLATE_NOOP("Spoken", "Face down")
FACE_DOWN_BY = QT_TRANSLATE_NOOP("Spoken", "Face-down note by {author}")
FACE_DOWN_NOTE = QT_TRANSLATE_NOOP("Spoken", "Face-down note")


@dataclass(frozen=True, slots=True)
class Brainstorm:
    """A silent brainstorm under way: notes added to `block` (None: to any block) go
    face down, labelled with `author`."""

    block: BlockId | None = None
    author: str = ""

    def covers(self, block: BlockId) -> bool:
        return self.block is None or self.block == block


def face_up(canvas: Canvas) -> Canvas:
    """The canvas as it may leave the board: face-down notes left out, in its snapshots
    too, and the ballots' dots on them with them."""
    if not any(n.hidden for n in canvas.notes) and not any(
        n.hidden for s in canvas.snapshots for n in s.notes
    ):
        return canvas
    notes = [n for n in canvas.notes if not n.hidden]
    snapshots = [replace(s, notes=[n for n in s.notes if not n.hidden]) for s in canvas.snapshots]
    return replace(canvas, notes=notes, snapshots=snapshots, ballots=fitting_ballots(canvas.ballots, notes))


def hidden_count(canvas: Canvas) -> int:
    return sum(1 for n in canvas.notes if n.hidden)


def card_label(note: Note, tr: Callable[[str], str] = lambda text: text) -> str:
    """What a face-down card shows: its author, or that it is face down (worded through
    `tr`, context "Spoken")."""
    return note.author.strip() or tr(FACE_DOWN)


def _as_is(text: str) -> str:
    return text


def spoken(note: Note, tr: Callable[[str], str] = _as_is) -> str:
    """The note as a list or a screen reader may show it: a face-down note by its author
    only, worded through `tr` (context "Spoken"; English as it is)."""
    if not note.hidden:
        return note.text
    author = " ".join(note.author.split())
    return tr(FACE_DOWN_BY).format(author=author) if author else tr(FACE_DOWN_NOTE)
