"""Which notes lie wholly under others, so that painting can skip them.

A dense board stacks its notes: with 2,000 on it, most lie entirely under notes above
them, and drawing their text is most of a repaint's time spent on pixels that are
painted over. A note is skipped only when everything it paints (its bounds: paper,
shadow, selection frame), widened by `MARGIN` on every side, lies inside the opaque
paper of notes painted after it. The margin is more than a device pixel at every scale
the board uses it at (`MIN_SCALE` and up), so every pixel the note would touch has its
centre inside paper that is filled over it: skipping it changes no pixel.

The union of the papers above is kept on a grid of `CELL`-sized cells, filled top
note first: a cell counts as covered only when it lies wholly inside one paper, and a
note is hidden only when every cell its widened bounds touch is covered. Both
roundings err towards painting. Plain numbers only, no Qt: the scene supplies the
rectangles.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable
from typing import NamedTuple, Protocol

CELL = 4.0  # scene units per grid cell (a note is about 90 across)
MARGIN = 4.0  # scene units around a note's bounds that must be covered too
MIN_SCALE = 1.5 / MARGIN  # device pixels per scene unit below which nothing is skipped


class Box(NamedTuple):
    left: float
    top: float
    right: float
    bottom: float


class Layer(NamedTuple):
    """One note as painted: `bounds` is all it paints, `paper` what it paints opaquely
    (None when it paints nothing opaque, e.g. a faded note)."""

    key: Hashable
    bounds: Box
    paper: Box | None


def hidden_layers(top_first: Iterable[Layer], area: Box) -> set[Hashable]:
    """Keys of the layers wholly under the opaque papers of layers before them.

    `top_first` is in painting order reversed (the last painted first); `area` is the
    part of the scene the grid spans: a layer reaching outside it is never hidden.
    """
    cols = math.ceil((area.right - area.left) / CELL)
    rows = math.ceil((area.bottom - area.top) / CELL)
    if cols <= 0 or rows <= 0:
        return set()
    grid = [bytearray(cols) for _ in range(rows)]
    x0, y0 = area.left, area.top
    hidden: set[Hashable] = set()
    for key, bounds, paper in top_first:
        # Cells the widened bounds touch, all of them covered?
        c0 = math.floor((bounds.left - MARGIN - x0) / CELL)
        c1 = math.ceil((bounds.right + MARGIN - x0) / CELL)
        r0 = math.floor((bounds.top - MARGIN - y0) / CELL)
        r1 = math.ceil((bounds.bottom + MARGIN - y0) / CELL)
        if 0 <= c0 < c1 <= cols and 0 <= r0 < r1 <= rows:
            for r in range(r0, r1):
                if grid[r].find(0, c0, c1) != -1:
                    break
            else:
                hidden.add(key)
                continue  # its paper lies under covered cells: it adds nothing
        if paper is None:
            continue
        # Cells wholly inside the paper become covered for the layers below.
        c0 = max(math.ceil((paper.left - x0) / CELL), 0)
        c1 = min(math.floor((paper.right - x0) / CELL), cols)
        r0 = max(math.ceil((paper.top - y0) / CELL), 0)
        r1 = min(math.floor((paper.bottom - y0) / CELL), rows)
        if c0 < c1:
            filled = b"\x01" * (c1 - c0)
            for r in range(r0, r1):
                grid[r][c0:c1] = filled
    return hidden


class Occlusion:
    """The hidden notes of one board, worked out when first asked after a change.

    The scene calls `invalidate()` whenever a note is added, removed, moved, restacked
    or made translucent, and turns the whole thing off (`enabled`) while notes cache
    their pictures during a drag: a cached picture must hold the whole note.
    """

    def __init__(self, layers: Callable[[], Iterable[Layer]], area: Box) -> None:
        self._layers = layers
        self._area = area
        self._hidden: set[Hashable] | None = None
        self.enabled = True

    def invalidate(self) -> None:
        self._hidden = None

    def hides(self, key: Hashable, transform: WorldTransform) -> bool:
        """Whether the note `key` may go unpainted under this painter's transform."""
        if not self.enabled or transform.m12() != 0.0 or transform.m21() != 0.0:
            return False
        if transform.m11() < MIN_SCALE or transform.m22() < MIN_SCALE:
            return False
        if self._hidden is None:
            self._hidden = hidden_layers(self._layers(), self._area)
        return key in self._hidden


class WorldTransform(Protocol):
    """What `hides` reads of a QTransform (kept Qt-free for the grid's tests)."""

    def m11(self) -> float: ...
    def m12(self) -> float: ...
    def m21(self) -> float: ...
    def m22(self) -> float: ...
