"""A canvas as a JSON Canvas 1.0 file (`.canvas`, jsoncanvas.org; Obsidian opens it),
read back by `canvas_editor.importers.json_canvas`.

The sheet becomes a board `SHEET_W` pixels wide in the sheet's proportions. Each
block is a group node labelled with its name in the canvas's language; each note a
text node at its place on the board (`model/layout.py`, the geometry the editor and
the PDF use), coloured with its own hex colour. Edges of every rectangle are rounded
to whole pixels, rather than each width, so a note's node lies inside its block's
group as the note lies inside its block. Groups come first: JSON Canvas stacks nodes
in the order of the array. Node ids are the block and note ids behind a prefix
(`block-`, `note-`), so a note id that spells a block id cannot collide with it.

Node text is Markdown for JSON Canvas readers: note text is escaped
(`export/markdown_text.py`) so it shows as typed.
"""

from __future__ import annotations

import json
from typing import Any

from canvas_editor.export.markdown_text import escape_lines
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.document import Canvas
from canvas_editor.model.layout import BLOCK_RECTS, SHEET_ASPECT, Rect, note_rect
from canvas_editor.model.private_writing import face_up

# A note is 6.4 % of the sheet's width: 256 pixels, about the width Obsidian gives a card.
SHEET_W = 4000
SHEET_H = round(SHEET_W / SHEET_ASPECT)
GROUP_PREFIX = "block-"
NOTE_PREFIX = "note-"


def board_box(rect: Rect) -> dict[str, int]:
    """A sheet rectangle (fractions) in whole board pixels, as a node's x, y, width, height."""
    left, top = round(rect.x * SHEET_W), round(rect.y * SHEET_H)
    right, bottom = round(rect.right * SHEET_W), round(rect.bottom * SHEET_H)
    return {"x": left, "y": top, "width": right - left, "height": bottom - top}


def render_json_canvas(canvas: Canvas) -> bytes:
    """The `.canvas` file, UTF-8 JSON indented with tabs as Obsidian writes it; the same
    canvas always gives the same bytes. Face-down notes are left out (model/private_writing.py)."""
    canvas = face_up(canvas)
    nodes: list[dict[str, Any]] = [
        {
            "id": GROUP_PREFIX + block.value,
            "type": "group",
            **board_box(BLOCK_RECTS[block]),
            "label": BLOCKS[block].name(canvas.language),
        }
        for block in BlockId
    ]
    nodes += [
        {
            "id": NOTE_PREFIX + note.id,
            "type": "text",
            **board_box(note_rect(note.block, note.x, note.y)),
            "color": note.color,
            "text": "\n".join(escape_lines(note.text)),
        }
        for note in canvas.notes
    ]
    document = {"nodes": nodes, "edges": []}
    return (json.dumps(document, ensure_ascii=False, indent="\t") + "\n").encode("utf-8")
