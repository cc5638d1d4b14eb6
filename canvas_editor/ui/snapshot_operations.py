"""What the snapshot commands of a document window do, and the state they share.

ui/snapshots.py puts the Snapshots menu and the two panels in the window at start-up
and loads this module with the first command or panel a user asks for: it brings the
panels, the comparison, the dialogs and the read-only window (12 to 22 ms of imports,
measured after a window's first paint, that a window whose snapshots are never used
does without). Every change to the document is one undo step through the controller.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from canvas_editor.model.compare import Board
from canvas_editor.model.document import Canvas, Snapshot
from canvas_editor.model.rules import MAX_SHORT_TEXT
from canvas_editor.model.snapshots import as_canvas, default_name, new_snapshot
from canvas_editor.storage.errors import SaveError
from canvas_editor.storage.save import canvas_to_bytes, check_loadable
from canvas_editor.ui import file_dialogs
from canvas_editor.ui.compare_dialog import ask_comparison
from canvas_editor.ui.compare_panel import ChangeList, Comparison
from canvas_editor.ui.snapshot_panel import SnapshotPanel, shown_title
from canvas_editor.ui.snapshot_window import SnapshotWindow

if TYPE_CHECKING:
    from canvas_editor.ui.snapshots import SnapshotTools


class SnapshotOperations:
    """The Snapshots menu's commands, its keys' and the panels' buttons', for one window."""

    def __init__(self, tools: SnapshotTools) -> None:
        self.tools = tools
        self.window = tools.window
        self.controller = tools.controller
        self.comparison: Comparison | None = None  # the one shown on this window's board
        self.windows: list[SnapshotWindow] = []  # read-only windows: kept until closed

    def build_panel(self, dock: QWidget) -> SnapshotPanel:
        return SnapshotPanel(self, dock)

    def build_change_list(self, dock: QWidget) -> ChangeList:
        changes = ChangeList(dock)
        changes.close_requested.connect(self.hide_changes)
        return changes

    # ----- the panel ------------------------------------------------------------------

    @property
    def panel(self) -> SnapshotPanel:
        panel = self.tools.snapshots_dock.contents()
        assert isinstance(panel, SnapshotPanel)
        return panel

    def focus_panel(self) -> None:
        self.tools.snapshots_dock.show()
        self.tools.snapshots_dock.raise_()
        self.panel.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self) -> Snapshot | None:
        """The snapshot chosen in the panel (None before the panel is built)."""
        if self.tools.snapshots_dock.widget() is None:
            return None
        return self.panel.current()

    def status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8_000)

    # ----- commands -------------------------------------------------------------------

    def take_snapshot(self) -> str | None:
        """Ask for a name (a fresh one offered) and take the snapshot; its id, or None if cancelled."""
        self.window.view.board_scene.finish_edit()  # the text being typed belongs in it
        name = default_name(self.controller.canvas)
        while True:
            answer = _ask_name(
                self.window,
                QCoreApplication.translate("Snapshots", "Take Snapshot"),
                QCoreApplication.translate("Snapshots", "Name of the snapshot:"),
                name,
            )
            if answer is None:
                return None
            try:
                self._check_it_fits(answer)
                snapshot_id = self.controller.take_snapshot(answer)
            except (ValueError, SaveError) as exc:
                file_dialogs.show_error(
                    self.window,
                    QCoreApplication.translate("Snapshots", "Cannot Take Snapshot"),
                    _sentence(exc),
                )
                name = answer
                if isinstance(exc, SaveError):
                    return None
                continue
            taken = self.controller.snapshot(snapshot_id).name
            self.status(
                QCoreApplication.translate("Snapshots", "Took snapshot {name}").format(name=repr(taken))
            )
            if self.tools.snapshots_dock.widget() is not None:
                self.panel.choose(snapshot_id)
            return snapshot_id

    def _check_it_fits(self, name: str) -> None:
        """SaveError when the file with this snapshot could not be opened again (too large);
        ValueError for a name the snapshot cannot have."""
        canvas = self.controller.canvas
        with_it = replace(canvas, snapshots=[*canvas.snapshots, new_snapshot(canvas, name)])
        check_loadable(canvas_to_bytes(with_it))

    def open_current(self) -> None:
        snapshot = self.current()
        if snapshot is not None:
            self.open_snapshot(snapshot)

    def open_snapshot(self, snapshot: Snapshot) -> SnapshotWindow:
        hint = QCoreApplication.translate(
            "Snapshots", "Snapshots > Restore Snapshot puts this board back in the document."
        )
        return self.open_window(as_canvas(self.controller.canvas, snapshot), shown_title(snapshot), hint)

    def open_window(
        self, canvas: Canvas, title: str, hint: str = "", before: Board | None = None, before_title: str = ""
    ) -> SnapshotWindow:
        """A read-only window on `canvas`; with `before`, showing what changed since it."""
        window = SnapshotWindow(canvas, f"{title} ({self.window.display_name()})", hint, self.window)
        if before is not None:
            window.show_comparison(
                before,
                QCoreApplication.translate("Snapshots", "From {before} to {after}").format(
                    before=before_title, after=title
                ),
            )
        self.windows.append(window)
        window.destroyed.connect(lambda: self.windows.remove(window) if window in self.windows else None)
        window.show()
        return window

    def restore_current(self) -> None:
        snapshot = self.current()
        if snapshot is None:
            return
        self.window.view.board_scene.finish_edit()
        if self.controller.restore_snapshot(snapshot.id):
            self.status(
                QCoreApplication.translate(
                    "Snapshots", "Restored snapshot {name}; Undo brings back the board as it was"
                ).format(name=repr(snapshot.name))
            )
        else:
            self.status(
                QCoreApplication.translate("Snapshots", "The board is already as in snapshot {name}").format(
                    name=repr(snapshot.name)
                )
            )

    def rename_current(self) -> None:
        snapshot = self.current()
        if snapshot is None:
            return
        name = snapshot.name
        while True:
            answer = _ask_name(
                self.window,
                QCoreApplication.translate("Snapshots", "Rename Snapshot"),
                QCoreApplication.translate("Snapshots", "New name of the snapshot:"),
                name,
            )
            if answer is None:
                return
            try:
                self.controller.rename_snapshot(snapshot.id, answer)
            except ValueError as exc:
                file_dialogs.show_error(
                    self.window,
                    QCoreApplication.translate("Snapshots", "Cannot Rename Snapshot"),
                    _sentence(exc),
                )
                name = answer
                continue
            return

    def delete_current(self) -> None:
        snapshot = self.current()
        if snapshot is not None:
            self.controller.delete_snapshot(snapshot.id)
            self.status(
                QCoreApplication.translate(
                    "Snapshots", "Deleted snapshot {name}; Undo brings it back"
                ).format(name=repr(snapshot.name))
            )

    # ----- comparing ------------------------------------------------------------------

    def compare(self) -> None:
        """Ask what to compare with what, and show it: here when the newer is this board."""
        folder = self.window.workspace.last_folder()
        chosen = ask_comparison(self.window, self.controller.canvas, self.current(), folder)
        if chosen is None:
            return
        if chosen.after.is_now:
            self.compare_with_now(chosen.before.board, chosen.before.title)
        else:
            after = chosen.after
            assert after.canvas is not None
            self.open_window(after.canvas, after.title, "", chosen.before.board, chosen.before.title)

    def compare_with_now(self, before: Board, before_title: str) -> Comparison:
        """Mark on this board, and list, what changed since `before`; they follow every edit."""
        self.hide_changes()
        changes = self.tools.changes_dock.contents()
        assert isinstance(changes, ChangeList)
        view = self.window.view
        self.comparison = Comparison(
            changes,
            view,
            view.board_scene,
            before,
            lambda: self.controller.canvas,
            QCoreApplication.translate("Snapshots", "From {before} to now").format(before=before_title),
            live=self.controller,
        )
        self.tools.changes_dock.show()
        self.tools.changes_dock.raise_()
        self.tools.update_actions()
        return self.comparison

    @property
    def change_list(self) -> ChangeList | None:
        widget = self.tools.changes_dock.widget()
        return widget if isinstance(widget, ChangeList) else None

    def hide_changes(self) -> None:
        comparison, self.comparison = self.comparison, None
        if comparison is not None:
            comparison.stop()
            comparison.deleteLater()
            self.tools.changes_dock.hide()
        self.tools.update_actions()


def _sentence(exc: Exception) -> str:
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _ask_name(parent: QWidget, title: str, label: str, name: str) -> str | None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(name)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    line = dialog.findChild(QLineEdit)
    if line is not None:
        line.setMaxLength(MAX_SHORT_TEXT)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()
