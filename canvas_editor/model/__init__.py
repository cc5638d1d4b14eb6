"""The document model: pure Python, never Qt (and no validation library: see document.py)."""

from canvas_editor.model.blocks import BLOCKS, BlockId, BlockInfo
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR, STICKY_COLORS
from canvas_editor.model.document import Canvas, Note, Segment, Snapshot, new_id

__all__ = [
    "BLOCKS",
    "DEFAULT_NOTE_COLOR",
    "STICKY_COLORS",
    "BlockId",
    "BlockInfo",
    "Canvas",
    "Note",
    "Segment",
    "Snapshot",
    "new_id",
]
