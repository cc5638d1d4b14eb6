"""`canvas-editor import FILE -o OUT.bmc [--into BLOCK] [--force]`: files people make in
other programs become canvases; anything else is refused in one line naming the place,
with exit 1 (2 for usage), and no canvas is written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from canvas_editor.cli.main import main
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR, STICKY_COLORS
from canvas_editor.model.document import Canvas, Note
from canvas_editor.model.rules import MAX_NOTE_TEXT
from canvas_editor.storage.errors import LoadError
from canvas_editor.storage.load import MAX_FILE_BYTES, load_canvas, parse_canvas
from canvas_editor.storage.save import canvas_to_bytes

ROOT = Path(__file__).resolve().parent.parent


def cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    return code, capsys.readouterr().err


def imported(
    tmp_path: Path, name: str, content: str | bytes, capsys: pytest.CaptureFixture[str], *options: str
) -> tuple[int, str, Canvas | None]:
    """Write `content` to `name`, import it; exit code, stderr, and the canvas if written."""
    source, out = tmp_path / name, tmp_path / "out.bmc"
    source.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    code, err = cli(["import", str(source), "-o", str(out), *options], capsys)
    return code, err, load_canvas(out) if out.exists() else None


def texts_by_block(canvas: Canvas) -> dict[BlockId, list[str]]:
    return {b: [n.text for n in canvas.notes_in(b)] for b in BlockId if canvas.notes_in(b)}


def refused(code: int, err: str, canvas: Canvas | None, *words: str) -> None:
    assert code == 1 and canvas is None, err
    assert err.count("\n") == 1 and "Traceback" not in err
    for word in words:
        assert word in err


# ----- Markdown ------------------------------------------------------------------------


NOTES_APP = """# Team ideas

## value propositions
- Fast delivery
* Cheap,
  every day
  > because we own the vans

## 고객 세그먼트
1. Students
2. 직장인

