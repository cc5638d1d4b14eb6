"""Workshop facilitation in a document window: presenting the canvas and the timer.

`install_workshop(window)` adds, apart from the window's own menus (ui.menus):
View > Present, Resume Presentation, Presentation Order (a dock), the zoom option,
and View > Workshop Timer; the timer's toolbar; the timer's badge and flashing frame
on the board. The commands are declared once in `ui.window_commands` (text, keys, tip),
with every other command of the window and the shortcut sheet's rows.

Every action is also the window's own, so its key works while presenting, when the
menu bar is hidden. Options live in the user's settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMenu, QToolBar, QToolButton

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.workshop_timer import (
    DEFAULT_SECONDS,
    MAX_SECONDS,
    PRESET_MINUTES,
    TimerState,
    clock_text,
    parse_duration,
)
from canvas_editor.ui import timer_controls
from canvas_editor.ui.presentation_order_dock import PresentationOrderDock
from canvas_editor.ui.timer_controls import FrameFlash, TimerBadge, TimerClock, paint_level

if TYPE_CHECKING:
    from canvas_editor.model.blocks import BlockId
    from canvas_editor.ui.main_window import MainWindow
    from canvas_editor.ui.presentation_mode import PresentationMode

ZOOM_TO_BLOCK_KEY = "presentation/zoom_to_block"
SOUND_KEY = "timer/sound"
SECONDS_KEY = "timer/seconds"


# The workshop's entries in ui.window_commands.COMMANDS.
WORKSHOP_COMMANDS = (
    "present",
    "resume_presentation",
    "presentation_order",
    "zoom_to_block",
    "timer_toggle",
    "timer_reset",
    "timer_add_minute",
    "timer_custom",
    "timer_sound",
)

# The start button's text by state (translated where shown); "Start" otherwise.
_START_TEXT = {
    TimerState.RUNNING: QT_TRANSLATE_NOOP("Workshop", "Pause"),
    TimerState.PAUSED: QT_TRANSLATE_NOOP("Workshop", "Resume"),
}
_START = QT_TRANSLATE_NOOP("Workshop", "Start")


def _flag(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1")


def _seconds(settings: QSettings) -> int:
    try:
        seconds = int(str(settings.value(SECONDS_KEY, DEFAULT_SECONDS)))
    except ValueError:
        return DEFAULT_SECONDS
    return seconds if 1 <= seconds <= MAX_SECONDS else DEFAULT_SECONDS


def _preset_text(minutes: int) -> str:
    if minutes == 1:
        return QCoreApplication.translate("Workshop", "1 minute")
    return QCoreApplication.translate("Workshop", "{count} minutes").format(count=minutes)


class Workshop(QObject):
    """The window's presentation mode, order dock and timer, with their actions by name."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._settings = window.workspace.settings
        self.actions: dict[str, QAction] = {}
        self.clock = TimerClock(timer_controls.CLOCK, _seconds(self._settings), self)
        self._presentation: PresentationMode | None = None  # made on the first F5: most windows never present
        self.order_dock = PresentationOrderDock(window.controller, self._presented_block, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.order_dock)
        self.order_dock.hide()
        self.badge = TimerBadge(window.view, self.clock)
        self.frame = FrameFlash(window.view)
        self._make_actions()
        self.toolbar = self._make_toolbar()
        self._add_to_view_menu()
        window.addActions(list(self.actions.values()))
        self.clock.changed.connect(self._show_time)
        self.clock.finished.connect(self._time_up)
        # The viewport's own resize: by then it has its new place inside the view.
        window.view.viewport().installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        """The timer's own texts in the window's language; the window calls this on a
        language change (the commands' actions follow the command table)."""
        self.time_label.setToolTip(QCoreApplication.translate("Workshop", "Workshop timer"))
        self.duration_button.setToolTip(
            QCoreApplication.translate("Workshop", "Set the timer: presets or a custom time")
        )
        for action in self.presets.actions():
            action.setText(_preset_text(int(action.data()) // 60))
        self._show_time()

    @property
    def presentation(self) -> PresentationMode:
        if self._presentation is None:
            from canvas_editor.ui.presentation_mode import PresentationMode  # on the first F5

            self._presentation = PresentationMode(self._window, self.actions["zoom_to_block"].isChecked)
            self._presentation.presenting_changed.connect(self.badge.set_large)
        return self._presentation

    def _presented_block(self) -> BlockId | None:
        """The block being presented, or None (no presentation yet, or none revealed)."""
        return self._presentation.current_block() if self._presentation is not None else None

    def presented_block(self) -> BlockId | None:
        """The block on the screen while presenting (a shared room's follow bar shows it)."""
        presenting = self._presentation is not None and self._presentation.is_presenting()
        return self._presented_block() if presenting else None

    # ---- actions ------------------------------------------------------------------------

    def _make_actions(self) -> None:
        window, clock = self._window, self.clock
        slots = {
            "present": lambda: self.presentation.present(),
            "resume_presentation": lambda: self.presentation.resume(),
            "zoom_to_block": self._zoom_option_changed,
            "timer_toggle": clock.toggle,
            "timer_reset": clock.reset,
            "timer_add_minute": clock.add_minute,
            "timer_custom": self.ask_custom_time,
            "timer_sound": self._sound_option_changed,
        }
        from canvas_editor.ui.menus import command_action

        order = self.order_dock.toggleViewAction()
        order.triggered.connect(self.order_dock.focus_if_shown)
        made: dict[str, QAction | Callable[[], object]] = {**slots, "presentation_order": order}
        for name in WORKSHOP_COMMANDS:
            self.actions[name] = command_action(window, name, made[name])
        for name, key in (("zoom_to_block", ZOOM_TO_BLOCK_KEY), ("timer_sound", SOUND_KEY)):
            self.actions[name].setCheckable(True)
            self.actions[name].setChecked(_flag(self._settings, key, True))
        self.presets = QActionGroup(self)
        self.presets.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for minutes in PRESET_MINUTES:
            action = QAction(_preset_text(minutes), window)
            action.setCheckable(True)
            action.setData(minutes * 60)
            action.triggered.connect(lambda _checked=False, s=minutes * 60: self.set_duration(s))
            self.presets.addAction(action)
            self.actions[f"timer_{minutes}_min"] = action

    def _make_toolbar(self) -> QToolBar:
        from canvas_editor.ui.menus import titled_toolbar

        toolbar = titled_toolbar(self._window, "timer_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.time_label = QLabel(toolbar)
        self.time_label.setObjectName("toolbar_timer")
        font = self.time_label.font()
        font.setBold(True)
        font.setPixelSize(max(font.pixelSize(), 16))
        self.time_label.setFont(font)
        self.time_label.setContentsMargins(8, 0, 8, 0)
        toolbar.addWidget(self.time_label)
        self.start_button = QToolButton(toolbar)
        self.start_button.setObjectName("timer_start_pause")
        self.start_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_button.clicked.connect(self.actions["timer_toggle"].trigger)
        toolbar.addWidget(self.start_button)
        toolbar.addActions([self.actions["timer_reset"], self.actions["timer_add_minute"]])
        self.duration_button = QToolButton(toolbar)
        self.duration_button.setObjectName("timer_duration")
        self.duration_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.duration_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.duration_button)
        menu.addActions(self.presets.actions())
        menu.addSeparator()
        menu.addAction(self.actions["timer_custom"])
        self.duration_button.setMenu(menu)
        toolbar.addWidget(self.duration_button)
        for button in toolbar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click leaves the keyboard on the board
        self._window.addToolBar(toolbar)
        return toolbar

    def _add_to_view_menu(self) -> None:
        view_menu = self._window.menuBar().findChild(QMenu, "view_menu")
        if view_menu is None:  # a window without a View menu still has the keys
            return
        a = self.actions
        view_menu.addSeparator()
        view_menu.addActions(
            [a["present"], a["resume_presentation"], a["presentation_order"], a["zoom_to_block"]]
        )
        from canvas_editor.ui.menus import titled_menu

        timer_menu = titled_menu(view_menu, "timer_menu")
        view_menu.addMenu(timer_menu)
        timer_menu.addActions([a["timer_toggle"], a["timer_reset"], a["timer_add_minute"]])
        timer_menu.addSeparator()
        timer_menu.addActions(self.presets.actions())
        timer_menu.addAction(a["timer_custom"])
        timer_menu.addSeparator()
        timer_menu.addActions([a["timer_sound"], self.toolbar.toggleViewAction()])

    # ---- the timer ----------------------------------------------------------------------

    def set_duration(self, seconds: int) -> None:
        """A preset or custom time: the timer stops, set to it, and the choice is remembered."""
        self.clock.set_duration(seconds)
        self._settings.setValue(SECONDS_KEY, seconds)

    def ask_custom_time(self) -> None:
        """Ask for a time until one is valid or the question is cancelled."""
        from PySide6.QtWidgets import QInputDialog  # a class PySide builds when first imported

        text = clock_text(self.clock.timer.duration)
        label = QCoreApplication.translate(
            "Workshop", "Minutes (7), minutes and seconds (7:30), or hours too (1:15:00):"
        )
        problem = ""
        while True:
            title = QCoreApplication.translate("Workshop", "Custom Time")
            text, ok = QInputDialog.getText(self._window, title, problem + label, text=text)
            if not ok:
                return
            try:
                seconds = parse_duration(text)
            except ValueError as exc:
                problem = f"{exc}.\n\n"
                continue
            self.set_duration(seconds)
            return

    def _show_time(self) -> None:
        timer = self.clock.timer
        state = timer.state()
        self.time_label.setText(timer.text())
        normal = self._window.palette().color(self.time_label.foregroundRole())
        paint_level(self.time_label, timer.level(), normal)
        self.start_button.setText(QCoreApplication.translate("Workshop", _START_TEXT.get(state, _START)))
        minutes, rest = divmod(timer.duration, 60)
        whole = QCoreApplication.translate("Workshop", "{minutes} min").format(minutes=minutes)
        self.duration_button.setText(whole if not rest else clock_text(timer.duration))
        for action in self.presets.actions():
            action.setChecked(action.data() == timer.duration)

    def _time_up(self) -> None:
        self.frame.flash()
        if self.actions["timer_sound"].isChecked():
            timer_controls.beep()

    def _sound_option_changed(self) -> None:
        self._settings.setValue(SOUND_KEY, self.actions["timer_sound"].isChecked())

    def _zoom_option_changed(self) -> None:
        self._settings.setValue(ZOOM_TO_BLOCK_KEY, self.actions["zoom_to_block"].isChecked())
        if self._presentation is not None:
            self._presentation.option_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.badge.place()
            self.frame.place()
        return False


def install_workshop(window: MainWindow) -> Workshop:
    return Workshop(window)
