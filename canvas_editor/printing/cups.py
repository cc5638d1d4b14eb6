"""The print system, through CUPS's own commands: `lpstat` to list the printers, `lp`
to queue a job.

CUPS takes PDF jobs, so a print is the export's PDF itself: its fonts, text and
vectors reach the printer's driver untouched, and nothing is painted twice. Which
server is asked follows CUPS's own rules (`CUPS_SERVER`, `~/.cups/client.conf`). The
commands run in the C locale, so their answers read the same on every desktop.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import NamedTuple

TIMEOUT = 60.0  # seconds; a job of a 2,000-note A0 canvas is queued in a few


class PrintSystemError(Exception):
    """The job could not be queued; the message is one line for the user."""


class NoPrintSystem(PrintSystemError):
    """No print system answers: CUPS is not installed, or its scheduler is not running."""


class UnknownPrinter(PrintSystemError):
    pass


class Printers(NamedTuple):
    names: tuple[str, ...]
    default: str | None


def _run(command: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    if shutil.which(command[0]) is None:
        raise NoPrintSystem("no print system is installed (CUPS's lp and lpstat are missing)")
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        return subprocess.run(command, input=data, capture_output=True, env=env, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise PrintSystemError(f"the print system did not answer within {TIMEOUT:.0f} s") from None
    except OSError as exc:
        raise NoPrintSystem(f"cannot run {command[0]}: {exc.strerror or exc}") from None


def _first_line(out: bytes) -> str:
    lines = out.decode("utf-8", "replace").strip().splitlines()
    return lines[0].removeprefix("lp: ").removeprefix("lpstat: ") if lines else ""


def check_running() -> None:
    """Raises NoPrintSystem unless a CUPS scheduler answers."""
    answer = _run(["lpstat", "-r"])
    if b"scheduler is running" not in answer.stdout:
        raise NoPrintSystem("the print system (CUPS) is not running")


def list_printers() -> Printers:
    """The print queues and the default one; raises NoPrintSystem."""
    check_running()
    names = tuple(line for line in _run(["lpstat", "-e"]).stdout.decode("utf-8", "replace").split() if line)
    default_line = _run(["lpstat", "-d"]).stdout.decode("utf-8", "replace").strip()
    default = default_line.rpartition(": ")[2] if default_line.startswith("system default") else None
    return Printers(names, default if default in names else None)


def submit(
    pdf: bytes, printer: str, title: str, copies: int, media: str, pages: tuple[int, int] | None = None
) -> str:
    """Queue `pdf` on `printer`, on `media` paper (a CUPS size name: "A4", "Letter"),
    only `pages` (first and last, from 1) when given; returns the job's id. Raises
    NoPrintSystem or PrintSystemError."""
    command = ["lp", "-d", printer, "-n", str(copies), "-t", title or "canvas", "-o", f"media={media}"]
    if pages is not None:
        # The job stays the export's whole PDF; CUPS's pdftopdf prints the range.
        command += ["-P", f"{pages[0]}-{pages[1]}"]
    command.append("-")
    answer = _run(command, pdf)
    if answer.returncode != 0:
        reason = _first_line(answer.stderr) or f"lp exited with {answer.returncode}"
        raise PrintSystemError(f"{printer} did not take the job: {reason}")
    # "request id is NAME-12 (1 file(s))"
    words = answer.stdout.decode("utf-8", "replace").split()
    return words[3] if len(words) > 3 and words[:3] == ["request", "id", "is"] else ""
