"""What an image export (PNG or SVG) of a canvas is asked for, and its size in pixels.

Pure Python, like page_sizes: the command line checks `--dpi` and the page size, and
refuses an image too large to hold in memory, before it starts Qt. The drawing itself
lives in `canvas_editor.scene.image_export` (Qt), because the image is the board.

An image has the physical size of the paper it is meant for: A3 landscape at 300 dpi
is 4961 x 3508 pixels, as it would print. The sheet keeps its own proportions (the
notes stay square) and is centred on paper of another shape, such as Letter.
"""

from __future__ import annotations

from typing import NamedTuple

from canvas_editor.export.page_sizes import DEFAULT_PAPER, INCH, paper_size

DEFAULT_DPI = 150
MIN_DPI, MAX_DPI = 10, 1200
# An ARGB image of this many pixels takes 600 MB; beyond it, ask for fewer dots.
MAX_PIXELS = 150_000_000


class ImageOptionsError(ValueError):
    """Options that cannot make an image; the message is one line for the user."""


class ImageOptions(NamedTuple):
    page_size: str = DEFAULT_PAPER
    portrait: bool = False
    dpi: int = DEFAULT_DPI
    legend: bool = True  # the segments' legend in the footer, when there are segments

    def page_points(self) -> tuple[float, float]:
        """(width, height) of the page in points (1/72 inch)."""
        return paper_size(self.page_size).oriented(self.portrait)

    def pixel_size(self) -> tuple[int, int]:
        """(width, height) in pixels: the paper's size at `dpi` dots per inch."""
        w, h = self.page_points()
        return (max(1, round(w / INCH * self.dpi)), max(1, round(h / INCH * self.dpi)))


def check_image_options(options: ImageOptions) -> tuple[int, int]:
    """The pixel size of the image; raises UnknownPaperSize or ImageOptionsError."""
    paper = paper_size(options.page_size)
    if not MIN_DPI <= options.dpi <= MAX_DPI:
        raise ImageOptionsError(f"--dpi {options.dpi} is out of range ({MIN_DPI} to {MAX_DPI})")
    w, h = options.pixel_size()
    if w * h > MAX_PIXELS:
        raise ImageOptionsError(
            f"{paper.name} at {options.dpi} dpi would be {w} x {h} pixels, too large for one "
            "image; choose a lower --dpi or a smaller --page-size"
        )
    return w, h
