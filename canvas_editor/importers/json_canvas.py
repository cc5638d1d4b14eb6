"""A new canvas from a JSON Canvas 1.0 file (`.canvas`, as Obsidian writes it, or as
`export/json_canvas.py` does).

A group node whose label names a block (its id or its English or Korean name,
ignoring case and spaces) is that block. Every other node inside it (by its centre;
in the smallest such group when they nest) becomes one of the block's notes: a text
node with its text (its Markdown escapes undone, `export/markdown_text.py`), a link
node with its URL, a file node with the file's path. Its place inside the group
becomes its place inside the block, and its colour its note colour (a hex colour as
it is, a preset 1-6 as the nearest sticky colour). A node inside no block's group is
refused, naming it, unless `into` names the block for it. Edges are not read: a
canvas has no lines between notes.
"""

from __future__ import annotations

import math
from typing import Any

from canvas_editor.export.markdown_text import unescape
from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.importers.building import CanvasBuilder, ImportRefused, check_size
from canvas_editor.model.blocks import BlockId, block_named
from canvas_editor.model.colors import STICKY_COLORS
from canvas_editor.model.document import Canvas
from canvas_editor.model.layout import BLOCK_RECTS, Rect, position_in_block
from canvas_editor.model.messages import short_repr
from canvas_editor.storage.load import parse_json

NODE_TYPES = ("text", "file", "link", "group")
# JSON Canvas's presets are red, orange, yellow, green, cyan and purple.
PRESET_COLORS = {
    "1": STICKY_COLORS["pink"],
    "2": STICKY_COLORS["orange"],
    "3": STICKY_COLORS["yellow"],
    "4": STICKY_COLORS["green"],
    "5": STICKY_COLORS["blue"],
    "6": STICKY_COLORS["purple"],
}


def _text(node: dict[str, Any], key: str, where: str, required: bool = True) -> str:
    value = node.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Errors", "{place}.{key}: must be text, got {value}"),
            place=where,
            key=key,
            value=short_repr(value),
        )
    return value


def _box(node: dict[str, Any], where: str) -> Rect:
    numbers = []
    for key in ("x", "y", "width", "height"):
        value = node.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Errors", "{place}.{key}: must be a number, got {value}"),
                place=where,
                key=key,
                value=short_repr(value),
            )
        numbers.append(float(value))
    return Rect(*numbers)


def _content(node: dict[str, Any], where: str) -> str:
    kind = node["type"]
    if kind == "text":
        return unescape(_text(node, "text", where))
    if kind == "link":
        return _text(node, "url", where)
    return _text(node, "file", where) + _text(node, "subpath", where, required=False)


def _color(node: dict[str, Any]) -> Any:
    color = node.get("color")
    if isinstance(color, int) and not isinstance(color, bool):
        color = str(color)
    return PRESET_COLORS.get(color, color) if isinstance(color, str) else color


def import_json_canvas(data: bytes, into: BlockId | None = None) -> Canvas:
    """The canvas a JSON Canvas file describes, or ImportRefused naming the node."""
    check_size(data)
    document = parse_json(data)
    if not isinstance(document, dict):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "not a JSON Canvas file (no object at the top)"))
    nodes = document.get("nodes", [])
    if not isinstance(nodes, list):
        raise ImportRefused(QT_TRANSLATE_NOOP("Errors", "nodes: must be a list"))
    groups: list[tuple[Rect, BlockId | None, str]] = []
    content: list[tuple[str, dict[str, Any], Rect]] = []
    for i, node in enumerate(nodes):
        where = f"nodes[{i}]"
        if not isinstance(node, dict):
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Errors", "{place}: must be an object, got {value}"),
                place=where,
                value=short_repr(node),
            )
        if node.get("type") not in NODE_TYPES:
            raise ImportRefused(
                QT_TRANSLATE_NOOP("Errors", "{place}.type: {value} is not one of {types}"),
                place=where,
                value=short_repr(node.get("type")),
                types=", ".join(NODE_TYPES),
            )
        box = _box(node, where)
        if node["type"] == "group":
            label = _text(node, "label", where, required=False)
            groups.append((box, block_named(label), label))
        else:
            content.append((where, node, box))
    builder = CanvasBuilder(into)
    for where, node, box in content:
        text = _content(node, where)
        centre = box.center
        around = sorted((g for g in groups if g[0].contains(*centre)), key=lambda g: g[0].w * g[0].h)
        in_block = [(rect, block) for rect, block, _ in around if block is not None]
        values: dict[str, Any] = {"text": text, "color": _color(node)}
        if in_block:
            group, block = in_block[0]
            values["x"], values["y"] = _place(block, group, box)
        else:
            outer = around[0][2] if around else None
            block = builder.block_for(outer, f"{where} ({short_repr(text)})", "group")
        builder.add_note(where, block, **values)
    labels = [label for _, block, label in groups if block is not None]
    if labels and all(any("\uac00" <= ch <= "\ud7a3" for ch in label) for label in labels):
        builder.header["language"] = "ko"
    return builder.finish()


def _place(block: BlockId, group: Rect, node: Rect) -> tuple[float, float]:
    """Where `node` sits in `group`, as the stored position of a note in `block`."""
    b = BLOCK_RECTS[block]
    fx = (node.x - group.x) / group.w if group.w > 0 else 0.0
    fy = (node.y - group.y) / group.h if group.h > 0 else 0.0
    return position_in_block(block, b.x + fx * b.w, b.y + fy * b.h)
