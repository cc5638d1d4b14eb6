"""Hypothesis-made damage: nothing escapes loading but LoadError, and whatever loads re-saves.

Three sources of bad input: byte-level mutations of a valid file, random JSON values put at
random places of a valid document, and random JSON documents (bare and inside an envelope).
"""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from canvas_editor.model import BlockId, Canvas, Note, Segment
from canvas_editor.storage import LoadError, canvas_to_bytes, parse_canvas

FIXTURES = Path(__file__).resolve().parent / "fixtures"
VALID = (FIXTURES / "v1-full.bmc").read_bytes()
VALID_DOC = json.loads(VALID)

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Names the loader knows, so random documents get past the first checks often enough.
KNOWN_KEYS = sorted(
    {"format", "format_version", "generator", "canvas"}
    | {f.name for f in dataclasses.fields(Canvas)}
    | {f.name for f in dataclasses.fields(Note)}
    | {f.name for f in dataclasses.fields(Segment)}
)
interesting_strings = st.sampled_from(
    ["bmc", "", "#FFF176", "#GGGGGG", "seg_commuters", "vp-1", "ko", *[b.value for b in BlockId]]
)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.floats(min_value=-0.5, max_value=1.5)
    | st.text(max_size=30)
    | interesting_strings
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(st.sampled_from(KNOWN_KEYS) | st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=25,
)


def assert_loads_cleanly_or_fails_with_a_load_error(data: bytes) -> None:
    try:
        canvas = parse_canvas(data)
    except LoadError as exc:
        event(type(exc).__name__)
        message = str(exc)
        assert message and "\n" not in message
        return
    event("loaded")
    saved = canvas_to_bytes(canvas)
    again = parse_canvas(saved)
    assert again == canvas
    assert canvas_to_bytes(again) == saved


# --- byte-level damage ---------------------------------------------------------------------------


@st.composite
def mutated_bytes(draw: st.DrawFn) -> bytes:
    data = bytearray(VALID)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        kind = draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
        at = draw(st.integers(min_value=0, max_value=max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(min_value=0, max_value=7))
        elif kind == "truncate":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(
                st.binary(min_size=1, max_size=8) | st.sampled_from([b"{", b"]", b'"', b",", b"\\u"])
            )
        else:
            del data[at : at + draw(st.integers(min_value=1, max_value=16))]
    return bytes(data)


@FUZZ
@given(data=mutated_bytes())
def test_byte_mutations_of_a_valid_file(data: bytes) -> None:
    assert_loads_cleanly_or_fails_with_a_load_error(data)


# --- a random value at a random place --------------------------------------------------------------


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out += _paths(child, (*prefix, i))
    return out


PATHS = _paths(VALID_DOC)


def _copy_and_parent(doc: Any, path: tuple[Any, ...]) -> tuple[Any, Any]:
    """A deep copy of `doc` and, inside it, the container of the value at `path`."""
    doc = copy.deepcopy(doc)
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    return doc, parent


def _replaced(doc: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    doc, parent = _copy_and_parent(doc, path)
    parent[path[-1]] = new
    return doc


def _deleted(doc: Any, path: tuple[Any, ...]) -> Any:
    if not path:
        return doc
    doc, parent = _copy_and_parent(doc, path)
    del parent[path[-1]]
    return doc


@FUZZ
@given(path=st.sampled_from(PATHS), new=json_values, delete=st.booleans())
def test_random_values_at_random_places_of_a_valid_document(
    path: tuple[Any, ...], new: Any, delete: bool
) -> None:
    doc = _deleted(VALID_DOC, path) if delete else _replaced(VALID_DOC, path, new)
    assert_loads_cleanly_or_fails_with_a_load_error(
        json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")
    )


@FUZZ
@given(
    paths=st.lists(st.sampled_from(PATHS), min_size=2, max_size=4),
    values=st.lists(scalars, min_size=4, max_size=4),
)
def test_several_small_changes_at_once(paths: list[tuple[Any, ...]], values: list[Any]) -> None:
    doc: Any = VALID_DOC
    for path, value in zip(paths, values, strict=False):
        try:
            doc = _replaced(doc, path, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this place
    assert_loads_cleanly_or_fails_with_a_load_error(json.dumps(doc).encode("utf-8"))


# --- random documents ------------------------------------------------------------------------------


@FUZZ
@given(doc=json_values)
def test_random_json_documents(doc: Any) -> None:
    assert_loads_cleanly_or_fails_with_a_load_error(
        json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")
    )


@FUZZ
@given(canvas=st.dictionaries(st.sampled_from(KNOWN_KEYS), json_values, max_size=8))
def test_random_canvases_in_a_valid_envelope(canvas: dict[str, Any]) -> None:
    doc = {"format": "bmc", "format_version": 1, "generator": "fuzz", "canvas": canvas}
    assert_loads_cleanly_or_fails_with_a_load_error(json.dumps(doc).encode("utf-8"))


@FUZZ
@given(text=st.text(max_size=200))
def test_random_text(text: str) -> None:
    assert_loads_cleanly_or_fails_with_a_load_error(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(data=st.binary(max_size=200))
def test_random_bytes(data: bytes) -> None:
    assert_loads_cleanly_or_fails_with_a_load_error(data)
