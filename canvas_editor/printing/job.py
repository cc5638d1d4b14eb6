"""One print of a canvas: the PDF export's page for the chosen paper, queued on a printer.

The window's File > Print and `canvas-editor print` both come here, so a printout is
always `export.pdf.render` of the same options: the paper, the orientation and the
posters' tiles are the export's, and every mark keeps the export's 5 mm from the edge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from canvas_editor.export.page_sizes import DEFAULT_PAPER
from canvas_editor.model.document import Canvas
from canvas_editor.printing import cups

if TYPE_CHECKING:
    from canvas_editor.export.pdf import PdfOptions

MAX_COPIES = 999


class PrintChoice(NamedTuple):
    """What a print asks for; `printer` None is the print system's default."""

    printer: str | None = None
    page_size: str = DEFAULT_PAPER
    portrait: bool = False
    copies: int = 1
    tile: str | None = None
    pages: tuple[int, int] | None = None  # first and last page to print, from 1; None: all


def pdf_options(choice: PrintChoice) -> PdfOptions:
    """The export's options for this print: the same page, byte for byte."""
    from canvas_editor.export.pdf import PdfOptions

    return PdfOptions(page_size=choice.page_size, portrait=choice.portrait, tile=choice.tile)


class Printed(NamedTuple):
    printer: str
    pages: int  # the pages printed: the range's, or all
    job: str


def check_pages(pages: tuple[int, int] | None, count: int) -> None:
    """Raises PrintSystemError unless `pages` is a range within a job of `count` pages."""
    if pages is None:
        return
    first, last = pages
    if not 1 <= first <= last <= count:
        having = "1 page" if count == 1 else f"1 to {count}"
        raise cups.PrintSystemError(f"pages {first}-{last} are not in this print, which has {having}")


def resolve_printer(choice: PrintChoice) -> str:
    """The printer the job goes to; raises NoPrintSystem or UnknownPrinter."""
    printers = cups.list_printers()
    if choice.printer is not None:
        if choice.printer not in printers.names:
            known = ", ".join(printers.names) or "none is set up"
            raise cups.UnknownPrinter(f"no printer named {choice.printer!r} (printers: {known})")
        return choice.printer
    if printers.default is not None:
        return printers.default
    if len(printers.names) == 1:
        return printers.names[0]
    if not printers.names:
        raise cups.UnknownPrinter("no printer is set up")
    raise cups.UnknownPrinter(f"no default printer; choose one of: {', '.join(printers.names)}")


def print_canvas(canvas: Canvas, choice: PrintChoice) -> Printed:
    """Render the PDF and queue it; raises cups.PrintSystemError (one-line messages),
    and the export's UnknownPaperSize / PdfOptionsError for paper it cannot make."""
    from canvas_editor.export.pdf import check_options, render

    options = pdf_options(choice)
    paper, tile = check_options(options)
    if not 1 <= choice.copies <= MAX_COPIES:
        raise cups.PrintSystemError(f"copies must be 1 to {MAX_COPIES}, not {choice.copies}")
    printer = resolve_printer(choice)
    rendered = render(canvas, options)
    check_pages(choice.pages, rendered.pages)
    # A poster's pages are of the tile's paper; the appendix then shares it.
    media = (tile or paper).name
    title = canvas.title or "Business Model Canvas"
    job = cups.submit(rendered.data, printer, title, choice.copies, media, choice.pages)
    first, last = choice.pages or (1, rendered.pages)
    return Printed(printer, last - first + 1, job)
