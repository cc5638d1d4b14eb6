"""Reading order: the order a person reads the notes of a board in.

Blocks in their canvas order (keys 1 to 9), and within a block top to bottom, then
left to right. The outline lists notes in it, Tab walks a block's notes in it while
typing, and the arrow keys walk the board in it.
"""

from __future__ import annotations

from collections.abc import Iterable

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Note

_BLOCK_RANK = {block: rank for rank, block in enumerate(BlockId)}


def reading_key(note: Note) -> tuple[float, float, str]:
    """Within a block: top to bottom, then left to right; the id only breaks exact ties."""
    return (round(note.y, 4), round(note.x, 4), note.id)


def board_key(note: Note) -> tuple[int, float, float, str]:
    """On the whole board: block by block, each in reading order."""
    return (_BLOCK_RANK[note.block], *reading_key(note))


def in_reading_order(notes: Iterable[Note]) -> list[Note]:
    return sorted(notes, key=board_key)


def step_from(
    notes: Iterable[Note], current: str | None, step: int, block: BlockId | None = None
) -> Note | None:
    """The note `step` (+1 or -1) from `current` in board reading order; None past an end.

    Without a current note the walk starts at `block` (its first note going forward, its
    last going back; the neighbouring blocks' notes when it has none), or at an end of
    the board without a block.
    """
    order = in_reading_order(notes)
    if not order:
        return None
    ids = [n.id for n in order]
    if current in ids:
        index = ids.index(current) + step
        return order[index] if 0 <= index < len(order) else None
    if block is None:
        return order[0] if step > 0 else order[-1]
    rank = _BLOCK_RANK[block]
    if step > 0:
        return next((n for n in order if _BLOCK_RANK[n.block] >= rank), None)
    return next((n for n in reversed(order) if _BLOCK_RANK[n.block] <= rank), None)
