"""Canvases for the tests of the Markdown, CSV, JSON Canvas and PowerPoint files, and
what a round trip through each must keep.

The strategy mixes any Unicode text with text made of the characters these formats
give a meaning to (Markdown's `#`, `-`, `*`, `|`, `\\`, `<`, `&`; CSV's quotes, commas
and line ends; the separators of tags and of a note's suffix), so both kinds of
input reach every test.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from hypothesis import strategies as st

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import STICKY_COLORS
from canvas_editor.model.document import Canvas, Note, Segment
from canvas_editor.model.validation import validate_canvas

MEANINGFUL = list("#-*+=_|\\`<>&;,:()[]!~$%'\"\n\r\t 1.")
HANGUL = list("가치제안고객")


def texts(max_size: int, min_size: int = 0) -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(min_size=min_size, max_size=max_size),
        st.text(st.sampled_from(MEANINGFUL + HANGUL + ["a", "b"]), min_size=min_size, max_size=max_size),
    )


colors = st.one_of(
    st.sampled_from(list(STICKY_COLORS.values())),
    st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True),
)


@st.composite
def canvases(draw: st.DrawFn, max_notes: int = 12) -> Canvas:
    names = draw(st.lists(texts(30, min_size=1), max_size=3, unique=True))
    segments = [Segment(f"seg{i}", name, draw(colors)) for i, name in enumerate(names)]
    notes = []
    for i in range(draw(st.integers(0, max_notes))):
        notes.append(
            Note(
                id=f"note{i}",
                block=draw(st.sampled_from(list(BlockId))),
                text=draw(texts(60)),
                description=draw(texts(80)),
                color=draw(colors),
                segment=draw(st.sampled_from([None, *(s.id for s in segments)])),
                tags=tuple(draw(st.lists(texts(20, min_size=1), max_size=4))),
                votes=draw(st.integers(0, 10**9)),
                x=draw(st.floats(0.0, 1.0)),
                y=draw(st.floats(0.0, 1.0)),
            )
        )
    order = draw(st.permutations(list(BlockId)))
    canvas = Canvas(
        title=draw(texts(40)),
        designed_for=draw(texts(20)),
        designed_by=draw(texts(20)),
        date=draw(texts(12)),
        iteration=draw(texts(6)),
        language=draw(st.sampled_from(["en", "ko", "ko-KR", "fr"])),
        notes=notes,
        segments=segments,
        presentation_order=list(order[: draw(st.integers(0, len(order)))]),
    )
    return validate_canvas(canvas)  # the strategy makes only canvases a file may hold


def segment_of(canvas: Canvas, note: Note) -> tuple[str, str] | None:
    segment = canvas.segment(note.segment) if note.segment is not None else None
    return None if segment is None else (segment.name, segment.color)


def kept_by_blocks(canvas: Canvas, with_colors: bool = True) -> dict[BlockId, list[tuple[Any, ...]]]:
    """What Markdown keeps of each note, block by block in the canvas's order: text,
    description, segment (name, and colour when the legend carries it), tags, votes."""
    return {
        block: [
            (
                n.text,
                n.description,
                segment_of(canvas, n) if with_colors else (segment_of(canvas, n) or ("",))[0],
                n.tags,
                n.votes,
            )
            for n in canvas.notes_in(block)
        ]
        for block in BlockId
    }


def kept_by_csv(canvas: Canvas) -> list[tuple[Any, ...]]:
    """What a CSV row keeps: every field the model declares for a note but its id, the
    segment by its name; in the canvas's note order."""
    segments = {s.id: s.name for s in canvas.segments}
    return [
        tuple(
            segments.get(n.segment or "") if f.name == "segment" else getattr(n, f.name)
            for f in dataclasses.fields(Note)
            if f.name != "id"
        )
        for n in canvas.notes
    ]
