"""Geometry predicates shared by the layout and export tests."""

from __future__ import annotations

from canvas_editor.model.layout import Rect


def rect_within(inner: Rect, outer: Rect, eps: float) -> bool:
    """Whether `inner` lies wholly inside `outer`, allowing `eps` for rounding."""
    return (
        inner.x >= outer.x - eps
        and inner.y >= outer.y - eps
        and inner.right <= outer.right + eps
        and inner.bottom <= outer.bottom + eps
    )
