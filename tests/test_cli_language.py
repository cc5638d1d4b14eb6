"""The command line speaks the locale's language (Korean or English), with the same exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from string import Formatter

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


@pytest.mark.parametrize(
    "command",
    [
        "new",
        "export",
        "import",
        "diff",
        "snapshot",
        "templates",
        "validate",
        "print",
        "serve",
        "join",
        "install-desktop",
    ],
)
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


# A bad file for each kind of storage message: the command, the file's name and text
# (None: no file), and the English line that must stay as it is.
BAD_FILES = {
    "not a canvas": (
        ["validate", "plan.bmc"],
        ("plan.bmc", '{"title": "Plan"}\n'),
        'plan.bmc: not a canvas-editor file (no "format": "bmc" at the top)\n',
        'plan.bmc: canvas-editor 파일이 아닙니다 (맨 위에 "format": "bmc"가 없습니다)\n',
    ),
    "missing": (
        ["validate", "gone.bmc"],
        None,
        "gone.bmc: no such file\n",
        "gone.bmc: 그런 파일이 없습니다\n",
    ),
    "invalid JSON": (
        ["validate", "plan.bmc"],
        ("plan.bmc", '{\n  "format": "bmc",\n  "canvas": {\n    ]\n}\n'),
        "plan.bmc: not valid JSON: Expecting property name enclosed in double quotes at line 4, column 5\n",
        # Python's own words stay English inside the Korean sentence.
        "plan.bmc: 올바른 JSON이 아닙니다: 4번째 줄 5번째 칸에서 "
        "Expecting property name enclosed in double quotes\n",
    ),
    "unknown heading": (
        ["import", "plan.md", "-o", "plan.bmc"],
        ("plan.md", "# Plan\n\n## Value Proposition\n\n- fast\n"),
        "plan.md: line 3: heading 'Value Proposition' names no block (did you mean "
        "'Value Propositions'?) (use --into BLOCK to put such notes in a block)\n",
        "plan.md: 3번째 줄: 제목 'Value Proposition'에 해당하는 블록이 없습니다 "
        "('Value Propositions'을(를) 뜻하셨나요?) (그런 노트를 한 블록에 넣으려면 --into BLOCK)\n",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_reported_in_korean_with_the_same_exit_code(case: str, tmp_path: Path) -> None:
    args, file, english_line, korean_line = BAD_FILES[case]
    if file is not None:
        (tmp_path / file[0]).write_text(file[1], encoding="utf-8")
    korean = run_cli(args, "ko_KR.UTF-8", tmp_path)
    english = run_cli(args, "en_US.UTF-8", tmp_path)
    assert korean.returncode == english.returncode == 1
    assert korean.stderr == korean_line
    assert english.stderr == english_line


def test_a_snapshot_that_is_not_there_is_reported_in_korean(tmp_path: Path) -> None:
    assert run_cli(["new", "-o", "plan.bmc"], "C", tmp_path).returncode == 0
    korean = run_cli(["diff", "plan.bmc", "--snapshot", "draft"], "ko_KR.UTF-8", tmp_path)
    english = run_cli(["diff", "plan.bmc", "--snapshot", "draft"], "C", tmp_path)
    assert korean.returncode == english.returncode == 2
    assert korean.stderr == "plan.bmc: 이름이 'draft'인 스냅샷이 없습니다 (스냅샷이 하나도 없습니다)\n"
    assert english.stderr == "plan.bmc: no snapshot named 'draft' (it has none)\n"


def test_a_bad_workshop_link_or_port_is_reported_in_korean_with_the_same_exit_code(tmp_path: Path) -> None:
    link = ["join", "http://example.invalid/somewhere"]
    korean, english = run_cli(link, "ko_KR.UTF-8", tmp_path), run_cli(link, "C", tmp_path)
    assert korean.returncode == english.returncode == 2
    assert korean.stderr.startswith(
        "canvas-editor join: 'http://example.invalid/somewhere': 워크숍 링크가 아닙니다"
    )
    assert english.stderr.startswith(
        "canvas-editor join: 'http://example.invalid/somewhere': not a workshop link"
    )
    assert run_cli(["new", "-o", "plan.bmc"], "C", tmp_path).returncode == 0
    port = ["serve", "plan.bmc", "--host", "127.0.0.1", "--port", "70000"]
    korean, english = run_cli(port, "ko_KR.UTF-8", tmp_path), run_cli(port, "C", tmp_path)
    assert korean.returncode == english.returncode == 2
    assert korean.stderr == "--port: 70000은(는) 포트가 아닙니다 (0부터 65535까지)\n"
    assert english.stderr == "--port: 70000 is not a port (0 to 65535)\n"


def test_every_translated_error_names_the_same_values_as_its_english() -> None:
    """A translation that misspells a value's name would fail only when that error happens."""

    def fields(template: str) -> list[str]:
        # Only replacement fields: the JSON in a help text's example is not one.
        return sorted(
            f"{name}!{conversion}:{spec}"
            for _, name, spec, conversion in Formatter().parse(template)
            if name and name.isidentifier()
        )

    errors = {
        source: text
        for (context, source), text in i18n._catalogue("ko").items()
        if context in (i18n.ERRORS, "cli")
    }
    assert errors
    for source, text in errors.items():
        assert fields(text) == fields(source), source
