"""Saving `.bmc` files: byte-stable JSON, written atomically."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
from pathlib import Path

from canvas_editor import __version__
from canvas_editor.i18n import QT_TRANSLATE_NOOP, Message
from canvas_editor.model.document import Canvas
from canvas_editor.storage.canvas_json import canvas_to_json
from canvas_editor.storage.errors import SaveError
from canvas_editor.storage.load import FORMAT_NAME, MAX_FILE_BYTES
from canvas_editor.storage.migrations import CURRENT_VERSION


def canvas_to_bytes(canvas: Canvas) -> bytes:
    """The file's bytes: same canvas, same bytes (field order and note order kept)."""
    envelope = {
        "format": FORMAT_NAME,
        "format_version": CURRENT_VERSION,
        "generator": f"canvas-editor {__version__}",
        "canvas": canvas_to_json(canvas),
    }
    return (json.dumps(envelope, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def check_loadable(data: bytes) -> None:
    """SaveError when `data` is larger than a file the loader reads: such a file could not be opened again."""
    if len(data) > MAX_FILE_BYTES:
        raise SaveError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the canvas would be too large to open again ({size:.1f} MB; "
                "a file holds at most {limit} MB)",
            ),
            size=len(data) / 1048576,
            limit=MAX_FILE_BYTES // 1048576,
        )


def save_canvas(canvas: Canvas, path: str | os.PathLike[str]) -> None:
    """Write atomically: the old file stays whole until the new one is on disk."""
    write_atomic(Path(path), canvas_to_bytes(canvas))


def _reason(exc: OSError) -> Message | str:
    if exc.errno == errno.ENOSPC:
        return Message(QT_TRANSLATE_NOOP("Errors", "the disk is full"))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Message(QT_TRANSLATE_NOOP("Errors", "permission denied"))
    if exc.errno == errno.EROFS:
        return Message(QT_TRANSLATE_NOOP("Errors", "the disk is read-only"))
    if exc.errno == errno.ENOENT:
        return Message(QT_TRANSLATE_NOOP("Errors", "the folder does not exist"))
    return exc.strerror or str(exc)


def _cannot_save(name: str, reason: Message | str) -> SaveError:
    return SaveError(QT_TRANSLATE_NOOP("Errors", "cannot save {name}: {reason}"), name=name, reason=reason)


def write_atomic(path: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, rename over; keeps the old permissions.

    A symbolic link is followed, so the link survives and the file it points to is replaced.
    Messages still name the path the user gave.
    """
    name = path.name
    if "\0" in str(path):  # os functions raise a bare ValueError for it
        raise _cannot_save(name, Message(QT_TRANSLATE_NOOP("Errors", "not a valid file name")))
    if os.path.islink(path):
        path = Path(os.path.realpath(path))
    folder = path.parent if str(path.parent) else Path(".")
    try:
        old_mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        old_mode = None
    except OSError as exc:
        raise _cannot_save(name, _reason(exc)) from None
    tmp: str | None = None
    try:
        import tempfile  # here: it pulls in shutil, random and compressors, unused at start-up

        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if old_mode is None:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        else:
            os.chmod(tmp, old_mode)
        os.replace(tmp, path)
        tmp = None
        _fsync_folder(folder)
    except OSError as exc:
        raise _cannot_save(name, _reason(exc)) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
