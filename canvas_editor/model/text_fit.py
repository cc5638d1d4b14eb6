"""Fit a note's text into its box: wrap at spaces, shrink, and only then cut.

One rule for the board and the PDF. The caller supplies `measure(s)`: the width of
`s` at font size 1 in the same units as the box (widths of scalable fonts grow in
proportion to the size, so one measurement serves every size tried).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import NamedTuple

ELLIPSIS = "\u2026"
LINE_HEIGHT = 1.2  # line pitch as a multiple of the font size


class MeasureCache(dict[str, float]):
    """Widths measured so far; `cache[s]` measures `s` only the first time.

    A hit is a plain dict lookup with no Python call: fitting tries the same words and
    candidate lines at every size, so most measurements are repeats.
    """

    __slots__ = ("_measure",)

    def __init__(self, measure: Callable[[str], float]) -> None:
        super().__init__()
        self._measure = measure

    def __missing__(self, s: str) -> float:
        width = self[s] = self._measure(s)
        return width


class FittedText(NamedTuple):
    size: float
    lines: tuple[str, ...]
    truncated: bool  # True when text was cut at the smallest size

    @property
    def line_pitch(self) -> float:
        return self.size * LINE_HEIGHT


def _clusters(word: str) -> Iterator[str]:
    """`word` in pieces that must stay together: a character with its combining marks
    (Thai vowels and tones, Devanagari signs, accents), joiners and variation selectors."""
    start = 0
    for i in range(1, len(word)):
        ch = word[i]
        if (
            unicodedata.category(ch) in ("Mn", "Mc", "Me")
            or ch in "\u200c\u200d"
            or 0xFE00 <= ord(ch) <= 0xFE0F
        ):
            continue
        if word[i - 1] == "\u200d":
            continue
        yield word[start:i]
        start = i
    if word:
        yield word[start:]


def _break_word(word: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Split a word wider than the line into pieces that fit (last resort only),
    never inside a cluster: a Thai vowel stays on its consonant."""
    pieces: list[str] = []
    current = ""
    for ch in _clusters(word):
        if current and measure(current + ch) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Wrap at spaces, keeping the user's line breaks; `width` is in units of size 1.

    Words (Korean ones too) are never split unless one alone is wider than the line.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if measure(candidate) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if measure(word) <= width:
                current = word
            else:
                *full, current = _break_word(word, width, measure)
                lines.extend(full)
        lines.append(current)
    return lines


def fit_text(
    text: str,
    box_w: float,
    box_h: float,
    measure: Callable[[str], float],
    max_size: float,
    min_size: float,
    step: float = 0.5,
) -> FittedText:
    """The largest size in [min_size, max_size] at which `text` fits the box.

    Sizes that keep every word whole come first; a word is split only when no size
    down to `min_size` fits without splitting it.

    Below `min_size` the text is cut at the last line that fits and ends with an
    ellipsis; `truncated` tells the caller to point to the full text elsewhere.
    """
    cached = MeasureCache(measure).__getitem__

    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    # Shrinking beats splitting a word: a size at which some word must be split is
    # only used when no size down to min_size fits with every word whole.
    widest = max(map(cached, text.split()), default=0.0)
    split_fit: FittedText | None = None
    size = max_size
    while True:
        lines = wrap(text, box_w / size, cached)
        if len(lines) * size * LINE_HEIGHT <= box_h + 1e-9:
            if widest * size <= box_w + 1e-9:
                return FittedText(size, tuple(lines), False)
            if split_fit is None:
                split_fit = FittedText(size, tuple(lines), False)
        if size - step < min_size - 1e-9:
            break
        size -= step
    if split_fit is not None:
        return split_fit
    size = min_size
    lines = wrap(text, box_w / size, cached)
    keep = max(int((box_h + 1e-9) // (size * LINE_HEIGHT)), 1)
    kept = lines[:keep]
    last = kept[-1]
    limit = box_w / size
    while last and cached(last + ELLIPSIS) > limit:
        last = last[: -len(list(_clusters(last))[-1])]
    kept[-1] = last.rstrip() + ELLIPSIS
    return FittedText(size, tuple(kept), True)
