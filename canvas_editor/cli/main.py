"""Entry point of `canvas-editor`: dispatch, exit codes, and the last-resort handler.

Exit codes: 0 success, 1 a bad or unreadable input (one line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from types import ModuleType

from canvas_editor import __version__
from canvas_editor.i18n import translate

# Command name -> its module, which offers `add_parser(subparsers)` and `run(args) -> int`.
# Modules are imported when a command line names them: opening the editor (no command)
# needs none of them, and their imports (storage, export options) would add to start-up.
COMMANDS = {
    "new": "canvas_editor.cli.cmd_new",
    "templates": "canvas_editor.cli.cmd_templates",
    "validate": "canvas_editor.cli.cmd_validate",
    "import": "canvas_editor.cli.cmd_import",
    "export": "canvas_editor.cli.cmd_export",
    "snapshot": "canvas_editor.cli.cmd_snapshot",
    "diff": "canvas_editor.cli.cmd_diff",
    "print": "canvas_editor.cli.cmd_print",
    "install-desktop": "canvas_editor.cli.cmd_install_desktop",
    "serve": "canvas_editor.cli.cmd_serve",
    "join": "canvas_editor.cli.cmd_join",
}


def command_module(name: str) -> ModuleType:
    return import_module(COMMANDS[name])


def build_parser() -> argparse.ArgumentParser:
    from canvas_editor.cli.parsing import Parser

    parser = Parser(
        prog="canvas-editor",
        description=translate(
            "cli",
            "A Business Model Canvas editor. Commands: {commands}. "
            "Run 'canvas-editor COMMAND --help' for each.",
        ).format(commands=", ".join(COMMANDS)),
    )
    parser.add_version(f"canvas-editor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        command_module(name).add_parser(sub)
    return parser


def build_open_parser() -> argparse.ArgumentParser:
    from canvas_editor.cli.parsing import Parser

    parser = Parser(
        prog="canvas-editor",
        description=translate(
            "cli",
            "Open the editor window, on FILE if given. Other commands: {commands} "
            "(see 'canvas-editor COMMAND --help').",
        ).format(commands=", ".join(COMMANDS)),
    )
    parser.add_version(f"canvas-editor {__version__}")
    parser.add_argument("files", nargs="*", metavar="FILE", help=translate("cli", ".bmc files to open"))
    parser.add_argument(
        "--template", metavar="NAME", help=translate("cli", "open a new canvas from a bundled template")
    )
    return parser


def open_editor(args: argparse.Namespace) -> int:
    # Qt is imported only here: the other commands never load it.
    from canvas_editor.app import run_editor

    return run_editor(list(args.files), template=args.template)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS:
            args = build_parser().parse_args(argv)
            return int(command_module(args.command).run(args))
        return open_editor(build_open_parser().parse_args(argv))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`canvas-editor validate ... | head`): nothing to report.
        _silence_stdout()
        return 1
    except SystemExit:
        raise
    except Exception as exc:
        from canvas_editor.cli.crash_log import report_unexpected

        return report_unexpected(exc)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so flushing it at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (e.g. captured in tests)
        pass
