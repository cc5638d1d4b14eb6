"""The published JSON Schema and docs/file-format.md stay in step with the models, and the
schema, run by jsonschema, accepts and refuses the files the loader does."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest
from test_storage_load import CASES

from canvas_editor.model import BlockId, Canvas, Note, Segment, Snapshot
from canvas_editor.model.colors import STICKY_COLORS
from canvas_editor.model.document import Ballot
from canvas_editor.resource_files import resource
from canvas_editor.storage import parse_canvas
from canvas_editor.storage.errors import NotJson
from canvas_editor.storage.migrations import CURRENT_VERSION
from canvas_editor.storage.schema import json_schema_text
from canvas_editor.storage.templates import TEMPLATES, template_bytes

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DOC = ROOT / "docs" / "file-format.md"


def _published() -> Traversable:
    """The JSON Schema shipped in resources/schema/, found where the code finds its files."""
    found = [f for f in resource("schema").iterdir() if f.name.endswith(".schema.json")]
    assert len(found) == 1, f"resources/schema/ should hold one *.schema.json: {[f.name for f in found]}"
    return found[0]


def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(_published().read_text(encoding="utf-8"))
    return schema


def test_the_published_schema_is_the_one_the_models_generate() -> None:
    published = _published()
    regenerate = (
        "regenerate it: python -c 'from canvas_editor.storage.schema import json_schema_text; "
        f"import sys; sys.stdout.write(json_schema_text())' > resources/schema/{published.name}"
    )
    assert published.read_text(encoding="utf-8") == json_schema_text(), regenerate


def test_the_schema_names_the_nine_blocks() -> None:
    assert _schema()["$defs"]["BlockId"]["enum"] == [b.value for b in BlockId]


def test_the_schema_refuses_unknown_keys_everywhere() -> None:
    schema = _schema()
    assert schema["additionalProperties"] is False
    for name in ("Canvas", "Note", "Segment", "Snapshot"):
        assert schema["$defs"][name]["additionalProperties"] is False
    assert set(schema["required"]) == {"format", "format_version", "canvas"}


# --- the schema at work, as another program would use it --------------------------------------------


def _schema_errors(document: bytes) -> list[str]:
    validator = jsonschema.Draft202012Validator(_schema())
    return [error.message for error in validator.iter_errors(json.loads(document))]


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(_schema())


# The schema describes the current format version; older files are migrated before validation.
ACCEPTED = {
    f"fixture {p.relative_to(FIXTURES)}": p.read_bytes()
    for p in sorted(FIXTURES.rglob("*.bmc"))
    if json.loads(p.read_bytes())["format_version"] == CURRENT_VERSION
}
ACCEPTED.update({f"template {name}": template_bytes(name) for name in TEMPLATES})


@pytest.mark.parametrize("name", ACCEPTED)
def test_the_schema_accepts_every_bundled_template_and_kept_fixture(name: str) -> None:
    data = ACCEPTED[name]
    parse_canvas(data)  # the loader takes it
    assert _schema_errors(data) == []


# Refusals of the loader that the published schema does not make, and why.
BEYOND_THE_SCHEMA = {
    # JSON Schema compares numbers by value: 1.0 is the integer 1.
    "version as float",
    # Uniqueness of one key among the objects of an array, and a reference from one part of
    # the file to another, are rules across fields (docs/file-format.md): uniqueItems
    # compares whole items, and a schema cannot look up another part of the document.
    "duplicate ids",
    "duplicate segment ids",
    "duplicate ids in a snapshot",
    "dangling segment",
    "a dot for a note that is not there",
    "more dots than votes",
    "two ballots of one voter",
    # uniqueItems could say this, but the schema is generated from the validator's
    # pydantic-core schema, and the loader checks it in code after that schema, as it
    # does the other rules across fields.
    "a block twice in the presentation order",
    # JSON lets a string hold the escape of a lone surrogate, and a schema has no way to
    # refuse a character.
    "unpaired surrogate",
}
# Bytes that are not JSON, or JSON past the parser's limits (depth, digits), are refused
# before any schema could apply: there is no document to check.
REFUSED = {name: data for name, data, error, _ in CASES if error is not NotJson}


@pytest.mark.parametrize("name", [name for name in REFUSED if name not in BEYOND_THE_SCHEMA])
def test_the_schema_refuses_what_the_loader_refuses(name: str) -> None:
    assert _schema_errors(REFUSED[name]) != []


@pytest.mark.parametrize("name", sorted(BEYOND_THE_SCHEMA))
def test_the_refusals_left_to_the_loader_are_ones_the_schema_lets_through(name: str) -> None:
    """Keeps the list above true: a name the load tests lost, or a refusal the schema has
    learnt to make, fails here."""
    assert name in REFUSED
    assert _schema_errors(REFUSED[name]) == [], f"the schema refuses {name!r}: take it off the list"


# --- docs/file-format.md ---------------------------------------------------------------------------


def _doc() -> str:
    return DOC.read_text(encoding="utf-8")


SECTIONS = {
    Canvas: "## `canvas`",
    Note: "## Notes",
    Segment: "## Segments",
    Snapshot: "## Snapshots",
    Ballot: "## Ballots",
}


@pytest.mark.parametrize("model", list(SECTIONS), ids=lambda m: m.__name__)
def test_the_document_describes_every_field_in_the_order_files_have(model: type) -> None:
    doc = _doc()
    section = doc.split(SECTIONS[model] + "\n", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \|", section, re.MULTILINE)
    assert rows == [f.name for f in dataclasses.fields(model)]


def test_the_document_lists_every_block_and_sticky_colour() -> None:
    doc = _doc()
    for block in BlockId:
        assert f"| `{block.value}` |" in doc
    for name, colour in STICKY_COLORS.items():
        assert re.search(rf"^\| {name}( \(the default\))? \| `{colour}` \|$", doc, re.MULTILINE)


def test_the_documented_limits_are_the_models_limits() -> None:
    schema = _schema()["$defs"]
    doc = _doc()
    assert f"at most {schema['Note']['properties']['text']['maxLength']:,} characters" in doc
    assert f"at most {schema['Note']['properties']['description']['maxLength']:,} characters" in doc
    assert f"| at most {schema['Canvas']['properties']['notes']['maxItems']:,} |" in doc
    assert f"| at most {schema['Canvas']['properties']['segments']['maxItems']:,} |" in doc
    assert f"at most {schema['Canvas']['properties']['language']['maxLength']} characters" in doc
    assert schema["Canvas"]["properties"]["language"]["pattern"] in doc
    assert schema["Note"]["properties"]["color"]["default"] in doc


def test_the_example_in_the_document_is_a_valid_file() -> None:
    blocks = re.findall(r"```json\n(.*?)```", _doc(), re.DOTALL)
    example = blocks[-1]
    canvas = parse_canvas(example.encode("utf-8"))
    assert len(canvas.notes) == 2
    assert canvas.notes[1].text == "출근하는 직장인"


def test_the_smallest_file_in_the_document_is_valid() -> None:
    smallest = re.search(r"smallest valid file\s+is `([^`]+)`", _doc())
    assert smallest is not None
    assert parse_canvas(smallest.group(1).encode()) == Canvas()
