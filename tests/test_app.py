"""The application around the windows: start-up, first windows, names, and quitting on signals."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from canvas_editor import __version__
from canvas_editor.app import configure_application, open_first_windows
from canvas_editor.desktop.icons import PNG_SIZE, png_name
from canvas_editor.desktop.identity import APP_ID
from canvas_editor.desktop.install import planned_files
from canvas_editor.model.blocks import BlockId
from canvas_editor.resource_files import resource
from canvas_editor.storage.load import load_canvas
from canvas_editor.storage.save import save_canvas
from canvas_editor.storage.templates import load_template, template_bytes
from canvas_editor.ui import file_dialogs
from canvas_editor.ui.display_check import X11_PORT, x_server_answers
from canvas_editor.ui.workspace import Workspace
from tests.editor_process import end_with_sigterm, running
from tests.new_canvas_checks import assert_new_copy_of
from tests.window_helpers import open_workspace, record_errors

ROOT = Path(__file__).resolve().parent.parent
WAIT_SECONDS = 60.0  # a ceiling for slow machines, not a speed check


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return record_errors(monkeypatch)


@pytest.fixture
def workspace(qtbot: object, tmp_path: Path, errors: list[str]) -> object:
    with open_workspace(tmp_path / "settings.ini") as ws:
        yield ws


def editor_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


# ----- start-up -------------------------------------------------------------------------


def test_configure_application_names_settings_version_and_fonts(qapp: QApplication) -> None:
    configure_application(qapp)
    assert QCoreApplication.organizationName() == "canvas-editor"
    assert QCoreApplication.applicationName() == "canvas-editor"
    assert QCoreApplication.applicationVersion() == __version__
    assert Path(QSettings().fileName()).parent.name == "canvas-editor"
    assert "NanumGothic" in QApplication.font().families()  # the fallback for Hangul


def test_the_windows_carry_the_installed_desktop_entry_and_icon(qapp: QApplication) -> None:
    configure_application(qapp)
    # Wayland and the taskbar find the entry install-desktop writes by this name.
    assert f"applications/{QGuiApplication.desktopFileName()}.desktop" in planned_files([APP_ID])
    shown = QApplication.windowIcon().pixmap(PNG_SIZE).toImage()
    installed = QImage(str(resource("icons", png_name(APP_ID))))
    assert shown.convertToFormat(installed.format()) == installed


def test_unknown_template_is_a_usage_error_before_any_window(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "canvas_editor", "--template", "nonesuch"],
        env=editor_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no template named 'nonesuch'" in result.stderr


def editor_stderr_with_display(tmp_path: Path, display: str | None) -> str:
    """Start the editor with DISPLAY set to `display` (or unset) and no other way to a
    screen; it must stop at once with exit code 1 and one line on stderr."""
    unset = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")  # as in a remote shell
    env = {k: v for k, v in editor_env(tmp_path).items() if k not in unset}
    if display is not None:
        env["DISPLAY"] = display
    result = subprocess.run(
        [sys.executable, "-m", "canvas_editor", "--template", "amazon"],
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS,
    )
    assert result.returncode == 1  # not Qt's abort (-6), nor its page about plugins
    assert result.stderr.count("\n") == 1
    return result.stderr


def test_without_a_display_the_editor_says_so_in_one_line(tmp_path: Path) -> None:
    stderr = editor_stderr_with_display(tmp_path, None)
    assert "no display" in stderr and "canvas-editor --help" in stderr


def closed_tcp_display() -> str:
    """An X display name whose TCP port (6000 + N) nothing listens on any more."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert port > X11_PORT
    return f"127.0.0.1:{port - X11_PORT}"


def test_a_display_nobody_serves_is_named_in_one_line(tmp_path: Path) -> None:
    """A DISPLAY left over in a tmux session after its X server went away."""
    display = closed_tcp_display()
    assert f"cannot reach the X display '{display}'" in editor_stderr_with_display(tmp_path, display)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="abstract sockets are Linux's")
def test_a_local_x_display_answers_while_something_listens_on_its_socket() -> None:
    number = 4000 + os.getpid() % 1000  # far above the displays of real servers
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(f"\0/tmp/.X11-unix/X{number}")  # where X servers listen on Linux
        server.listen()
        assert x_server_answers(f":{number}") and x_server_answers(f"unix:{number}.0")
    assert not x_server_answers(f":{number}")


def test_an_x_display_answers_while_something_listens_on_it() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        display = f"127.0.0.1:{server.getsockname()[1] - X11_PORT}"
        assert x_server_answers(display)
    assert not x_server_answers(display)


# ----- first windows ----------------------------------------------------------------------


