"""The segment legend's rules, without Qt or reportlab: tags, and the legend on one line."""

from __future__ import annotations

import pytest

from canvas_editor.model.document import Segment
from canvas_editor.model.segment_legend import ELLIPSIS, fit_legend, segment_tags


def _segments(*names: str) -> list[Segment]:
    return [Segment(id=f"s{i}", name=name, color="#81D4FA") for i, name in enumerate(names)]


def _measure(text: str) -> float:
    return 0.5 * len(text)  # every character half the size wide


def test_a_tag_is_the_first_letter_or_digit_and_shared_ones_are_numbered() -> None:
    segments = _segments("commuters", "Cyclists", "  (2) families", "통근자", "…", "campers")
    assert list(segment_tags(segments).values()) == ["C", "C2", "2", "통", "#", "C3"]


def test_a_legend_with_room_keeps_every_name_whole_at_the_largest_size() -> None:
    line = fit_legend(_segments("Commuters", "Families"), 1000.0, _measure, (10.0, 5.0))
    assert line.size == 10.0
    assert [e.name for e in line.entries] == ["Commuters", "Families"]
    assert line.more == "" and line.width <= 1000.0
    first, second = line.entries
    assert first.name_x + first.name_width < second.x  # nothing overlaps


def test_a_tight_legend_shrinks_then_shortens_the_long_names_first() -> None:
    segments = _segments("Commuters who cycle to work every day", "Kids", "Retired people in the city")
    whole = fit_legend(segments, 10_000.0, _measure, (10.0, 5.0)).width
    line = fit_legend(segments, whole * 0.3, _measure, (10.0, 5.0))
    assert line.size == 5.0 and line.width <= whole * 0.3
    names = [e.name for e in line.entries]
    assert names[1] == "Kids"
    assert names[0].endswith(ELLIPSIS) and segments[0].name.startswith(names[0][:-1])
    assert line.more == ""


@pytest.mark.parametrize("width", [60.0, 25.0, 8.0, 0.0])
def test_a_legend_with_no_room_for_every_segment_says_how_many_it_left_out(width: float) -> None:
    segments = _segments(*(f"Segment {i}" for i in range(40)))
    line = fit_legend(segments, width, _measure, (10.0, 5.0))
    assert line.width <= width
    left_out = len(segments) - len(line.entries)
    assert left_out > 0
    assert line.more == (f"+{left_out}" if line.width else "")
