"""The JSON Schema of the `.bmc` format, generated from the models."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from canvas_editor.model.document import Canvas


class BmcFile(BaseModel):
    """The envelope of a `.bmc` file, version 1."""

    model_config = ConfigDict(extra="forbid", title="canvas-editor .bmc file, format version 1")

    format: Literal["bmc"]
    format_version: Literal[1]
    generator: str = ""
    canvas: Canvas


def json_schema() -> dict[str, Any]:
    schema = BmcFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
