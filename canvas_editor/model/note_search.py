"""Finding notes: a query (text and description) and filters (colour, segment, tag).

Matching is case- and accent-insensitive: both the query and the note go through the
same `fold()`, so "cafe" finds "Café" and a Korean query finds Korean text. `fold`
uses NFKD, which also splits every Hangul syllable into its conjoining jamo; because
both sides are split alike, a whole-syllable query still matches, and a query cut in
the middle of a syllable (the "하" of "한", the lone consonant "ㅎ") matches as a prefix
would. While an input method is still composing the last syllable, its final jamo may
yet grow (a final consonant may become the next syllable's initial, a vowel may become
a compound one): `NoteFilter.partial_tail` lets that last jamo match what it may become.

Qt-free, so the rules are tested with plain pytest; the search bar only wires them up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from canvas_editor.model.document import Note

# Combining marks of the Latin, Greek and Cyrillic accent blocks. Only these are
# dropped: marks of other scripts (the kana voicing marks, Indic vowel signs) change
# the letter rather than accent it. One regular expression, not a test per character:
# the first search of 2,000 mostly Korean notes folds some 45,000 characters.
_DIACRITICS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """The form text is compared in: compatibility-decomposed, case-folded, unaccented.

    Hangul comes out as conjoining jamo (choseong, jungseong, jongseong), which keeps
    a final consonant distinct from the same consonant starting the next syllable.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return _DIACRITICS.sub("", decomposed)


# What the last jamo typed may still become while an input method composes it:
# a vowel may take a second stroke (ㅗ -> ㅘ ㅙ ㅚ), a final consonant may grow into a
# cluster (ㄹ -> ㄺ ...) or move on to start the next syllable (한 -> 하나), and a
# cluster may split the same way (닭 -> 달기).
_JUNG_GROWS = {"\u1169": "\u116a\u116b\u116c", "\u116e": "\u116f\u1170\u1171", "\u1173": "\u1174"}
_JONG_TO_CHO = {
    "\u11a8": "\u1100", "\u11a9": "\u1101", "\u11ab": "\u1102", "\u11ae": "\u1103",
    "\u11af": "\u1105", "\u11b7": "\u1106", "\u11b8": "\u1107", "\u11ba": "\u1109",
    "\u11bb": "\u110a", "\u11bc": "\u110b", "\u11bd": "\u110c", "\u11be": "\u110e",
    "\u11bf": "\u110f", "\u11c0": "\u1110", "\u11c1": "\u1111", "\u11c2": "\u1112",
}  # fmt: skip
_JONG_CLUSTERS = {  # cluster -> (the final it keeps, the initial it hands on)
    "\u11aa": ("\u11a8", "\u1109"), "\u11ac": ("\u11ab", "\u110c"), "\u11ad": ("\u11ab", "\u1112"),
    "\u11b0": ("\u11af", "\u1100"), "\u11b1": ("\u11af", "\u1106"), "\u11b2": ("\u11af", "\u1107"),
    "\u11b3": ("\u11af", "\u1109"), "\u11b4": ("\u11af", "\u1110"), "\u11b5": ("\u11af", "\u1111"),
    "\u11b6": ("\u11af", "\u1112"), "\u11b9": ("\u11b8", "\u1109"),
}  # fmt: skip
_JONG_GROWS: dict[str, list[str]] = {}
for _cluster, (_kept, _) in _JONG_CLUSTERS.items():
    _JONG_GROWS.setdefault(_kept, []).append(_cluster)


def _tail_variants(term: str) -> tuple[str, ...]:
    """`term` with its last jamo replaced by everything that jamo may still become."""
    if not term:
        return (term,)
    head, last = term[:-1], term[-1]
    variants = [term]
    variants += [head + grown for grown in _JUNG_GROWS.get(last, "")]
    variants += [head + grown for grown in _JONG_GROWS.get(last, [])]
    if last in _JONG_TO_CHO:
        variants.append(head + _JONG_TO_CHO[last])
    if last in _JONG_CLUSTERS:
        kept, initial = _JONG_CLUSTERS[last]
        variants.append(head + kept + initial)
    return tuple(variants)


@dataclass(frozen=True)
class NoteFilter:
    """What the user asked for; empty fields ask for nothing.

    `colors` are #RRGGBB (any case), `segments` segment ids with None meaning "no
    segment", `tags` tag names; a note passes a field when it has any of the values.
    Every word of `query` must occur in the note's text or description.
    `partial_tail`: an input method is still composing the query's last character.
    """

    query: str = ""
    colors: frozenset[str] = frozenset()
    segments: frozenset[str | None] = frozenset()
    tags: frozenset[str] = frozenset()
    partial_tail: bool = False

    def is_active(self) -> bool:
        return bool(self.query.strip() or self.colors or self.segments or self.tags)


@dataclass
class _Folded:
    note: Note
    haystack: str
    tags: frozenset[str]


@dataclass
class NoteSearch:
    """Matches notes against a NoteFilter, folding each note's text once per change.

    Notes are immutable values: a cached fold is reused while the canvas still holds
    the very same Note object, so typing a query refolds nothing.
    """

    _cache: dict[str, _Folded] = field(default_factory=dict)

    def matching_ids(self, notes: Iterable[Note], wanted: NoteFilter) -> list[str]:
        """Ids of the notes that pass `wanted`, in the order given."""
        terms = _terms(wanted)
        colors = {c.upper() for c in wanted.colors}
        tags = {fold(t) for t in wanted.tags}
        seen: set[str] = set()
        matches: list[str] = []
        for note in notes:
            seen.add(note.id)
            if colors and note.color.upper() not in colors:
                continue
            if wanted.segments and note.segment not in wanted.segments:
                continue
            if note.hidden and (terms or tags):
                continue  # a face-down note's words are not to be found until it is revealed
            folded = self._folded(note) if terms or tags else None
            if tags and folded is not None and not (folded.tags & tags):
                continue
            if folded is not None and not all(
                any(v in folded.haystack for v in variants) for variants in terms
            ):
                continue
            matches.append(note.id)
        if len(self._cache) > 2 * len(seen) + 64:
            self._cache = {k: v for k, v in self._cache.items() if k in seen}
        return matches

    def matches(self, note: Note, wanted: NoteFilter) -> bool:
        return bool(self.matching_ids([note], wanted))

    def _folded(self, note: Note) -> _Folded:
        cached = self._cache.get(note.id)
        if cached is None or cached.note is not note:
            cached = _Folded(
                note, fold(note.text) + "\n" + fold(note.description), frozenset(fold(t) for t in note.tags)
            )
            self._cache[note.id] = cached
        return cached


def _terms(wanted: NoteFilter) -> list[tuple[str, ...]]:
    """The query's words, folded; each as the variants any one of which must occur."""
    words = fold(wanted.query).split()
    terms: list[tuple[str, ...]] = [(w,) for w in words]
    if terms and wanted.partial_tail and not wanted.query[-1:].isspace():
        terms[-1] = _tail_variants(words[-1])
    return terms


def note_matches(note: Note, wanted: NoteFilter) -> bool:
    """One note against a filter (no cache: for a single check)."""
    return NoteSearch().matches(note, wanted)
