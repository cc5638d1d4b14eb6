"""A line of text as runs of one font each, shaped, in visual order, and drawn.

A line goes through four steps: clusters are given the first font of the chain that
has them (`font_chain`), right-to-left text gets its levels (`bidi`), neighbouring
clusters of one font and level form a run, and each run is shaped by HarfBuzz through
reportlab's own machinery (`TTFont.hbFont`, `ShapedStr`, `ShapeData`), which then
draws the glyphs at HarfBuzz's positions. Shaping asks for a run's direction and turns
kerning off, as the board does (`QFont.setKerning(False)`), so the two measure alike;
reportlab's `shapeStr` guesses the direction and kerns, hence our own call.

Most text needs none of this: when every character of a line is in the first font
(NanumGothic, which has no OpenType layout tables) and is left-to-right and not a
mark, the line is one run measured by the face's advance table, exactly as before.
A cluster no font has is a run without a font, drawn as an empty box.
"""

from __future__ import annotations

import _thread
import io
import unicodedata
from collections.abc import Callable
from itertools import repeat
from pathlib import Path
from typing import Any, NamedTuple

import uharfbuzz
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapeData, ShapedStr, TTFont

from canvas_editor.export import bidi
from canvas_editor.export.font_chain import Chain, Face, chain, clusters, ignorable
from canvas_editor.resource_files import resource

PLACEHOLDER_W = 0.6  # of the size: the box drawn for a character no font has
PLACEHOLDER_H = 0.7
_FEATURES = {"kern": False}
_CACHE_LIMIT = 50_000


class Run(NamedTuple):
    font: str | None  # a registered reportlab font; None: no font has these characters
    text: str  # a ShapedStr when shaped
    width: float  # at size 1
    source: str = ""  # the run's characters in logical order (benchmarks replay them)


class LineShaper:
    """Measures and shapes lines for one weight; one per process and weight."""

    def __init__(self, primary: str, bold: bool) -> None:
        self.primary = primary
        self.chain: Chain = chain(bold)
        face = pdfmetrics.getFont(primary).face
        advance: Callable[[int, int], int] = face.charWidths.get
        default: repeat[int] = repeat(face.defaultWidth)
        self._advance = advance
        self._default = default
        self.simple = _simple_characters(face.charToGlyph)
        self._runs: dict[str, tuple[Run, ...]] = {}
        self._names: dict[str, str] = {self.chain.primary.path: primary}
        self._hb: dict[str, Any] = {}

    def is_simple(self, s: str) -> bool:
        """Whether `s` is drawn as one run of the first font, unshaped."""
        return self.simple.issuperset(s)

    def measure(self, s: str) -> float:
        """The width of `s` at size 1, shaped (what text_fit.fit_text expects)."""
        if self.simple.issuperset(s):
            return 0.001 * sum(map(self._advance, map(ord, s), self._default))
        return sum(run.width for run in self.runs(s))

    def runs(self, s: str) -> tuple[Run, ...]:
        """`s` (one line) as shaped runs in visual order, left to right."""
        found = self._runs.get(s)
        if found is not None:
            return found
        simple = self.simple.issuperset(s)
        found = (Run(self.primary, s, self.measure(s)),) if simple else self._shape_line(s)
        if len(self._runs) > _CACHE_LIMIT:
            self._runs.clear()
        self._runs[s] = found
        return found

    def _shape_line(self, s: str) -> tuple[Run, ...]:
        parts = list(clusters(s))
        faces = [self.chain.face_for(c) for c in parts]
        if bidi.needs_bidi(s):
            char_levels = bidi.levels(s, bidi.base_level(s))
            levels, at = [], 0
            for c in parts:
                levels.append(char_levels[at])
                at += len(c)
        else:
            levels = [0] * len(parts)
        logical: list[tuple[Face | None, int, str]] = []
        for cluster, face, level in zip(parts, faces, levels, strict=True):
            if logical and logical[-1][0] == face and logical[-1][1] == level:
                logical[-1] = (face, level, logical[-1][2] + cluster)
            else:
                logical.append((face, level, cluster))
        order = bidi.visual_order([lv for _, lv, _ in logical])
        return tuple(self._run(*logical[i]) for i in order)

    def _run(self, face: Face | None, level: int, text: str) -> Run:
        name = self._font_name(face) if face is not None else None
        if name is None:
            boxes = sum(1 for c in clusters(text) if not (c.isspace() or all(map(ignorable, c))))
            return Run(None, text, boxes * PLACEHOLDER_W, text)
        shaped, width = self._shape(name, text, rtl=level % 2 == 1)
        return Run(name, shaped, width, text)

    def _font_name(self, face: Face) -> str | None:
        name = self._names.get(face.path)
        if name is None:
            name = _register(face)
            if name is None:
                return None
            self._names[face.path] = name
        return name

    def _shape(self, name: str, text: str, rtl: bool) -> tuple[str, float]:
        font = pdfmetrics.getFont(name)
        hb_font = self._hb.get(name)
        if hb_font is None:
            hb_font = self._hb[name] = font.hbFont(1000)
        buf = uharfbuzz.Buffer()
        buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
        buf.add_str(text)
        buf.guess_segment_properties()
        buf.direction = "rtl" if rtl else "ltr"
        uharfbuzz.shape(hb_font, buf, _FEATURES)
        face = font.face
        to_char = face.glyphToChar
        to_glyph = face.charToGlyph
        widths = face.charWidths
        scale = font.pdfScale
        chars = []
        data = []
        total = 0.0
        infos = buf.glyph_infos
        starts = sorted({info.cluster for info in infos})
        span_end = dict(zip(starts, [*starts[1:], len(text)], strict=True))
        for info, pos in zip(infos, buf.glyph_positions, strict=True):
            gid = info.codepoint
            x_advance = scale(pos.x_advance)
            # The glyph stands for the character it was shaped from when that one maps to
            # it (日 and the radical ⽇ share a glyph: a search must find 日); a glyph
            # with no character of its own (a ligature, a joined Arabic form, a conjunct)
            # gets a private code point, as reportlab's shapeStr does.
            source = ord(text[info.cluster])
            if to_glyph.get(source) == gid:
                code = source
            else:
                mapped = to_char.get(gid)
                if mapped:
                    code = mapped[0]
                else:
                    code = font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, x_advance)
                    if isinstance(font, ShapingFont):  # a conjunct reads as all its letters
                        font.actual_text.setdefault(code, text[info.cluster : span_end[info.cluster]])
            chars.append(chr(code))
            data.append(
                ShapeData(
                    info.cluster,
                    x_advance,
                    scale(pos.y_advance),
                    scale(pos.x_offset),
                    scale(pos.y_offset),
                    widths[code],
                )
            )
            total += x_advance
        return ShapedStr("".join(chars), shapeData=data), total / 1000.0