def test_no_arguments_open_one_blank_canvas(workspace: Workspace) -> None:
    open_first_windows(workspace, [], None)
    (window,) = workspace.windows
    assert window.path is None
    assert_new_copy_of(window.controller.canvas, "blank")


def test_template_argument_opens_an_untitled_copy(workspace: Workspace) -> None:
    open_first_windows(workspace, [], "amazon")
    (window,) = workspace.windows
    assert window.path is None and not window.isWindowModified()
    assert_new_copy_of(window.controller.canvas, "amazon")
    assert window.windowTitle() == "Untitled[*] - Canvas Editor"


def test_files_on_the_command_line_open_and_a_bad_one_says_why(
    workspace: Workspace, tmp_path: Path, errors: list[str]
) -> None:
    good = tmp_path / "good.bmc"
    save_canvas(load_template("amazon-ko"), good)
    bad = tmp_path / "bad.bmc"
    bad.write_text("{ not json")
    open_first_windows(workspace, [str(bad), str(good)], None)
    assert [w.path for w in workspace.windows] == [good]
    assert workspace.windows[0].controller.canvas == load_canvas(good)
    (error,) = errors
    assert error.startswith("Could not open bad.bmc. This file is not a canvas, or it is damaged")


def answer_create(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[Path]:
    """The question "create it?" answered with `answer`; returns the paths asked about."""
    asked: list[Path] = []

    def ask(parent: object, path: Path) -> bool:
        asked.append(path)
        return answer

    monkeypatch.setattr(file_dialogs, "ask_create_missing", ask)
    return asked


def test_a_missing_file_on_the_command_line_is_offered_and_made_there(
    workspace: Workspace, tmp_path: Path, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "workshop.bmc"
    asked = answer_create(monkeypatch, True)
    open_first_windows(workspace, [str(missing)], None)
    assert asked == [missing] and errors == []
    (window,) = workspace.windows
    assert window.path == missing and window.windowTitle() == "workshop.bmc[*] - Canvas Editor"
    assert_new_copy_of(load_canvas(missing), "blank")  # on disk at once, dated today
    window.controller.add_note(BlockId.CHANNELS, text="Shop window")
    assert window.save()  # Save writes there without asking where
    assert [n.text for n in load_canvas(missing).notes] == ["Shop window"]
    assert workspace.recent.paths() == [str(missing)]


def test_a_missing_file_declined_leaves_nothing_on_disk_and_a_blank_canvas_open(
    workspace: Workspace, tmp_path: Path, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "workshop.bmc"
    asked = answer_create(monkeypatch, False)
    open_first_windows(workspace, [str(missing)], None)
    assert asked == [missing] and errors == [] and not missing.exists()
    (window,) = workspace.windows
    assert window.path is None
    assert_new_copy_of(window.controller.canvas, "blank")


def test_a_missing_file_in_a_missing_folder_says_why(
    workspace: Workspace, tmp_path: Path, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_create(monkeypatch, True)
    open_first_windows(workspace, [str(tmp_path / "nowhere" / "workshop.bmc")], None)
    assert asked == []
    assert errors == [
        "Could not open workshop.bmc. The file does not exist: it may have been moved, renamed or deleted."
    ]


def test_a_missing_file_asked_for_from_a_window_is_not_offered(
    workspace: Workspace, tmp_path: Path, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A recent file or a drop that has gone: the window says so (it was meant to exist)."""
    asked = answer_create(monkeypatch, True)
    first = workspace.new_document()
    assert workspace.open_paths([tmp_path / "gone.bmc"], origin=first) == []
    assert asked == [] and len(errors) == 1


# ----- the whole program, offscreen -------------------------------------------------------


def _wait_for(predicate: object, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting; editor exit code {process.poll()}")


def test_sigterm_closes_the_windows_remembers_them_and_exits_zero(tmp_path: Path) -> None:
    canvas = tmp_path / "amazon.bmc"
    canvas.write_bytes(template_bytes("amazon"))
    env = editor_env(tmp_path)
    settings_file = tmp_path / "config" / "canvas-editor" / "canvas-editor.conf"
    editor = subprocess.Popen(
        [sys.executable, "-m", "canvas_editor", str(canvas)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with running(editor):
        # Opening a file puts it on Open Recent, which the editor writes to its settings.
        _wait_for(lambda: settings_file.is_file() and str(canvas) in settings_file.read_text(), editor)
        stderr = end_with_sigterm(editor, WAIT_SECONDS)
    assert editor.returncode == 0, stderr
    settings = QSettings(str(settings_file), QSettings.Format.NativeFormat)
    assert settings.value("window/geometry") is not None  # saved as the window closed
    assert canvas.read_bytes() == template_bytes("amazon")
