"""Recovery files: what autosave writes while a document has unsaved edits.

Layout, under the user's data folder:

    recovery/<session>/<document>.bmc-recovery

One folder per running editor (its session id; a lock beside it, held by the editor,
tells a running editor from one that crashed), one file per modified document. Each
file is a single line of JSON metadata (the document's own path, or its untitled name,
and when it was written) followed by the document's `.bmc` bytes exactly as Save would
write them. One file, written atomically, so metadata and canvas can never disagree and
a crash mid-write leaves the previous recovery file whole.

Nothing read back from a recovery file is trusted: the canvas goes through the normal
staged loader, and the metadata is checked field by field (the path is only ever used
as the place a later Save writes to; it is never opened).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.document import Canvas
from canvas_editor.storage.errors import FileUnreadable, SaveError
from canvas_editor.storage.load import MAX_FILE_BYTES, parse_canvas
from canvas_editor.storage.save import write_atomic
from canvas_editor.storage.user_data import data_folder, private_folder

RECOVERY_FORMAT = "canvas-editor-recovery"
RECOVERY_VERSION = 1
SUFFIX = ".bmc-recovery"
MAX_HEADER_BYTES = 16 * 1024
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_MAX_PATH = 4096
_MAX_UNTITLED = 200


class RecoveredDocument(NamedTuple):
    """One document found in a recovery folder, described by its metadata line."""

    file: Path
    session: str
    document: str
    original_path: Path | None  # None: the document was never saved
    untitled_name: str
    saved_at: datetime  # aware, UTC

    @property
    def display_name(self) -> str:
        return self.original_path.name if self.original_path is not None else self.untitled_name

    def load(self) -> Canvas:
        """The recovered canvas, through the normal staged loader; LoadError if damaged."""
        try:
            with open(self.file, "rb") as f:
                data = f.read(MAX_HEADER_BYTES + MAX_FILE_BYTES + 2)
        except OSError as exc:
            # Not marked for translation: the operating system's own words.
            raise FileUnreadable("{reason}", reason=exc.strerror or str(exc)) from None
        _, separator, body = data.partition(b"\n")
        if not separator:
            raise FileUnreadable(QT_TRANSLATE_NOOP("Errors", "the recovery file holds no canvas"))
        return parse_canvas(body)


class RecoveryStore:
    """Reads and writes recovery files under one root folder."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else data_folder() / "recovery"

    def session_folder(self, session: str) -> Path:
        return self.root / _checked_name(session)

    def file_for(self, session: str, document: str) -> Path:
        return self.session_folder(session) / (_checked_name(document) + SUFFIX)

    def write(
        self,
        session: str,
        document: str,
        data: bytes,
        original_path: Path | None,
        untitled_name: str = "Untitled",
        saved_at: datetime | None = None,
    ) -> Path:
        """Write (or replace) the recovery file of one document, atomically; SaveError on failure."""
        target = self.file_for(session, document)
        when = (saved_at or datetime.now(UTC)).astimezone(UTC)
        header = {
            "format": RECOVERY_FORMAT,
            "version": RECOVERY_VERSION,
            "original_path": str(original_path) if original_path is not None else None,
            "untitled_name": untitled_name[:_MAX_UNTITLED],
            "saved_at": when.isoformat(),
        }
        line = json.dumps(header, ensure_ascii=True).encode("ascii") + b"\n"
        try:
            private_folder(target.parent)
        except OSError as exc:
            raise SaveError(
                QT_TRANSLATE_NOOP("Errors", "cannot write a recovery file: {reason}"),
                reason=exc.strerror or exc,
            ) from None
        write_atomic(target, line + data)
        return target

    def remove(self, session: str, document: str) -> None:
        """Forget one document's recovery file (saved, discarded or closed)."""
        with contextlib.suppress(OSError):
            self.file_for(session, document).unlink()

    def sessions(self) -> list[str]:
        """Every session folder present, whether its editor runs or not."""
        try:
            return sorted(p.name for p in self.root.iterdir() if p.is_dir() and _NAME.match(p.name))
        except OSError:
            return []

    def documents(self, session: str) -> list[RecoveredDocument]:
        """The recovery files of one session, oldest first."""
        folder = self.session_folder(session)
        try:
            files = [p for p in folder.iterdir() if p.name.endswith(SUFFIX) and p.is_file()]
        except OSError:
            return []
        found = []
        for file in files:
            document = file.name[: -len(SUFFIX)]
            if _NAME.match(document):
                found.append(_describe(file, session, document))
        return sorted(found, key=lambda d: (d.saved_at, d.document))

    def remove_session(self, session: str) -> None:
        """Remove a session folder once it holds no recovery file (stray temp files go too)."""
        folder = self.session_folder(session)
        if self.documents(session):
            return
        with contextlib.suppress(OSError):
            for leftover in folder.iterdir():
                if leftover.name.startswith(".") and leftover.name.endswith(".tmp"):
                    leftover.unlink()
            folder.rmdir()


def _checked_name(name: str) -> str:
    """Session and document ids become file names: nothing that could leave the folder."""
    if not _NAME.match(name):
        raise ValueError(f"not a valid recovery id: {name!r}")
    return name


def _describe(file: Path, session: str, document: str) -> RecoveredDocument:
    """Metadata from the first line; a damaged line still lists the file (from its mtime)."""
    header: Any = None
    try:
        with open(file, "rb") as f:
            first = f.readline(MAX_HEADER_BYTES)
        header = json.loads(first.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        pass
    if not isinstance(header, dict) or header.get("format") != RECOVERY_FORMAT:
        header = {}
    return RecoveredDocument(
        file=file,
        session=session,
        document=document,
        original_path=_original_path(header.get("original_path")),
        untitled_name=_untitled_name(header.get("untitled_name")),
        saved_at=_saved_at(header.get("saved_at"), file),
    )


def _original_path(value: object) -> Path | None:
    if not isinstance(value, str) or not 0 < len(value) <= _MAX_PATH or "\0" in value:
        return None
    path = Path(value)
    return path if path.is_absolute() and path.name else None


def _untitled_name(value: object) -> str:
    if isinstance(value, str) and value.strip() and value.isprintable():
        return value[:_MAX_UNTITLED]
    return "Recovered canvas"


def _saved_at(value: object, file: Path) -> datetime:
    if isinstance(value, str) and len(value) <= 64:
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if when.tzinfo is not None:
                return when.astimezone(UTC)
    try:
        return datetime.fromtimestamp(os.stat(file).st_mtime, UTC)
    except (OSError, OverflowError, ValueError):
        return datetime.fromtimestamp(0, UTC)
