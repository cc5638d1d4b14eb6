"""A canvas as the JSON values of a `.bmc` file, and back for bytes we trust.

Writing needs no checks: the model only holds what the editor put there. Reading
untrusted JSON goes through `validation.py`; `canvas_from_trusted_json` is for bytes
that ship inside the program (the bundled templates, which the test suite validates
and compares with the validator's result), so starting on a template does not load
the validation engine.
"""

from __future__ import annotations

from typing import Any

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note, Segment, Snapshot


def note_to_json(note: Note) -> dict[str, Any]:
    """Keys in the order of the file format (docs/file-format.md), so saves are byte-stable."""
    return {
        "id": note.id,
        "block": BlockId(note.block).value,
        "text": note.text,
        "description": note.description,
        "color": note.color,
        "segment": note.segment,
        "tags": list(note.tags),
        "x": note.x,
        "y": note.y,
    }


def segment_to_json(segment: Segment) -> dict[str, Any]:
    return {"id": segment.id, "name": segment.name, "color": segment.color}


def canvas_to_json(canvas: Canvas) -> dict[str, Any]:
    return {
        "title": canvas.title,
        "designed_for": canvas.designed_for,
        "designed_by": canvas.designed_by,
        "date": canvas.date,
        "iteration": canvas.iteration,
        "language": canvas.language,
        "notes": [note_to_json(n) for n in canvas.notes],
        "segments": [segment_to_json(s) for s in canvas.segments],
        "snapshots": [
            {"id": s.id, "name": s.name, "created": s.created, "notes": [note_to_json(n) for n in s.notes]}
            for s in canvas.snapshots
        ],
        "presentation_order": [BlockId(b).value for b in canvas.presentation_order],
    }


def _trusted_note(data: dict[str, Any]) -> Note:
    return Note(**{**data, "block": BlockId(data["block"])})


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
