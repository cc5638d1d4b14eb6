"""The grid that finds notes wholly under others: it may miss some, never hide a visible one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from canvas_editor.scene.occlusion import MARGIN, Box, Layer, hidden_layers

AREA = Box(0.0, 0.0, 400.0, 300.0)
NOTE = 90.0
SHADOW = 5.0


def note(key: str, x: float, y: float, opaque: bool = True) -> Layer:
    """A note-like layer: paper at (x, y), bounds a shadow's width around it."""
    paper = Box(x, y, x + NOTE, y + NOTE)
    bounds = Box(x - SHADOW, y - SHADOW, x + NOTE + SHADOW, y + NOTE + SHADOW)
    return Layer(key, bounds, paper if opaque else None)


def test_a_note_under_a_larger_paper_is_hidden() -> None:
    cover = Layer("cover", Box(0, 0, 300, 250), Box(0, 0, 300, 250))
    assert hidden_layers([cover, note("under", 100, 80)], AREA) == {"under"}


def test_papers_that_only_just_reach_the_edge_hide_nothing() -> None:
    # The cover reaches past the note's bounds, but by less than the margin.
    left, top, right, bottom = note("under", 100, 80).bounds
    reach = MARGIN / 2
    cover = Layer("cover", Box(0, 0, 300, 250), Box(left - reach, top - reach, right + reach, bottom + reach))
    assert hidden_layers([cover, note("under", 100, 80)], AREA) == set()


def test_two_papers_side_by_side_hide_what_neither_hides_alone() -> None:
    left = Layer("left", Box(40, 40, 160, 240), Box(40, 40, 160, 240))
    right = Layer("right", Box(160, 40, 300, 240), Box(160, 40, 300, 240))
    under = note("under", 110, 90)
    assert hidden_layers([left, under], AREA) == set()
    assert hidden_layers([left, right, under], AREA) == {"under"}


def test_a_faded_note_hides_nothing_and_a_lower_note_hides_nothing_above_it() -> None:
    faded = Layer("faded", Box(0, 0, 300, 250), None)
    assert hidden_layers([faded, note("under", 100, 80)], AREA) == set()
    big = Layer("big", Box(0, 0, 300, 250), Box(0, 0, 300, 250))
    assert hidden_layers([note("top", 100, 80), big], AREA) == set()


def test_a_note_reaching_outside_the_grid_is_always_painted() -> None:
    cover = Layer("cover", Box(-50, -50, 500, 400), Box(-50, -50, 500, 400))
    assert hidden_layers([cover, note("corner", 1, 1)], AREA) == set()


def _inside_some(x: float, y: float, papers: list[Box]) -> bool:
    return any(p.left <= x <= p.right and p.top <= y <= p.bottom for p in papers)


coords = st.floats(min_value=0.0, max_value=300.0, allow_nan=False)
sizes = st.floats(min_value=20.0, max_value=260.0, allow_nan=False)


def layer(key: str, x: float, y: float, w: float, h: float, opaque: bool) -> Layer:
    paper = Box(x, y, x + w, y + h)
    return Layer(key, Box(x - SHADOW, y - SHADOW, x + w + SHADOW, y + h + SHADOW), paper if opaque else None)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(coords, coords, sizes, sizes, st.booleans()), min_size=1, max_size=12))
def test_whatever_it_hides_lies_under_opaque_paper_with_a_margin(
    spots: list[tuple[float, float, float, float, bool]],
) -> None:
    layers = [layer(str(i), x * 0.5, y * 0.4, w, h, opaque) for i, (x, y, w, h, opaque) in enumerate(spots)]
    hidden = hidden_layers(layers, AREA)
    for i, hidden_layer in enumerate(layers):
        if hidden_layer.key not in hidden:
            continue
        above = [other.paper for other in layers[:i] if other.paper is not None]
        b = hidden_layer.bounds
        left, top, right, bottom = b.left - MARGIN, b.top - MARGIN, b.right + MARGIN, b.bottom + MARGIN
        steps = 40
        for a in range(steps + 1):
            for c in range(steps + 1):
                x = left + (right - left) * a / steps
                y = top + (bottom - top) * c / steps
                assert _inside_some(x, y, above), (hidden_layer.key, x, y)
