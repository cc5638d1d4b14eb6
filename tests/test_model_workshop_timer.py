"""The workshop timer's state (model/workshop_timer.py) against a fake clock: no Qt, no waiting."""

from __future__ import annotations

import pytest

from canvas_editor.model.workshop_timer import (
    Level,
    TimerState,
    WorkshopTimer,
    clock_text,
    parse_duration,
)


class FakeClock:
    """Seconds that pass only when a test says so."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_a_new_timer_waits_at_its_full_time(clock: FakeClock) -> None:
    timer = WorkshopTimer(clock, 300)
    clock.advance(100)
    assert (timer.state(), timer.text(), timer.level()) == (TimerState.READY, "5:00", Level.NORMAL)


def test_it_counts_down_from_the_clock(clock: FakeClock) -> None:
    timer = WorkshopTimer(clock, 300)
    timer.start()
    clock.advance(0.4)
    assert timer.text() == "5:00"  # whole seconds, rounded up
    clock.advance(0.6)
    assert timer.text() == "4:59"
    clock.advance(119)
    assert (timer.state(), timer.text()) == (TimerState.RUNNING, "3:00")


def test_pause_holds_the_time_and_resume_goes_on_from_it(clock: FakeClock) -> None:
    timer = WorkshopTimer(clock, 180)
    timer.start()
    clock.advance(30)
    timer.pause()
    clock.advance(600)
    assert (timer.state(), timer.text()) == (TimerState.PAUSED, "2:30")
    timer.resume()
    clock.advance(10)
    assert (timer.state(), timer.text()) == (TimerState.RUNNING, "2:20")


def test_one_key_starts_pauses_and_resumes(clock: FakeClock) -> None:
    timer = WorkshopTimer(clock, 60)
    states = []
    for _ in range(3):
        timer.toggle()
        states.append(timer.state())
    assert states == [TimerState.RUNNING, TimerState.PAUSED, TimerState.RUNNING]


def test_a_minute_more_while_running_paused_ready_or_at_zero(clock: FakeClock) -> None:
    timer = WorkshopTimer(clock, 120)
    timer.add_minute()
    assert (timer.state(), timer.text()) == (TimerState.READY, "3:00")
    timer.start()
    clock.advance(30)
    timer.add_minute()
    assert timer.text() == "2:30"
    timer.pause()
    timer.add_minute()
    assert (timer.state(), timer.text()) == (TimerState.PAUSED, "3:30")
    timer.resume()
    clock.advance(210)
    assert timer.state() is TimerState.FINISHED
    timer.add_minute()
    clock.advance(1)
    assert (timer.state(), timer.text()) == (TimerState.RUNNING, "0:59")


def test_the_last_minute_is_amber_and_zero_is_done(clock: FakeClock) -> None:
    timer = WorkshopTimer(clock, 90)
    timer.start()
    clock.advance(29)
    assert timer.level() is Level.NORMAL
    clock.advance(1.5)
    assert (timer.level(), timer.text()) == (Level.WARNING, "1:00")
    timer.pause()
    assert timer.level() is Level.WARNING  # paused in the last minute still warns
    timer.resume()
    clock.advance(59.5)
    assert (timer.state(), timer.level(), timer.text(), timer.remaining()) == (
        TimerState.FINISHED,
        Level.DONE,
        "0:00",
        0.0,
    )
    clock.advance(100)
    assert timer.remaining() == 0.0  # never below zero


def test_a_timer_set_to_a_minute_is_not_amber_before_it_starts(clock: FakeClock) -> None:
    timer = WorkshopTimer(clock, 60)
    assert timer.level() is Level.NORMAL
    timer.start()
    assert timer.level() is Level.WARNING


def test_reset_and_a_new_duration_stop_the_timer_at_the_full_time(clock: FakeClock) -> None:
    timer = WorkshopTimer(clock, 300)
    timer.start()
    clock.advance(42)
    timer.reset()
    assert (timer.state(), timer.text()) == (TimerState.READY, "5:00")
    timer.start()
    timer.set_duration(600)
    assert (timer.state(), timer.text(), timer.duration) == (TimerState.READY, "10:00", 600)


@pytest.mark.parametrize("seconds", [0, -5, 3 * 3600 + 1])
def test_durations_out_of_range_are_refused(clock: FakeClock, seconds: int) -> None:
    with pytest.raises(ValueError, match="from 1 second to 3 hours"):
        WorkshopTimer(clock, seconds)


@pytest.mark.parametrize(
    ("typed", "seconds"),
    [("7", 420), (" 7:30 ", 450), ("0:45", 45), ("1:15:00", 4500), ("90", 5400)],
)
def test_a_custom_time_is_read_as_minutes_or_minutes_and_seconds(typed: str, seconds: int) -> None:
    assert parse_duration(typed) == seconds


@pytest.mark.parametrize("typed", ["", "abc", "7:5", "7:60", "1:60:00", "0", "4:00:00"])
def test_a_custom_time_that_makes_no_sense_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(typed)


def test_the_clock_face() -> None:
    assert [clock_text(s) for s in (0, 0.01, 59.2, 60, 3599.5, 3600, 3723)] == [
        "0:00",
        "0:01",
        "1:00",
        "1:00",
        "1:00:00",
        "1:00:00",
        "1:02:03",
    ]
