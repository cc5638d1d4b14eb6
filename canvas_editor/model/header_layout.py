"""The sheet's header: where the title and the four fields go, and how big their text is.

One rule for every picture of the canvas. The board (and the PNG, SVG and print,
which are drawn by the board's scene) and the PDF place the header in these boxes and
fit each text into its box with `text_fit.fit_text`: wrap at spaces, then shrink, and
only then cut. A long title therefore wraps on screen as it does on paper.

Sizes are points on the reference sheet (A4 landscape) and grow with the sheet;
`header_boxes` takes the sheet's scale and the size of a point in the units of the
caller's rectangles (1 for a PDF page in points, more for the board's scene units).
"""

from __future__ import annotations

from typing import NamedTuple

from canvas_editor.model.layout import Rect
from canvas_editor.model.text_fit import LINE_HEIGHT

FIELDS = ("designed_for", "designed_by", "date", "iteration")

# No text that carries content is printed smaller than this, on any sheet.
MIN_LEGIBLE = 5.0

TITLE_SHARE = 0.38  # of the header's width; the four fields share the rest
GAP_SHARE = 0.01  # of the header's width, after the title and after each field
TITLE_MAX, TITLE_MIN = 16.0, 7.0
LABEL_MAX, LABEL_MIN = 5.5, 4.0
VALUE_MAX, VALUE_MIN = 9.0, 5.0


class TextBox(NamedTuple):
    """A box and the largest and smallest font size its text may take."""

    box: Rect
    max_size: float
    min_size: float


class HeaderField(NamedTuple):
    name: str  # a Canvas attribute, one of FIELDS
    label: TextBox  # the field's name ("Designed for"), above its value
    value: TextBox


class HeaderBoxes(NamedTuple):
    title: TextBox
    fields: tuple[HeaderField, ...]


def header_boxes(header: Rect, scale: float, point: float = 1.0) -> HeaderBoxes:
    """The boxes of the header placed in `header`.

    `scale`: how many times the reference sheet's sizes the text is (the sheet's size
    over A4 landscape, in the units of `header`); `point`: one printed point in those
    units, for the sizes that never shrink below a printed size.
    """
    gap = header.w * GAP_SHARE
    title_w = header.w * TITLE_SHARE
    floor = MIN_LEGIBLE * point
    title = TextBox(
        Rect(header.x, header.y, title_w - gap, header.h),
        max(TITLE_MAX * scale, floor),
        max(TITLE_MIN * scale, floor),
    )
    col_w = (header.w - title_w) / len(FIELDS)
    label_max = LABEL_MAX * scale
    label_h = max(label_max, LABEL_MAX * point) * LINE_HEIGHT
    fields = []
    for i, name in enumerate(FIELDS):
        x = header.x + title_w + i * col_w
        fields.append(
            HeaderField(
                name,
                TextBox(Rect(x, header.y, col_w - gap, label_h), label_max, LABEL_MIN * scale),
                TextBox(
                    Rect(x, header.y + label_h, col_w - gap, header.h - label_h),
                    max(VALUE_MAX * scale, floor),
                    max(VALUE_MIN * scale, floor),
                ),
            )
        )
    return HeaderBoxes(title, tuple(fields))
