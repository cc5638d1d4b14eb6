"""The workshop timer on screen: the Qt side of `model.workshop_timer`.

`TimerClock` wraps the Qt-free timer and ticks it with a QTimer while it runs; the
toolbar shows and drives it; `TimerBadge` shows it in a corner of the board (large
while presenting) and `FrameFlash` flashes the board's frame at zero. Nothing here is
modal and nothing takes the keyboard: the timer never stands in the way of editing.

At zero the editor beeps (`QApplication.beep`), unless the sound is switched off:
PySide6-Essentials has no QtMultimedia to play a sound file with.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from canvas_editor.model.workshop_timer import Level, TimerState, WorkshopTimer

CLOCK: Callable[[], float] = time.monotonic
"""The clock a window's timer reads (read when the window is made; tests put a fake here)."""

TICK_MS = 200
FLASHES = 4  # times the frame lights up at zero
FLASH_MS = 300  # on, then off, for this long each

AMBER = QColor("#FFB300")
RED = QColor("#E53935")
_LEVEL_COLOURS = {Level.WARNING: AMBER, Level.DONE: RED}


class TimerClock(QObject):
    """`changed()` whenever what the timer shows may differ; `finished()` once at zero."""

    changed = Signal()
    finished = Signal()

    def __init__(self, clock: Callable[[], float], seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = WorkshopTimer(clock, seconds)
        self._ticks = QTimer(self)
        self._ticks.setInterval(TICK_MS)
        self._ticks.timeout.connect(self.tick)
        self._shown = (self.timer.text(), self.timer.level(), self.timer.state())

    def tick(self) -> None:
        """Read the timer; signal what changed since the last reading."""
        state = self.timer.state()
        shown = (self.timer.text(), self.timer.level(), state)
        before, self._shown = self._shown, shown
        if state is TimerState.RUNNING:
            if not self._ticks.isActive():
                self._ticks.start()
        else:
            self._ticks.stop()
        if shown != before:
            self.changed.emit()
        if state is TimerState.FINISHED and before[2] is not TimerState.FINISHED:
            self.finished.emit()

    def _do(self, action: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            action()
            self.tick()

        return run

    def toggle(self) -> None:
        self._do(self.timer.toggle)()

    def reset(self) -> None:
        self._do(self.timer.reset)()

    def add_minute(self) -> None:
        self._do(self.timer.add_minute)()

    def set_duration(self, seconds: int) -> None:
        self._do(lambda: self.timer.set_duration(seconds))()


def paint_level(label: QLabel, level: Level, normal: QColor) -> None:
    """The label's text in amber for the last minute, red at zero, else `normal`."""
    palette = label.palette()
    # A label in a toolbar draws with the button text's colour, elsewhere with the window text's.
    palette.setColor(label.foregroundRole(), _LEVEL_COLOURS.get(level, normal))
    label.setPalette(palette)


class TimerBadge(QLabel):
    """The time left in a corner of the board, while the timer is in use."""

    def __init__(self, board: QWidget, clock: TimerClock) -> None:
        super().__init__(board)
        self.setObjectName("board_timer")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAutoFillBackground(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setForegroundRole(QPalette.ColorRole.WindowText)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(38, 50, 56, 200))
        self.setPalette(palette)
        self._clock = clock
        self._large = False
        clock.changed.connect(self.refresh)
        self.refresh()

    def set_large(self, large: bool) -> None:
        """Large while presenting, so the room can read it."""
        self._large = large
        self.refresh()

    def refresh(self) -> None:
        timer = self._clock.timer
        font = self.font()
        font.setPixelSize(56 if self._large else 20)
        font.setBold(True)
        self.setFont(font)
        margin = 14 if self._large else 6
        self.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.setText(timer.text())
        paint_level(self, timer.level(), QColor("white"))
        self.setVisible(timer.state() is not TimerState.READY)
        self.place()

    def place(self) -> None:
        """Top right of the board (the viewport), clear of its edge."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        area = _viewport_rect(parent)
        self.move(area.right() - self.width() - 16, area.top() + 16)
        self.raise_()


class FrameFlash(QWidget):
    """A coloured frame around the board that lights up a few times at zero."""

    def __init__(self, board: QWidget) -> None:
        super().__init__(board)
        self.setObjectName("board_frame_flash")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._left = 0  # half-periods still to go
        self._timer = QTimer(self)
        self._timer.setInterval(FLASH_MS)
        self._timer.timeout.connect(self._blink)
        self.hide()

    def flash(self) -> None:
        self._left = 2 * FLASHES
        self.place()
        self._blink()
        self._timer.start()

    def is_flashing(self) -> bool:
        return self._timer.isActive()

    def _blink(self) -> None:
        if self._left <= 0:
            self._timer.stop()
            self.hide()
            return
        self._left -= 1
        self.setVisible(self._left % 2 == 1)
        if self.isVisible():
            self.raise_()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(_viewport_rect(parent))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(RED)
        pen.setWidth(10)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(5, 5, -5, -5))
        painter.end()


def _viewport_rect(board: QWidget) -> QRect:
    """Where the board's scene shows inside the view (without its frame and scroll bars)."""
    viewport = getattr(board, "viewport", None)
    return viewport().geometry() if callable(viewport) else board.rect()


def beep() -> None:
    QApplication.beep()
