"""Customer segments in a document window: View > Segment Legend, its commands and focus.

`install_segment_legend(window)` adds the Segment Legend dock (right), the legend's
commands as named actions made from their entries in `ui.window_commands` (the
panel's buttons show the same actions), and View > Segment Legend. Every edit goes
through the controller's segment edits, one undo step each.

Focus is the board's (`BoardScene.set_segment_focus`): the legend, the board's
Escape and the find bar's segment filter all set or end the same focus, and each
follows `segment_focus_changed`. The panel and its module load the first time the
dock is shown, as the outline's do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QInputDialog, QLineEdit, QMenu, QWidget

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.rules import MAX_SEGMENT_NAME

if TYPE_CHECKING:
    from canvas_editor.model.document import Segment
    from canvas_editor.scene.board_scene import BoardScene
    from canvas_editor.ui.main_window import MainWindow
    from canvas_editor.ui.segment_legend_panel import SegmentLegendPanel

# The legend's entries in ui.window_commands.COMMANDS, in the order its buttons show them.
LEGEND_COMMANDS = (
    "new_segment",
    "rename_segment",
    "recolor_segment",
    "move_segment_up",
    "move_segment_down",
    "delete_segment",
    "clear_segment_focus",
)
# The legend's texts are in English, translated where shown (context "SegmentLegend").
TITLE = QT_TRANSLATE_NOOP("SegmentLegend", "Segment Legend")


class SegmentLegendDock(QDockWidget):
    """Builds the panel the first time it is shown."""

    def __init__(self, legend: SegmentLegend, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("segment_legend_dock")  # saveState() needs a name
        self.retranslate()
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self._legend = legend
        self._panel: SegmentLegendPanel | None = None
        self.visibilityChanged.connect(self._on_visibility)

    def retranslate(self) -> None:
        """Title and name in the window's language (again on LanguageChange); the menu item
        is the command table's once the legend's actions take it (View > Segment Legend)."""
        from canvas_editor.ui.menus import retranslate_action

        self.setWindowTitle(QCoreApplication.translate("SegmentLegend", TITLE))
        self.setAccessibleName(QCoreApplication.translate("SegmentLegend", TITLE))
        retranslate_action(self.toggleViewAction())  # the title set its text: the table's again

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def panel(self) -> SegmentLegendPanel:
        if self._panel is None:
            from canvas_editor.ui.segment_legend_panel import SegmentLegendPanel  # on first show

            self._panel = SegmentLegendPanel(self._legend, self)
            self.setWidget(self._panel)
            self._legend.update_actions()
        return self._panel

    def has_panel(self) -> bool:
        return self._panel is not None

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self.panel  # noqa: B018  # built on first show
        # While the legend shows, the board keeps note pictures: focusing a segment
        # then fades notes without painting them (BoardScene.set_fading_panel_open).
        self._legend.scene.set_fading_panel_open("segment legend", visible)

    def focus_if_shown(self, shown: bool) -> None:
        """After the menu or its key: the keyboard goes to the list."""
        if shown:
            self.show()
            self.raise_()
            self.panel.list.setFocus(Qt.FocusReason.OtherFocusReason)


class SegmentLegend(QObject):
    """The window's legend dock and segment commands, with their actions by name."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.dock = SegmentLegendDock(self, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.actions = self._make_actions()
        window.addActions(list(self.actions.values()))
        self._add_to_view_menu()
        self.scene.segment_focus_changed.connect(self.update_actions)
        self.controller.segments_changed.connect(self.update_actions)
        self.controller.canvas_reset.connect(self.update_actions)
        self.update_actions()

    @property
    def scene(self) -> BoardScene:
        return self.window.view.board_scene

    def _make_actions(self) -> dict[str, QAction]:
        from canvas_editor.ui.menus import command_action

        toggle = command_action(self.window, "segment_legend", self.dock.toggleViewAction())
        toggle.triggered.connect(self.dock.focus_if_shown)
        slots: dict[str, Callable[[], object]] = {
            "new_segment": self.add,
            "rename_segment": self.rename_current,
            "recolor_segment": self.recolor_current,
            "move_segment_up": lambda: self.move_current(-1),
            "move_segment_down": lambda: self.move_current(1),
            "delete_segment": self.delete_current,
            "clear_segment_focus": self.clear_focus,
        }
        actions = {"segment_legend": toggle}
        for name in LEGEND_COMMANDS:
            # The table's short text is the action's icon text: the panel's buttons show it.
            actions[name] = command_action(self.window, name, slots[name])
        return actions

    def _add_to_view_menu(self) -> None:
        view_menu = self.window.menuBar().findChild(QMenu, "view_menu")
        if view_menu is not None:
            outline = self.window.menu_actions.outline
            at = view_menu.actions()
            after = at.index(outline) + 1 if outline in at else len(at)
            before = at[after] if after < len(at) else None
            view_menu.insertAction(before, self.actions["segment_legend"])  # type: ignore[arg-type]

    # ---- the chosen segment --------------------------------------------------------------

    def current(self) -> Segment | None:
        """The segment chosen in the shown legend, if any."""
        if not self.dock.has_panel() or not self.dock.isVisible():
            return None
        return self.dock.panel.current()

    def update_actions(self, *_args: object) -> None:
        segment = self.current()
        segments = self.controller.canvas.segments
        index = segments.index(segment) if segment in segments else -1
        for name in ("rename_segment", "recolor_segment", "delete_segment"):
            self.actions[name].setEnabled(segment is not None)
        self.actions["move_segment_up"].setEnabled(index > 0)
        self.actions["move_segment_down"].setEnabled(0 <= index < len(segments) - 1)
        self.actions["clear_segment_focus"].setEnabled(self.scene.segment_focus is not None)

    # ---- focus ---------------------------------------------------------------------------

    def toggle_focus(self, segment_id: str) -> None:
        """Focus this segment; focusing it again ends the focus."""
        focused = self.scene.segment_focus
        self.scene.set_segment_focus(None if focused == segment_id else segment_id)

    def clear_focus(self) -> None:
        self.scene.set_segment_focus(None)

    # ---- edits: each one undo step -------------------------------------------------------

    def add(self) -> None:
        from canvas_editor.scene.note_dialogs import ask_new_segment

        answer = ask_new_segment(self.controller.canvas.segments, self.window)
        if answer is not None:
            added = self._run(
                QCoreApplication.translate("SegmentLegend", "Cannot Add Segment"),
                self.controller.add_segment,
                *answer,
            )
            if isinstance(added, str):
                self._chosen(added)

    def rename_current(self) -> None:
        segment = self.current()
        if segment is None:
            return
        name = segment.name
        while True:
            answer = _ask_name(self.window, name)
            if answer is None:
                return
            if self._run(
                QCoreApplication.translate("SegmentLegend", "Cannot Rename Segment"),
                self.controller.rename_segment,
                segment.id,
                answer,
            ):
                return
            name = answer

    def recolor_current(self) -> None:
        from PySide6.QtGui import QColor

        from canvas_editor.scene import dialogs

        segment = self.current()
        if segment is None:
            return
        title = QCoreApplication.translate("SegmentLegend", "Colour of {segment}").format(
            segment=segment.name
        )
        chosen = dialogs.ask_color(QColor(segment.color), self.window, title)
        if chosen is not None:
            self._run(
                QCoreApplication.translate("SegmentLegend", "Cannot Recolour Segment"),
                self.controller.recolor_segment,
                segment.id,
                chosen.name(),
            )

    def move_current(self, step: int) -> None:
        segment = self.current()
        if segment is not None:
            index = self.controller.canvas.segments.index(segment)
            self.move(segment.id, index + step)

    def move(self, segment_id: str, index: int) -> None:
        self.controller.move_segment(segment_id, index)
        self._chosen(segment_id)

    def delete_current(self) -> None:
        segment = self.current()
        if segment is not None:
            self.controller.delete_segment(segment.id)
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SegmentLegend", "Deleted segment {segment}; its notes stay. Undo brings it back"
                ).format(segment=repr(segment.name)),
                10_000,
            )

    def _chosen(self, segment_id: str) -> None:
        if self.dock.has_panel():
            self.dock.panel.choose(segment_id)

    def _run(self, title: str, edit: Callable[..., object], *args: str) -> object:
        """Run an edit; a refusal is shown in one line. What the edit returns (True for
        none), or False when it was refused."""
        try:
            result = edit(*args)
        except ValueError as exc:
            from canvas_editor.ui import file_dialogs

            text = str(exc)
            file_dialogs.show_error(self.window, title, text[:1].upper() + text[1:] + ".")
            return False
        return True if result is None else result


def _ask_name(parent: QWidget, name: str) -> str | None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("SegmentLegend", "Rename Segment"))
    dialog.setLabelText(QCoreApplication.translate("SegmentLegend", "New name of the segment:"))
    dialog.setTextValue(name)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    line = dialog.findChild(QLineEdit)
    if line is not None:
        line.setMaxLength(MAX_SEGMENT_NAME)
    try:
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()
    finally:
        dialog.deleteLater()


def install_segment_legend(window: MainWindow) -> SegmentLegend:
    return SegmentLegend(window)
