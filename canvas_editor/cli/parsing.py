"""The command line's parser in the user's language: argparse's own words (usage, error,
the help option, section headings) come from the catalogue, through argparse's public
extension points (a HelpFormatter and an ArgumentParser subclass).

Messages argparse composes itself ("the following arguments are required ...") stay
in English: argparse offers no hook for them short of patching its gettext domain.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

from canvas_editor.i18n import translate


def _heading(heading: str) -> str:
    """argparse's section headings as it writes them, in the user's language."""
    if heading == "positional arguments":
        return translate("cli", "positional arguments")
    if heading == "options":
        return translate("cli", "options")
    return heading


class Formatter(argparse.HelpFormatter):
    """argparse's layout, with the usage prefix and the headings translated."""

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, translate("cli", "usage: ") if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(_heading(heading) if heading else heading)


class RawDescriptionFormatter(Formatter, argparse.RawDescriptionHelpFormatter):
    """Formatter, keeping the description's own lines (a table of examples)."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own words are translated; subcommands are Parsers too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=translate("cli", "show this help message and exit"),
        )

    def add_version(self, version: str) -> None:
        self.add_argument(
            "--version", action="version", version=version, help=translate("cli", "show the version and exit")
        )

    def error(self, message: str) -> NoReturn:
        """The usage and one line, `prog: error: message`, on stderr; exit status 2 as argparse's."""
        self.print_usage(sys.stderr)
        line = translate("cli", "{prog}: error: {message}").format(prog=self.prog, message=message)
        self.exit(2, line + "\n")
