"""The JSON Schema of the `.bmc` format, generated from the validator's own schema.

pydantic turns the pydantic-core schema of `validation.py` into JSON Schema, so the
published file (resources/schema/) cannot drift from what the loader accepts.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic.json_schema import GenerateJsonSchema
from pydantic_core import core_schema as cs

from canvas_editor.storage.validation import canvas_schema


def _file_schema() -> cs.CoreSchema:
    """The envelope of a `.bmc` file, version 1, around the canvas."""
    fields = {
        "format": cs.typed_dict_field(cs.literal_schema(["bmc"])),
        "format_version": cs.typed_dict_field(cs.literal_schema([1])),
        "generator": cs.typed_dict_field(cs.with_default_schema(cs.str_schema(), default=""), required=False),
        "canvas": cs.typed_dict_field(canvas_schema()),
    }
    return cs.typed_dict_schema(fields, extra_behavior="forbid")


def json_schema() -> dict[str, Any]:
    schema = GenerateJsonSchema().generate(_file_schema())
    schema["title"] = "canvas-editor .bmc file, format version 1"
    schema["description"] = "The envelope of a `.bmc` file, version 1."
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
