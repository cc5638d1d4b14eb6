"""Undo and redo of every command, and which steps merge.

Each test edits through the controller, then walks the undo stack back and forth and
checks the canvas is exactly what it was at every step (compared as saved bytes).
"""

from __future__ import annotations

from collections.abc import Callable

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.storage import canvas_to_bytes


def _controller(count: int = 3) -> DocumentController:
    notes = [
        Note(id=f"n{i}", block=BlockId.KEY_ACTIVITIES, text=f"note {i}", x=0.1 * i, y=0.2)
        for i in range(count)
    ]
    seg = Segment(id="seg", name="Readers", color="#CE93D8")
    return DocumentController(Canvas(notes=notes, segments=[seg], title="Start"))


def _assert_undo_redo(c: DocumentController, edit: Callable[[], object], steps: int = 1) -> None:
    """`edit` adds exactly `steps` undo steps; undo restores, redo reapplies, byte for byte."""
    before = canvas_to_bytes(c.canvas)
    index = c.undo_stack.index()
    edit()
    after = canvas_to_bytes(c.canvas)
    assert after != before
    assert c.undo_stack.index() == index + steps
    for _ in range(steps):
        c.undo_stack.undo()
    assert canvas_to_bytes(c.canvas) == before
    for _ in range(steps):
        c.undo_stack.redo()
    assert canvas_to_bytes(c.canvas) == after
    for _ in range(steps):
        c.undo_stack.undo()
    assert canvas_to_bytes(c.canvas) == before


def test_undo_redo_add_note() -> None:
    c = _controller()
    _assert_undo_redo(c, lambda: c.add_note(BlockId.CHANNELS, text="Web shop"))


def test_redo_of_an_added_note_keeps_its_id() -> None:
    c = _controller()
    note_id = c.add_note(BlockId.CHANNELS, text="Web shop")
    c.undo_stack.undo()
    assert not c.has_note(note_id)
    c.undo_stack.redo()
    assert c.note(note_id).text == "Web shop"


def test_undo_redo_add_notes() -> None:
    c = _controller()
    notes = [Note(id=f"p{i}", block=BlockId.CHANNELS, text=f"pasted {i}") for i in range(5)]
    _assert_undo_redo(c, lambda: c.add_notes(notes, label="Paste"))
    assert c.undo_stack.redoText() == "Paste"


def test_undo_of_delete_puts_notes_back_in_their_stacking_order() -> None:
    c = _controller(5)
    _assert_undo_redo(c, lambda: c.remove_notes(["n1", "n3"]))
    assert [n.id for n in c.canvas.notes] == ["n0", "n1", "n2", "n3", "n4"]


def test_undo_redo_text_description_colour_segment_front_header_segment() -> None:
    c = _controller()
    _assert_undo_redo(c, lambda: c.set_note_text("n0", "변경된 메모"))
    _assert_undo_redo(c, lambda: c.set_note_description("n0", "details"))
    _assert_undo_redo(c, lambda: c.set_notes_color(["n0", "n2"], "#F48FB1"))
    _assert_undo_redo(c, lambda: c.set_notes_segment(["n1"], "seg"))
    _assert_undo_redo(c, lambda: c.bring_to_front(["n0"]))
    _assert_undo_redo(c, lambda: c.set_header(title="Amazon", date="2026-11-28"))
    _assert_undo_redo(c, lambda: c.add_segment("Sellers", "#FFB74D"))


def test_undo_redo_move_across_blocks() -> None:
    c = _controller()
    _assert_undo_redo(
        c,
        lambda: c.move_notes(
            {"n0": (BlockId.REVENUE_STREAMS, 0.5, 0.5), "n1": (BlockId.KEY_ACTIVITIES, 0.9, 0.9)}
        ),
    )


def test_typing_into_one_note_merges() -> None:
    c = _controller()
    _assert_undo_redo(
        c,
        lambda: [c.set_note_text("n0", t) for t in ("a", "ab", "abc")],
    )
    c.set_note_text("n0", "x")
    c.set_note_text("n1", "y")
    assert c.undo_stack.count() == 2  # another note: another step


def test_editing_sessions_do_not_merge_with_each_other() -> None:
    c = _controller()
    first, second = c.new_text_session(), c.new_text_session()
    c.set_note_text("n0", "a", session=first)
    c.set_note_text("n0", "ab", session=first)
    c.set_note_text("n0", "abc", session=second)
    assert c.undo_stack.count() == 2
    c.undo_stack.undo()
    assert c.note("n0").text == "ab"


def test_typing_back_to_the_original_text_leaves_no_step() -> None:
    c = _controller()
    s = c.new_text_session()
    c.set_note_text("n0", "note 0!", session=s)
    c.set_note_text("n0", "note 0", session=s)
    assert c.undo_stack.count() == 0
    assert not c.is_modified()


def test_no_merge_across_a_save() -> None:
    c = _controller()
    c.set_note_text("n0", "a")
    c.mark_saved()
    c.set_note_text("n0", "ab")
    assert c.undo_stack.count() == 2
    c.undo_stack.undo()
    assert not c.is_modified()


