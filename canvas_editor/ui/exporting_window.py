"""What File > Export and File > Print need of a document window (export_dialog.py,
print_canvas.py): the document and its names, the workspace's settings and last
folder, a widget to open their dialogs over, and a status bar to say it worked.

MainWindow is one; anything with these members can export and print.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QStatusBar, QWidget

    from canvas_editor.controller import DocumentController


class ExportSettings(Protocol):
    @property
    def settings(self) -> QSettings:
        """Where the last export choices are kept."""
        ...

    def last_folder(self) -> str:
        """Where an export of an untitled document goes by default."""
        ...


class ExportingWindow(Protocol):
    @property
    def controller(self) -> DocumentController: ...

    @property
    def workspace(self) -> ExportSettings: ...

    @property
    def path(self) -> Path | None:
        """The document's file; None while untitled."""
        ...

    def display_name(self) -> str: ...

    def window(self) -> QWidget:
        """The widget the dialogs open over (QWidget.window(): a window is its own)."""
        ...

    def statusBar(self) -> QStatusBar: ...
