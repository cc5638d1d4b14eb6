"""DocumentController: edits change the live canvas, emit signals, and save validly.

No widgets: a controller and its QUndoStack only.
"""

from __future__ import annotations

import pytest

from canvas_editor.controller import DocumentController
from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR, STICKY_COLORS
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.model.rules import MAX_NOTE_TEXT
from canvas_editor.storage import canvas_to_bytes, parse_canvas


class SignalLog:
    """Records (signal name, argument) for every controller signal."""

    NAMES = (
        "note_added",
        "note_removed",
        "note_changed",
        "note_moved",
        "notes_reordered",
        "header_changed",
        "segments_changed",
        "canvas_reset",
    )

    def __init__(self, controller: DocumentController) -> None:
        self.events: list[tuple[str, str | None]] = []
        for name in self.NAMES:
            getattr(controller, name).connect(
                lambda *args, n=name: self.events.append((n, *args) if args else (n, None))
            )

    def names(self) -> list[str]:
        return [e[0] for e in self.events]


def _canvas_with_notes(count: int, block: BlockId = BlockId.CHANNELS) -> Canvas:
    return Canvas(
        notes=[Note(id=f"n{i}", block=block, text=f"note {i}", x=0.1 * i, y=0.1) for i in range(count)]
    )


def _reloaded(controller: DocumentController) -> Canvas:
    """What a save then reopen gives back (full validation of every edited note)."""
    return parse_canvas(canvas_to_bytes(controller.canvas))


def test_add_note_places_it_in_a_free_spot_and_signals() -> None:
    c = DocumentController()
    log = SignalLog(c)
    first = c.add_note(BlockId.KEY_PARTNERS, text="Suppliers")
    second = c.add_note(BlockId.KEY_PARTNERS, text="Banks")
    assert [n.id for n in c.canvas.notes] == [first, second]
    a, b = c.note(first), c.note(second)
    ra, rb = layout.note_rect(a.block, a.x, a.y), layout.note_rect(b.block, b.x, b.y)
    assert not (ra.x < rb.right and rb.x < ra.right and ra.y < rb.bottom and rb.y < ra.bottom)
    assert log.events == [("note_added", first), ("note_added", second)]
    assert a.color == DEFAULT_NOTE_COLOR
    assert c.is_modified()
    assert _reloaded(c) == c.canvas


def test_add_note_at_a_position_clamps_and_validates_colour() -> None:
    c = DocumentController()
    note_id = c.add_note(BlockId.COST_STRUCTURE, x=1.7, y=-0.5, color="#a5d6a7")
    note = c.note(note_id)
    assert (note.x, note.y) == (1.0, 0.0)
    assert note.color == "#A5D6A7"
    with pytest.raises(ValueError):
        c.add_note(BlockId.COST_STRUCTURE, color="red")
    assert len(c.canvas.notes) == 1


def test_text_is_cut_at_the_file_format_limit() -> None:
    c = DocumentController()
    note_id = c.add_note(BlockId.CHANNELS, text="x" * (MAX_NOTE_TEXT + 50))
    assert len(c.note(note_id).text) == MAX_NOTE_TEXT
    c.set_note_text(note_id, "가" * (MAX_NOTE_TEXT + 1))
    assert c.note(note_id).text == "가" * MAX_NOTE_TEXT
    assert _reloaded(c) == c.canvas


def test_add_notes_gives_fresh_ids_and_drops_unknown_segments() -> None:
    c = DocumentController(_canvas_with_notes(2))
    pasted = [
        Note(id="n0", block=BlockId.CHANNELS, text="copy of n0"),
        Note(id="elsewhere", block=BlockId.KEY_RESOURCES, text="from another canvas", segment="nope"),
    ]
    ids = c.add_notes(pasted)
    assert ids[0] != "n0" and ids[1] == "elsewhere"
    assert c.note(ids[0]).text == "copy of n0"
    assert c.note(ids[1]).segment is None
    assert c.undo_stack.count() == 1
    assert _reloaded(c) == c.canvas


def test_remove_notes_signals_each_and_ignores_unknown_ids() -> None:
    c = DocumentController(_canvas_with_notes(4))
    log = SignalLog(c)
    c.remove_notes(["n1", "n3", "missing"])
    assert [n.id for n in c.canvas.notes] == ["n0", "n2"]
    assert log.events == [("note_removed", "n1"), ("note_removed", "n3")]
    c.remove_notes(["missing"])
    assert c.undo_stack.count() == 1


