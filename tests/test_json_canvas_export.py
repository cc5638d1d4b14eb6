"""`canvas-editor export FILE -o OUT.canvas`: a JSON Canvas 1.0 file (jsoncanvas.org).

The file is checked against a JSON Schema of the spec, and geometrically: each block is
a group labelled with its name, each note a text node inside its block's group at its
place on the board.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft7Validator

from canvas_editor.cli.main import main
from canvas_editor.export.json_canvas import render_json_canvas
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.document import Canvas
from canvas_editor.storage.save import save_canvas
from canvas_editor.storage.templates import load_template
from tests.interchange_canvases import canvases

# JSON Canvas 1.0 as its spec (jsoncanvas.org/spec/1.0, and the draft-07 schema in the
# spec's repository, obsidianmd/jsoncanvas, MIT) lists the fields, written out here
# by hand; stricter than the published schema where the spec's text is (x, y, width
# and height are integers; a colour is a preset "1"-"6" or a hex colour).
_GENERIC = {
    "id": {"type": "string", "minLength": 1},
    "x": {"type": "integer"},
    "y": {"type": "integer"},
    "width": {"type": "integer"},
    "height": {"type": "integer"},
    "color": {"$ref": "#/definitions/color"},
}


def _node(kind: str, required: list[str], **fields: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {**_GENERIC, "type": {"const": kind}, **fields},
        "required": ["id", "type", "x", "y", "width", "height", *required],
        "additionalProperties": False,
    }


JSON_CANVAS_SCHEMA: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "properties": {
        "nodes": {"type": "array", "items": {"$ref": "#/definitions/node"}},
        "edges": {"type": "array", "items": {"$ref": "#/definitions/edge"}},
    },
    "definitions": {
        "color": {"type": "string", "pattern": "^(#[0-9A-Fa-f]{6}|[1-6])$"},
        "side": {"enum": ["top", "right", "bottom", "left"]},
        "end": {"enum": ["none", "arrow"]},
        "node": {
            "oneOf": [
                _node("text", ["text"], text={"type": "string"}),
                _node("file", ["file"], file={"type": "string"}, subpath={"type": "string", "pattern": "^#"}),
                _node("link", ["url"], url={"type": "string"}),
                _node(
                    "group",
                    [],
                    label={"type": "string"},
                    background={"type": "string"},
                    backgroundStyle={"enum": ["cover", "ratio", "repeat"]},
                ),
            ]
        },
        "edge": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "fromNode": {"type": "string"},
                "fromSide": {"$ref": "#/definitions/side"},
                "fromEnd": {"$ref": "#/definitions/end"},
                "toNode": {"type": "string"},
                "toSide": {"$ref": "#/definitions/side"},
                "toEnd": {"$ref": "#/definitions/end"},
                "color": {"$ref": "#/definitions/color"},
                "label": {"type": "string"},
            },
            "required": ["id", "fromNode", "toNode"],
            "additionalProperties": False,
        },
    },
}
VALIDATOR = Draft7Validator(JSON_CANVAS_SCHEMA)


def schema_errors(document: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(document)]


def inside(inner: dict[str, int], outer: dict[str, int]) -> bool:
    return (
        outer["x"] <= inner["x"]
        and inner["x"] + inner["width"] <= outer["x"] + outer["width"]
        and outer["y"] <= inner["y"]
        and inner["y"] + inner["height"] <= outer["y"] + outer["height"]
    )


def test_the_schema_is_a_draft_7_schema_that_refuses_what_the_spec_refuses() -> None:
    Draft7Validator.check_schema(JSON_CANVAS_SCHEMA)
    good = {"id": "a", "type": "text", "x": 0, "y": 0, "width": 10, "height": 10, "text": ""}
    assert schema_errors({"nodes": [good], "edges": []}) == []
    for bad in ({**good, "x": 0.5}, {k: v for k, v in good.items() if k != "text"}, {**good, "color": "red"}):
        assert schema_errors({"nodes": [bad]}) != []


def check_canvas_file(document: dict[str, Any], canvas: Canvas) -> None:
    assert schema_errors(document) == []
    nodes = document["nodes"]
    assert len({n["id"] for n in nodes}) == len(nodes)
    groups = [n for n in nodes if n["type"] == "group"]
    assert [g["label"] for g in groups] == [BLOCKS[b].name(canvas.language) for b in BlockId]
    by_block = dict(zip(BlockId, groups, strict=True))
    texts = [n for n in nodes if n["type"] == "text"]
    assert nodes == [*groups, *texts]  # groups first: JSON Canvas stacks the array's order
    assert len(texts) == len(canvas.notes)
    for node, note in zip(texts, canvas.notes, strict=True):
        assert inside(node, by_block[note.block])
        assert node["color"] == note.color
        others = [g for b, g in by_block.items() if b != note.block]
        assert not any(inside(node, g) for g in others)


@pytest.mark.parametrize("template", ["amazon", "amazon-ko", "blank"])
def test_the_cli_writes_a_json_canvas_of_the_board(template: str, tmp_path: Path) -> None:
    canvas = load_template(template)
    source, out = tmp_path / "plan.bmc", tmp_path / "plan.canvas"
    save_canvas(canvas, source)
    assert main(["export", str(source), "-o", str(out)]) == 0
    data = out.read_bytes()
    check_canvas_file(json.loads(data.decode("utf-8")), canvas)
    assert data.endswith(b"\n")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(canvases())
def test_any_canvas_is_a_valid_json_canvas_with_every_note_in_its_block(canvas: Canvas) -> None:
    check_canvas_file(json.loads(render_json_canvas(canvas)), canvas)
