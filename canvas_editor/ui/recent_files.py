"""The Open Recent list, kept in QSettings and shared by every window."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu

RECENT_KEY = "recent_files"
MAX_RECENT = 10


def canonical(path: str | os.PathLike[str]) -> str:
    """One spelling per file, so the same file is never listed (or opened) twice."""
    return str(Path(path).expanduser().resolve())


class RecentFiles(QObject):
    """Most recent first; files that no longer exist are dropped when the list is read."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    def _stored(self) -> list[str]:
        value = self._settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # INI files hand back a one-item list as a string
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(p) for p in value if isinstance(p, str) and p]

    def _store(self, paths: list[str]) -> None:
        self._settings.setValue(RECENT_KEY, paths)
        self._settings.sync()
        self.changed.emit()

    def paths(self) -> list[str]:
        stored = self._stored()
        present = [p for p in stored if os.path.isfile(p)]
        if present != stored:
            self._store(present)
        return present

    def add(self, path: str | os.PathLike[str]) -> None:
        path = canonical(path)
        paths = [path] + [p for p in self._stored() if p != path]
        self._store(paths[:MAX_RECENT])

    def remove(self, path: str | os.PathLike[str]) -> None:
        path = canonical(path)
        stored = self._stored()
        if path in stored:
            self._store([p for p in stored if p != path])

    def clear(self) -> None:
        self._store([])


def fill_recent_menu(menu: QMenu, recent: RecentFiles, open_path: Callable[[str], None]) -> None:
    """Rebuild the Open Recent submenu; called each time it is about to show."""
    menu.clear()
    menu.setToolTipsVisible(True)
    paths = recent.paths()
    for number, path in enumerate(paths, start=1):
        name = Path(path).name.replace("&", "&&")
        label = f"&{number} {name}" if number < 10 else name
        action = menu.addAction(label)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.setData(path)
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    if not paths:
        menu.addAction(QCoreApplication.translate("RecentFiles", "No Recent Files")).setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("RecentFiles", "&Clear Menu"))
    clear.setEnabled(bool(paths))
    clear.triggered.connect(recent.clear)
