"""One editor per user, with real editor processes on a private X server: a second start
hands its file to the running editor and exits; a socket left by a killed editor is
taken over by the next one; what is not a request is refused without harm."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from canvas_editor.storage.templates import template_bytes
from canvas_editor.ui.single_instance import server_name
from tests.editor_process import end_with_sigterm, running
from tests.xvfb_session import WAIT_SECONDS, editor_command, editor_env, xvfb_display

__all__ = ["xvfb_display"]  # the fixture, used by name

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed"),
]


def canvases(folder: Path, *names: str) -> list[Path]:
    paths = [folder / f"{name}.bmc" for name in names]
    for path in paths:
        path.write_bytes(template_bytes("amazon"))
    return paths


def opened_files(env: dict[str, str]) -> str:
    """The editors' settings, where Open Recent names each file as it opens."""
    settings = Path(env["XDG_CONFIG_HOME"]) / "canvas-editor" / "canvas-editor.conf"
    return settings.read_text(encoding="utf-8") if settings.is_file() else ""


def wait_until(done: Callable[[], bool], editor: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        assert editor.poll() is None, f"the running editor ended: {editor.communicate()[1]}"
        if done():
            return
        time.sleep(0.2)
    raise AssertionError("gave up waiting for the running editor")


def start(env: dict[str, str], path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*editor_command(), str(path)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )


def start_later(env: dict[str, str], argument: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """An editor started while another runs: it should end by itself, its file handed over."""
    return subprocess.run(
        [*editor_command(), argument], env=env, cwd=cwd, capture_output=True, text=True, timeout=WAIT_SECONDS
    )


def test_a_second_start_opens_its_file_in_the_running_editor(xvfb_display: str, tmp_path: Path) -> None:
    first, second = canvases(tmp_path, "first", "second")
    env = editor_env(xvfb_display)
    editor = start(env, first)
    with running(editor):
        wait_until(lambda: str(first) in opened_files(env), editor)
        later = start_later(env, "second.bmc", cwd=tmp_path)  # relative to where it was started
        assert (later.returncode, later.stdout, later.stderr) == (0, "", "")
        wait_until(lambda: str(second) in opened_files(env), editor)
        stderr = end_with_sigterm(editor, WAIT_SECONDS)
    assert editor.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert not Path(str(server_name())).exists()  # a clean exit takes its socket away


def test_a_socket_left_by_a_killed_editor_is_taken_over(xvfb_display: str, tmp_path: Path) -> None:
    first, second, third = canvases(tmp_path, "first", "second", "third")
    env = editor_env(xvfb_display)
    killed = start(env, first)
    with running(killed):
        wait_until(lambda: str(first) in opened_files(env), killed)
        wait_until(lambda: Path(str(server_name())).exists(), killed)  # it listens after its first paint
        killed.kill()
        killed.communicate(timeout=WAIT_SECONDS)
    assert Path(str(server_name())).exists()  # what the crash left behind

    editor = start(env, second)
    with running(editor):
        wait_until(lambda: str(second) in opened_files(env), editor)  # started on its own
        later = start_later(env, str(third), cwd=tmp_path)
        assert (later.returncode, later.stderr) == (0, "")
        wait_until(lambda: str(third) in opened_files(env), editor)
        end_with_sigterm(editor, WAIT_SECONDS)
    assert editor.returncode == 0


def test_what_is_not_a_request_is_refused_and_the_editor_goes_on(xvfb_display: str, tmp_path: Path) -> None:
    first, second = canvases(tmp_path, "first", "second")
    env = editor_env(xvfb_display)
    editor = start(env, first)
    with running(editor):
        wait_until(lambda: Path(str(server_name())).exists(), editor)  # it listens after its first paint
        for junk in (b"not json\n", b'{"files": ["relative.bmc"]}\n', b'["/a.bmc"]\n', b"\xff" * 70000):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(WAIT_SECONDS)
                client.connect(str(server_name()))
                client.sendall(junk)
                client.shutdown(socket.SHUT_WR)
                assert client.recv(100) == b""  # closed without taking anything
        later = start_later(env, str(second), cwd=tmp_path)
        assert later.returncode == 0
        wait_until(lambda: str(second) in opened_files(env), editor)
        stderr = end_with_sigterm(editor, WAIT_SECONDS)
    assert editor.returncode == 0 and "Traceback" not in stderr
    assert "relative.bmc" not in opened_files(env)


def test_two_editors_started_at_once_end_up_as_one(xvfb_display: str, tmp_path: Path) -> None:
    first, second = canvases(tmp_path, "first", "second")
    env = editor_env(xvfb_display)
    editors = [start(env, first), start(env, second)]
    with running(editors[0]), running(editors[1]):
        deadline = time.monotonic() + WAIT_SECONDS
        while all(e.poll() is None for e in editors) and time.monotonic() < deadline:
            time.sleep(0.2)
        ended = [e for e in editors if e.poll() is not None]
        assert len(ended) == 1 and ended[0].communicate()[1] == "" and ended[0].returncode == 0
        (editor,) = [e for e in editors if e.poll() is None]
        wait_until(lambda: str(first) in opened_files(env) and str(second) in opened_files(env), editor)
        end_with_sigterm(editor, WAIT_SECONDS)
    assert editor.returncode == 0
