"""The user's data folder, where backups and recovery files live (never beside their work)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "canvas-editor"


def data_folder() -> Path:
    """`~/.local/share/canvas-editor` on Linux (XDG_DATA_HOME is honoured)."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def private_folder(folder: Path) -> Path:
    """Create `folder` (and its parents) readable by the user only: it holds their canvases."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def absolute(path: str | os.PathLike[str]) -> Path:
    """The file a path names, links followed, as saves see it (write_atomic follows links)."""
    return Path(os.path.realpath(os.path.abspath(path)))