class ShapingFont(TTFont):  # type: ignore[misc]  # reportlab has no type hints
    """reportlab's TTFont with a ToUnicode map that lets a reader copy shaped text.

    A glyph shaping chose that no character maps to (Thai's lowered vowel marks, a
    conjunct) has a private code point; its entry names the character it was shaped
    from instead, so a search or copy finds "ปั" rather than a private character. Code
    points above U+FFFF (emoji) are written as UTF-16 pairs, which reportlab's own map
    does not do.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.actual_text: dict[int, str] = {}

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        face = self.face
        for n, subset in enumerate(subsets):
            base = (b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX))).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = _to_unicode_cmap(base, subset, self.actual_text)


def _to_unicode_cmap(name: str, subset: list[int], actual: dict[int, str]) -> str:
    """A ToUnicode CMap for one subset: code i reads as the text of subset[i]."""
    entries = [
        f"<{i:02X}> <{actual.get(cp, chr(cp)).encode('utf-16-be').hex().upper()}>"
        for i, cp in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo\n<< /Registry ({name})\n/Ordering ({name})\n/Supplement 0\n>> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            f"1 begincodespacerange\n<00> <{len(subset) - 1:02X}>\nendcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


_registered: dict[str, str | None] = {}
_lock = _thread.allocate_lock()


def _register(face: Face) -> str | None:
    """Register `face` with reportlab once; its name, or None when it cannot be read."""
    with _lock:
        if face.path in _registered:
            return _registered[face.path]
        stem = Path(face.path).stem
        name = f"CanvasEditor-{stem}" if face.bundled else f"CanvasEditor-system-{stem}"
        try:
            data = resource("fonts", face.path).read_bytes() if face.bundled else Path(face.path).read_bytes()
            pdfmetrics.registerFont(ShapingFont(name, io.BytesIO(data), shapable=True))
        except Exception:  # a system font reportlab cannot read is one font fewer, not an error
            _registered[face.path] = None
            return None
        _registered[face.path] = name
        return name


def _simple_characters(cmap: dict[int, int]) -> frozenset[str]:
    """Characters of the first font that need neither shaping, bidi nor another font."""
    out = []
    for cp in cmap:
        ch = chr(cp)
        if (
            unicodedata.bidirectional(ch) not in ("R", "AL", "AN", "NSM", "RLE", "RLO", "RLI", "FSI")
            and not unicodedata.combining(ch)
            and not ignorable(ch)
        ):
            out.append(ch)
    return frozenset(out)


def draw_runs(
    c: Any, shaper: LineShaper, size: float, x: float, y: float, text: str, color: tuple[float, float, float]
) -> float:
    """Draw one line in `color` from its left end at baseline `y` (reportlab's y up); its width."""
    start = x
    for run in shaper.runs(text):
        if run.font is None:
            _placeholders(c, run, size, x, y, color)
        else:
            c.setFont(run.font, size)
            c.drawString(x, y, run.text)
        x += run.width * size
    return x - start


def _placeholders(
    c: Any, run: Run, size: float, x: float, y: float, color: tuple[float, float, float]
) -> None:
    """An empty box per character no font has: the reader sees something is missing."""
    w = PLACEHOLDER_W * size
    c.saveState()
    c.setLineWidth(max(size * 0.06, 0.2))
    c.setStrokeColorRGB(*color)
    boxes = round(run.width / PLACEHOLDER_W)
    for i in range(boxes):
        c.rect(x + i * w + w * 0.12, y, w * 0.76, PLACEHOLDER_H * size, stroke=1, fill=0)
    c.restoreState()
