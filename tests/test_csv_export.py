"""`canvas-editor export FILE -o OUT.csv`: a row per note as a spreadsheet reads it.

UTF-8 with a byte order mark (so spreadsheets take Korean as UTF-8), RFC 4180 quoting
with CRLF line ends, the columns the model declares for a note, and text that would
run as a formula kept as text.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest

from canvas_editor.cli.main import main
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.storage.load import load_canvas
from canvas_editor.storage.save import save_canvas


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    canvas = Canvas(
        language="ko",
        notes=[
            Note("a", BlockId.VALUE_PROPOSITIONS, 'He said "fresh", then\nleft', "설명", "#81D4FA",
                 segment="s", tags=("promise", "a, b", " padded "), votes=3, x=0.1, y=0.25),
            Note("b", BlockId.COST_STRUCTURE, "=HYPERLINK(\"http://example.com\")", tags=("-1",)),
            Note("c", BlockId.CHANNELS, "'=already quoted", "@mention"),
        ],
        segments=[Segment("s", "출근하는 사람들", "#81D4FA")],
    )  # fmt: skip
    path = tmp_path / "plan.bmc"
    save_canvas(canvas, path)
    return path


def export(plan: Path, tmp_path: Path) -> bytes:
    out = tmp_path / "plan.csv"
    assert main(["export", str(plan), "-o", str(out)]) == 0
    return out.read_bytes()


def test_utf8_with_a_byte_order_mark_and_crlf_line_ends(plan: Path, tmp_path: Path) -> None:
    data = export(plan, tmp_path)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    records = text.split("\r\n")
    # The header, a record per note, nothing after the last CRLF; the line break inside
    # the first note stays the note's own "\n", inside its quotes.
    assert len(records) == 1 + 3 + 1 and records[-1] == ""
    assert records[1].startswith("value_propositions,가치 제안,") and "\n" in records[1]


def test_rfc_4180_quotes_fields_with_quotes_commas_and_line_breaks(plan: Path, tmp_path: Path) -> None:
    text = export(plan, tmp_path)[3:].decode("utf-8")
    assert '"He said ""fresh"", then\nleft"' in text


def test_a_spreadsheet_reads_a_row_per_note_under_the_declared_fields(plan: Path, tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(export(plan, tmp_path).decode("utf-8-sig"), newline="")))
    declared = [f.name for f in dataclasses.fields(Note) if f.name != "id"]
    assert list(rows[0]) == [*declared[:1], "block_name", *declared[1:]]
    first = rows[0]
    assert first["block"] == "value_propositions"
    assert first["block_name"] == BLOCKS[BlockId.VALUE_PROPOSITIONS].name_ko
    assert first["text"] == 'He said "fresh", then\nleft'
    assert (first["description"], first["color"], first["segment"]) == ("설명", "#81D4FA", "출근하는 사람들")
    assert first["tags"] == "promise, a\\, b, \\ padded\\ "
    assert (first["votes"], first["x"], first["y"]) == ("3", "0.1", "0.25")


def test_text_that_would_run_as_a_formula_is_kept_as_text(plan: Path, tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(export(plan, tmp_path).decode("utf-8-sig"), newline="")))
    assert rows[1]["text"] == "'=HYPERLINK(\"http://example.com\")"
    assert rows[1]["tags"] == "'-1"
    assert rows[2]["text"] == "''=already quoted"
    assert rows[2]["description"] == "'@mention"
    back = tmp_path / "back.bmc"
    assert main(["import", str(tmp_path / "plan.csv"), "-o", str(back)]) == 0
    assert [(n.text, n.description, n.tags) for n in load_canvas(back).notes] == [
        (n.text, n.description, n.tags) for n in load_canvas(plan).notes
    ]
