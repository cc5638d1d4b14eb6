"""Customer segments as a legend: each segment's letter tag, and the legend laid out on
one line.

One rule for every picture of the canvas. A note's tag (the first letter or digit of
its segment's name) shows in the note's corner on the board, in the PNG and SVG and
on paper, so a segment is recognisable in black-and-white print; the legend pairs
each tag with the segment's colour and name. The PDF (export/pdf_legend.py) and the
board's footer (scene/segment_legend_item.py) both lay the legend out with
`fit_legend`, each with its own measure of text, so the legend shortens its names, and
only then leaves segments out, the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from canvas_editor.model.document import Segment
from canvas_editor.model.text_fit import ELLIPSIS

Measure = Callable[[str], float]  # the width of a text at size 1, in the caller's units

# The text size of the strip at a note's bottom, in points of the reference sheet (A4
# landscape; it grows with the sheet, not with the note): the segment's tag at its
# left, on screen and paper, and on paper the note's number at its right. The note's
# text keeps clear of the strip on both, so a note wraps on screen as it prints.
NOTE_MARK_PT = 4.5

# Proportions of the legend's text size.
SWATCH = 1.0  # a swatch's height: the text's ascent to descent, so the line grows no taller
TAG_SIZE = 0.8  # the tag inside the swatch
AFTER_SWATCH = 0.35  # the gap between a swatch and its name
BETWEEN = 1.2  # the gap between one entry and the next
SHORTEST_NAME = 3  # characters a shortened name keeps, before the ellipsis


def segment_tags(segments: Sequence[Segment]) -> dict[str, str]:
    """Each segment's tag by id: the first letter or digit of its name in upper case
    ("#" when it has none); segments sharing one are numbered after the first (C, C2)."""
    tags: dict[str, str] = {}
    seen: dict[str, int] = {}
    for segment in segments:
        initial = next((ch for ch in segment.name if ch.isalnum()), "#").upper()
        count = seen[initial] = seen.get(initial, 0) + 1
        tags[segment.id] = initial if count == 1 else f"{initial}{count}"
    return tags


class LegendEntry(NamedTuple):
    segment: Segment
    tag: str
    name: str  # as shown: the whole name, or shortened with an ellipsis
    x: float  # the swatch's left edge, from the line's start
    swatch: float  # the swatch's width (as tall as SWATCH sizes)
    name_x: float
    name_width: float


class LegendLine(NamedTuple):
    size: float  # the names' text size; tags are TAG_SIZE of it
    entries: tuple[LegendEntry, ...]
    more: str  # "+3" when so many segments did not fit, else ""
    more_x: float
    width: float  # from the first swatch to the end of the last text


def fit_legend(
    segments: Sequence[Segment],
    width: float,
    measure: Measure,
    sizes: tuple[float, float],
    tag_measure: Measure | None = None,
) -> LegendLine:
    """The legend of `segments` on a line at most `width` long: at the largest size of
    `sizes` (largest, smallest) that fits whole, else at the smallest with names
    shortened evenly, else with the last segments left out behind "+N"."""
    tag_measure = tag_measure or measure
    tags = segment_tags(segments)
    largest, smallest = sizes
    size = largest
    whole = [s.name for s in segments]
    while True:
        line = _line(segments, tags, whole, size, measure, tag_measure)
        if line.width <= width or size <= smallest:
            break
        size = max(size * 0.9, smallest)
    if line.width <= width:
        return line
    for kept in range(len(segments), -1, -1):
        shown = segments[:kept]
        more = f"+{len(segments) - kept}" if kept < len(segments) else ""
        names = _shortened(shown, tags, width, size, measure, tag_measure, more)
        if names is not None:
            line = _line(shown, tags, names, size, measure, tag_measure, more)
            if line.width <= width:
                return line
    return LegendLine(size, (), "", 0.0, 0.0)  # not even "+N" fits: an empty line


def _swatch_width(tag: str, size: float, tag_measure: Measure) -> float:
    return max(SWATCH * size, tag_measure(tag) * TAG_SIZE * size + 0.4 * size)


def _line(
    segments: Sequence[Segment],
    tags: dict[str, str],
    names: Sequence[str],
    size: float,
    measure: Measure,
    tag_measure: Measure,
    more: str = "",
) -> LegendLine:
    entries = []
    x = 0.0
    end = 0.0
    for segment, name in zip(segments, names, strict=True):
        tag = tags[segment.id]
        swatch = _swatch_width(tag, size, tag_measure)
        name_x = x + swatch + AFTER_SWATCH * size
        name_width = measure(name) * size
        entries.append(LegendEntry(segment, tag, name, x, swatch, name_x, name_width))
        end = name_x + name_width
        x = end + BETWEEN * size
    more_x = x if entries else 0.0
    if more:
        end = more_x + measure(more) * size
    return LegendLine(size, tuple(entries), more, more_x, end)


def _shortened(
    segments: Sequence[Segment],
    tags: dict[str, str],
    width: float,
    size: float,
    measure: Measure,
    tag_measure: Measure,
    more: str,
) -> list[str] | None:
    """Names cut so the line fits `width`: the room for names shared evenly, names
    shorter than their share kept whole and their spare room given to the others; None
    when even the shortest names do not fit."""
    fixed = _line(segments, tags, [""] * len(segments), size, measure, tag_measure, more).width
    room = width - fixed
    least = [measure(_cut(s.name, SHORTEST_NAME)) * size for s in segments]
    if room < sum(least) - 1e-9:
        return None
    widths = {i: measure(s.name) * size for i, s in enumerate(segments)}
    share: dict[int, float] = {}
    left = dict(widths)
    while left:
        each = room / len(left)
        small = {i: w for i, w in left.items() if w <= each}
        if not small:
            share.update({i: each for i in left})
            break
        for i, w in small.items():
            share[i] = w
            room -= w
            del left[i]
    return [_fitting(s.name, max(share[i], least[i]), size, measure) for i, s in enumerate(segments)]


def _cut(name: str, keep: int) -> str:
    return name if len(name) <= keep else name[:keep].rstrip() + ELLIPSIS


def _fitting(name: str, room: float, size: float, measure: Measure) -> str:
    """The longest start of `name` (with an ellipsis when cut) at most `room` wide."""
    if measure(name) * size <= room:
        return name
    low, high = SHORTEST_NAME, len(name) - 1
    while low < high:
        mid = (low + high + 1) // 2
        if measure(_cut(name, mid)) * size <= room:
            low = mid
        else:
            high = mid - 1
    return _cut(name, low)