def test_a_new_note_and_its_typing_are_one_step() -> None:
    c = _controller()
    s = c.new_text_session()

    def create_and_type() -> None:
        note_id = c.add_note(BlockId.CHANNELS, draft_session=s)
        for text in ("가", "가나", "가나다"):
            c.set_note_text(note_id, text, session=s)

    _assert_undo_redo(c, create_and_type)
    assert c.undo_stack.redoText() == "Add note"
    c.undo_stack.redo()
    assert [n.text for n in c.canvas.notes][-1] == "가나다"


def test_a_new_note_removed_in_its_session_leaves_no_trace() -> None:
    c = _controller()
    s = c.new_text_session()
    note_id = c.add_note(BlockId.CHANNELS, draft_session=s)
    c.set_note_text(note_id, "oops", session=s)
    c.set_note_text(note_id, "", session=s)
    c.remove_notes([note_id], draft_session=s)
    assert not c.has_note(note_id)
    assert c.undo_stack.count() == 0
    assert not c.is_modified()


def test_a_removal_outside_the_session_is_a_real_step() -> None:
    c = _controller()
    s = c.new_text_session()
    note_id = c.add_note(BlockId.CHANNELS, draft_session=s)
    c.set_note_text(note_id, "kept", session=s)
    c.remove_notes([note_id])
    assert c.undo_stack.count() == 2
    c.undo_stack.undo()
    assert c.note(note_id).text == "kept"


def test_nudges_with_one_key_merge_and_undo_in_one_step() -> None:
    c = _controller()
    start = c.note("n0")

    def nudge_three_times() -> None:
        for i in range(1, 4):
            c.move_notes({"n0": (start.block, start.x + 0.01 * i, start.y)}, merge_key="nudge")

    _assert_undo_redo(c, nudge_three_times)


def test_nudges_of_other_notes_or_without_key_do_not_merge() -> None:
    c = _controller()
    c.move_notes({"n0": (BlockId.KEY_ACTIVITIES, 0.5, 0.5)}, merge_key="nudge")
    c.move_notes({"n1": (BlockId.KEY_ACTIVITIES, 0.5, 0.6)}, merge_key="nudge")
    c.move_notes({"n1": (BlockId.KEY_ACTIVITIES, 0.5, 0.7)})
    c.move_notes({"n1": (BlockId.KEY_ACTIVITIES, 0.5, 0.8)})
    assert c.undo_stack.count() == 4


def test_nudging_back_to_the_start_leaves_no_step() -> None:
    c = _controller()
    n = c.note("n1")
    c.move_notes({"n1": (n.block, n.x + 0.01, n.y)}, merge_key="nudge")
    c.move_notes({"n1": (n.block, n.x, n.y)}, merge_key="nudge")
    assert c.undo_stack.count() == 0


def _segmented_controller() -> DocumentController:
    c = _controller(4)
    other = Segment(id="other", name="Writers", color="#81D4FA")
    c.canvas.segments.append(other)
    c.set_notes_segment(["n0", "n1"], "seg")
    c.set_notes_segment(["n2"], "other")
    c.undo_stack.clear()
    return c


def test_undo_redo_rename_recolour_move_and_delete_a_segment() -> None:
    c = _segmented_controller()
    _assert_undo_redo(c, lambda: c.rename_segment("seg", "  Book readers "))
    _assert_undo_redo(c, lambda: c.recolor_segment("seg", "#a5d6a7"))
    _assert_undo_redo(c, lambda: c.move_segment("other", 0))
    _assert_undo_redo(c, lambda: c.delete_segment("seg"))


def test_a_recoloured_segment_takes_its_notes_along() -> None:
    c = _segmented_controller()
    c.recolor_segment("seg", "#a5d6a7")
    assert c.canvas.segment("seg") == Segment(id="seg", name="Readers", color="#A5D6A7")
    assert [n.color for n in c.canvas.notes] == ["#A5D6A7", "#A5D6A7", "#81D4FA", "#FFF176"]
    assert c.undo_stack.count() == 1


def test_a_deleted_segment_leaves_its_notes_with_their_text_and_colour() -> None:
    c = _segmented_controller()
    before = list(c.canvas.notes)
    c.delete_segment("seg")
    assert [s.id for s in c.canvas.segments] == ["other"]
    assert [(n.text, n.color, n.segment) for n in c.canvas.notes] == [
        (n.text, n.color, None if n.segment == "seg" else n.segment) for n in before
    ]


def test_segment_edits_that_change_nothing_add_no_step() -> None:
    c = _segmented_controller()
    c.rename_segment("seg", "Readers ")
    c.recolor_segment("seg", "#ce93d8")
    c.move_segment("seg", 0)
    c.move_segment("other", 99)
    assert c.undo_stack.count() == 0


def test_bad_segment_edits_say_why_in_one_line() -> None:
    import pytest

    c = _segmented_controller()
    for edit, words in (
        (lambda: c.rename_segment("seg", "   "), "a segment needs a name"),
        (lambda: c.recolor_segment("seg", "blue"), "color"),
        (lambda: c.delete_segment("gone"), "no segment has the id 'gone'"),
    ):
        with pytest.raises(ValueError, match=words) as caught:
            edit()
        assert "\n" not in str(caught.value).strip()
