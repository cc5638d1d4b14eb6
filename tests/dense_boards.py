"""Dense boards for the tests of how the board paints (skipping hidden notes, caching).

`grab` paints the board as on screen.
"""

from __future__ import annotations

import random

from PySide6.QtGui import QImage

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import STICKY_COLORS
from canvas_editor.model.document import Canvas, Note
from canvas_editor.scene import BoardView

WORDS = ["Warehouses", "배송", "Prime members", "고객", "Marketplace sellers", "클라우드", "Low prices"]


def dense_canvas(count: int = 360, seed: int = 11) -> Canvas:
    """Notes heaped on three blocks, as on a board after a long workshop."""
    rng = random.Random(seed)
    blocks = [BlockId.KEY_PARTNERS, BlockId.VALUE_PROPOSITIONS, BlockId.CUSTOMER_SEGMENTS]
    colors = list(STICKY_COLORS.values())
    notes = [
        Note(
            id=f"n{i:04d}",
            block=rng.choice(blocks),
            text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5))),
            color=rng.choice(colors),
            x=rng.uniform(0.0, 0.75),
            y=rng.uniform(0.0, 0.8),
        )
        for i in range(count)
    ]
    return Canvas(title="Dense", notes=notes)


def grab(view: BoardView) -> QImage:
    return view.viewport().grab().toImage()


def grab_without_skipping(view: BoardView) -> QImage:
    """The board as it would look with every note painted, hidden ones too."""
    occlusion = view.board_scene.occlusion
    occlusion.enabled = False
    try:
        return grab(view)
    finally:
        occlusion.enabled = True


def assert_same_as_painting_everything(view: BoardView) -> None:
    """Skipping the notes hidden under others changes not one pixel."""
    assert grab(view) == grab_without_skipping(view)
