"""The editor as a separate process in a test: ended the way a desktop session ends it.

`running(process)` kills the process if the test fails before it ends, so no editor
outlives its test; `end_with_sigterm` sends SIGTERM and waits, giving back stderr.
"""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def running(process: subprocess.Popen[str]) -> Iterator[subprocess.Popen[str]]:
    """Yield `process`; kill it on the way out if it is still running."""
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def end_with_sigterm(process: subprocess.Popen[str], timeout: float) -> str:
    """SIGTERM, as a logout or `kill` sends it; waits up to `timeout` s and returns stderr."""
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=timeout)
    return stderr
