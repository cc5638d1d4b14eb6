"""Writing the editor's menu entry, file type and icons into the user's data folder, and
taking exactly those files away again.

Everything goes under `$XDG_DATA_HOME` (by default `~/.local/share`), where desktops
look for a user's own applications, MIME types and icons; then the desktop's caches
are rebuilt with `update-mime-database` and `update-desktop-database` when installed.
Folders stay: they are the desktop's, not ours.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from canvas_editor.desktop.entries import desktop_entry, mime_package
from canvas_editor.desktop.icons import ICONS, theme_files
from canvas_editor.desktop.identity import APP_ID
from canvas_editor.resource_files import resource

TOOL_TIMEOUT_S = 60
# The cache tools, each with the folder (under the data folder) it rebuilds.
TOOLS = (("update-mime-database", "mime"), ("update-desktop-database", "applications"))


class ToolFailed(Exception):
    """A desktop cache tool ran and failed; its message is one line."""


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """`$XDG_DATA_HOME`, or `~/.local/share` when it is unset, empty or relative (the
    base directory spec says a relative path there is invalid and to be ignored)."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher_command(argv0: str, python: str) -> list[str]:
    """How the desktop starts this same installation: `canvas-editor` when that name on
    PATH is the script running now, else the script's full path; run as `python -m
    canvas_editor`, that interpreter with `-m canvas_editor`."""
    script = Path(argv0)
    if script.name != APP_ID or not script.is_file():
        return [python, "-m", "canvas_editor"]
    on_path = shutil.which(APP_ID)
    if on_path is not None and Path(on_path).resolve() == script.resolve():
        return [APP_ID]
    return [str(script.absolute())]


def planned_files(command: Sequence[str]) -> dict[str, bytes]:
    """Each file install writes, by its path under the data folder, with its bytes."""
    files = {
        f"applications/{APP_ID}.desktop": desktop_entry(command).encode("utf-8"),
        f"mime/packages/{APP_ID}.xml": mime_package().encode("utf-8"),
    }
    for name in ICONS:
        for shipped, installed in theme_files(name).items():
            files[f"icons/hicolor/{installed}"] = resource("icons", shipped).read_bytes()
    return files


def install(home: Path, command: Sequence[str]) -> list[Path]:
    """Write every planned file (each atomically); the paths written."""
    written = []
    for relative, data in planned_files(command).items():
        path = home / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f".{path.name}.part")
        part.write_bytes(data)
        os.replace(part, path)
        written.append(path)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove the files install writes (whatever command it was given); the paths removed."""
    removed = []
    for relative in planned_files([APP_ID]):
        path = home / relative
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    return removed


def refresh_caches(home: Path) -> list[str]:
    """Rebuild the desktop's caches of the data folder; a note for each tool not installed."""
    notes = []
    for tool, folder in TOOLS:
        program = shutil.which(tool)
        if program is None:
            notes.append(f"{tool} is not installed: the desktop may not see the change until it runs")
            continue
        if not (home / folder).is_dir():
            continue
        try:
            result = subprocess.run(
                [program, str(home / folder)], capture_output=True, text=True, timeout=TOOL_TIMEOUT_S
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ToolFailed(f"{tool} did not run: {exc}") from exc
        if result.returncode != 0:
            said = " ".join(result.stderr.split()) or f"exit code {result.returncode}"
            raise ToolFailed(f"{tool} failed: {said[:200]}")
    return notes
