"""Right-to-left text in visual order: the Unicode bidirectional algorithm for one line.

reportlab's own bidi support needs `rlbidi`, which is not on PyPI, so the export
resolves levels itself: rules W1-W7, N1-N2 and I1-I2 of UAX #9 for a line of note text
(explicit embeddings and isolates are treated as neutrals: notes are typed, not
marked up), then L2 reorders runs. Characters keep logical order inside a run;
HarfBuzz lays out an odd-level run right to left, mirroring brackets as it goes.

A line's base direction is that of its first strong character (P2-P3), so an Arabic
note reads right to left and an English note with one Arabic word does not; the board
draws each line with the same direction (scene.note_style).
"""

from __future__ import annotations

from unicodedata import bidirectional

_STRONG_R = frozenset(("R", "AL"))
_NEUTRAL = frozenset(
    ("B", "S", "WS", "ON", "BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI")
)


def needs_bidi(text: str) -> bool:
    """Whether any character of `text` is right-to-left (or an Arabic number)."""
    return any(bidirectional(ch) in ("R", "AL", "AN") for ch in text)


def base_level(text: str) -> int:
    """0 (left to right) or 1: the direction of the first strong character."""
    for ch in text:
        t = bidirectional(ch)
        if t == "L":
            return 0
        if t in _STRONG_R:
            return 1
    return 0


def levels(text: str, base: int) -> list[int]:
    """The embedding level of each character of `text` (one line) at paragraph level `base`."""
    types = [bidirectional(ch) for ch in text]
    sos = "R" if base else "L"
    # W1: a mark takes the type of the character before it.
    prev = sos
    for i, t in enumerate(types):
        if t == "NSM":
            types[i] = prev if prev not in _NEUTRAL else "ON"
        else:
            prev = t
    # W2, W3: European numbers after Arabic letters are Arabic numbers; AL is R.
    last_strong = sos
    for i, t in enumerate(types):
        if t in ("L", "R", "AL"):
            last_strong = t
        elif t == "EN" and last_strong == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: one separator between two numbers of a kind joins them.
    for i in range(1, len(types) - 1):
        t, before, after = types[i], types[i - 1], types[i + 1]
        if t == "ES" and before == after == "EN":
            types[i] = "EN"
        elif t == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    # W5: terminators next to European numbers become numbers.
    i = 0
    n = len(types)
    while i < n:
        if types[i] != "ET":
            i += 1
            continue
        j = i
        while j < n and types[j] == "ET":
            j += 1
        if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
            types[i:j] = ["EN"] * (j - i)
        i = j
    # W6, W7: other separators are neutral; European numbers after L are L.
    last_strong = sos
    for i, t in enumerate(types):
        if t in ("ES", "ET", "CS"):
            types[i] = "ON"
        elif t in ("L", "R"):
            last_strong = t
        elif t == "EN" and last_strong == "L":
            types[i] = "L"
    # N1, N2: neutrals between two of the same direction take it; others take the base.
    i = 0
    while i < n:
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < n and types[j] in _NEUTRAL:
            j += 1
        before = _direction(types[i - 1]) if i > 0 else sos
        after = _direction(types[j]) if j < n else sos
        fill = before if before == after else ("R" if base else "L")
        types[i:j] = [fill] * (j - i)
        i = j
    # I1, I2.
    out = []
    for t in types:
        if base % 2 == 0:
            out.append(base + (1 if t == "R" else 2 if t in ("AN", "EN") else 0))
        else:
            out.append(base + (1 if t in ("L", "EN", "AN") else 0))
    return out


def _direction(t: str) -> str:
    return "L" if t == "L" else "R"


def visual_order(run_levels: list[int]) -> list[int]:
    """Indexes of runs (given their levels, in logical order) in visual order (L2)."""
    order = list(range(len(run_levels)))
    if not run_levels:
        return order
    highest = max(run_levels)
    lowest_odd = min(lv for lv in run_levels if lv % 2) if any(lv % 2 for lv in run_levels) else highest + 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        n = len(order)
        while i < n:
            if run_levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < n and run_levels[order[j]] >= level:
                j += 1
            order[i:j] = reversed(order[i:j])
            i = j
    return order
