"""The workshop timer's state: a countdown read from an injected clock.

Plain Python, no Qt: the clock is any function returning seconds (`time.monotonic` in
the editor, a number a test sets), so the state can be checked in microseconds and
shared with participants' devices. Nothing here ticks: whoever shows the timer reads
it as often as it likes, and the timer works out where it is from the clock.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from enum import Enum

PRESET_MINUTES = (1, 3, 5, 10, 15)
DEFAULT_SECONDS = 5 * 60
MAX_SECONDS = 3 * 60 * 60
WARNING_SECONDS = 60  # the last minute shows amber


class TimerState(Enum):
    READY = "ready"  # set to a duration, not started
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # reached zero; stays there until reset, started or extended


class Level(Enum):
    """How the time left should look."""

    NORMAL = "normal"
    WARNING = "warning"  # running or paused in the last minute
    DONE = "done"  # zero


class WorkshopTimer:
    def __init__(self, clock: Callable[[], float], seconds: int = DEFAULT_SECONDS) -> None:
        self._clock = clock
        self._duration = _checked(seconds)
        self._state = TimerState.READY
        self._left = float(self._duration)  # while not running
        self._deadline = 0.0  # clock time of zero, while running

    @property
    def duration(self) -> int:
        """The seconds the timer was set to (a preset or a custom time)."""
        return self._duration

    def state(self) -> TimerState:
        if self._state is TimerState.RUNNING and self._clock() >= self._deadline:
            self._state = TimerState.FINISHED
            self._left = 0.0
        return self._state

    def remaining(self) -> float:
        """Seconds left, never below zero."""
        if self.state() is TimerState.RUNNING:
            return max(self._deadline - self._clock(), 0.0)
        return self._left

    def level(self) -> Level:
        state = self.state()
        if state is TimerState.FINISHED:
            return Level.DONE
        if state is not TimerState.READY and self.remaining() <= WARNING_SECONDS:
            return Level.WARNING
        return Level.NORMAL

    def text(self) -> str:
        return clock_text(self.remaining())

    # ---- what the facilitator does ------------------------------------------------------

    def set_duration(self, seconds: int) -> None:
        """Choose a preset or custom time: the timer stops, set to it."""
        self._duration = _checked(seconds)
        self.reset()

    def start(self) -> None:
        """Count down from the full duration (whatever the timer was doing)."""
        self._run(float(self._duration))

    def pause(self) -> None:
        if self.state() is TimerState.RUNNING:
            self._left = self.remaining()
            self._state = TimerState.PAUSED

    def resume(self) -> None:
        if self.state() is TimerState.PAUSED:
            self._run(self._left)

    def toggle(self) -> None:
        """The one key for the timer: start when ready or done, else pause or resume."""
        state = self.state()
        if state is TimerState.RUNNING:
            self.pause()
        elif state is TimerState.PAUSED:
            self.resume()
        else:
            self.start()

    def reset(self) -> None:
        self._state = TimerState.READY
        self._left = float(self._duration)

    def add_minute(self) -> None:
        """One more minute: on the time left, or, once at zero, a new minute running."""
        state = self.state()
        if state is TimerState.RUNNING:
            self._deadline = min(self._deadline + 60.0, self._clock() + MAX_SECONDS)
        elif state is TimerState.FINISHED:
            self._run(60.0)
        else:
            self._left = min(self._left + 60.0, float(MAX_SECONDS))

    def _run(self, seconds: float) -> None:
        self._deadline = self._clock() + seconds
        self._state = TimerState.RUNNING


def _checked(seconds: int) -> int:
    if not 1 <= seconds <= MAX_SECONDS:
        raise ValueError(f"a timer runs from 1 second to {MAX_SECONDS // 3600} hours, not {seconds} s")
    return int(seconds)


def clock_text(seconds: float) -> str:
    """`4:05`, `0:00`, `1:02:03`: whole seconds, rounded up (`0:00` only at zero)."""
    whole = math.ceil(max(seconds, 0.0) - 1e-9)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


_DURATION = r"\s*(\d{1,3})(?::(\d{2}))?(?::(\d{2}))?\s*"  # compiled on first use, by re's cache


def parse_duration(text: str) -> int:
    """Seconds from what a facilitator types: `7` (minutes), `7:30`, `1:15:00`.

    ValueError, saying what is accepted, for anything else or a time out of range.
    """
    match = re.fullmatch(_DURATION, text)
    if match is None:
        raise ValueError("type minutes (7), minutes and seconds (7:30), or hours too (1:15:00)")
    parts = [int(p) for p in match.groups() if p is not None]
    if any(p >= 60 for p in parts[1:]):
        raise ValueError("minutes and seconds after a colon go up to 59")
    if len(parts) == 1:
        return _checked(parts[0] * 60)
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + part
    return _checked(seconds)
