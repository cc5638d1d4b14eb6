"""Paper sizes the export offers, in PDF points (1/72 inch).

Pure Python (no reportlab) so the command line can validate `--page-size` and
`--tile` without paying for the reportlab import.
"""

from __future__ import annotations

from typing import NamedTuple

MM = 72.0 / 25.4
INCH = 72.0


class PaperSize(NamedTuple):
    """A paper size in portrait orientation (width <= height), in points."""

    name: str
    width: float
    height: float

    def oriented(self, portrait: bool) -> tuple[float, float]:
        """(width, height) of the sheet in the asked orientation."""
        return (self.width, self.height) if portrait else (self.height, self.width)

    @property
    def area(self) -> float:
        return self.width * self.height


def _mm(name: str, w: float, h: float) -> PaperSize:
    return PaperSize(name, w * MM, h * MM)


# Insertion order is the order shown to the user.
PAPER_SIZES: dict[str, PaperSize] = {
    p.name: p
    for p in (
        _mm("A4", 210, 297),
        _mm("A3", 297, 420),
        _mm("A2", 420, 594),
        _mm("A1", 594, 841),
        _mm("A0", 841, 1189),
        PaperSize("Letter", 8.5 * INCH, 11 * INCH),
        PaperSize("Tabloid", 11 * INCH, 17 * INCH),
    )
}

DEFAULT_PAPER = "A4"

# Office printers leave 4 to 5 mm along each edge unprinted: every mark on a page stays
# at least this far inside, on every paper, so a printout loses nothing.
SAFE_MARGIN = 5.0 * MM


class UnknownPaperSize(ValueError):
    """A paper name that is not in PAPER_SIZES; the message lists the valid ones."""

    def __init__(self, name: str) -> None:
        super().__init__(f"unknown page size {name!r} (choose from: {', '.join(PAPER_SIZES)})")


def tile_papers(page: str) -> list[str]:
    """The papers a poster of `page` size can be tiled on: the smaller ones, in order."""
    area = paper_size(page).area
    return [p.name for p in PAPER_SIZES.values() if p.area < area]


def paper_size(name: str) -> PaperSize:
    """Look a paper size up by name, ignoring case ("a3" is A3)."""
    for key, size in PAPER_SIZES.items():
        if key.lower() == name.strip().lower():
            return size
    raise UnknownPaperSize(name)
