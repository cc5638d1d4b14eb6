"""Staged loading of `.bmc` files: each kind of damage gives its own typed, one-line error."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from canvas_editor.model import BlockId, Canvas
from canvas_editor.storage import LoadError, load_canvas, parse_canvas
from canvas_editor.storage.errors import (
    FileTooLarge,
    FileUnreadable,
    InvalidCanvas,
    NotBmc,
    NotJson,
    TooNew,
)
from canvas_editor.storage.load import MAX_FILE_BYTES
from canvas_editor.storage.migrations import CURRENT_VERSION
from canvas_editor.storage.templates import template_bytes

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def envelope(canvas: Any = None, **overrides: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "bmc",
        "format_version": CURRENT_VERSION,
        "generator": "canvas-editor 0.1.0",
        "canvas": {} if canvas is None else canvas,
    }
    doc.update(overrides)
    return doc


def encode(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def note(note_id: str = "n1", **fields: Any) -> dict[str, Any]:
    return {"id": note_id, "block": "channels", **fields}


def canvas_with_notes(*notes: dict[str, Any], **fields: Any) -> bytes:
    return encode(envelope({"notes": list(notes), **fields}))


# --- files that must keep loading forever --------------------------------------------------------


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("v*.bmc")), ids=lambda p: p.name)
def test_every_kept_fixture_still_loads(path: Path) -> None:
    assert isinstance(load_canvas(path), Canvas)


def test_the_minimal_version_1_file_is_an_empty_canvas() -> None:
    assert load_canvas(FIXTURES / "v1-minimal.bmc") == Canvas()


def test_the_full_version_1_file_keeps_every_field() -> None:
    canvas = load_canvas(FIXTURES / "v1-full.bmc")
    assert canvas.title == "동네 빵집 구독 서비스"
    assert canvas.designed_for == "Bakery Co. (베이커리)"
    assert canvas.iteration == 'v3 "after interviews"'
    assert canvas.language == "ko-KR"
    assert len(canvas.notes) == 10
    assert {n.block for n in canvas.notes} == set(BlockId)
    assert [n.id for n in canvas.notes][:3] == ["kp-1", "ka-1", "kr-1"]  # file order kept
    vp = canvas.note("vp-1")
    assert vp.text == "매일 아침 갓 구운 빵이 문 앞에"
    assert vp.description.startswith("The core promise: <b>not</b> markup")
    assert vp.segment == "seg_commuters"
    assert vp.tags == ("핵심", "promise")
    assert vp.votes == 0  # version 1 had no votes
    assert (vp.x, vp.y) == (0.1, 0.2)
    assert canvas.note("kr-1").text == "오븐 2대\n배달 밴"
    assert (canvas.note("kr-1").x, canvas.note("kr-1").y) == (1.0, 1.0)
    assert canvas.note("ka-1").color == "#ffb74d"
    assert [s.name for s in canvas.segments] == ["직장인", "Families"]
    assert canvas.snapshots[0].name == "첫 번째 버전"
    assert canvas.snapshots[0].notes[0].text == "신선한 빵"
    assert canvas.presentation_order[0] == BlockId.CUSTOMER_SEGMENTS
    assert len(canvas.presentation_order) == 9


def test_the_blank_template_loads_as_an_empty_canvas() -> None:
    canvas = parse_canvas(template_bytes("blank"))
    assert canvas.notes == []


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    data = (FIXTURES / "v1-full.bmc").read_bytes()
    assert parse_canvas(b"\xef\xbb\xbf" + data) == parse_canvas(data)


# --- each stage and its error ----------------------------------------------------------------------

VALID = (FIXTURES / "v1-full.bmc").read_bytes()

CASES: list[tuple[str, bytes, type[LoadError], str]] = [
    ("empty", b"", NotJson, "the file is empty"),
    ("blank", b" \n\t\n", NotJson, "the file is empty"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", NotJson, "not a text file"),
    ("latin-1", '{"title": "caf\xe9"}'.encode("latin-1"), NotJson, "invalid UTF-8"),
    ("truncated", VALID[: len(VALID) // 2], NotJson, "not valid JSON"),
    ("trailing garbage", VALID + b"}", NotJson, "not valid JSON"),
    ("NaN", VALID.replace(b'"x": 0.25', b'"x": NaN'), NotJson, "NaN"),
    ("Infinity", VALID.replace(b'"x": 0.25', b'"x": Infinity'), NotJson, "Infinity"),
    ("-Infinity", VALID.replace(b'"x": 0.25', b'"x": -Infinity'), NotJson, "-Infinity"),
    ("huge integer", VALID.replace(b'"x": 0.25', b'"x": ' + b"7" * 5000), NotJson, "too many digits"),
    ("deep nesting", b"[" * 10_000 + b"]" * 10_000, NotJson, "nested too deeply"),
    (
        "deep nesting in a note",
        encode(envelope({"notes": "@"})).replace(b'"@"', b"[" * 10_000 + b"]" * 10_000),
        NotJson,
        "nested too deeply",
    ),
    ("array at the top", b"[1, 2, 3]", NotBmc, 'no "format": "bmc"'),
    ("string at the top", b'"bmc"', NotBmc, 'no "format": "bmc"'),
    ("foreign JSON", b'{"name": "my-package", "version": "1.0.0"}', NotBmc, "not a canvas-editor file"),
    ("other format", encode(envelope(format="tldr")), NotBmc, "not a canvas-editor file"),
    ("version as text", encode(envelope(format_version="1")), NotBmc, "format_version"),
    ("version as float", encode(envelope(format_version=float(CURRENT_VERSION))), NotBmc, "format_version"),
    ("version zero", encode(envelope(format_version=0)), NotBmc, "format_version"),
    ("version missing", encode({"format": "bmc", "canvas": {}}), NotBmc, "format_version"),
    ("unknown top-level key", encode(envelope(extra=1)), NotBmc, "unknown top-level key 'extra'"),
    ("generator not text", encode(envelope(generator=5)), NotBmc, "generator"),
    ("no canvas", encode({"format": "bmc", "format_version": 1}), NotBmc, 'no "canvas" object'),
    ("canvas is a list", encode(envelope([])), NotBmc, 'no "canvas" object'),
    (
        "newer version",
        encode(envelope(format_version=CURRENT_VERSION + 1)),
        TooNew,
        f"format version {CURRENT_VERSION + 1}",
    ),
    (
        "much newer version",
        encode(envelope(format_version=99, generator="canvas-editor 9.1")),
        TooNew,
        "written by canvas-editor 9.1 in format version 99",
    ),
    # A later format may add top-level keys: the version is what the user needs to hear about.
    (
        "newer version with new keys",
        encode(envelope(format_version=3, thumbnails=[])),
        TooNew,
        "format version 3",
    ),
    (
        "unknown block",
        canvas_with_notes(note("a"), note("b"), note("c"), note("d", block="value_proposition")),
        InvalidCanvas,
        "notes[3].block: 'value_proposition' is not a block (did you mean 'value_propositions'?)",
    ),
    (
        "block not text",
        canvas_with_notes(note(block=3)),
        InvalidCanvas,
        "notes[0].block: 3 is not a block id",
    ),
    (
        "unknown note key",
        canvas_with_notes(note(colour="#FFFFFF")),
        InvalidCanvas,
        "notes[0].colour: unknown key",
    ),
    ("unknown canvas key", encode(envelope({"owner": "me"})), InvalidCanvas, "owner: unknown key"),
    (
        "missing id",
        canvas_with_notes({"block": "channels"}),
        InvalidCanvas,
        "notes[0].id: required but missing",
    ),
    (
        "title not text",
        encode(envelope({"title": 5})),
        InvalidCanvas,
        "title: input should be a valid string",
    ),
    (
        "notes not a list",
        encode(envelope({"notes": {}})),
        InvalidCanvas,
        "notes: input should be a valid list",
    ),
    ("hidden as a number", canvas_with_notes(note(hidden=1)), InvalidCanvas, "notes[0].hidden"),
    ("vote budget of none", encode(envelope({"vote_budget": 0})), InvalidCanvas, "vote_budget"),
    (
        "a dot for a note that is not there",
        canvas_with_notes(note(votes=1), ballots=[{"voter": "Sam", "dots": ["gone"]}]),
        InvalidCanvas,
        "ballots[0].dots[0]: no note has the id 'gone'",
    ),
    (
        "more dots than votes",
        canvas_with_notes(note(votes=1), ballots=[{"voter": "Sam", "dots": ["n1", "n1"]}]),
        InvalidCanvas,
        "notes[0].votes: 1 is fewer than the 2 dots the ballots give it",
    ),
    (
        "two ballots of one voter",
        canvas_with_notes(note(), ballots=[{"voter": "Sam"}, {"voter": "Sam"}]),
        InvalidCanvas,
        "ballots[1].voter: duplicate voter 'Sam'",
    ),
    ("x as text", canvas_with_notes(note(x="0.5")), InvalidCanvas, "notes[0].x"),
    ("x as boolean", canvas_with_notes(note(x=True)), InvalidCanvas, "notes[0].x"),
    ("x above one", canvas_with_notes(note(x=1.5)), InvalidCanvas, "notes[0].x"),
    ("y below zero", canvas_with_notes(note(y=-0.25)), InvalidCanvas, "notes[0].y"),
    (
        "x overflows to infinity",
        canvas_with_notes(note(x=1)).replace(b'"x": 1', b'"x": 1e400'),
        InvalidCanvas,
        "notes[0].x: must be a finite number",
    ),
    (
        "huge text",
        canvas_with_notes(note(text="가" * 5000)),
        InvalidCanvas,
        "notes[0].text: text is too long (5000 characters; at most 2000)",
    ),
    ("huge title", encode(envelope({"title": "x" * 1_000_000})), InvalidCanvas, "title: text is too long"),
    (
        "too many tags",
        canvas_with_notes(note(tags=["t"] * 51)),
        InvalidCanvas,
        "notes[0].tags: too many items",
    ),
    (
        "bad colour",
        canvas_with_notes(note(color="red")),
        InvalidCanvas,
        "notes[0].color: 'red' is not a colour",
    ),
    ("bad id", canvas_with_notes(note("a b")), InvalidCanvas, "notes[0].id: 'a b' is not allowed here"),
    (
        "bad language",
        encode(envelope({"language": "Korean!"})),
        InvalidCanvas,
        "language: 'Korean!' is not a",
    ),
    (
        "duplicate ids",
        canvas_with_notes(note("a"), note("b"), note("a")),
        InvalidCanvas,
        "notes[2].id: duplicate note id 'a'",
    ),
    (
        "duplicate segment ids",
        encode(envelope({"segments": [{"id": "s", "name": "A", "color": "#FFFFFF"}] * 2})),
        InvalidCanvas,
        "segments[1].id: duplicate segment id 's'",
    ),
    (
        "duplicate ids in a snapshot",
        encode(envelope({"snapshots": [{"id": "s", "name": "v1", "notes": [note("a"), note("a")]}]})),
        InvalidCanvas,
        "snapshots[0].notes[1].id: duplicate note id 'a'",
    ),
    (
        "a block twice in the presentation order",
        encode(envelope({"presentation_order": ["channels", "channels"]})),
        InvalidCanvas,
        "presentation_order[1]: 'channels' is listed twice",
    ),
    (
        "dangling segment",
        canvas_with_notes(note(segment="ghost")),
        InvalidCanvas,
        "notes[0].segment: no segment has the id 'ghost'",
    ),
    (
        "unpaired surrogate",
        canvas_with_notes(note(text="x")).replace(b'"text": "x"', b'"text": "\\ud800"'),
        InvalidCanvas,
        "notes[0].text: text holds an invalid character",
    ),
    (
        "unknown block in presentation order",
        encode(envelope({"presentation_order": ["channel"]})),
        InvalidCanvas,
        "presentation_order[0]: 'channel' is not a block (did you mean 'channels'?)",
    ),
]


@pytest.mark.parametrize(("data", "error", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_damaged_files_give_a_typed_one_line_error(data: bytes, error: type[LoadError], message: str) -> None:
    with pytest.raises(error) as caught:
        parse_canvas(data)
    text = str(caught.value)
    assert message in text
    assert "\n" not in text and len(text) < 300


def test_several_problems_are_counted_after_the_first() -> None:
    data = canvas_with_notes(note(x=2.0, y=2.0, color="red"))
    with pytest.raises(InvalidCanvas, match=r"^notes\[0\]\.color: .* \(and 2 more problems\)$"):
        parse_canvas(data)


def test_an_unknown_key_from_the_file_is_shown_escaped_and_short() -> None:
    hostile = "\x1b[2J" + "k" * 10_000
    with pytest.raises(InvalidCanvas) as caught:
        parse_canvas(encode(envelope({hostile: 1})))
    text = str(caught.value)
    assert "\x1b" not in text and len(text) < 120
    assert text.endswith(": unknown key")


def test_a_hostile_generator_name_is_left_out_of_the_too_new_message() -> None:
    with pytest.raises(TooNew) as caught:
        parse_canvas(encode(envelope(format_version=CURRENT_VERSION + 1, generator="\x1b]0;pwned\x07 evil")))
    assert "\x1b" not in str(caught.value)
    assert f"format version {CURRENT_VERSION + 1}" in str(caught.value)


def test_the_envelope_is_checked_before_the_canvas() -> None:
    """A newer file is reported as newer even when its canvas would not validate today."""
    with pytest.raises(TooNew):
        parse_canvas(encode(envelope({"notes": [{"shape": "circle"}]}, format_version=CURRENT_VERSION + 1)))


# --- reading the file ----------------------------------------------------------------------------


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.bmc"
    with open(big, "wb") as f:  # sparse: no time spent writing 100 MB
        f.seek(100 * 1024 * 1024 - 1)
        f.write(b"}")
    with pytest.raises(FileTooLarge, match=r"too large \(100\.0 MB; the limit is 20 MB\)"):
        load_canvas(big)


def test_bytes_over_the_size_cap_are_refused() -> None:
    with pytest.raises(FileTooLarge):
        parse_canvas(b" " * (MAX_FILE_BYTES + 1))


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileUnreadable, match="no such file"):
        load_canvas(tmp_path / "nope.bmc")


def test_a_file_name_the_system_cannot_take(tmp_path: Path) -> None:
    with pytest.raises(FileUnreadable, match="not a valid file name"):
        load_canvas(f"{tmp_path}/a\0b.bmc")
    with pytest.raises(FileUnreadable, match="too long"):
        load_canvas(tmp_path / ("x" * 5000))


def test_a_folder(tmp_path: Path) -> None:
    with pytest.raises(FileUnreadable, match="is a folder"):
        load_canvas(tmp_path)


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.bmc"
    os.mkfifo(fifo)
    with pytest.raises(FileUnreadable, match="not a regular file"):
        load_canvas(fifo)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused(device: str) -> None:
    with pytest.raises(FileUnreadable, match="not a regular file"):
        load_canvas(device)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission(tmp_path: Path) -> None:
    path = tmp_path / "secret.bmc"
    path.write_bytes(VALID)
    path.chmod(0)
    with pytest.raises(FileUnreadable, match="permission denied"):
        load_canvas(path)


def test_load_errors_are_load_errors() -> None:
    for error in (FileTooLarge, FileUnreadable, NotJson, NotBmc, TooNew, InvalidCanvas):
        assert issubclass(error, LoadError)
