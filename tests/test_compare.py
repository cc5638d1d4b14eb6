"""Comparing two states of a board (model/compare.py): each kind of change on crafted
pairs, its wording, and on random pairs, exactly the changes that were made."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.compare import (
    ChangeKind,
    SegmentRef,
    change_json,
    compare,
    describe,
)
from canvas_editor.model.document import Canvas, Note, Segment, Snapshot

COMMUTERS = Segment(id="commuters", name="Commuters", color="#81D4FA")
FAMILIES = Segment(id="families", name="Families", color="#F48FB1")


def _note(note_id: str, block: BlockId = BlockId.VALUE_PROPOSITIONS, **kw: object) -> Note:
    return Note(id=note_id, block=block, **kw)  # type: ignore[arg-type]


def _before() -> Canvas:
    return Canvas(
        notes=[
            _note("vp", text="Fresh bread", segment="commuters", color="#81D4FA", votes=1),
            _note("ch", BlockId.CHANNELS, text="Flyers", x=0.1, y=0.1),
        ],
        segments=[COMMUTERS, FAMILIES],
    )


def _edit(note_id: str, **changes: object) -> Callable[[Canvas], None]:
    def edit(canvas: Canvas) -> None:
        canvas.notes = [dataclasses.replace(n, **changes) if n.id == note_id else n for n in canvas.notes]  # type: ignore[arg-type]

    return edit


def _add(canvas: Canvas) -> None:
    canvas.notes.append(_note("new", BlockId.KEY_PARTNERS, text="Mills"))


def _remove(canvas: Canvas) -> None:
    canvas.notes = [n for n in canvas.notes if n.id != "ch"]


CASES = [
    (_add, ChangeKind.ADDED, 'added: Key Partners: "Mills"', None, None),
    (_remove, ChangeKind.REMOVED, 'removed: Channels: "Flyers"', None, None),
    (
        _edit("vp", block=BlockId.CUSTOMER_SEGMENTS),
        ChangeKind.MOVED,
        'moved: "Fresh bread": Value Propositions -> Customer Segments',
        "value_propositions",
        "customer_segments",
    ),
    (
        _edit("vp", text='Fresh "hot" bread\nat 7'),
        ChangeKind.TEXT,
        'text changed: Value Propositions: "Fresh bread" -> "Fresh \\"hot\\" bread\\nat 7"',
        "Fresh bread",
        'Fresh "hot" bread\nat 7',
    ),
    (
        _edit("ch", color="#ffb74d"),
        ChangeKind.COLOR,
        'recoloured: Channels: "Flyers": #FFF176 -> #FFB74D',
        "#FFF176",
        "#FFB74D",
    ),
    (
        _edit("vp", segment="families"),
        ChangeKind.SEGMENT,
        'segment changed: Value Propositions: "Fresh bread": "Commuters" -> "Families"',
        {"id": "commuters", "name": "Commuters"},
        {"id": "families", "name": "Families"},
    ),
    (
        _edit("vp", segment=None),
        ChangeKind.SEGMENT,
        'segment changed: Value Propositions: "Fresh bread": "Commuters" -> none',
        {"id": "commuters", "name": "Commuters"},
        None,
    ),
    (
        _edit("vp", votes=4),
        ChangeKind.VOTES,
        'votes changed: Value Propositions: "Fresh bread": 1 -> 4',
        1,
        4,
    ),
]


@pytest.mark.parametrize(("edit", "kind", "line", "old", "new"), CASES, ids=[c[1].value for c in CASES])
def test_each_kind_of_change_is_found_and_worded(
    edit: Callable[[Canvas], None], kind: ChangeKind, line: str, old: object, new: object
) -> None:
    before, after = _before(), _before()
    edit(after)
    changes = compare(before, after)
    assert [c.kind for c in changes] == [kind]
    assert describe(changes[0]) == line
    shape = change_json(changes[0])
    assert (shape["kind"], shape["before"], shape["after"]) == (kind.value, old, new)
    json.dumps(shape)  # plain JSON values only


@pytest.mark.parametrize(
    "edit",
    [
        _edit("ch", x=0.9, y=0.5),  # tidying inside the block
        _edit("ch", description="printed weekly", tags=("print",)),
        _edit("ch", color="#fff176"),  # the same colour in other letters
        lambda canvas: canvas.notes.reverse(),  # restacked
    ],
    ids=["moved inside its block", "description and tags", "colour case", "restacked"],
)
def test_what_the_comparison_leaves_out(edit: Callable[[Canvas], None]) -> None:
    after = _before()
    edit(after)
    assert compare(_before(), after) == []


def test_a_note_changed_in_several_ways_gives_one_change_of_each_kind_in_order() -> None:
    after = _before()
    _edit("vp", votes=0, block=BlockId.CHANNELS, text="Bread", segment=None, color="#FFFFFF")(after)
    assert [c.kind for c in compare(_before(), after)] == [
        ChangeKind.MOVED, ChangeKind.TEXT, ChangeKind.COLOR, ChangeKind.SEGMENT, ChangeKind.VOTES,
    ]  # fmt: skip


def test_changes_come_block_by_block_in_the_standard_order() -> None:
    before = Canvas(notes=[_note("r", BlockId.REVENUE_STREAMS), _note("gone", BlockId.KEY_PARTNERS)])
    after = Canvas(notes=[_note("r", BlockId.REVENUE_STREAMS, votes=1), _note("c", BlockId.CHANNELS)])
    changes = compare(before, after)
    assert [(c.block, c.kind) for c in changes] == [
        (BlockId.KEY_PARTNERS, ChangeKind.REMOVED),
        (BlockId.CHANNELS, ChangeKind.ADDED),
        (BlockId.REVENUE_STREAMS, ChangeKind.VOTES),
    ]


def test_a_snapshot_compares_with_its_own_segments_names() -> None:
    """A segment renamed since the snapshot is named as each side knew it."""
    snapshot = Snapshot(
        id="s",
        name="morning",
        notes=[_note("vp", segment="commuters")],
        segments=[dataclasses.replace(COMMUTERS, name="Early birds")],
    )
    now = Canvas(notes=[_note("vp", segment="families")], segments=[COMMUTERS, FAMILIES])
    (change,) = compare(snapshot, now)
    assert change.old == SegmentRef("commuters", "Early birds")
    assert change.new == SegmentRef("families", "Families")


# ----- random pairs ----------------------------------------------------------------------------

BLOCKS = list(BlockId)
EDITS = ("block", "text", "color", "segment", "votes", "x")


@st.composite
def edited_pairs(draw: st.DrawFn) -> tuple[Canvas, Canvas, set[tuple[str, ChangeKind]]]:
    """A canvas, the same canvas edited at random, and the changes the edits made."""
    count = draw(st.integers(0, 12))
    before = [
        _note(
            f"n{i}",
            draw(st.sampled_from(BLOCKS)),
            text=draw(st.text(max_size=5)),
            color=draw(st.sampled_from(["#FFF176", "#81D4FA"])),
            segment=draw(st.sampled_from([None, "commuters"])),
            votes=draw(st.integers(0, 3)),
        )
        for i in range(count)
    ]
    expected: set[tuple[str, ChangeKind]] = set()
    after: list[Note] = []
    for note in before:
        if draw(st.booleans()) and draw(st.booleans()):
            expected.add((note.id, ChangeKind.REMOVED))
            continue
        for edit in draw(st.sets(st.sampled_from(EDITS))):
            if edit == "block":
                note = dataclasses.replace(note, block=BLOCKS[(BLOCKS.index(note.block) + 1) % len(BLOCKS)])
                expected.add((note.id, ChangeKind.MOVED))
            elif edit == "text":
                note = dataclasses.replace(note, text=note.text + "!")
                expected.add((note.id, ChangeKind.TEXT))
            elif edit == "color":
                note = dataclasses.replace(note, color="#A5D6A7")
                expected.add((note.id, ChangeKind.COLOR))
            elif edit == "segment":
                note = dataclasses.replace(note, segment="families" if note.segment else "commuters")
                expected.add((note.id, ChangeKind.SEGMENT))
            elif edit == "votes":
                note = dataclasses.replace(note, votes=note.votes + 1)
                expected.add((note.id, ChangeKind.VOTES))
            else:
                note = dataclasses.replace(note, x=0.5)  # inside its block: no change
        after.append(note)
    added = draw(st.integers(0, 3))
    for i in range(added):
        after.insert(draw(st.integers(0, len(after))), _note(f"new{i}", draw(st.sampled_from(BLOCKS))))
        expected.add((f"new{i}", ChangeKind.ADDED))
    segments = [COMMUTERS, FAMILIES]
    return Canvas(notes=before, segments=segments), Canvas(notes=after, segments=segments), expected


@settings(max_examples=150, deadline=None)
@given(edited_pairs())
def test_random_edits_are_found_exactly(pair: tuple[Canvas, Canvas, set[tuple[str, ChangeKind]]]) -> None:
    before, after, expected = pair
    changes = compare(before, after)
    assert {(c.note_id, c.kind) for c in changes} == expected
    assert len(changes) == len(expected)  # one change per note and kind
    order = [BLOCKS.index(c.block) for c in changes]
    assert order == sorted(order)
    assert compare(after, after) == []


@settings(max_examples=100, deadline=None)
@given(edited_pairs())
def test_comparing_backwards_swaps_added_and_removed_and_the_values(
    pair: tuple[Canvas, Canvas, set[tuple[str, ChangeKind]]],
) -> None:
    before, after, _ = pair
    swap = {ChangeKind.ADDED: ChangeKind.REMOVED, ChangeKind.REMOVED: ChangeKind.ADDED}
    forwards = {(c.note_id, swap.get(c.kind, c.kind), c.new, c.old) for c in compare(before, after)}
    backwards = {(c.note_id, c.kind, c.old, c.new) for c in compare(after, before)}
    assert forwards == backwards


def test_a_face_down_note_is_named_by_its_author_never_by_its_words() -> None:
    secret = Note(id="s", block=BlockId.CHANNELS, text="Zebracorn", hidden=True, author="Mina")
    added = compare(Canvas(), Canvas(notes=[secret]))
    assert [describe(c) for c in added] == ['added: Channels: "Face-down note by Mina"']
    assert change_json(added[0])["text"] == "Face-down note by Mina"
    rewritten = dataclasses.replace(secret, text="Quokka")
    assert compare(Canvas(notes=[secret]), Canvas(notes=[rewritten])) == []
    revealed = compare(Canvas(notes=[secret]), Canvas(notes=[dataclasses.replace(secret, hidden=False)]))
    assert [describe(c) for c in revealed] == [
        'text changed: Channels: "Face-down note by Mina" -> "Zebracorn"'
    ]
