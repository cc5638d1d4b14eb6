"""The Canvas model's own rules: unique ids, segment references, immutable notes, limits."""

from __future__ import annotations

import dataclasses

import pytest

from canvas_editor.model import (
    DEFAULT_NOTE_COLOR,
    STICKY_COLORS,
    BlockId,
    Canvas,
    Note,
    Segment,
    Snapshot,
    new_id,
)
from canvas_editor.model.document import check_references
from canvas_editor.model.rules import MAX_NOTE_TEXT
from canvas_editor.model.validation import ValidationError, validate_canvas, validate_note


def _note(note_id: str, **kw: object) -> Note:
    return validate_note({"id": note_id, "block": "channels", **kw})


def _check(**parts: object) -> None:
    """The canvas rules, as both the model and the file validator apply them."""
    canvas = Canvas(**parts)  # type: ignore[arg-type]
    try:
        check_references(canvas)
    except ValueError as exc:
        # A file with the same parts fails with the same message.
        data = {"notes": [dataclasses.asdict(n) for n in canvas.notes],
                "segments": [dataclasses.asdict(s) for s in canvas.segments],
                "snapshots": [dataclasses.asdict(s) for s in canvas.snapshots],
                "presentation_order": [b.value for b in canvas.presentation_order]}
        with pytest.raises(ValidationError, match=str(exc).replace("[", r"\[")):
            validate_canvas(data)
        raise


def test_new_ids_are_unique_and_valid_note_ids() -> None:
    ids = {new_id() for _ in range(2000)}
    assert len(ids) == 2000
    for i in ids:
        _note(i)  # accepted by the id rule


def test_duplicate_note_ids_are_rejected_and_named() -> None:
    with pytest.raises(ValueError, match=r"notes\[2\]\.id: duplicate note id 'b'"):
        _check(notes=[_note("a"), _note("b"), _note("b")])


def test_duplicate_segment_ids_are_rejected_and_named() -> None:
    seg = Segment(id="s", name="Families", color="#FFFFFF")
    with pytest.raises(ValueError, match=r"segments\[1\]\.id: duplicate segment id 's'"):
        _check(segments=[seg, seg])


def test_a_note_may_only_name_an_existing_segment() -> None:
    seg = Segment(id="s1", name="Families", color="#FFFFFF")
    _check(segments=[seg], notes=[_note("a", segment="s1")])
    with pytest.raises(ValueError, match=r"notes\[0\]\.segment: no segment has the id 's2'"):
        _check(segments=[seg], notes=[_note("a", segment="s2")])


def test_ids_inside_each_snapshot_are_unique_too() -> None:
    snap = Snapshot(id="s1", name="first", notes=[_note("a"), _note("a")])
    with pytest.raises(ValueError, match=r"snapshots\[0\]\.notes\[1\]\.id: duplicate note id 'a'"):
        _check(snapshots=[snap])
    with pytest.raises(ValueError, match=r"snapshots\[1\]\.id: duplicate snapshot id 's1'"):
        _check(snapshots=[Snapshot(id="s1", name="a"), Snapshot(id="s1", name="b")])
    # A snapshot may share note ids with the live notes (that is how a note is followed).
    _check(notes=[_note("a")], snapshots=[Snapshot(id="s2", name="old", notes=[_note("a")])])


def test_a_snapshot_note_names_a_segment_of_its_snapshot_not_of_the_canvas() -> None:
    deleted = Segment(id="gone", name="Deleted since", color="#81D4FA")
    live = Segment(id="live", name="Live", color="#FFFFFF")
    kept = Snapshot(id="s", name="old", notes=[_note("a", segment="gone")], segments=[deleted])
    _check(notes=[_note("a")], segments=[live], snapshots=[kept])
    lost = Snapshot(id="s", name="old", notes=[_note("a", segment="live")])
    with pytest.raises(ValueError, match=r"snapshots\[0\]\.notes\[0\]\.segment: no segment has the id 'liv"):
        _check(segments=[live], snapshots=[lost])
    with pytest.raises(ValueError, match=r"snapshots\[0\]\.segments\[1\]\.id: duplicate segment id 'gone'"):
        _check(snapshots=[Snapshot(id="s", name="old", segments=[deleted, deleted])])


def test_each_block_appears_once_in_the_presentation_order() -> None:
    _check(presentation_order=[BlockId.CHANNELS, BlockId.KEY_PARTNERS])
    with pytest.raises(ValueError, match=r"presentation_order\[2\]: 'channels' is listed twice"):
        _check(presentation_order=[BlockId.CHANNELS, BlockId.KEY_PARTNERS, BlockId.CHANNELS])


def test_notes_are_immutable_values() -> None:
    note = _note("a", text="hello")
    with pytest.raises(dataclasses.FrozenInstanceError):
        note.text = "changed"  # type: ignore[misc]
    changed = dataclasses.replace(note, text="changed")
    assert note.text == "hello" and changed.text == "changed"


def test_defaults_of_a_new_note() -> None:
    note = _note("a")
    assert (note.text, note.description, note.segment, note.tags, note.votes, note.x, note.y) == (
        "",
        "",
        None,
        (),
        0,
        0.0,
        0.0,
    )
    assert note.color == DEFAULT_NOTE_COLOR


def test_eight_sticky_colours_all_valid_note_colours() -> None:
    assert len(STICKY_COLORS) == 8
    for color in STICKY_COLORS.values():
        assert _note("a", color=color).color == color


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("x", 1.5),
        ("y", -0.1),
        ("x", float("nan")),
        ("x", float("inf")),
        ("x", True),
        ("text", "a" * (MAX_NOTE_TEXT + 1)),
        ("color", "yellow"),
        ("color", "#FFF"),
        ("id", ""),
        ("id", "has space"),
        ("block", "value_proposition"),
        ("tags", [""]),
        ("unknown", 1),
    ],
)
def test_a_note_refuses_values_outside_the_format(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        validate_note({"id": "a", "block": "channels", field: value})


def test_lookups_on_a_canvas() -> None:
    seg = Segment(id="s1", name="Families", color="#FFFFFF")
    notes = [_note("a"), Note(id="b", block=BlockId.KEY_PARTNERS), _note("c", segment="s1")]
    canvas = Canvas(notes=notes, segments=[seg])
    assert canvas.note("b") is notes[1]
    with pytest.raises(KeyError):
        canvas.note("zzz")
    assert [n.id for n in canvas.notes_in(BlockId.CHANNELS)] == ["a", "c"]
    assert canvas.segment("s1") == seg
    assert canvas.segment("nope") is None
