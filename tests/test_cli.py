"""The non-GUI commands: new, templates, validate, --version, --help; exit codes and the crash log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from canvas_editor import __version__
from canvas_editor.cli import cmd_validate
from canvas_editor.cli.main import COMMANDS, main
from canvas_editor.storage import load_canvas
from canvas_editor.storage.migrations import CURRENT_VERSION
from canvas_editor.storage.templates import TEMPLATES
from tests.new_canvas_checks import assert_new_copy_of

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`canvas-editor ARGS` in a fresh interpreter, as a user's shell would run it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "canvas_editor", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


# --- --version and --help --------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"canvas-editor {__version__}\n"


def test_top_level_help_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: canvas-editor")
    for command in COMMANDS:
        assert command in out


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: canvas-editor {command}")


@pytest.mark.parametrize(
    "argv",
    [
        ["new"],  # -o is required
        ["new", "--template", "no-such-template", "-o", "x.bmc"],
        ["new", "-o", "x.bmc", "--colour", "red"],
        ["validate"],
        ["templates", "extra"],
    ],
    ids=" ".join,
)
def test_usage_errors_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "usage: canvas-editor" in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


# --- new -------------------------------------------------------------------------------------------


def test_new_makes_a_blank_canvas_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.bmc"
    assert main(["new", "-o", str(out)]) == 0
    assert_new_copy_of(load_canvas(out), "blank")
    assert capsys.readouterr().err == ""


def test_new_with_a_named_template_is_dated_today_and_designed_by_nobody_yet(tmp_path: Path) -> None:
    out = tmp_path / "plan.bmc"
    assert main(["new", "--template", "amazon", "-o", str(out)]) == 0
    made = load_canvas(out)
    assert_new_copy_of(made, "amazon")
    assert made.title == "Amazon" and made.designed_for == "Amazon.com"  # the template's facts stay


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.bmc"
    out.write_bytes(b"my precious work")
    assert main(["new", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"{out}: already exists (use --force to overwrite)\n"
    assert out.read_bytes() == b"my precious work"


def test_new_overwrites_with_force(tmp_path: Path) -> None:
    out = tmp_path / "plan.bmc"
    out.write_bytes(b"old")
    assert main(["new", "--force", "-o", str(out)]) == 0
    assert_new_copy_of(load_canvas(out), "blank")


def test_new_into_a_missing_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "missing" / "plan.bmc"
    assert main(["new", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "the folder does not exist" in err


def test_new_with_a_name_too_long_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["new", "-o", "x" * 5000]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "unexpected" not in err and "too long" in err


def test_new_does_not_write_through_a_broken_link_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / "plan.bmc"
    link.symlink_to(tmp_path / "elsewhere.bmc")
    assert main(["new", "-o", str(link)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert not (tmp_path / "elsewhere.bmc").exists()


# --- templates -------------------------------------------------------------------------------------


def test_templates_lists_one_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == list(TEMPLATES)
    for line, description in zip(lines, TEMPLATES.values(), strict=True):
        assert line.endswith(description)


# --- validate --------------------------------------------------------------------------------------


def test_validate_good_files(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(FIXTURES / "v1-minimal.bmc"), str(FIXTURES / "v1-full.bmc")]
    assert main(["validate", *files]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"{f}: ok" for f in files]
    assert captured.err == ""


def test_validate_reports_each_file_and_fails_if_any_is_bad(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.bmc"
    newer = CURRENT_VERSION + 1
    bad.write_text(f'{{"format": "bmc", "format_version": {newer}, "canvas": {{}}}}')
    good = FIXTURES / "v1-full.bmc"
    assert main(["validate", str(good), str(bad), str(good)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"{good}: ok", f"{good}: ok"]
    assert captured.err.splitlines() == [
        f"{bad}: written in format version {newer}; "
        f"this canvas-editor reads up to version {CURRENT_VERSION}: please update canvas-editor"
    ]


# --- the last-resort handler -----------------------------------------------------------------------


def test_an_unexpected_error_is_one_line_and_the_traceback_goes_to_the_log(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(args: object) -> int:
        raise RuntimeError("boom\nwith a second line")

    monkeypatch.setattr(cmd_validate, "run", broken)
    assert main(["validate", "whatever.bmc"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert err.startswith(
        "canvas-editor: unexpected error: RuntimeError: boom with a second line (details in "
    )
    log = Path(err.rstrip().removesuffix(")").rsplit("(details in ", 1)[1])
    assert log.is_relative_to(os.environ["XDG_STATE_HOME"])  # the user's log folder (isolated in tests)
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: boom" in text
    assert "def broken" not in err


def test_the_log_keeps_earlier_errors(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for word in ("first", "second"):

        def broken(args: object, word: str = word) -> int:
            raise ValueError(word)

        monkeypatch.setattr(cmd_validate, "run", broken)
        assert main(["validate", "x"]) == 1
    err = capsys.readouterr().err
    log = Path(err.splitlines()[-1].removesuffix(")").rsplit("(details in ", 1)[1])
    text = log.read_text(encoding="utf-8")
    assert text.index("ValueError: first") < text.index("ValueError: second")


def test_an_unexpected_error_when_the_log_cannot_be_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))

    def broken(args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(cmd_validate, "run", broken)
    assert main(["validate", "x"]) == 1
    err = capsys.readouterr().err
    assert err == "canvas-editor: unexpected error: RuntimeError: boom (the log could not be written)\n"


def test_ctrl_c_exits_quietly(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cmd_validate, "run", interrupted)
    assert main(["validate", "x"]) == 130
    assert "Traceback" not in capsys.readouterr().err


def test_a_closed_output_pipe_is_not_an_unexpected_error(tmp_path: Path) -> None:
    """`canvas-editor validate *.bmc | head -1`: the reader leaves early; no message, no log."""
    files = [str(FIXTURES / "v1-full.bmc")] * 500
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, "-m", "canvas_editor", "validate", *files],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # before the first line is written
        err = process.stderr.read()
        code = process.wait(timeout=60)
    assert err == b""
    assert code == 1
    assert not (Path(os.environ["XDG_STATE_HOME"]) / "canvas-editor").exists()


# --- the same through a real process ---------------------------------------------------------------


def test_the_installed_entry_point_runs_new_and_validate(tmp_path: Path) -> None:
    out = tmp_path / "plan.bmc"
    made = run_cli("new", "-o", str(out))
    assert (made.returncode, made.stdout, made.stderr) == (0, "", "")
    checked = run_cli("validate", str(out))
    assert (checked.returncode, checked.stdout, checked.stderr) == (0, f"{out}: ok\n", "")


def test_usage_error_exit_code_from_a_real_process() -> None:
    result = run_cli("new")
    assert result.returncode == 2
    assert "usage:" in result.stderr and "Traceback" not in result.stderr


def test_version_from_a_real_process() -> None:
    result = run_cli("--version")
    assert (result.returncode, result.stdout) == (0, f"canvas-editor {__version__}\n")
