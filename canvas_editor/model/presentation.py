"""Presenting a canvas: the order its notes appear in, and how far a presentation has got.

Plain Python, no Qt, so any device that follows a workshop can compute the same steps.

A canvas is told block by block: by default in the order the Business Model Canvas is
usually explained (who the customers are, what they get, how it reaches them, ... what
it costs), or in the canvas's stored `presentation_order`. Within a block, notes come
top to bottom, a row at a time, and left to right within a row.

A presentation is a view of the canvas, never a change to it: `Presentation` only
records which notes have been revealed so far.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.model.layout import NOTE_H, note_rect

STANDARD_ORDER: tuple[BlockId, ...] = (
    BlockId.CUSTOMER_SEGMENTS,
    BlockId.VALUE_PROPOSITIONS,
    BlockId.CHANNELS,
    BlockId.CUSTOMER_RELATIONSHIPS,
    BlockId.REVENUE_STREAMS,
    BlockId.KEY_RESOURCES,
    BlockId.KEY_ACTIVITIES,
    BlockId.KEY_PARTNERS,
    BlockId.COST_STRUCTURE,
)
"""The order a canvas is told in when it stores none."""

# Notes whose tops are closer than this (a fraction of the sheet's height) share a row:
# notes put side by side by hand are never exactly level.
_ROW_TOLERANCE = NOTE_H / 2.0


def block_order(stored: Sequence[BlockId]) -> list[BlockId]:
    """All nine blocks in presentation order: the stored ones first, then the others in
    the standard order (a stored order may name only some blocks)."""
    listed = list(dict.fromkeys(BlockId(b) for b in stored))
    return listed + [b for b in STANDARD_ORDER if b not in listed]


def notes_in_reading_order(notes: Iterable[Note]) -> list[Note]:
    """Notes of one block top to bottom, and left to right within a row.

    A row starts at the highest note not yet placed and takes every note whose top is
    within half a note's height of that note's top.
    """
    placed = sorted(((note_rect(n.block, n.x, n.y), n) for n in notes), key=lambda p: (p[0].y, p[0].x))
    ordered: list[Note] = []
    row: list[tuple[float, Note]] = []
    row_top = 0.0
    for rect, note in placed:
        if row and rect.y - row_top > _ROW_TOLERANCE:
            ordered.extend(n for _, n in sorted(row, key=lambda p: p[0]))
            row = []
        if not row:
            row_top = rect.y
        row.append((rect.x, note))
    ordered.extend(n for _, n in sorted(row, key=lambda p: p[0]))
    return ordered


def presentation_sequence(canvas: Canvas) -> list[Note]:
    """Every note of the canvas in the order a presentation reveals them."""
    by_block: dict[BlockId, list[Note]] = {b: [] for b in BlockId}
    for note in canvas.notes:
        by_block[note.block].append(note)
    sequence: list[Note] = []
    for block in block_order(canvas.presentation_order):
        sequence.extend(notes_in_reading_order(by_block[block]))
    return sequence


def moved_block(order: Sequence[BlockId], block: BlockId, index: int) -> list[BlockId]:
    """The full order with `block` moved to `index` (clamped), the others keeping theirs."""
    rest = [b for b in block_order(order) if b != block]
    index = min(max(index, 0), len(rest))
    return [*rest[:index], block, *rest[index:]]


def with_block_next(order: Sequence[BlockId], block: BlockId, current: BlockId | None) -> list[BlockId]:
    """The full order with `block` right after `current` (the block being presented), or
    first of all when nothing is being presented."""
    if current is None:
        return moved_block(order, block, 0)
    if current == block:
        return block_order(order)
    rest = [b for b in block_order(order) if b != block]
    return moved_block(rest, block, rest.index(current) + 1)


_PROGRESS = {"en": "{n} of {m}", "ko": "{m}개 중 {n}"}


def progress_text(language: str, block: BlockId | None, shown: int, total: int) -> str:
    """The presenter's progress mark: the block's name in the canvas's language, n of m."""
    count = _PROGRESS["ko" if language.lower().startswith("ko") else "en"].format(n=shown, m=total)
    return f"{BLOCKS[block].name(language)} · {count}" if block is not None else count


class Presentation:
    """How far a presentation has got: the notes in the order they appear, and how many
    of them are shown. Steps never change the canvas."""

    def __init__(self, canvas: Canvas) -> None:
        self._steps: list[tuple[str, BlockId]] = [(n.id, n.block) for n in presentation_sequence(canvas)]
        self._shown = 0

    @property
    def shown(self) -> int:
        """How many notes are revealed (0: none yet)."""
        return self._shown

    @property
    def total(self) -> int:
        return len(self._steps)

    def revealed(self) -> set[str]:
        return {note_id for note_id, _ in self._steps[: self._shown]}

    def sequence(self) -> list[str]:
        """The note ids in the order they appear."""
        return [note_id for note_id, _ in self._steps]

    def current_block(self) -> BlockId | None:
        """The block of the last note revealed; None before the first."""
        return self._steps[self._shown - 1][1] if self._shown else None

    def next_block(self) -> BlockId | None:
        """The block of the next note to reveal; None once every note is shown."""
        return self._steps[self._shown][1] if self._shown < len(self._steps) else None

    def next(self) -> bool:
        """Reveal the next note; False when every note is shown."""
        if self._shown >= len(self._steps):
            return False
        self._shown += 1
        return True

    def back(self) -> bool:
        """Hide the last note revealed; False when none is shown."""
        if self._shown == 0:
            return False
        self._shown -= 1
        return True

    def to_start(self) -> None:
        self._shown = 0

    def to_end(self) -> None:
        self._shown = len(self._steps)

    def follow(self, canvas: Canvas) -> None:
        """Take in an edited canvas (notes added, removed or moved, a new order): the notes
        already shown stay shown, in the order they appeared, and the rest follow in the
        canvas's presentation order."""
        ids = {n.id: n for n in canvas.notes}
        shown = [(i, ids[i].block) for i, _ in self._steps[: self._shown] if i in ids]
        seen = {i for i, _ in shown}
        rest = [(n.id, n.block) for n in presentation_sequence(canvas) if n.id not in seen]
        self._steps = shown + rest
        self._shown = len(shown)
