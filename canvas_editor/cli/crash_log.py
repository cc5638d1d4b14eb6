"""Unexpected errors: one line for the user, the traceback to a log file."""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path

from platformdirs import user_log_dir

from canvas_editor.i18n import translate


def log_folder() -> Path:
    return Path(user_log_dir("canvas-editor", appauthor=False))


def report_unexpected(exc: BaseException) -> int:
    where = translate("cli", "the log could not be written")
    try:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "errors.log"
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
            f.write("".join(traceback.format_exception(exc)))
        where = translate("cli", "details in {file}").format(file=log)
    except OSError:
        pass
    # One line, however many lines the exception's own message has.
    summary = " ".join(f"{exc.__class__.__name__}: {exc}".split())
    if len(summary) > 300:
        summary = summary[:297] + "..."
    print(
        translate("cli", "canvas-editor: unexpected error: {summary} ({where})").format(
            summary=summary, where=where
        ),
        file=sys.stderr,
    )
    return 1
