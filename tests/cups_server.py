"""A CUPS scheduler of the tests' own, with a cups-pdf queue: `cupsd` run on a
configuration in a temporary folder (its own socket, spool, logs and PDF output),
`CUPS_SERVER` pointed at its socket, stopped at the end. The system's scheduler and
its queues are never touched; cups-pdf reads its settings only from /etc/cups, so the
queue's own `cups-pdf-<queue>.conf` is written there for the session and removed.

`own_cups_server` is the same scheduler for the print benchmark (bench/print_bench.py).

Needs root (cupsd runs its backends as root) and the Debian packages cups,
cups-client and printer-driver-cups-pdf, which `make test` installs; without them
the fixture skips with the reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONF = Path("/etc/cups")
WAIT_S = 90.0


@dataclass
class CupsServer:
    folder: Path
    socket: Path
    queue: str
    out: Path  # where cups-pdf writes what it "prints"

    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket)}

    def outputs(self) -> set[Path]:
        return set(self.out.glob("*.pdf"))

    def spooled(self) -> set[Path]:
        """The job files CUPS keeps (PreserveJobFiles): the bytes each job was sent."""
        return set((self.folder / "spool").glob("d*-001"))

    def pending(self) -> str:
        """The queue's jobs not yet complete, as `lpstat -o` lists them."""
        command = ["lpstat", "-o", self.queue]
        env = self.env()
        answer = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
        return answer.stdout.strip()

    def wait_for_new(self, before: set[Path], where: str = "out") -> Path:
        """The file a new job left (in the output folder, or the spool) once every job of
        the queue is complete (cups-pdf writes its file as Ghostscript goes)."""
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            found = (self.outputs() if where == "out" else self.spooled()) - before
            if found and (where != "out" or not self.pending()):
                # An earlier test's job may finish late and leave its file too: the
                # newest job is this one.
                return max(found, key=_job_number)
            time.sleep(0.2)
        log = (self.folder / "log" / "error_log").read_text(errors="replace")[-3000:]
        raise AssertionError(f"no job arrived in {WAIT_S:.0f} s; cupsd's log ends:\n{log}")


def _why_not() -> str | None:
    if os.geteuid() != 0:
        return "cupsd must run as root to start its cups-pdf backend"
    for tool in ("cupsd", "lpadmin", "lp", "lpstat", "gs"):
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            return f"{tool} is not installed (Debian: cups cups-client printer-driver-cups-pdf)"
    if not CUPS_PDF_BACKEND.exists() or not CUPS_PDF_PPD.exists():
        return "cups-pdf is not installed (Debian: printer-driver-cups-pdf)"
    return None


def _write_config(folder: Path) -> Path:
    for sub in ("spool", "cache", "state", "log", "out", "cups-pdf-spool"):
        (folder / sub).mkdir()
    (folder / "tmp").mkdir(mode=0o1777)
    (folder / "tmp").chmod(0o1777)  # filters run as lp and write here
    socket = folder / "cups.sock"
    (folder / "cupsd.conf").write_text(
        f"Listen {socket}\nBrowsing No\nWebInterface No\nDefaultAuthType None\nLogLevel info\n"
        "PreserveJobFiles Yes\nMaxJobs 0\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    (folder / "cups-files.conf").write_text(
        f"ServerRoot {folder}\nRequestRoot {folder / 'spool'}\nCacheDir {folder / 'cache'}\n"
        f"StateDir {folder / 'state'}\nTempDir {folder / 'tmp'}\nErrorLog {folder / 'log' / 'error_log'}\n"
        f"AccessLog {folder / 'log' / 'access_log'}\nPageLog {folder / 'log' / 'page_log'}\n"
    )
    return socket


def _run(command: list[str], env: dict[str, str]) -> None:
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=60)


class NoCupsServer(Exception):
    """The scheduler cannot start here; the message says why."""


@contextmanager
def own_cups_server() -> Iterator[CupsServer]:
    """A running scheduler of our own with its cups-pdf queue as the default; raises
    NoCupsServer. `CUPS_SERVER` is left to the caller (`CupsServer.env`)."""
    reason = _why_not()
    if reason is not None:
        raise NoCupsServer(reason)
    # Not under pytest's folder, which only root may enter: CUPS's filters run as lp.
    folder = Path(tempfile.mkdtemp(prefix="canvas-editor-cups-"))
    folder.chmod(0o755)
    socket = _write_config(folder)
    queue = f"canvas-editor-test-{os.getpid()}"
    server = CupsServer(folder, socket, queue, folder / "out")
    conf = CUPS_PDF_CONF / f"cups-pdf-{queue}.conf"
    conf.write_text(f"Out {server.out}\nAnonDirName {server.out}\nSpool {folder / 'cups-pdf-spool'}\n")
    cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
    process = subprocess.Popen(
        [cupsd, "-f", "-c", str(folder / "cupsd.conf"), "-s", str(folder / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        env = server.env()
        deadline = time.monotonic() + 30
        while not socket.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        if not socket.exists():
            raise NoCupsServer("cupsd did not start")
        _run(["lpadmin", "-p", queue, "-E", "-v", f"cups-pdf:/{queue}", "-P", str(CUPS_PDF_PPD)], env)
        _run(["lpadmin", "-d", queue], env)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        conf.unlink(missing_ok=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def cups_server() -> Iterator[CupsServer]:
    try:
        with own_cups_server() as server, pytest.MonkeyPatch.context() as patch:
            patch.setenv("CUPS_SERVER", str(server.socket))
            yield server
    except NoCupsServer as exc:
        pytest.skip(str(exc))


def _job_number(path: Path) -> tuple[int, float]:
    """The job a file came from (cups-pdf ends its names with `job_N`, the spool names
    them `dN-001`), then its time."""
    found = re.search(r"job_(\d+)$|^d(\d+)-", path.stem)
    number = next((int(g) for g in found.groups() if g), -1) if found else -1
    return (number, path.stat().st_mtime)
