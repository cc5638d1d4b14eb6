"""Which font draws each character: the fallback chain, without opening a font file.

The bundled fonts (resources/fonts/, listed in order in fonts.json with the code points
each covers) come first; fonts installed on the machine, found through fontconfig's
`fc-list`, extend the chain for characters none of them has. A character is drawn by
the first font that has it, the rule Qt follows on screen with the same family list,
so the board and the paper pick the same font for the same character.

Text is split into clusters (a character with the combining marks and joiners that
follow it), and a cluster goes to one font: the first that has all of it, else the
first that has its base. Default-ignorable characters (joiners, variation selectors)
need no glyph. Neither reportlab nor Qt is imported: the command line checks a canvas
for unprintable characters before it knows which library draws it.
"""

from __future__ import annotations

import _thread
import json
import shutil
import subprocess
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

from canvas_editor.resource_files import resource

# Characters that draw nothing and need no glyph (Unicode's Default_Ignorable_Code_Point
# ranges that text holds in practice): zero-width spaces and joiners, direction marks
# and isolates, variation selectors, the byte-order mark, tag characters.
_IGNORABLE = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xE0000, 0xE0FFF),
)
# At most this many distinct characters are looked up with fc-list per process: a
# canvas of unknown symbols must not start thousands of processes.
_SYSTEM_LOOKUPS = 256


def ignorable(ch: str) -> bool:
    cp = ord(ch)
    return any(a <= cp <= b for a, b in _IGNORABLE)


def _joins_previous(ch: str) -> bool:
    """Whether `ch` belongs to the cluster of the character before it."""
    return unicodedata.category(ch) in ("Mn", "Mc", "Me") or ignorable(ch) or ch == "\u200d"


def clusters(text: str) -> Iterator[str]:
    """`text` as clusters: a base character with the marks and joiners after it.

    A zero-width joiner also takes the character after it (emoji sequences).
    """
    start = 0
    n = len(text)
    i = 1
    while i <= n:
        if i < n and (_joins_previous(text[i]) or text[i - 1] == "\u200d"):
            i += 1
            continue
        yield text[start:i]
        start = i
        i += 1


class Face(NamedTuple):
    """One font file of the chain; `path` is a bundled file's name or a system path."""

    family: str
    path: str
    bundled: bool
    starts: tuple[int, ...]  # first code point of each covered range, ascending
    ends: tuple[int, ...]  # last code point of the same range

    def has(self, cp: int) -> bool:
        i = bisect_right(self.starts, cp) - 1
        return i >= 0 and cp <= self.ends[i]

    def covers(self, cluster: str) -> bool:
        return all(self.has(ord(ch)) or ignorable(ch) for ch in cluster)


def _face(family: str, path: str, bundled: bool, ranges: list[list[int]]) -> Face:
    return Face(family, path, bundled, tuple(r[0] for r in ranges), tuple(r[1] for r in ranges))


class Chain:
    """The faces of one weight in fallback order, and the choice of face per cluster."""

    def __init__(self, faces: list[Face], bold: bool) -> None:
        self.faces = faces
        self.bold = bold
        self._system: dict[str, Face | None] = {}
        # Clusters repeat (a script has few letters): each is looked up once.
        self._chosen: dict[str, Face | None] = {}

    @property
    def primary(self) -> Face:
        return self.faces[0]

    def face_for(self, cluster: str) -> Face | None:
        """The face that draws `cluster`, or None when no font has its base character."""
        try:
            return self._chosen[cluster]
        except KeyError:
            face = self._chosen[cluster] = self._find(cluster)
            return face

    def _find(self, cluster: str) -> Face | None:
        for face in self.faces:
            if face.covers(cluster):
                return face
        base = cluster[0]
        if ignorable(base):
            return self.primary
        for face in self.faces:
            if face.has(ord(base)):
                return face
        return self._system_face(base)

    def _system_face(self, ch: str) -> Face | None:
        if ch not in self._system:
            self._system[ch] = _system_face(ord(ch), self.bold)
        return self._system[ch]


@cache
def _manifest() -> dict[str, object]:
    data: dict[str, object] = json.loads(resource("fonts", "fonts.json").read_text("utf-8"))
    return data


def bundled_files() -> list[tuple[str, list[str]]]:
    """Each bundled family in chain order with its files (regular first), for Qt."""
    out = []
    for entry in _manifest()["chain"]:  # type: ignore[attr-defined]
        out.append((entry["family"], [f for f in (entry["regular"], entry["bold"]) if f]))
    return out


_chains: dict[bool, Chain] = {}
_lock = _thread.allocate_lock()


def chain(bold: bool = False) -> Chain:
    """The fallback chain of regular or bold faces (a bold face falls back to its
    family's regular one where the family has no bold)."""
    found = _chains.get(bold)
    if found is not None:
        return found
    with _lock:
        if bold not in _chains:
            faces = []
            for entry in _manifest()["chain"]:  # type: ignore[attr-defined]
                name = (entry["bold"] if bold else None) or entry["regular"]
                faces.append(_face(entry["family"], name, True, entry["coverage"][name]))
            _chains[bold] = Chain(faces, bold)
        return _chains[bold]


def unprintable(text: str, bold: bool = False) -> str:
    """The characters of `text` no font can draw, each once, in order of appearance."""
    c = chain(bold)
    primary = c.primary
    missing: dict[str, None] = {}
    for cluster in clusters(text):
        if primary.covers(cluster) or cluster.isspace():
            continue
        if c.face_for(cluster) is None:
            missing[cluster[0]] = None
    return "".join(missing)


# ----- fonts of the machine ---------------------------------------------------------------

_lookups = 0


def _system_face(cp: int, bold: bool) -> Face | None:
    """A TrueType font installed on the machine that has `cp`, via fontconfig."""
    global _lookups
    if _lookups >= _SYSTEM_LOOKUPS or shutil.which("fc-list") is None:
        return None
    _lookups += 1
    style = ":style=Bold" if bold else ""
    try:
        listed = subprocess.run(
            ["fc-list", f":charset={cp:x}{style}", "file"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    paths = sorted(line.rstrip().rstrip(":") for line in listed.splitlines() if line.strip())
    for path in paths:
        if _has_outlines(path):
            return _face(Path(path).stem, path, False, [[cp, cp]])
    if bold:
        return _system_face(cp, False)
    return None


@cache
def _has_outlines(path: str) -> bool:
    """Whether `path` is a single TrueType font with glyf outlines (what reportlab embeds).

    CFF fonts (.otf), collections (.ttc) and bitmap-only colour fonts are left out.
    """
    try:
        with open(path, "rb") as f:
            head = f.read(12)
            if head[:4] != b"\x00\x01\x00\x00" and head[:4] != b"true":
                return False
            count = int.from_bytes(head[4:6], "big")
            directory = f.read(16 * count)
    except OSError:
        return False
    tags = {directory[i : i + 4] for i in range(0, len(directory), 16)}
    return b"glyf" in tags and b"loca" in tags and not tags & {b"CBDT", b"sbix"}
