"""Staged loading of `.bmc` files: each stage fails with its own typed error.

Stages: size cap, read, decode, JSON parse, envelope, version, migrations,
validation. Nothing half-loaded ever leaves this module.
"""

from __future__ import annotations

import gc
import json
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.document import Canvas
from canvas_editor.model.messages import short_repr
from canvas_editor.storage.canvas_json import canvas_from_trusted_json
from canvas_editor.storage.errors import (
    FileTooLarge,
    FileUnreadable,
    InvalidCanvas,
    NotBmc,
    NotJson,
    TooNew,
)
from canvas_editor.storage.migrations import CURRENT_VERSION, migrate

MAX_FILE_BYTES = 20 * 1024 * 1024
FORMAT_NAME = "bmc"
ENVELOPE_KEYS = {"format", "format_version", "generator", "canvas"}


def load_canvas(path: str | os.PathLike[str]) -> Canvas:
    """Read a `.bmc` file into a validated Canvas, or raise a LoadError."""
    return parse_canvas(read_bytes(Path(path)))


def read_bytes(path: Path) -> bytes:
    try:
        # Non-blocking, so a named pipe cannot hang us waiting for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise FileUnreadable(QT_TRANSLATE_NOOP("Errors", "is a folder, not a file"))
            if not stat.S_ISREG(info.st_mode):
                raise FileUnreadable(
                    QT_TRANSLATE_NOOP("Errors", "not a regular file (a pipe, device or socket)")
                )
            size = info.st_size
            if size > MAX_FILE_BYTES:
                raise too_large(size)
            # Read one byte past the cap: the size can lie (pipes, /proc, growing files).
            data = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise FileUnreadable(QT_TRANSLATE_NOOP("Errors", "no such file")) from None
    except IsADirectoryError:
        raise FileUnreadable(QT_TRANSLATE_NOOP("Errors", "is a folder, not a file")) from None
    except PermissionError:
        raise FileUnreadable(QT_TRANSLATE_NOOP("Errors", "permission denied")) from None
    except OSError as exc:
        # Not marked for translation: the operating system's own words.
        raise FileUnreadable("{reason}", reason=exc.strerror or str(exc)) from None
    except ValueError:  # a NUL character in the path
        raise FileUnreadable(QT_TRANSLATE_NOOP("Errors", "not a valid file name")) from None
    if len(data) > MAX_FILE_BYTES:
        raise too_large(len(data))
    return data


def too_large(size: int) -> FileTooLarge:
    return FileTooLarge(
        QT_TRANSLATE_NOOP("Errors", "file is too large ({size:.1f} MB; the limit is {limit} MB)"),
        size=size / 1048576,
        limit=MAX_FILE_BYTES // 1048576,
    )


def not_utf8(exc: UnicodeDecodeError) -> NotJson:
    return NotJson(
        QT_TRANSLATE_NOOP("Errors", "not a text file (invalid UTF-8 at byte {byte})"), byte=exc.start
    )


def parse_canvas(data: bytes) -> Canvas:
    """Validate the bytes of a `.bmc` file; the stages after reading."""
    if len(data) > MAX_FILE_BYTES:
        raise too_large(len(data))
    with _collector_paused():
        envelope = parse_json(data)
        canvas_json = _check_envelope(envelope)
        return _validate(canvas_json)


def parse_trusted_canvas(data: bytes) -> Canvas:
    """The stages of `parse_canvas` but the last, for bytes shipped with the program.

    Bundled templates are checked by the test suite; skipping their validation keeps
    the validation engine out of the start-up (see storage/canvas_json.py).
    """
    with _collector_paused():
        return canvas_from_trusted_json(_check_envelope(parse_json(data)))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the canvas is built.

    Parsing and validation allocate a container per JSON value and per note, none of
    them in a cycle, and those allocations set off full collections that cost about
    half as much again as the loading itself (10,000 notes: 170 ms instead of 120 ms;
    see bench/RESULTS.md), more in a running editor whose heap is bigger. Reference
    counting still frees everything; the collector runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _reject_constant(name: str) -> Any:
    raise NotJson(
        QT_TRANSLATE_NOOP("Errors", "not valid JSON: {name} is not a number JSON allows"), name=name
    )


def file_text(data: bytes) -> str:
    """A file's bytes as text: UTF-8, a byte order mark dropped; else NotJson in one line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise not_utf8(exc) from None


def parse_json(data: bytes) -> Any:
    """The JSON value of a file's bytes (a byte order mark is dropped), or NotJson in one line."""
    text = file_text(data)
    if not text.strip():
        raise NotJson(QT_TRANSLATE_NOOP("Errors", "the file is empty"))
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise NotJson(
            QT_TRANSLATE_NOOP("Errors", "not valid JSON: {reason} at line {line}, column {column}"),
            reason=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise NotJson(QT_TRANSLATE_NOOP("Errors", "not a canvas: the JSON is nested too deeply")) from None
    except ValueError:
        # Python refuses to convert integers of more than 4,300 digits (CVE-2020-10735).
        raise NotJson(
            QT_TRANSLATE_NOOP("Errors", "not a canvas: a number in the file has too many digits")
        ) from None


def _check_envelope(envelope: Any) -> dict[str, Any]:
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT_NAME:
        raise NotBmc(QT_TRANSLATE_NOOP("Errors", 'not a canvas-editor file (no "format": "bmc" at the top)'))
    version = envelope.get("format_version")
    if type(version) is not int or version < 1:
        raise NotBmc(QT_TRANSLATE_NOOP("Errors", "format_version must be a whole number of at least 1"))
    # Before the key check: a newer format may add top-level keys we do not know.
    if version > CURRENT_VERSION:
        generator = envelope.get("generator")
        # Only a short, printable name: the message goes to a terminal.
        if isinstance(generator, str) and _printable(generator, 80):
            raise TooNew(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "written by {generator} in format version {version}; this canvas-editor reads "
                    "up to version {newest}: please update canvas-editor",
                ),
                generator=generator,
                version=version,
                newest=CURRENT_VERSION,
            )
        raise TooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "written in format version {version}; this canvas-editor reads up to version "
                "{newest}: please update canvas-editor",
            ),
            version=version,
            newest=CURRENT_VERSION,
        )
    unknown = sorted(set(envelope) - ENVELOPE_KEYS)
    if unknown:
        raise NotBmc(QT_TRANSLATE_NOOP("Errors", "unknown top-level key {key}"), key=short_repr(unknown[0]))
    if "generator" in envelope and not isinstance(envelope["generator"], str):
        raise NotBmc(QT_TRANSLATE_NOOP("Errors", "generator must be a string"))
    canvas = envelope.get("canvas")
    if not isinstance(canvas, dict):
        raise NotBmc(QT_TRANSLATE_NOOP("Errors", 'the file holds no "canvas" object'))
    return migrate(canvas, version)


def _printable(text: str, limit: int) -> bool:
    return 0 < len(text) < limit and text.isprintable()


def _validate(canvas_json: dict[str, Any]) -> Canvas:
    # Imported here: the validation engine is only needed once a file is read.
    from canvas_editor.model.validation import ValidationError, describe_validation_error, validate_canvas

    try:
        return validate_canvas(canvas_json)
    except ValidationError as exc:
        # Not marked for translation: the model's validation message, in English.
        raise InvalidCanvas("{problem}", problem=describe_validation_error(exc)) from None
    except RecursionError:
        raise InvalidCanvas(QT_TRANSLATE_NOOP("Errors", "the canvas is nested too deeply")) from None
