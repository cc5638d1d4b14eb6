"""DocumentController.set_presentation_order: one undo step, checked like a file's order."""

from __future__ import annotations

import re

import pytest

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas
from canvas_editor.storage import canvas_to_bytes, parse_canvas

B = BlockId


def test_an_order_is_one_step_signalled_undone_and_saved() -> None:
    controller = DocumentController(Canvas())
    heard: list[None] = []
    controller.presentation_order_changed.connect(lambda: heard.append(None))
    controller.set_presentation_order([B.COST_STRUCTURE, B.KEY_PARTNERS])
    assert controller.canvas.presentation_order == [B.COST_STRUCTURE, B.KEY_PARTNERS]
    assert controller.undo_stack.count() == 1 and len(heard) == 1
    assert parse_canvas(canvas_to_bytes(controller.canvas)).presentation_order == [
        B.COST_STRUCTURE,
        B.KEY_PARTNERS,
    ]
    controller.undo_stack.undo()
    assert controller.canvas.presentation_order == [] and len(heard) == 2
    controller.undo_stack.redo()
    assert controller.canvas.presentation_order == [B.COST_STRUCTURE, B.KEY_PARTNERS]


def test_the_same_order_written_another_way_is_no_step() -> None:
    """Blocks left out follow in the standard order, so these name the order there is."""
    controller = DocumentController(Canvas())
    controller.set_presentation_order([B.CUSTOMER_SEGMENTS, B.VALUE_PROPOSITIONS])
    assert controller.undo_stack.count() == 0 and controller.canvas.presentation_order == []


@pytest.mark.parametrize(
    ("order", "message"),
    [
        ([B.CHANNELS, B.CHANNELS], "presentation_order[1]: 'channels' is listed twice"),
        (["channel"], "'channel' is not a block (did you mean 'channels'?)"),
    ],
)
def test_an_order_a_file_could_not_hold_is_refused(order: list[str], message: str) -> None:
    controller = DocumentController(Canvas())
    with pytest.raises(ValueError, match=re.escape(message)):
        controller.set_presentation_order(order)  # type: ignore[arg-type]
    assert controller.undo_stack.count() == 0
