"""A canvas as the JSON values of a `.bmc` file, and back for bytes we trust.

Writing is derived from the model's declarations: pydantic dumps each dataclass's
fields in their declared order (docs/file-format.md lists the same order), so the same
canvas always gives the same bytes. Reading untrusted JSON goes through
`model/validation.py`; `canvas_from_trusted_json` is for bytes that ship inside the
program (the bundled templates, which the test suite validates and compares with the
validator's result), so starting on a template does not load the validation engine.
"""

from __future__ import annotations

from typing import Any

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note, Segment, Snapshot


def canvas_to_json(canvas: Canvas) -> dict[str, Any]:
    from canvas_editor.model.validation import canvas_adapter  # loads pydantic on the first save

    data: dict[str, Any] = canvas_adapter().dump_python(canvas, mode="json")
    return data


def notes_to_json(notes: list[Note]) -> list[dict[str, Any]]:
    from canvas_editor.model.validation import notes_adapter

    data: list[dict[str, Any]] = notes_adapter().dump_python(notes, mode="json")
    return data


def segments_to_json(segments: list[Segment]) -> list[dict[str, Any]]:
    from canvas_editor.model.validation import segments_adapter

    data: list[dict[str, Any]] = segments_adapter().dump_python(segments, mode="json")
    return data


def _trusted_note(data: dict[str, Any]) -> Note:
    return Note(**{**data, "block": BlockId(data["block"]), "tags": tuple(data.get("tags", ()))})


def canvas_from_trusted_json(data: dict[str, Any]) -> Canvas:
    """The canvas of JSON this program wrote and its tests checked; no validation."""
    fields = dict(data)
    fields["notes"] = [_trusted_note(n) for n in data.get("notes", [])]
    fields["segments"] = [Segment(**s) for s in data.get("segments", [])]
    fields["snapshots"] = [
        Snapshot(**{**s, "notes": [_trusted_note(n) for n in s.get("notes", [])]})
        for s in data.get("snapshots", [])
    ]
    fields["presentation_order"] = [BlockId(b) for b in data.get("presentation_order", [])]
    return Canvas(**fields)
