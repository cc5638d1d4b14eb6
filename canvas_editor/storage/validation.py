"""The rules of the `.bmc` format, checked by pydantic's validation engine (pydantic-core).

Every value read from outside (a file, the clipboard) passes through here and comes
out as model objects, or fails with a `ValidationError` whose first error names the
place (`notes[3].color`). The schema is written with pydantic-core's schema builders
rather than derived from pydantic models: the validator then costs a few milliseconds
to build instead of pydantic's ~170 ms import (see model/document.py), and this module
is only imported once something is read.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic_core import PydanticUndefined, SchemaValidator, ValidationError
from pydantic_core import core_schema as cs

from canvas_editor.model import document as doc
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR

__all__ = ["ValidationError", "canvas_schema", "validate_canvas", "validate_note", "validate_segment"]

ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
COLOR_PATTERN = r"^#[0-9A-Fa-f]{6}$"
LANGUAGE_PATTERN = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"


def _text(max_length: int, min_length: int | None = None, pattern: str | None = None) -> cs.StringSchema:
    # Strict: a number or a list is never turned into text behind the user's back.
    return cs.str_schema(strict=True, max_length=max_length, min_length=min_length, pattern=pattern)


def _id() -> cs.StringSchema:
    return cs.str_schema(strict=True, pattern=ID_PATTERN)


def _color() -> cs.StringSchema:
    return cs.str_schema(strict=True, pattern=COLOR_PATTERN)


def _fraction() -> cs.FloatSchema:
    # Strict refuses true/false; whole numbers (0, 1) are still accepted.
    return cs.float_schema(strict=True, ge=0.0, le=1.0, allow_inf_nan=False)


def _field(name: str, schema: cs.CoreSchema, default: Any = PydanticUndefined) -> cs.DataclassField:
    if default is not PydanticUndefined:
        schema = cs.with_default_schema(schema, default=default)
    return cs.dataclass_field(name, schema)


def _list_field(name: str, items: cs.CoreSchema, max_length: int) -> cs.DataclassField:
    return cs.dataclass_field(
        # pydantic-core copies a mutable default for each object, so `[]` is never shared.
        name, cs.with_default_schema(cs.list_schema(items, max_length=max_length), default=[])
    )


def _record(cls: type[Any], fields: list[cs.DataclassField], frozen: bool) -> cs.DataclassSchema:
    """A dataclass of the model, built straight from a JSON object; unknown keys refused."""
    args = cs.dataclass_args_schema(cls.__name__, fields, extra_behavior="forbid")
    return cs.dataclass_schema(
        cls, args, [f["name"] for f in fields], slots=True, frozen=frozen, ref=cls.__name__,
        config={"extra_fields_behavior": "forbid"},  # tells the JSON Schema, too
    )


def _block() -> cs.EnumSchema:
    return cs.enum_schema(BlockId, list(BlockId), sub_type="str", ref="BlockId")


def note_schema() -> cs.DataclassSchema:
    return _record(
        doc.Note,
        [
            _field("id", _id()),
            _field("block", _block()),
            _field("text", _text(doc.MAX_NOTE_TEXT), ""),
            _field("description", _text(doc.MAX_DESCRIPTION), ""),
            _field("color", _color(), DEFAULT_NOTE_COLOR),
            _field("segment", cs.nullable_schema(_id()), None),
            _list_field("tags", _text(doc.MAX_TAG, min_length=1), doc.MAX_TAGS),
            _field("x", _fraction(), 0.0),
            _field("y", _fraction(), 0.0),
        ],
        frozen=True,
    )


def segment_schema() -> cs.DataclassSchema:
    return _record(
        doc.Segment,
        [
            _field("id", _id()),
            _field("name", _text(doc.MAX_SEGMENT_NAME, min_length=1)),
            _field("color", _color()),
        ],
        frozen=True,
    )


def _snapshot_schema(note: cs.CoreSchema) -> cs.DataclassSchema:
    return _record(
        doc.Snapshot,
        [
            _field("id", _id()),
            _field("name", _text(doc.MAX_SHORT_TEXT)),
            _field("created", _text(doc.MAX_SHORT_TEXT), ""),
            _list_field("notes", note, doc.MAX_NOTES),
        ],
        frozen=False,
    )


def _references_hold(canvas: doc.Canvas) -> doc.Canvas:
    doc.check_references(canvas)  # its ValueError becomes a `value_error` naming the place
    return canvas


def canvas_schema() -> cs.CoreSchema:
    """The whole canvas; notes and blocks are defined once and referred to by name."""
    notes_ref = cs.definition_reference_schema("Note")
    block_ref = cs.definition_reference_schema("BlockId")
    short = [_field(name, _text(doc.MAX_SHORT_TEXT), "")
             for name in ("title", "designed_for", "designed_by", "date", "iteration")]
    canvas = _record(
        doc.Canvas,
        [
            *short,
            _field("language", _text(doc.MAX_LANGUAGE_TAG, pattern=LANGUAGE_PATTERN), "en"),
            _list_field("notes", notes_ref, doc.MAX_NOTES),
            _list_field("segments", segment_schema(), doc.MAX_SEGMENTS),
            _list_field("snapshots", _snapshot_schema(notes_ref), doc.MAX_SNAPSHOTS),
            _list_field("presentation_order", block_ref, len(BlockId)),
        ],
        frozen=False,
    )
    checked = cs.no_info_after_validator_function(_references_hold, canvas)
    return cs.definitions_schema(checked, [note_schema(), _block()])


@cache
def _validator(kind: str) -> SchemaValidator:
    schema = {"canvas": canvas_schema, "note": note_schema, "segment": segment_schema}[kind]()
    return SchemaValidator(schema)


def validate_canvas(data: object) -> doc.Canvas:
    """A Canvas from parsed JSON, or ValidationError; the first error names its place."""
    canvas: doc.Canvas = _validator("canvas").validate_python(data)
    return canvas


def validate_note(data: object) -> doc.Note:
    note: doc.Note = _validator("note").validate_python(data)
    return note


def validate_segment(data: object) -> doc.Segment:
    segment: doc.Segment = _validator("segment").validate_python(data)
    return segment
