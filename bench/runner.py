"""Running measurements: repetitions, medians, probe subprocesses and a virtual X server.

A probe is a short script under bench/probes/ run as `python -c SOURCE ARGS` in a
fresh interpreter, so each figure covers a whole process and nothing of the benchmark
harness leaks into the measured one. A probe prints one line `BENCH {json}`.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
PROBES = Path(__file__).resolve().parent / "probes"
PYTHON = sys.executable
PROBE_TIMEOUT_S = 60.0


T = TypeVar("T")


class ProbeFailed(RuntimeError):
    """A probe exited without its BENCH line; the message holds the tail of its stderr."""


@dataclass
class Figure:
    """One line of the report: a measured value, its floor, and the target it should meet."""

    name: str
    unit: str
    values: list[float]
    floor_values: list[float] = field(default_factory=list)
    target: str = ""
    holds: bool | None = None
    note: str = ""
    # User + system CPU seconds of whole-process figures, and of their floor.
    cpu_values: list[float] = field(default_factory=list)
    floor_cpu_values: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor_values) if self.floor_values else None

    @property
    def ratio(self) -> float | None:
        floor = self.floor_median
        return self.median / floor if floor else None


def probe_source(*names: str) -> str:
    """The source of one or more probe files, joined: shared helpers first, then the script."""
    return "\n\n".join((PROBES / name).read_text(encoding="utf-8") for name in names)


def process_env(home: Path, platform: str | None = None, display: str | None = None) -> dict[str, str]:
    """The environment of a measured process.

    Settings, logs and recovery files go to the run's own folder, away from the
    user's. Bytecode is cached (in the run's folder) even where the shell sets
    PYTHONDONTWRITEBYTECODE: an installed app has its .pyc files, so compiling every
    module at every start would measure the development setup, not the app.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    if platform is not None:
        env["QT_QPA_PLATFORM"] = platform
        # Silence Qt's warnings about the offscreen plugin's missing features.
        env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    if display is not None:
        env["DISPLAY"] = display
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _forget_ended_sessions(env: dict[str, str]) -> None:
    """A probe ends the editor with os._exit, which leaves its autosave session behind as
    a crash would, and the next editor would clear it up before its window (a few file
    operations with an fsync). A user's ordinary start finds none, so neither does a
    measured one."""
    data_home = env.get("XDG_DATA_HOME")
    if data_home:
        shutil.rmtree(Path(data_home) / "canvas-editor" / "recovery", ignore_errors=True)


def run_probe(source: str, args: list[str], env: dict[str, str]) -> dict[str, float | str]:
    """Run a probe; its result gets `wall_s` (Popen to exit), `start` (monotonic at
    Popen) and `cpu_s` (user + system time of the process: steadier than wall time
    on a machine shared with other work)."""
    _forget_ended_sessions(env)
    cpu = _children_cpu()
    start = time.monotonic()
    proc = subprocess.run(
        [PYTHON, "-c", source, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=PROBE_TIMEOUT_S,
        check=False,
    )
    wall = time.monotonic() - start
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH "):
            result: dict[str, float | str] = json.loads(line[len("BENCH ") :])
            result["wall_s"] = wall
            result["start"] = start
            result["cpu_s"] = _children_cpu() - cpu
            return result
    tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-3:]
    raise ProbeFailed(f"exit {proc.returncode}: " + " | ".join(tail))


def run_command(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Wall and CPU time of a whole command; raises ProbeFailed when it does not exit 0."""
    cpu = _children_cpu()
    start = time.monotonic()
    proc = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=PROBE_TIMEOUT_S, check=False)
    wall = time.monotonic() - start
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-3:]
        raise ProbeFailed(f"{Path(argv[0]).name} exit {proc.returncode}: " + " | ".join(tail))
    return {"wall_s": wall, "cpu_s": _children_cpu() - cpu}


def interleaved(repeat: int, *runs: Callable[[], T]) -> list[list[T]]:
    """Run each measurement `repeat` times, alternating, so load on the shared machine
    falls on the figure and its floor alike. Returns one list of values per run."""
    values: list[list[T]] = [[] for _ in runs]
    for _ in range(repeat):
        for i, run in enumerate(runs):
            values[i].append(run())
    return values


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call takes, the garbage collector on (as in the app) but emptied first:
    otherwise whether a full collection falls inside the call depends on what ran
    before, which swings the json floor by half (29 to 49 ms for 10,000 notes)."""
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@contextmanager
def virtual_display() -> Iterator[str | None]:
    """A private Xvfb server for the xcb runs, or None when Xvfb is not installed."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield None
        return
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        yield f":{number}" if number else None
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
