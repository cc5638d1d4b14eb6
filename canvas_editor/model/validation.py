"""Checking values against the model's declared rules, with pydantic's `TypeAdapter`.

Everything that comes from outside (a file, the clipboard) and every value the
controller is asked to store passes through here, so the loader, the clipboard and
the editor refuse the same values with the same words. pydantic reads the rules
from the dataclasses' annotations (`model/rules.py`); this module is imported once
something needs checking, never before the editor's first paint.
"""

from __future__ import annotations

import difflib
import typing
from functools import cache
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, TypeAdapter, ValidationError

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note, Segment, check_references
from canvas_editor.model.messages import location, short_repr

__all__ = [
    "ValidationError",
    "canvas_adapter",
    "checked",
    "checked_field",
    "describe_validation_error",
    "notes_adapter",
    "segments_adapter",
    "validate_canvas",
    "validate_note",
    "validate_segment",
]

_Value = TypeVar("_Value")
_Checked = TypeVar("_Checked", Note, Segment)


def _references_hold(canvas: Canvas) -> Canvas:
    check_references(canvas)  # its ValueError becomes a `value_error` naming the place
    return canvas


@cache
def canvas_adapter() -> TypeAdapter[Canvas]:
    """The whole canvas: every field's rules, then the references between its parts."""
    return TypeAdapter(Annotated[Canvas, AfterValidator(_references_hold)])


@cache
def notes_adapter() -> TypeAdapter[list[Note]]:
    return TypeAdapter(list[Note])


@cache
def segments_adapter() -> TypeAdapter[list[Segment]]:
    return TypeAdapter(list[Segment])


@cache
def note_adapter() -> TypeAdapter[Note]:
    return TypeAdapter(Note)


@cache
def segment_adapter() -> TypeAdapter[Segment]:
    return TypeAdapter(Segment)


@cache
def _field_adapter(owner: type, name: str) -> TypeAdapter[Any]:
    return TypeAdapter(typing.get_type_hints(owner, include_extras=True)[name])


def validate_canvas(data: object) -> Canvas:
    """A Canvas from parsed JSON, or ValidationError; the first error names its place."""
    return canvas_adapter().validate_python(data)


def validate_note(data: object) -> Note:
    return note_adapter().validate_python(data)


def validate_segment(data: object) -> Segment:
    return segment_adapter().validate_python(data)


def checked(value: _Checked) -> _Checked:
    """`value` (a Note or Segment made in the program) if it keeps its rules, else ValueError."""
    adapter: TypeAdapter[Any] = note_adapter() if isinstance(value, Note) else segment_adapter()
    try:
        result: _Checked = adapter.validate_python(value)
    except ValidationError as exc:
        raise ValueError(describe_validation_error(exc)) from None
    return result


def checked_field(owner: type, name: str, value: _Value) -> _Value:
    """`value` if field `name` of `owner` may hold it, else ValueError naming the field."""
    try:
        result: _Value = _field_adapter(owner, name).validate_python(value)
    except ValidationError as exc:
        raise ValueError(describe_validation_error(exc, place=name)) from None
    return result


def describe_validation_error(exc: ValidationError, place: str = "") -> str:
    """The first problem as `place: what is wrong`, with a hint where one helps."""
    errors = exc.errors(include_url=False)
    err = errors[0]
    # A field's own check (checked_field) names the field; pydantic names the place inside it.
    inner = location(tuple(err["loc"]))
    place = f"{place}.{inner}" if place and inner and not inner.startswith("[") else place + inner
    kind = err["type"]
    value = err.get("input")
    if kind == "value_error":
        # Our own cross-field checks already name their place.
        return str(err.get("ctx", {}).get("error", err["msg"]))
    if place.endswith("color") and kind in ("string_too_short", "string_too_long", "string_pattern_mismatch"):
        kind = "string_pattern_mismatch"  # one message for every way a colour can be wrong
    if kind == "enum":
        if isinstance(value, str):
            close = difflib.get_close_matches(value, [b.value for b in BlockId], n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            message = f"{short_repr(value)} is not a block{hint}"
        else:
            message = f"{short_repr(value)} is not a block id"
    elif kind in ("extra_forbidden", "unexpected_keyword_argument"):
        message = "unknown key"
    elif kind in ("missing", "missing_argument"):
        message = "required but missing"
    elif kind == "string_too_long":
        message = f"text is too long ({len(value)} characters; at most {err['ctx']['max_length']})"
    elif kind == "too_long":
        message = f"too many items (at most {err['ctx']['max_length']})"
    elif kind == "string_unicode":
        message = "text holds an invalid character (an unpaired surrogate escape such as \\ud800)"
    elif kind == "finite_number":
        message = "must be a finite number"
    elif kind == "string_pattern_mismatch":
        if place.endswith("color"):
            message = f"{short_repr(value)} is not a colour like \"#FFD700\""
        elif place.endswith("language"):
            message = f"{short_repr(value)} is not a language code like \"en\" or \"ko\""
        else:
            message = f"{short_repr(value)} is not allowed here (letters, digits, - and _ only)"
    else:
        message = err["msg"][0].lower() + err["msg"][1:]
        if kind.endswith("_type") or kind in ("greater_than_equal", "less_than_equal"):
            message += f", got {short_repr(value)}"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"{place}: {message}{more}" if place else f"{message}{more}"
