"""The command line speaks the locale's language (Korean or English), with the same exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from canvas_editor import i18n


def run_cli(args: list[str], lang: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "canvas_editor", *args], capture_output=True, text=True, env=env, cwd=cwd
    )


def hangul(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" for c in text)


def test_help_is_korean_in_a_korean_locale_and_english_otherwise(tmp_path: Path) -> None:
    korean = run_cli(["--help"], "ko_KR.UTF-8", tmp_path)
    english = run_cli(["--help"], "en_US.UTF-8", tmp_path)
    assert korean.returncode == english.returncode == 0
    assert korean.stdout.startswith("사용법: canvas-editor")
    assert "옵션:" in korean.stdout and "이 도움말을 보여 주고 끝냅니다" in korean.stdout
    assert english.stdout.startswith("usage: canvas-editor")
    assert "show this help message and exit" in english.stdout and not hangul(english.stdout)


@pytest.mark.parametrize("command", ["new", "export", "import", "diff", "snapshot", "templates", "validate"])
def test_every_commands_help_is_korean(command: str, tmp_path: Path) -> None:
    done = run_cli([command, "--help"], "ko_KR.UTF-8", tmp_path)
    assert done.returncode == 0
    description = done.stdout.split("\n\n")[1]
    assert hangul(description), done.stdout


def test_a_usage_error_is_korean_with_the_same_exit_code(tmp_path: Path) -> None:
    korean = run_cli(["new"], "ko_KR.UTF-8", tmp_path)
    english = run_cli(["new"], "C", tmp_path)
    assert korean.returncode == english.returncode == 2
    assert korean.stderr.startswith("사용법: canvas-editor new")
    assert "canvas-editor new: 오류: " in korean.stderr
    assert "canvas-editor new: error: " in english.stderr


def test_the_command_lines_own_message_is_korean_with_the_same_exit_code(tmp_path: Path) -> None:
    (tmp_path / "plan.bmc").write_text("kept")
    korean = run_cli(["new", "-o", "plan.bmc"], "ko_KR.UTF-8", tmp_path)
    english = run_cli(["new", "-o", "plan.bmc"], "en_GB.UTF-8", tmp_path)
    assert korean.returncode == english.returncode == 1
    assert korean.stderr == "plan.bmc: 이미 있습니다 (덮어쓰려면 --force)\n"
    assert english.stderr == "plan.bmc: already exists (use --force to overwrite)\n"
    assert (tmp_path / "plan.bmc").read_text() == "kept"


def test_templates_list_each_template_with_its_language(tmp_path: Path) -> None:
    korean = run_cli(["templates"], "ko_KR.UTF-8", tmp_path).stdout.splitlines()
    english = run_cli(["templates"], "en_US.UTF-8", tmp_path).stdout.splitlines()
    assert [line.split()[:2] for line in english] == [
        ["blank", "English"],
        ["amazon", "English"],
        ["amazon-ko", "Korean"],
    ]
    assert [line.split()[:2] for line in korean] == [
        ["blank", "영어"],
        ["amazon", "영어"],
        ["amazon-ko", "한국어"],
    ]


def test_a_message_the_catalogue_lacks_stays_english() -> None:
    assert i18n.translate("cli", "a text no catalogue holds", "ko") == "a text no catalogue holds"
    assert i18n.translate("cli", "usage: ", "ko") == "사용법: "
    assert i18n.translate("cli", "usage: ", "en") == "usage: "
