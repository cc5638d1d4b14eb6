"""`canvas-editor print`: a canvas to a printer, as File > Print sends it (the PDF
export's page, queued with CUPS's `lp`), for printing handouts from a script.

Exit codes: 0 the job is queued; 1 the file cannot be read, the printer is unknown,
the print system is down or the pages asked are not in the print (one line on stderr,
nothing queued); 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from canvas_editor.export.page_sizes import DEFAULT_PAPER, PAPER_SIZES, UnknownPaperSize, paper_size
from canvas_editor.i18n import localized, translate


def _paper_name(value: str) -> str:
    try:
        return paper_size(value).name
    except UnknownPaperSize as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _copies(value: str) -> int:
    from canvas_editor.printing.job import MAX_COPIES

    try:
        n = int(value)
    except ValueError:
        n = 0
    if not 1 <= n <= MAX_COPIES:
        line = translate("cli", "copies must be a whole number from 1 to {most}: {value}")
        raise argparse.ArgumentTypeError(line.format(most=MAX_COPIES, value=repr(value)))
    return n


def _pages(value: str) -> tuple[int, int]:
    first, dash, last = value.strip().partition("-")
    try:
        pages = (int(first), int(last) if dash else int(first))
    except ValueError:
        pages = (0, 0)
    if not 1 <= pages[0] <= pages[1]:
        line = translate("cli", "pages are a page or a range from 1, such as 3 or 2-5: {value}")
        raise argparse.ArgumentTypeError(line.format(value=repr(value)))
    return pages


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "print",
        help=translate("cli", "print a canvas (the PDF export's page) on a printer"),
        description=translate(
            "cli",
            "Print a canvas: the page of 'canvas-editor export' for the paper and "
            "orientation, queued on a printer of the print system (CUPS).",
        ),
    )
    p.add_argument("file", nargs="?", metavar="FILE", help=translate("cli", "the .bmc file to print"))
    p.add_argument(
        "--list-printers",
        action="store_true",
        help=translate("cli", "list the printers, the default marked *"),
    )
    p.add_argument(
        "--printer",
        metavar="NAME",
        help=translate("cli", "the printer (default: the print system's default)"),
    )
    p.add_argument(
        "--page-size",
        type=_paper_name,
        default=DEFAULT_PAPER,
        metavar="SIZE",
        help=translate("cli", "paper size: {sizes} (default: {default})").format(
            sizes=", ".join(PAPER_SIZES), default=DEFAULT_PAPER
        ),
    )
    turn = p.add_mutually_exclusive_group()
    turn.add_argument(
        "--landscape",
        dest="portrait",
        action="store_false",
        help=translate("cli", "landscape page (default)"),
    )
    turn.add_argument(
        "--portrait", dest="portrait", action="store_true", help=translate("cli", "portrait page")
    )
    p.add_argument(
        "--copies",
        type=_copies,
        default=1,
        metavar="N",
        help=translate("cli", "how many copies (default: 1)"),
    )
    p.add_argument(
        "--tiles",
        "--tile",
        dest="tile",
        type=_paper_name,
        metavar="PAPER",
        help=translate("cli", "print a large page size over several sheets of PAPER (a poster)"),
    )
    p.add_argument(
        "--pages",
        type=_pages,
        metavar="FROM-TO",
        help=translate("cli", "print only these pages of the print, such as 2-5 or 3 (default: all)"),
    )
    p.set_defaults(print_parser=p, portrait=False)


def _list_printers() -> int:
    from canvas_editor.printing import cups

    try:
        printers = cups.list_printers()
    except cups.PrintSystemError as exc:
        print(f"canvas-editor print: {exc}", file=sys.stderr)
        return 1
    for name in printers.names:
        print(f"{name} *" if name == printers.default else name)
    return 0


def run(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.print_parser
    if args.list_printers:
        if args.file is not None:
            parser.error(translate("cli", "--list-printers takes no FILE"))
        return _list_printers()
    if args.file is None:
        parser.error(translate("cli", "name the FILE to print (or --list-printers)"))
    from canvas_editor.export.pdf import PdfOptions, PdfOptionsError, check_options

    try:
        check_options(PdfOptions(page_size=args.page_size, portrait=args.portrait, tile=args.tile))
    except (PdfOptionsError, UnknownPaperSize) as exc:
        parser.error(str(exc))

    from canvas_editor.printing import cups
    from canvas_editor.printing.job import PrintChoice, print_canvas
    from canvas_editor.storage.errors import LoadError
    from canvas_editor.storage.load import load_canvas

    try:
        canvas = load_canvas(args.file)
    except LoadError as exc:
        print(f"{args.file}: {localized(exc)}", file=sys.stderr)
        return 1
    choice = PrintChoice(args.printer, args.page_size, args.portrait, args.copies, args.tile, args.pages)
    try:
        printed = print_canvas(canvas, choice)
    except cups.PrintSystemError as exc:
        print(f"canvas-editor print: {exc}", file=sys.stderr)
        return 1
    queued = (
        translate("cli", "{file}: 1 page queued on {printer} as {job}")
        if printed.pages == 1
        else translate("cli", "{file}: {pages} pages queued on {printer} as {job}")
    )
    job = printed.job or translate("cli", "a job")
    print(queued.format(file=args.file, pages=printed.pages, printer=printed.printer, job=job))
    return 0
