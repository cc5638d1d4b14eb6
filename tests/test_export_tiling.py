"""Poster tiling: a large canvas over office pages that glue into the same picture."""

from __future__ import annotations

import io
import math
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from canvas_editor.export.pdf import PdfOptions, render_pdf
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note

MM = 72 / 25.4
A0_LANDSCAPE = (1189 * MM, 841 * MM)
A4_PORTRAIT = (210 * MM, 297 * MM)
LETTER_PORTRAIT = (8.5 * 72, 11 * 72)
# The documented tiling: a 10 mm margin above and beside the window and 15 mm below it
# hold the marks and labels 5 mm inside the paper; neighbours share 10 mm.
MARGIN = 10 * MM
BOTTOM = 15 * MM
OVERLAP = 10 * MM


def grid_for(poster: tuple[float, float], paper: tuple[float, float]) -> tuple[int, int, tuple[float, float]]:
    """(rows, cols, page size): whichever way round the paper needs fewer pages."""
    options = []
    for w, h in (paper, (paper[1], paper[0])):
        cols = max(1, math.ceil((poster[0] - OVERLAP) / (w - 2 * MARGIN - OVERLAP)))
        rows = max(1, math.ceil((poster[1] - OVERLAP) / (h - MARGIN - BOTTOM - OVERLAP)))
        options.append((rows * cols, rows, cols, (w, h)))
    _, rows, cols, page = min(options, key=lambda o: o[0])
    return rows, cols, page


def poster_canvas(language: str = "en", with_text: bool = True) -> Canvas:
    notes = [
        Note(
            id=f"n{i}", block=b, text=f"Note {b.value.replace('_', ' ')}" if with_text else "", x=0.1, y=0.08
        )
        for i, b in enumerate(BlockId)
    ]
    return Canvas(title="Wall poster", language=language, notes=notes)


def squeeze(s: str) -> str:
    return "".join(s.split())


def test_an_a0_canvas_tiled_on_a4_gives_the_grid_each_page_labelled() -> None:
    reader = PdfReader(io.BytesIO(render_pdf(poster_canvas(), PdfOptions(page_size="A0", tile="A4"))))
    rows, cols, page = grid_for(A0_LANDSCAPE, A4_PORTRAIT)
    assert rows * cols >= 16  # an A0 is sixteen A4 sheets before margins
    assert len(reader.pages) == rows * cols
    for i, p in enumerate(reader.pages):
        assert (float(p.mediabox.width), float(p.mediabox.height)) == pytest.approx(page, abs=0.01)
        row, col = divmod(i, cols)
        text = p.extract_text()
        assert f"Row {row + 1} of {rows}, column {col + 1} of {cols}" in text
        assert "CC BY-SA 3.0" in text


def test_letter_tiles_and_korean_labels() -> None:
    reader = PdfReader(io.BytesIO(render_pdf(poster_canvas("ko"), PdfOptions(page_size="A1", tile="Letter"))))
    rows, cols, page = grid_for((841 * MM, 594 * MM), LETTER_PORTRAIT)
    assert len(reader.pages) == rows * cols
    for i, p in enumerate(reader.pages):
        assert (float(p.mediabox.width), float(p.mediabox.height)) == pytest.approx(page, abs=0.01)
        row, col = divmod(i, cols)
        assert f"{rows}행 중 {row + 1}행, {cols}열 중 {col + 1}열" in p.extract_text()


def test_a_note_is_found_on_the_pages_that_show_it() -> None:
    canvas = poster_canvas()
    reader = PdfReader(io.BytesIO(render_pdf(canvas, PdfOptions(page_size="A0", tile="A4"))))
    texts = [squeeze(p.extract_text()) for p in reader.pages]
    for note in canvas.notes:
        assert any(squeeze(note.text) in t for t in texts), note.text
    # Key Partners sits at the top left of the poster: not on the bottom-right page.
    assert "Notekeypartners" in texts[0]
    assert "Notekeypartners" not in texts[-1]


def _gray_pages(data: bytes, folder: Path, dpi: int) -> list[tuple[int, int, bytes]]:
    pdf = folder / "poster.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(pdf), str(folder / "p")], check=True)
    pages = []
    for f in sorted(folder.glob("p-*.pgm")):
        magic, w, h, _maxval, pixels = f.read_bytes().split(maxsplit=4)
        assert magic == b"P5"
        pages.append((int(w), int(h), pixels))
        f.unlink()
    return pages


def test_the_tiles_glued_together_show_the_whole_poster(tmp_path: Path) -> None:
    """Each page's window equals the same region of the untiled A0 page, and windows cover it."""
    dpi, stride = 36, 2
    k = dpi / 72.0
    canvas = poster_canvas(with_text=False)
    [(pw, ph, poster)] = _gray_pages(render_pdf(canvas, PdfOptions(page_size="A0")), tmp_path, dpi)
    tiles = _gray_pages(render_pdf(canvas, PdfOptions(page_size="A0", tile="A4")), tmp_path, dpi)
    rows, cols, (page_w, page_h) = grid_for(A0_LANDSCAPE, A4_PORTRAIT)
    assert len(tiles) == rows * cols
    step_x, step_y = page_w - 2 * MARGIN - OVERLAP, page_h - MARGIN - BOTTOM - OVERLAP
    # Inner pixels of the window on the page (a pixel off its edges is clipped or marked).
    xs = range(round(MARGIN * k) + 1, round((page_w - MARGIN) * k) - 1, stride)
    ys = range(round(MARGIN * k) + 1, round((page_h - BOTTOM) * k) - 1, stride)
    covered_x: set[int] = set()
    covered_y: set[int] = set()
    for i, (tw, _th, tile) in enumerate(tiles):
        row, col = divmod(i, cols)
        dx, dy = (col * step_x - MARGIN) * k, (row * step_y - MARGIN) * k
        pairs = [(tx, round(tx + dx)) for tx in xs if 0 <= round(tx + dx) < pw]
        compared = differing = 0
        for ty in ys:
            py = round(ty + dy)
            if not 0 <= py < ph:
                continue
            covered_y.add(py)
            for tx, px in pairs:
                compared += 1
                differing += abs(tile[ty * tw + tx] - poster[py * pw + px]) > 60
        covered_x.update(px for _, px in pairs)
        assert compared > 0
        # Anti-aliased edges may land a fraction of a pixel apart; the picture is the same.
        assert differing <= 0.02 * compared, (row, col, differing, compared)
    # Sampled every `stride` pixels, the windows reach every part of the poster.
    assert all(any(abs(x - c) <= stride for c in covered_x) for x in range(pw))
    assert all(any(abs(y - c) <= stride for c in covered_y) for y in range(ph))


def test_appendix_after_tiles_is_on_the_tile_paper() -> None:
    canvas = poster_canvas()
    reader = PdfReader(io.BytesIO(render_pdf(canvas, PdfOptions(page_size="A0", tile="A4", appendix=True))))
    rows, cols, _ = grid_for(A0_LANDSCAPE, A4_PORTRAIT)
    assert len(reader.pages) == rows * cols + 1
    last = reader.pages[-1]
    assert (float(last.mediabox.width), float(last.mediabox.height)) == pytest.approx(A4_PORTRAIT, abs=0.01)
    assert all(squeeze(n.text) in squeeze(last.extract_text()) for n in canvas.notes)
