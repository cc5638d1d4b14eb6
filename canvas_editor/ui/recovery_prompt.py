"""After a crash: offer each autosaved document back, with when it was saved and where it belongs.

A restored document opens as modified (the file on disk does not have these changes)
with its own path, so Save writes where the user expects; an untitled one stays
untitled. Its recovery file moves into this editor's session at once, so a second
crash loses nothing either. Documents the user does not restore are deleted;
"Decide Later" keeps them all for the next start.
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.storage.errors import LoadError
from canvas_editor.storage.recovery import RecoveredDocument
from canvas_editor.ui import dialog_fit, file_dialogs
from canvas_editor.ui.instance_lock import CrashedSession, InstanceLock

if TYPE_CHECKING:
    from canvas_editor.ui.main_window import MainWindow
    from canvas_editor.ui.workspace import Workspace


@dataclasses.dataclass(frozen=True)
class RecoveryChoice:
    restore: list[RecoveredDocument]
    discard: list[RecoveredDocument]


def describe(document: RecoveredDocument) -> str:
    """Plain text: name and local time of the autosave, then where it belongs on a line of its own."""
    when = document.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    where = (
        str(document.original_path)
        if document.original_path is not None
        else QCoreApplication.translate("Recovery", "never saved")
    )
    return QCoreApplication.translate("Recovery", "{name} \u2014 autosaved {when}\n{where}").format(
        name=document.display_name, when=when, where=where
    )


class RecoveryDialog(QDialog):
    def __init__(self, documents: list[RecoveredDocument], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Recovery", "Recover Unsaved Work"))
        self._documents = documents
        self.choice: RecoveryChoice | None = None
        intro = QLabel(
            QCoreApplication.translate(
                "Recovery",
                "Canvas Editor did not close normally last time. These documents had unsaved "
                "changes. Tick the ones to restore; the others are deleted.",
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.list = QListWidget()
        dialog_fit.wrap_list(self.list)  # a long path wraps rather than being cut
        for document in documents:
            item = QListWidgetItem(describe(document))  # plain text: names come from files
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(QCoreApplication.translate("Recovery", "Restore"))
        self.discard_button = QPushButton(QCoreApplication.translate("Recovery", "Discard All"))
        self.later_button = QPushButton(QCoreApplication.translate("Recovery", "Decide Later"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard_all)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        dialog_fit.fit_list_dialog(self, self.list)

    def _restore(self) -> None:
        restore: list[RecoveredDocument] = []
        discard: list[RecoveredDocument] = []
        for row, document in enumerate(self._documents):
            item = self.list.item(row)
            checked = item is not None and item.checkState() == Qt.CheckState.Checked
            (restore if checked else discard).append(document)
        self.choice = RecoveryChoice(restore, discard)
        self.accept()

    def _discard_all(self) -> None:
        self.choice = RecoveryChoice([], list(self._documents))
        self.accept()


def ask_which_to_restore(parent: QWidget | None, documents: list[RecoveredDocument]) -> RecoveryChoice | None:
    """The user's choice; None means decide later (everything is kept)."""
    dialog = RecoveryDialog(documents, parent)
    dialog.exec()
    return dialog.choice


def offer_recovery(
    workspace: Workspace, instance: InstanceLock, sessions: list[CrashedSession] | None = None
) -> list[MainWindow]:
    """Offer the documents of crashed editors and open the ones chosen; returns their windows."""
    if sessions is None:
        sessions = instance.crashed_sessions()
    documents = [d for s in sessions for d in s.documents()]
    windows: list[MainWindow] = []
    try:
        if not documents:
            return windows
        choice = ask_which_to_restore(None, documents)
        if choice is None:
            return windows
        for document in choice.restore:
            window = restore_document(workspace, document)
            if window is not None:
                windows.append(window)
        for document in choice.discard:
            instance.store.remove(document.session, document.document)
        return windows
    finally:
        for session in sessions:
            session.release()


def restore_document(workspace: Workspace, document: RecoveredDocument) -> MainWindow | None:
    """Open one recovered document as modified; its recovery file moves into this session."""
    try:
        canvas = document.load()
    except LoadError as exc:
        from canvas_editor.ui.plain_errors import load_failure  # only when something fails

        lead = QCoreApplication.translate("Recovery", "Could not restore {name}.").format(
            name=document.display_name
        )
        failure = load_failure(lead, document.file, exc)
        title = QCoreApplication.translate("Recovery", "Could Not Restore")
        file_dialogs.show_error(None, title, failure.message, failure.details)
        with contextlib.suppress(OSError):
            document.file.unlink(missing_ok=True)  # it can never be restored
        return None
    window = workspace.open_recovered(canvas, document.original_path)
    window.controller.undo_stack.resetClean()  # modified: the file on disk lacks these changes
    window.autosave.mark_changed()
    if window.autosave.write_now():
        with contextlib.suppress(OSError):
            document.file.unlink(missing_ok=True)
    return window
