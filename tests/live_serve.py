"""`canvas-editor serve` as a real process on loopback, for the live-workshop tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Served:
    def __init__(self, process: subprocess.Popen[str], path: Path, url: str, facilitator_url: str) -> None:
        self.process = process
        self.path = path
        self.url = url
        self.facilitator_url = facilitator_url

    def stop(self) -> tuple[int, str]:
        """Ctrl+C, as the facilitator ends the workshop; the exit status and stderr."""
        self.process.send_signal(signal.SIGINT)
        _, err = self.process.communicate(timeout=20)
        return self.process.returncode, err

    def kill(self) -> None:
        self.process.kill()
        self.process.communicate(timeout=20)


def start_serve(path: Path, *extra: str, save_every: float = 0.2) -> Served:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "canvas_editor", "serve", str(path), "--host", "127.0.0.1",
         "--save-every", str(save_every), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.startswith("Ctrl+C"):
            break
    urls = [line.strip() for line in lines if line.strip().startswith("http://")]
    joins = [line.split("'")[1] for line in lines if "canvas-editor join" in line]
    if not urls or not joins:
        process.kill()
        _, err = process.communicate(timeout=20)
        raise AssertionError(f"serve did not start: {''.join(lines)}{err}")
    return Served(process, path, urls[0], joins[0])


@contextmanager
def served(path: Path, *extra: str) -> Iterator[Served]:
    workshop = start_serve(path, *extra)
    try:
        yield workshop
    finally:
        if workshop.process.poll() is None:
            workshop.kill()
