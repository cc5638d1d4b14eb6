"""Earlier versions of a saved file, so a wrong save can be undone in a later session.

Before a save replaces a file, the version on disk is copied into the user's data folder:
`<data>/backups/<key>/<UTC time>-<nn>.bmc`, where `<key>` is a hash of the file's absolute
path and `<key>/source.txt` names that path. Keeping them there, not beside the file,
leaves the user's folders (and git repositories, and synced folders) free of `~` files,
and the versions survive even if the folder with the file is lost. The newest
`KEEP_VERSIONS` versions of each file are kept; each is a complete `.bmc` file that opens
like any other.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.storage.errors import LoadError, SaveError
from canvas_editor.storage.load import read_bytes
from canvas_editor.storage.save import write_atomic
from canvas_editor.storage.user_data import absolute, data_folder, private_folder

KEEP_VERSIONS = 10
SOURCE_NAME = "source.txt"
_SUFFIX = ".bmc"


class BackupStore:
    """Versions of saved files, one folder per file."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else data_folder() / "backups"

    def folder_for(self, path: str | os.PathLike[str]) -> Path:
        real = str(absolute(path))
        key = hashlib.sha256(real.encode("utf-8", "surrogatepass")).hexdigest()[:24]
        return self.root / key

    def versions(self, path: str | os.PathLike[str]) -> list[Path]:
        """The kept versions of the file at `path`, newest first."""
        folder = self.folder_for(path)
        try:
            names = [p for p in folder.iterdir() if p.suffix == _SUFFIX and p.is_file()]
        except OSError:
            return []
        return sorted(names, key=lambda p: p.name, reverse=True)

    def keep_previous_version(
        self, path: str | os.PathLike[str], replacing_with: bytes | None = None
    ) -> Path | None:
        """Copy the file now at `path` into the store before a save replaces it.

        Returns the new version, or None when there is nothing worth keeping: no file yet,
        not a readable canvas-sized regular file, the same bytes as the newest version kept,
        or the same bytes the save is about to write. Raises SaveError when the store
        cannot be written; the caller decides whether the save goes on without it.
        """
        try:
            old = read_bytes(absolute(path))
        except LoadError:
            return None
        if replacing_with is not None and old == replacing_with:
            return None
        return self.keep_version(path, old)

    def keep_version(self, path: str | os.PathLike[str], data: bytes) -> Path | None:
        """Keep `data` as a version of the file at `path` (e.g. the document a reload replaces).

        None when it equals the newest version kept; SaveError when the store cannot be written.
        """
        existing = self.versions(path)
        if existing and _same_bytes(existing[0], data):
            return None
        folder = self.folder_for(path)
        try:
            private_folder(folder)
        except OSError as exc:
            raise SaveError(
                QT_TRANSLATE_NOOP("Errors", "cannot keep a backup of {name}: {reason}"),
                name=Path(path).name,
                reason=exc.strerror or exc,
            ) from None
        source = folder / SOURCE_NAME
        if not _same_bytes(source, _source_text(path)):
            write_atomic(source, _source_text(path))
        target = _fresh_name(folder, {p.name for p in existing})
        write_atomic(target, data)
        self._prune(path)
        return target

    def source_of(self, folder: Path) -> str | None:
        """The path whose versions `folder` holds (as recorded when they were kept)."""
        try:
            return (folder / SOURCE_NAME).read_text(encoding="utf-8").strip() or None
        except (OSError, UnicodeDecodeError):
            return None

    def _prune(self, path: str | os.PathLike[str]) -> None:
        for old in self.versions(path)[KEEP_VERSIONS:]:
            with contextlib.suppress(OSError):
                old.unlink()


def _source_text(path: str | os.PathLike[str]) -> bytes:
    return (str(absolute(path)) + "\n").encode("utf-8", "surrogateescape")


def _same_bytes(file: Path, data: bytes) -> bool:
    try:
        return file.stat().st_size == len(data) and file.read_bytes() == data
    except OSError:
        return False


def _fresh_name(folder: Path, taken: set[str]) -> Path:
    """`20250102T030405.123456Z-00.bmc`: names sort by time; a tie takes the next counter."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    counter = 0
    while True:
        name = f"{stamp}-{counter:02d}{_SUFFIX}"
        if name not in taken and not (folder / name).exists():
            return folder / name
        counter += 1