## Key Partners ##
- Couriers *(Tags: logistics, vans; Votes: 2)*
- A *plain* note in italics *(maybe)*
"""


def test_a_notes_app_document_becomes_a_canvas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err, canvas = imported(tmp_path, "ideas.md", NOTES_APP, capsys)
    assert (code, err) == (0, "")
    assert canvas is not None and canvas.title == "Team ideas"
    assert texts_by_block(canvas) == {
        BlockId.VALUE_PROPOSITIONS: ["Fast delivery", "Cheap,\nevery day"],
        BlockId.CUSTOMER_SEGMENTS: ["Students", "직장인"],
        BlockId.KEY_PARTNERS: ["Couriers", "A *plain* note in italics *(maybe)*"],
    }
    cheap = canvas.notes_in(BlockId.VALUE_PROPOSITIONS)[1]
    assert cheap.description == "because we own the vans"
    couriers = canvas.notes_in(BlockId.KEY_PARTNERS)[0]
    assert (couriers.tags, couriers.votes) == (("logistics", "vans"), 2)


def test_paragraphs_of_a_loose_list_item_stay_with_their_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = "## Channels\n\n- Web\n\n  and apps\n\n  > because\n\n  > people are online\n\n- Events\n"
    code, _, canvas = imported(tmp_path, "loose.md", document, capsys)
    assert code == 0 and canvas is not None
    assert [(n.text, n.description) for n in canvas.notes] == [
        ("Web\n\nand apps", "because\n\npeople are online"),
        ("Events", ""),
    ]
    (tmp_path / "out.bmc").unlink()
    refused(*imported(tmp_path, "loose.md", "## Channels\n- Web\n\nA paragraph\n", capsys), "line 4")


def test_korean_headings_make_a_korean_canvas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = [BLOCKS[b].name_ko for b in (BlockId.CHANNELS, BlockId.COST_STRUCTURE)]
    document = f"## {names[0]}\n- 앱\n\n## {names[1].replace(' ', '')}\n- 인건비\n"
    code, _, canvas = imported(tmp_path, "ko.md", document, capsys)
    assert code == 0 and canvas is not None
    assert canvas.language == "ko"
    assert texts_by_block(canvas) == {BlockId.CHANNELS: ["앱"], BlockId.COST_STRUCTURE: ["인건비"]}


def test_an_unknown_heading_is_refused_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = "# Plan\n\n## Channels\n- Web\n\n## Ideas\n- Drones\n"
    code, err, canvas = imported(tmp_path, "plan.md", document, capsys)
    refused(code, err, canvas, "line 6", "'Ideas'", "--into")


def test_into_names_the_block_for_unknown_headings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = "# Plan\n\n## Channels\n- Web\n\n## Ideas\n- Drones\n"
    code, _, canvas = imported(tmp_path, "plan.md", document, capsys, "--into", "key activities")
    assert code == 0 and canvas is not None
    assert texts_by_block(canvas) == {BlockId.CHANNELS: ["Web"], BlockId.KEY_ACTIVITIES: ["Drones"]}


@pytest.mark.parametrize(
    "document, words",
    [
        ("## Value Proposition\n- x\n", ["line 1", "did you mean 'Value Propositions'?"]),
        ("# Plan\n- a note before any block\n", ["line 2", "outside every block"]),
        ("## Channels\nA paragraph, not a list item\n", ["line 2", "outside a list item"]),
        ("# One\n# Two\n", ["line 2", "second title"]),
        ("## Legend\n- Commuters blue\n", ["line 2", "colour"]),
        ("## Legend\n- A `#FFFFFF`\n- A `#000000`\n", ["line 3", "second segment named 'A'"]),
        ("## Channels\n- x *(Segment: Nobody)*\n", ["line 2", "no segment named 'Nobody'"]),
        ("## Channels\n- x *(Votes: many)*\n", ["line 2", "votes"]),
    ],
)
def test_markdown_that_cannot_become_a_canvas_is_refused_in_one_line(
    document: str, words: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused(*imported(tmp_path, "plan.md", document, capsys), *words)


def test_imported_values_are_held_to_the_rules_of_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same words as when a .bmc file holds the same note."""
    long_text = "x" * (MAX_NOTE_TEXT + 1)
    with pytest.raises(LoadError) as from_file:
        parse_canvas(canvas_to_bytes(Canvas(notes=[Note("a", BlockId.CHANNELS, long_text)])))
    reason = str(from_file.value).split(": ", 1)[1]  # after the place, notes[0].text
    code, err, canvas = imported(tmp_path, "plan.md", f"## Channels\n\n- {long_text}\n", capsys)
    refused(code, err, canvas, f"line 3: text: {reason}")


# ----- CSV ---------------------------------------------------------------------------


def test_a_spreadsheet_table_becomes_a_canvas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = (
        "Block,Text,Colour,Votes,Segment\r\n"
        "Value Propositions,Fast delivery,,3,Commuters\r\n"
        '가치 제안,"Cheap,\r\nevery day",#A5D6A7,,\r\n'
        "channels,Web,,,Commuters\r\n"
    )
    code, err, canvas = imported(tmp_path, "plan.csv", table, capsys)
    assert (code, err) == (0, "")
    assert canvas is not None
    assert texts_by_block(canvas) == {
        BlockId.VALUE_PROPOSITIONS: ["Fast delivery", "Cheap,\r\nevery day"],
        BlockId.CHANNELS: ["Web"],
    }
    fast, cheap = canvas.notes_in(BlockId.VALUE_PROPOSITIONS)
    assert (fast.votes, fast.color, cheap.color) == (3, DEFAULT_NOTE_COLOR, "#A5D6A7")
    [commuters] = canvas.segments
    assert commuters.name == "Commuters"
    assert fast.segment == canvas.notes_in(BlockId.CHANNELS)[0].segment == commuters.id
    assert fast.x != cheap.x or fast.y != cheap.y  # placed apart, as new notes are


