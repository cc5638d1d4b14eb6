"""The presentation order and a presentation's steps (model/presentation.py): no Qt."""

from __future__ import annotations

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.model.presentation import (
    Presentation,
    block_order,
    moved_block,
    presentation_sequence,
    progress_text,
    with_block_next,
)

B = BlockId
# The order a Business Model Canvas is usually told in, written out here rather than
# read from the module under test.
TOLD = [
    B.CUSTOMER_SEGMENTS,
    B.VALUE_PROPOSITIONS,
    B.CHANNELS,
    B.CUSTOMER_RELATIONSHIPS,
    B.REVENUE_STREAMS,
    B.KEY_RESOURCES,
    B.KEY_ACTIVITIES,
    B.KEY_PARTNERS,
    B.COST_STRUCTURE,
]


def note(note_id: str, block: BlockId, x: float = 0.1, y: float = 0.1) -> Note:
    return Note(id=note_id, block=block, x=x, y=y)


def ids(notes: list[Note]) -> list[str]:
    return [n.id for n in notes]


def test_without_a_stored_order_blocks_come_as_a_canvas_is_told() -> None:
    assert block_order([]) == TOLD


def test_a_stored_order_comes_first_and_the_blocks_it_leaves_out_follow_in_the_told_order() -> None:
    assert block_order([B.COST_STRUCTURE, B.KEY_PARTNERS]) == [
        B.COST_STRUCTURE,
        B.KEY_PARTNERS,
        B.CUSTOMER_SEGMENTS,
        B.VALUE_PROPOSITIONS,
        B.CHANNELS,
        B.CUSTOMER_RELATIONSHIPS,
        B.REVENUE_STREAMS,
        B.KEY_RESOURCES,
        B.KEY_ACTIVITIES,
    ]


def test_notes_follow_the_block_order_whatever_their_order_in_the_file() -> None:
    canvas = Canvas(
        notes=[
            note("partner", B.KEY_PARTNERS),
            note("cost", B.COST_STRUCTURE),
            note("segment", B.CUSTOMER_SEGMENTS),
        ]
    )
    assert ids(presentation_sequence(canvas)) == ["segment", "partner", "cost"]
    canvas.presentation_order = [B.COST_STRUCTURE]
    assert ids(presentation_sequence(canvas)) == ["cost", "segment", "partner"]


def test_within_a_block_notes_come_top_to_bottom_then_left_to_right() -> None:
    canvas = Canvas(
        notes=[
            note("bottom", B.CHANNELS, x=0.1, y=0.7),
            # A row put up by hand: the right one sits a little higher than the left one.
            note("row-right", B.CHANNELS, x=0.6, y=0.29),
            note("row-left", B.CHANNELS, x=0.1, y=0.31),
            note("top", B.CHANNELS, x=0.5, y=0.0),
        ]
    )
    assert ids(presentation_sequence(canvas)) == ["top", "row-left", "row-right", "bottom"]


def test_notes_a_row_apart_are_not_taken_for_one_row() -> None:
    canvas = Canvas(
        notes=[note("lower-left", B.CHANNELS, x=0.0, y=0.5), note("upper-right", B.CHANNELS, x=0.7, y=0.0)]
    )
    assert ids(presentation_sequence(canvas)) == ["upper-right", "lower-left"]


def test_steps_reveal_one_note_at_a_time_and_back() -> None:
    canvas = Canvas(
        notes=[note("b", B.VALUE_PROPOSITIONS), note("a", B.CUSTOMER_SEGMENTS), note("c", B.CHANNELS)]
    )
    p = Presentation(canvas)
    assert (p.shown, p.total, p.revealed(), p.current_block(), p.next_block()) == (
        0,
        3,
        set(),
        None,
        B.CUSTOMER_SEGMENTS,
    )
    assert p.next() and p.revealed() == {"a"} and p.current_block() == B.CUSTOMER_SEGMENTS
    assert p.next() and p.revealed() == {"a", "b"} and p.current_block() == B.VALUE_PROPOSITIONS
    assert p.back() and p.revealed() == {"a"}
    p.to_end()
    assert p.revealed() == {"a", "b", "c"} and p.next_block() is None
    assert not p.next() and p.shown == 3
    p.to_start()
    assert p.revealed() == set() and not p.back()


def test_a_presentation_never_changes_the_canvas() -> None:
    canvas = Canvas(notes=[note("a", B.CHANNELS, x=0.3, y=0.4)], presentation_order=[B.CHANNELS])
    before = (list(canvas.notes), list(canvas.presentation_order))
    p = Presentation(canvas)
    p.next()
    p.to_end()
    p.back()
    assert (canvas.notes, canvas.presentation_order) == before


def test_following_an_edited_canvas_keeps_what_was_shown_and_takes_the_new_order_for_the_rest() -> None:
    canvas = Canvas(
        notes=[
            note("seg", B.CUSTOMER_SEGMENTS),
            note("val", B.VALUE_PROPOSITIONS),
            note("cost", B.COST_STRUCTURE),
        ]
    )
    p = Presentation(canvas)
    p.next()  # seg
    canvas.presentation_order = [B.COST_STRUCTURE, B.VALUE_PROPOSITIONS, B.CUSTOMER_SEGMENTS]
    canvas.notes.append(note("new", B.COST_STRUCTURE, y=0.8))
    canvas.notes.remove(canvas.note("val"))
    p.follow(canvas)
    assert p.revealed() == {"seg"} and p.shown == 1
    assert p.sequence() == ["seg", "cost", "new"]


def test_moving_a_block_keeps_every_other_in_its_place() -> None:
    assert moved_block([], B.COST_STRUCTURE, 1) == [
        B.CUSTOMER_SEGMENTS,
        B.COST_STRUCTURE,
        B.VALUE_PROPOSITIONS,
        B.CHANNELS,
        B.CUSTOMER_RELATIONSHIPS,
        B.REVENUE_STREAMS,
        B.KEY_RESOURCES,
        B.KEY_ACTIVITIES,
        B.KEY_PARTNERS,
    ]
    assert moved_block([], B.CUSTOMER_SEGMENTS, -3)[0] == B.CUSTOMER_SEGMENTS
    assert moved_block([], B.CUSTOMER_SEGMENTS, 99)[-1] == B.CUSTOMER_SEGMENTS


def test_reveal_next_puts_the_block_right_after_the_one_presented_or_first() -> None:
    after_channels = with_block_next([], B.KEY_PARTNERS, B.CHANNELS)
    assert after_channels[:4] == [B.CUSTOMER_SEGMENTS, B.VALUE_PROPOSITIONS, B.CHANNELS, B.KEY_PARTNERS]
    assert len(after_channels) == 9 and set(after_channels) == set(BlockId)
    assert with_block_next([], B.KEY_PARTNERS, None)[0] == B.KEY_PARTNERS
    assert with_block_next([], B.CHANNELS, B.CHANNELS) == TOLD


def test_the_progress_mark_names_the_block_in_the_canvas_language() -> None:
    assert progress_text("en", B.VALUE_PROPOSITIONS, 3, 12) == "Value Propositions · 3 of 12"
    assert progress_text("ko-KR", B.VALUE_PROPOSITIONS, 3, 12) == "가치 제안 · 12개 중 3"
    assert progress_text("en", None, 0, 0) == "0 of 0"
