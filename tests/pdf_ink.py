"""Where ink lands on a PDF page, as poppler draws it (`pdftoppm`): the distance in
millimetres from each edge of the paper to the nearest mark."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import NamedTuple

DPI = 100  # a quarter of a millimetre a pixel
INK = 245  # grey levels below this are ink (paper is 255)
_MARK = bytes(1 if v < INK else 0 for v in range(256))  # ink as 1, paper as 0


class Clearance(NamedTuple):
    left: float
    top: float
    right: float
    bottom: float

    def smallest(self) -> float:
        return min(self)


def _gray_pages(pdf: bytes, dpi: int) -> list[tuple[int, int, bytes]]:
    with tempfile.TemporaryDirectory() as folder:
        src = Path(folder) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(src), str(Path(folder) / "p")], check=True)
        pages = []
        for pgm in sorted(Path(folder).glob("p*.pgm")):
            data = pgm.read_bytes()
            # P5\n<w> <h>\n255\n<bytes>
            magic, size, depth, pixels = data.split(b"\n", 3)
            assert magic == b"P5" and depth == b"255"
            w, h = (int(v) for v in size.split())
            pages.append((w, h, pixels))
        return pages


def clearances(pdf: bytes, dpi: int = DPI) -> list[Clearance]:
    """For each page, how far its ink stays from the paper's edges (mm); a blank page
    reports its whole size."""
    out = []
    px_mm = 25.4 / dpi
    for w, h, pixels in _gray_pages(pdf, dpi):
        marks = pixels.translate(_MARK)
        rows = [marks[y * w : (y + 1) * w] for y in range(h)]
        inked_rows = [y for y, row in enumerate(rows) if 1 in row]
        if not inked_rows:
            out.append(Clearance(w * px_mm, h * px_mm, w * px_mm, h * px_mm))
            continue
        left = min(rows[y].find(1) for y in inked_rows)
        right = max(rows[y].rfind(1) for y in inked_rows)
        out.append(
            Clearance(
                left * px_mm,
                inked_rows[0] * px_mm,
                (w - 1 - right) * px_mm,
                (h - 1 - inked_rows[-1]) * px_mm,
            )
        )
    return out
