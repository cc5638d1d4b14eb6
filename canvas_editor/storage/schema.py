"""The JSON Schema of the `.bmc` format, generated from the model's declarations.

pydantic writes the schema of the same `TypeAdapter` the loader validates with, around
the file's envelope, so the published file (resources/schema/) cannot drift from what
the loader accepts; a test fails when the committed file is stale.
"""

from __future__ import annotations

import json
from typing import Any, Literal, NotRequired

from pydantic import ConfigDict, TypeAdapter, with_config

# pydantic reads a TypedDict's fields from typing_extensions' version on Python < 3.12.
from typing_extensions import TypedDict

from canvas_editor.model.document import Canvas
from canvas_editor.storage.load import FORMAT_NAME
from canvas_editor.storage.migrations import CURRENT_VERSION


@with_config(ConfigDict(extra="forbid"))
class BmcFile(TypedDict):
    format: Literal["bmc"]
    format_version: Literal[CURRENT_VERSION]  # type: ignore[valid-type]
    generator: NotRequired[str]
    canvas: Canvas


def json_schema() -> dict[str, Any]:
    schema = TypeAdapter(BmcFile).json_schema()
    schema["title"] = f"canvas-editor .{FORMAT_NAME} file, format version {CURRENT_VERSION}"
    schema["description"] = (
        f"A canvas-editor file: the envelope of format version {CURRENT_VERSION} around the canvas. "
        "Older versions are migrated on load (docs/file-format.md)."
    )
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
