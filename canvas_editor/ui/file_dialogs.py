"""The small modal questions the window asks: one function each, so tests can replace them.

Callers use them through the module (`file_dialogs.ask_save_path(...)`), never by
importing the function itself, so a test's monkeypatch reaches every caller. Every
text that may hold a file name is shown as plain text.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _filters() -> tuple[str, str]:
    """The canvas files' and all files' name filters, in the window's language."""
    return (
        QCoreApplication.translate("FileDialogs", "Business Model Canvas (*.bmc)"),
        QCoreApplication.translate("FileDialogs", "All files (*)"),
    )


class UnsavedChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_open_paths(parent: QWidget | None, folder: str = "") -> list[str]:
    """The files the user picked to open; empty when cancelled."""
    title = QCoreApplication.translate("FileDialogs", "Open Canvas")
    paths, _ = QFileDialog.getOpenFileNames(parent, title, folder, ";;".join(_filters()))
    return list(paths)


def ask_path_to_write(
    parent: QWidget | None, title: str, suggested: str, name_filters: list[str], default_suffix: str
) -> str | None:
    """A save dialog opened on `suggested`; `default_suffix` is added to a bare name.

    Shared by Save As and Export so both behave alike. None when cancelled.
    """
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(name_filters)
    dialog.setDefaultSuffix(default_suffix)
    suggested_path = Path(suggested)
    if suggested_path.parent != Path("."):
        dialog.setDirectory(str(suggested_path.parent))
    dialog.selectFile(suggested_path.name)
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return files[0] if files else None


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """Where to save; `.bmc` is added when the user types a bare name. None when cancelled."""
    title = QCoreApplication.translate("FileDialogs", "Save Canvas As")
    return ask_path_to_write(parent, title, suggested, list(_filters()), default_suffix="bmc")


def plain_message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str = ""
) -> QMessageBox:
    """A message box whose texts are plain text (they may hold file names); not yet shown."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def ask_unsaved_changes(parent: QWidget | None, name: str) -> UnsavedChoice:
    """Save / Discard / Cancel before a modified document is closed or replaced."""
    box = plain_message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("FileDialogs", "Unsaved Changes"),
        QCoreApplication.translate(
            "FileDialogs", "Do you want to save the changes you made to \u201c{name}\u201d?"
        ).format(name=name),
        QCoreApplication.translate("FileDialogs", "Your changes will be lost if you don't save them."),
    )
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return UnsavedChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def _confirm(box: QMessageBox, action: str, role: QMessageBox.ButtonRole, *, default_to_action: bool) -> bool:
    """Offer `action` or Cancel on `box`; True when the user chose the action."""
    chosen = box.addButton(action, role)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(chosen if default_to_action else cancel)
    box.exec()
    return box.clickedButton() is chosen


def ask_revert(parent: QWidget | None, name: str) -> bool:
    """Revert throws edits away: confirm first. True means go ahead."""
    box = plain_message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("FileDialogs", "Revert"),
        QCoreApplication.translate(
            "FileDialogs", "Revert \u201c{name}\u201d to the version saved on disk?"
        ).format(name=name),
        QCoreApplication.translate("FileDialogs", "Your unsaved changes will be lost."),
    )
    action = QCoreApplication.translate("FileDialogs", "Revert")
    return _confirm(box, action, QMessageBox.ButtonRole.DestructiveRole, default_to_action=False)


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """A failure the user must know about (a file that would not open or save);
    `details`, the technical reason, is shown when the user asks (Show Details)."""
    box = plain_message_box(parent, QMessageBox.Icon.Critical, title, message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if details:
        box.setDetailedText(details)
    box.exec()


def ask_create_missing(parent: QWidget | None, path: Path) -> bool:
    """A file named on the command line does not exist: make a new canvas there? True: yes."""
    box = plain_message_box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FileDialogs", "Create Canvas"),
        QCoreApplication.translate(
            "FileDialogs", "\u201c{name}\u201d does not exist yet. Create a new canvas there?"
        ).format(name=path.name),
        QCoreApplication.translate("FileDialogs", "It is saved in {folder}.").format(folder=path.parent),
    )
    action = QCoreApplication.translate("FileDialogs", "Create")
    return _confirm(box, action, QMessageBox.ButtonRole.AcceptRole, default_to_action=True)