def test_changes_and_moves_emit_their_own_signals() -> None:
    c = DocumentController(_canvas_with_notes(2))
    log = SignalLog(c)
    c.set_note_text("n0", "new text")
    c.set_notes_color(["n0", "n1"], STICKY_COLORS["pink"])
    c.move_notes({"n1": (BlockId.KEY_ACTIVITIES, 0.2, 0.3)})
    c.set_note_description("n1", "why it matters")
    assert log.events == [
        ("note_changed", "n0"),
        ("note_changed", "n0"),
        ("note_changed", "n1"),
        ("note_moved", "n1"),
        ("note_changed", "n1"),
    ]
    n1 = c.note("n1")
    assert (n1.block, n1.x, n1.y) == (BlockId.KEY_ACTIVITIES, 0.2, 0.3)
    assert n1.description == "why it matters"
    assert _reloaded(c) == c.canvas


def test_edits_that_change_nothing_push_nothing() -> None:
    c = DocumentController(_canvas_with_notes(2))
    c.set_note_text("n0", "note 0")
    c.set_notes_color(["n0"], DEFAULT_NOTE_COLOR)
    c.move_notes({"n0": (BlockId.CHANNELS, 0.0, 0.1)})
    c.bring_to_front(["n1"])
    c.set_header(title="")
    assert c.undo_stack.count() == 0
    assert not c.is_modified()


def test_segment_assignment_takes_the_segment_colour() -> None:
    seg = Segment(id="web", name="Web shoppers", color="#81D4FA")
    c = DocumentController(Canvas(segments=[seg], notes=_canvas_with_notes(2).notes))
    c.set_notes_segment(["n0", "n1"], "web")
    assert all(n.segment == "web" and n.color == "#81D4FA" for n in c.canvas.notes)
    c.set_notes_segment(["n0"], None)
    assert c.note("n0").segment is None and c.note("n0").color == "#81D4FA"
    with pytest.raises(ValueError):
        c.set_notes_segment(["n0"], "unknown")
    assert _reloaded(c) == c.canvas


def test_new_segment() -> None:
    c = DocumentController(_canvas_with_notes(1))
    log = SignalLog(c)
    seg_id = c.add_segment("  Sellers  ", "#ffb74d")
    assert c.canvas.segment(seg_id) == Segment(id=seg_id, name="Sellers", color="#FFB74D")
    assert log.names() == ["segments_changed"]
    with pytest.raises(ValueError):
        c.add_segment("   ", "#FFB74D")
    c.set_notes_segment(["n0"], seg_id)
    assert _reloaded(c) == c.canvas


def test_bring_to_front_restacks() -> None:
    c = DocumentController(_canvas_with_notes(4))
    log = SignalLog(c)
    c.bring_to_front(["n2", "n0"])
    assert [n.id for n in c.canvas.notes] == ["n1", "n3", "n0", "n2"]
    assert log.names() == ["notes_reordered"]
    assert c.note_position("n2") == 3


def test_header_fields_are_one_step_and_checked() -> None:
    c = DocumentController()
    log = SignalLog(c)
    c.set_header(title="아마존", designed_for="Amazon", iteration="2", language="ko")
    assert (c.canvas.title, c.canvas.designed_for, c.canvas.iteration, c.canvas.language) == (
        "아마존",
        "Amazon",
        "2",
        "ko",
    )
    assert c.undo_stack.count() == 1
    assert log.names() == ["header_changed"]
    with pytest.raises(ValueError):
        c.set_header(colour="red")
    with pytest.raises(ValueError):
        c.set_header(language="not a tag")
    c.set_header(designed_by="d" * 500)
    assert len(c.canvas.designed_by) == 200
    assert _reloaded(c) == c.canvas


def test_modified_follows_the_undo_stack() -> None:
    c = DocumentController()
    assert not c.is_modified()
    c.add_note(BlockId.CHANNELS, text="a")
    assert c.is_modified()
    c.mark_saved()
    assert not c.is_modified()
    c.undo_stack.undo()
    assert c.is_modified()
    c.undo_stack.redo()
    assert not c.is_modified()


def test_set_canvas_replaces_the_document_and_forgets_history() -> None:
    c = DocumentController()
    c.add_note(BlockId.CHANNELS, text="old")
    log = SignalLog(c)
    replacement = _canvas_with_notes(3)
    c.set_canvas(replacement)
    assert c.canvas is replacement
    assert c.note("n2").text == "note 2"
    assert c.undo_stack.count() == 0 and not c.is_modified()
    assert log.names() == ["canvas_reset"]
