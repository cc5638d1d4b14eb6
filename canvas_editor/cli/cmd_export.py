"""`canvas-editor export`: a printable PDF, a PNG or SVG picture, or a Markdown, CSV,
JSON Canvas or PowerPoint file of a canvas.

The output's suffix picks the exporter. Exporters import their drawing library inside
the call: a PDF export loads reportlab and never Qt; a PNG or SVG export draws the
board with Qt (offscreen, unless a platform is named) and never loads reportlab; a
PowerPoint export loads python-pptx (and reportlab, to fit the canvas slide's text);
the other commands load none of them. Options are checked before anything heavy is
imported, so a usage error costs nothing.

Exit codes: 0 written; 1 the input cannot be read or the output cannot be written
(one line, and no half-written file: the export is written atomically); 2 usage,
such as an unknown page size.

A text with characters no font has is still exported (they print as empty boxes) and
named in one line on stderr; `--strict` makes that exit 1, after writing the file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from canvas_editor.export.image_options import (
    DEFAULT_DPI,
    ImageOptions,
    ImageOptionsError,
    check_image_options,
)
from canvas_editor.export.page_sizes import DEFAULT_PAPER, PAPER_SIZES, UnknownPaperSize, paper_size
from canvas_editor.i18n import localized, translate
from canvas_editor.model.document import Canvas
from canvas_editor.storage.errors import LoadError, SaveError
from canvas_editor.storage.load import load_canvas
from canvas_editor.storage.save import write_atomic

# Writes the export; returns the line naming texts with unprintable characters, if any.
Writer = Callable[[Canvas, Path], str | None]


class UsageError(Exception):
    """Options that cannot work together; reported with the usage line, exit 2."""


def _pdf_writer(args: argparse.Namespace) -> Writer:
    if args.dpi is not None:
        raise UsageError("--dpi sets the resolution of a .png image; a PDF has none")
    from canvas_editor.export.pdf import PdfOptions, PdfOptionsError, check_options, render
    from canvas_editor.export.unprintable import describe

    options = PdfOptions(
        page_size=args.page_size,
        portrait=args.portrait,
        tile=args.tile,
        appendix=args.appendix,
        legend=not args.no_legend,
    )
    try:
        check_options(options)
    except (PdfOptionsError, UnknownPaperSize) as exc:
        raise UsageError(str(exc)) from None

    def write(canvas: Canvas, out: Path) -> str | None:
        rendered = render(canvas, options)
        write_atomic(out, rendered.data)
        return describe(rendered.unprintable)

    return write


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "AEFHILMNORSX" else f"a {kind}"


def _image_options(args: argparse.Namespace, kind: str) -> ImageOptions:
    for given, flag in ((args.tile, "--tile"), (args.appendix, "--appendix")):
        if given:
            raise UsageError(f"{flag} is for PDF exports; {_a(kind)} image is one picture of the sheet")
    if args.dpi is not None and kind != "PNG":
        raise UsageError(f"--dpi sets the resolution of a .png image; {_a(kind)} image has none")
    options = ImageOptions(
        page_size=args.page_size,
        portrait=args.portrait,
        dpi=DEFAULT_DPI if args.dpi is None else args.dpi,
        legend=not args.no_legend,
    )
    try:
        check_image_options(options)
    except (ImageOptionsError, UnknownPaperSize) as exc:
        raise UsageError(str(exc)) from None
    return options


def _image_writer(kind: str) -> Callable[[argparse.Namespace], Writer]:
    """The writer factory for a PNG or SVG picture: the same options, drawn by Qt."""

    def checked(args: argparse.Namespace) -> Writer:
        options = _image_options(args, kind)

        def write(canvas: Canvas, out: Path) -> str | None:
            from canvas_editor.export.unprintable import describe, find
            from canvas_editor.scene import image_export

            image_export.ensure_application()
            export = image_export.export_png if kind == "PNG" else image_export.export_svg
            export(canvas, out, options)
            return describe(find(canvas))

        return write

    return checked


def _render_document(suffix: str, canvas: Canvas) -> bytes:
    """The bytes of a document export; each loads only its own module."""
    if suffix == ".csv":
        from canvas_editor.export.csv_table import render_csv

        return render_csv(canvas)
    if suffix == ".canvas":
        from canvas_editor.export.json_canvas import render_json_canvas

        return render_json_canvas(canvas)
    if suffix == ".pptx":
        from canvas_editor.export.pptx_deck import render_pptx

        return render_pptx(canvas)
    from canvas_editor.export.markdown import render_markdown

    return render_markdown(canvas)


def _document_writer(suffix: str, kind: str) -> Callable[[argparse.Namespace], Writer]:
    """The writer factory for a file another program edits: no paper, so no paper options."""

    def checked(args: argparse.Namespace) -> Writer:
        for given, flag in (
            (args.page_size != DEFAULT_PAPER, "--page-size"),
            (args.portrait, "--portrait"),
            (args.dpi is not None, "--dpi"),
            (args.tile, "--tile"),
            (args.appendix, "--appendix"),
            (args.no_legend, "--no-legend"),
        ):
            if given:
                raise UsageError(f"{flag} is for PDF, PNG and SVG exports, not for {kind} files")

        def write(canvas: Canvas, out: Path) -> None:
            write_atomic(out, _render_document(suffix, canvas))

        return write

    return checked


# Output suffix -> a function that checks the options and returns the writer.
EXPORTERS: dict[str, Callable[[argparse.Namespace], Writer]] = {
    ".pdf": _pdf_writer,
    ".png": _image_writer("PNG"),
    ".svg": _image_writer("SVG"),
    ".md": _document_writer(".md", "Markdown"),
    ".markdown": _document_writer(".markdown", "Markdown"),
    ".csv": _document_writer(".csv", "CSV"),
    ".canvas": _document_writer(".canvas", "JSON Canvas"),
    ".pptx": _document_writer(".pptx", "PowerPoint"),
}


def _paper_name(value: str) -> str:
    try:
        return paper_size(value).name
    except UnknownPaperSize as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parser(sub: Any) -> None:
    sizes = ", ".join(PAPER_SIZES)
    p = sub.add_parser(
        "export",
        help=translate("cli", "export a canvas to PDF, PNG, SVG, Markdown, CSV, JSON Canvas or PowerPoint"),
        description=translate(
            "cli",
            "Export a canvas to a printable PDF (the board as it looks on screen, "
            "with text that stays selectable and fonts embedded), to a PNG or SVG picture "
            "of the sheet at the paper's physical size, or to a file other programs edit: "
            "Markdown (.md), a CSV table of the notes (.csv), JSON Canvas (.canvas, for "
            "Obsidian) or a PowerPoint deck (.pptx).",
        ),
    )
    p.add_argument("file", metavar="FILE", help=translate("cli", "the .bmc file to export"))
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=translate(
            "cli",
            "the file to write; its suffix picks the format (.pdf, .png, .svg, .md, .csv, .canvas or .pptx)",
        ),
    )
    p.add_argument(
        "--page-size",
        type=_paper_name,
        default=DEFAULT_PAPER,
        metavar="SIZE",
        help=translate("cli", "paper size: {sizes} (default: {default}, landscape)").format(
            sizes=sizes, default=DEFAULT_PAPER
        ),
    )
    p.add_argument(
        "--portrait",
        action="store_true",
        help=translate("cli", "portrait page (the sheet is scaled to the width)"),
    )
    p.add_argument(
        "--dpi",
        type=int,
        metavar="N",
        help=translate(
            "cli",
            "PNG only: dots per inch of the paper size (default: {default}; "
            "A3 at 300 dpi is 4961 x 3508 pixels)",
        ).format(default=DEFAULT_DPI),
    )
    p.add_argument(
        "--tile",
        type=_paper_name,
        metavar="PAPER",
        help=translate(
            "cli",
            "PDF only: print a large page size over several sheets of PAPER (e.g. A4 or Letter) "
            "to build a poster",
        ),
    )
    p.add_argument(
        "--appendix",
        action="store_true",
        help=translate(
            "cli",
            "PDF only: add pages with every note's full text and description, numbered as on the canvas",
        ),
    )
    p.add_argument(
        "--no-legend",
        action="store_true",
        help=translate(
            "cli",
            "PDF, PNG and SVG: leave out the legend of the customer segments (their colours, "
            "letter tags and names), printed beside the attribution when the canvas has segments",
        ),
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help=translate(
            "cli",
            "exit 1 when some text has characters no font can print (the file is still written, "
            "with an empty box for each)",
        ),
    )
    p.set_defaults(export_parser=p)


def run(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.export_parser
    out = Path(args.output)
    make_writer = EXPORTERS.get(out.suffix.lower())
    if make_writer is None:
        kinds = ", ".join(EXPORTERS)
        what = f"'{out.suffix}'" if out.suffix else translate("cli", "no suffix")
        parser.error(
            translate(
                "cli", "cannot tell what to write for {name} ({suffix}); name the output {kinds}"
            ).format(name=out.name, suffix=what, kinds=kinds)
        )
    try:
        write = make_writer(args)
    except UsageError as exc:
        parser.error(str(exc))
    try:
        canvas = load_canvas(args.file)
    except LoadError as exc:
        print(f"{args.file}: {localized(exc)}", file=sys.stderr)
        return 1
    try:
        warning = write(canvas, out)
    except SaveError as exc:
        print(f"{out}: {localized(exc)}", file=sys.stderr)
        return 1
    if warning is not None:
        print(f"{args.file}: {warning}", file=sys.stderr)
        return 1 if args.strict else 0
    return 0