@pytest.mark.parametrize(
    "table, words",
    [
        ("block,text,owner\r\nchannels,Web,Ann\r\n", ["line 1", "unknown column 'owner'"]),
        ("block,description\r\nchannels,Web\r\n", ["line 1", "no 'text' column"]),
        ('block,text\r\nchannels,"two\r\nlines"\r\nideas,Drones\r\n', ["line 4", "'ideas' names no block"]),
        ("block,block_name,text\r\nchannels,Cost Structure,Web\r\n", ["line 2", "different blocks"]),
        ("block,text,votes\r\nchannels,Web,many\r\n", ["line 2", "votes"]),
        ("block,text,x\r\nchannels,Web,2\r\n", ["line 2", "x"]),
        ("block,text\r\nchannels,Web,extra\r\n", ["line 2", "3 cells"]),
        ('block,text\r\nchannels,"unclosed\r\n', ["not valid CSV"]),
    ],
)
def test_a_table_that_cannot_become_a_canvas_is_refused_in_one_line(
    table: str, words: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused(*imported(tmp_path, "plan.csv", table, capsys), *words)


def test_into_takes_rows_whose_block_is_unknown_or_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = "block,text\r\nideas,Drones\r\n,Robots\r\nchannels,Web\r\n"
    code, _, canvas = imported(tmp_path, "plan.csv", table, capsys, "--into", "Key Resources")
    assert code == 0 and canvas is not None
    assert texts_by_block(canvas) == {BlockId.KEY_RESOURCES: ["Drones", "Robots"], BlockId.CHANNELS: ["Web"]}


# ----- JSON Canvas --------------------------------------------------------------------


def node(node_id: str, kind: str, x: int, y: int, w: int, h: int, **fields: object) -> dict[str, object]:
    return {"id": node_id, "type": kind, "x": x, "y": y, "width": w, "height": h, **fields}


OBSIDIAN = {
    "nodes": [
        node("g1", "group", 0, 0, 1000, 800, label="Value Propositions"),
        node("g2", "group", 50, 400, 400, 300, label="Ideas"),  # inside the block's group
        node("g3", "group", 1200, 0, 500, 800, label="고객 세그먼트"),
        node("t1", "text", 20, 20, 250, 60, text="**Fast** delivery", color="4"),
        node("t2", "text", 60, 450, 250, 60, text="Cheap \\*always\\*", color="#123456"),
        node("l1", "link", 1250, 50, 250, 60, url="https://example.com"),
        node("f1", "file", 1250, 300, 250, 60, file="notes/students.md"),
    ],
    "edges": [{"id": "e1", "fromNode": "t1", "toNode": "l1"}],
}


def test_an_obsidian_canvas_becomes_a_canvas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err, canvas = imported(tmp_path, "board.canvas", json.dumps(OBSIDIAN), capsys)
    assert (code, err) == (0, "")
    assert canvas is not None
    assert texts_by_block(canvas) == {
        BlockId.VALUE_PROPOSITIONS: ["**Fast** delivery", "Cheap *always*"],
        BlockId.CUSTOMER_SEGMENTS: ["https://example.com", "notes/students.md"],
    }
    fast, cheap = canvas.notes_in(BlockId.VALUE_PROPOSITIONS)
    assert (fast.color, cheap.color) == (STICKY_COLORS["green"], "#123456")
    assert fast.y < cheap.y  # their places in the group are their places in the block


def test_a_node_outside_every_block_is_refused_unless_into_names_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lost = node("t9", "text", 3000, 3000, 100, 100, text="Lost")
    board = json.dumps({"nodes": [*OBSIDIAN["nodes"], lost]})  # type: ignore[list-item]
    refused(*imported(tmp_path, "board.canvas", board, capsys), "nodes[7]", "'Lost'", "outside")
    code, _, canvas = imported(tmp_path, "board.canvas", board, capsys, "--into", "cost_structure")
    assert code == 0 and canvas is not None
    assert [n.text for n in canvas.notes_in(BlockId.COST_STRUCTURE)] == ["Lost"]


@pytest.mark.parametrize(
    "content, words",
    [
        ("[]", ["not a JSON Canvas file"]),
        ('{"nodes": {}}', ["nodes: must be a list"]),
        ('{"nodes": [{"id": "a", "type": "text", "x": "left", "y": 0, "width": 1, "height": 1, "text": ""}]}',
         ["nodes[0].x", "must be a number"]),
        ('{"nodes": [{"id": "a", "type": "circle", "x": 0, "y": 0, "width": 1, "height": 1}]}',
         ["nodes[0].type"]),
        ('{"nodes": [', ["not valid JSON", "line 1"]),
    ],
)  # fmt: skip
def test_json_that_is_no_canvas_is_refused_in_one_line(
    content: str, words: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused(*imported(tmp_path, "board.canvas", content, capsys, "--into", "channels"), *words)


# ----- plain text, and what every import shares -----------------------------------------


def test_each_line_of_a_text_file_becomes_a_note_of_the_named_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = "Web\r\n\r\n  앱 스토어  \nEvents"
    code, _, canvas = imported(tmp_path, "list.txt", lines, capsys, "--into", "채널")
    assert code == 0 and canvas is not None
    assert texts_by_block(canvas) == {BlockId.CHANNELS: ["Web", "앱 스토어", "Events"]}


@pytest.mark.parametrize(
    "name, options, words",
    [
        ("list.txt", [], ["--into BLOCK is needed"]),
        ("list.txt", ["--into", "Chanels"], ["did you mean 'Channels'?"]),
        ("plan.docx", [], ["cannot tell what plan.docx holds"]),
        ("plan.md", ["-o", "{tmp}/out.md"], ["OUT.bmc", "canvas-editor export"]),
    ],
)
def test_usage_errors_exit_2_and_write_nothing(
    name: str, options: list[str], words: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / name
    source.write_text("## Channels\n- Web\n", encoding="utf-8")
    out = [] if "-o" in options else ["-o", str(tmp_path / "out.bmc")]
    code, err = cli(["import", str(source), *out, *(o.format(tmp=tmp_path) for o in options)], capsys)
    assert code == 2 and "usage: canvas-editor import" in err
    for word in words:
        assert word in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize("name", ["plan.md", "plan.csv", "plan.canvas", "plan.txt"])
@pytest.mark.parametrize("content, reason", [(b"\xff\xfe\x00", "invalid UTF-8 at byte 0"), (b"", "empty")])
def test_a_file_that_is_not_text_is_refused_in_every_format(
    name: str, content: bytes, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused(*imported(tmp_path, name, content, capsys, "--into", "channels"), reason)


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "huge.md"
    with open(source, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written
    code, err = cli(["import", str(source), "-o", str(tmp_path / "out.bmc")], capsys)
    assert code == 1 and "too large" in err and err.count("\n") == 1
    assert not (tmp_path / "out.bmc").exists()


def test_an_existing_canvas_is_replaced_only_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = tmp_path / "plan.md", tmp_path / "plan.bmc"
    source.write_text("## Channels\n- Web\n", encoding="utf-8")
    out.write_bytes(b"my precious work")
    code, err = cli(["import", str(source), "-o", str(out)], capsys)
    assert (code, err) == (1, f"{out}: already exists (use --force to overwrite)\n")
    assert out.read_bytes() == b"my precious work"
    assert cli(["import", str(source), "-o", str(out), "--force"], capsys)[0] == 0
    assert [n.text for n in load_canvas(out).notes] == ["Web"]


def test_a_refused_import_leaves_the_existing_canvas_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = tmp_path / "plan.md", tmp_path / "plan.bmc"
    source.write_text("## Channels\n- Web\n## Ideas\n- x\n", encoding="utf-8")
    out.write_bytes(b"my precious work")
    code, _ = cli(["import", str(source), "-o", str(out), "--force"], capsys)
    assert code == 1 and out.read_bytes() == b"my precious work"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.bmc", "plan.md"]


def test_a_real_process_exits_0_1_and_2(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "canvas_editor", "import", *args],
                              capture_output=True, text=True, env=env, timeout=120, check=False)  # fmt: skip

    good, bad = tmp_path / "good.md", tmp_path / "bad.md"
    good.write_text("## Channels\n- Web\n", encoding="utf-8")
    bad.write_text("## Ideas\n- Drones\n", encoding="utf-8")
    assert run(str(good), "-o", str(tmp_path / "good.bmc")).returncode == 0
    failed = run(str(bad), "-o", str(tmp_path / "bad.bmc"))
    assert failed.returncode == 1 and len(failed.stderr.splitlines()) == 1
    assert run(str(good)).returncode == 2
    assert not (tmp_path / "bad.bmc").exists()
