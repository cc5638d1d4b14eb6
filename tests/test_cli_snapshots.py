"""`canvas-editor snapshot` and `canvas-editor diff`: exit codes, output, the saved bytes."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from canvas_editor.cli.main import main
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Note
from canvas_editor.storage import load_canvas
from canvas_editor.storage.backup import BackupStore
from canvas_editor.storage.save import canvas_to_bytes, save_canvas

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`canvas-editor ARGS` in a fresh interpreter, as a user's shell would run it."""
    return subprocess.run(
        [sys.executable, "-m", "canvas_editor", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )


@pytest.fixture
def bakery(tmp_path: Path) -> Path:
    path = tmp_path / "bakery.bmc"
    path.write_bytes((FIXTURES / "v2-full.bmc").read_bytes())
    return path


# ----- snapshot ------------------------------------------------------------------------------


def test_snapshot_saves_a_copy_of_the_board_and_nothing_else(bakery: Path) -> None:
    before = load_canvas(bakery)
    assert main(["snapshot", str(bakery), "--name", "오후 회의"]) == 0
    after = load_canvas(bakery)
    taken = after.snapshots[-1]
    assert after.snapshots[:-1] == before.snapshots
    assert (taken.name, taken.notes, taken.segments) == ("오후 회의", before.notes, before.segments)
    created = datetime.fromisoformat(taken.created)
    assert created.tzinfo is not None and abs((datetime.now().astimezone() - created).total_seconds()) < 60
    # The rest of the file is as it was, and the file is in the saved layout.
    assert dataclasses.replace(after, snapshots=before.snapshots) == before
    assert bakery.read_bytes() == canvas_to_bytes(after)


def test_snapshot_keeps_the_replaced_version_in_the_backups(bakery: Path) -> None:
    original = bakery.read_bytes()
    assert main(["snapshot", str(bakery), "--name", "v2"]) == 0
    (kept,) = BackupStore().versions(bakery)
    assert kept.read_bytes() == original


@pytest.mark.parametrize(
    ("name", "message"),
    [("   ", "a snapshot needs a name"), ("x" * 201, "text is too long (201 characters; at most 200)")],
    ids=["blank", "too long"],
)
def test_a_name_no_snapshot_may_have_is_a_usage_error(
    bakery: Path, name: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    original = bakery.read_bytes()
    with pytest.raises(SystemExit) as exited:
        main(["snapshot", str(bakery), "--name", name])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert bakery.read_bytes() == original


def test_a_name_the_file_already_has_is_refused_in_one_line(
    bakery: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = bakery.read_bytes()
    assert main(["snapshot", str(bakery), "--name", "첫 번째 버전"]) == 1
    assert capsys.readouterr().err == f"{bakery}: there is already a snapshot named '첫 번째 버전'\n"
    assert bakery.read_bytes() == original


def test_snapshot_of_an_unreadable_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.bmc"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["snapshot", str(bad), "--name", "v1"]) == 1
    assert main(["snapshot", str(tmp_path / "missing.bmc"), "--name", "v1"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{bad}: not valid JSON")
    assert err[1] == f"{tmp_path / 'missing.bmc'}: no such file"
    assert bad.read_text(encoding="utf-8") == "{not json"


def test_snapshot_refuses_a_file_that_could_not_be_opened_again(
    bakery: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("canvas_editor.storage.save.MAX_FILE_BYTES", len(bakery.read_bytes()) + 100)
    original = bakery.read_bytes()
    assert main(["snapshot", str(bakery), "--name", "big"]) == 1
    assert "the canvas would be too large to open again" in capsys.readouterr().err
    assert bakery.read_bytes() == original


# ----- diff ----------------------------------------------------------------------------------


@pytest.fixture
def edited(bakery: Path, tmp_path: Path) -> Path:
    """The bakery with one note moved, one added, one removed and one given votes."""
    canvas = load_canvas(bakery)
    notes = [n for n in canvas.notes if n.id != "cost_1"]
    notes = [dataclasses.replace(n, block=BlockId.KEY_RESOURCES) if n.id == "kp-1" else n for n in notes]
    notes = [dataclasses.replace(n, votes=2) if n.id == "ch-1" else n for n in notes]
    notes.append(Note(id="new-1", block=BlockId.CHANNELS, text="SNS 광고"))
    path = tmp_path / "edited.bmc"
    save_canvas(dataclasses.replace(canvas, notes=notes), path)
    return path


EDITED_LINES = [
    'moved: "지역 밀가루 공급자": Key Partners -> Key Resources',
    'votes changed: Channels: "아파트 단지 게시판": 0 -> 2',
    'added: Channels: "SNS 광고"',
    'removed: Cost Structure: "재료비 40%"',
]


def test_diff_of_two_files_prints_a_line_per_change_and_exits_1(bakery: Path, edited: Path) -> None:
    result = run_cli("diff", str(bakery), str(edited))
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.splitlines() == EDITED_LINES


def test_diff_of_equal_canvases_prints_nothing_and_exits_0(bakery: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.bmc"
    save_canvas(dataclasses.replace(load_canvas(bakery), title="Another title", snapshots=[]), copy)
    result = run_cli("diff", str(bakery), str(copy))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_diff_json_has_the_documented_shape(
    bakery: Path, edited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(bakery), str(edited), "--format", "json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["before"] == {"file": str(bakery), "snapshot": None}
    assert out["after"] == {"file": str(edited), "snapshot": None}
    assert out["equal"] is False
    assert out["changes"][0] == {
        "kind": "moved",
        "note": "kp-1",
        "block": "key_resources",
        "text": "지역 밀가루 공급자",
        "before": "key_partners",
        "after": "key_resources",
    }
    assert [(c["kind"], c["note"], c["before"], c["after"]) for c in out["changes"][1:]] == [
        ("votes", "ch-1", 0, 2),
        ("added", "new-1", None, None),
        ("removed", "cost_1", None, None),
    ]
    assert main(["diff", str(bakery), str(bakery), "--format", "json"]) == 0
    same = json.loads(capsys.readouterr().out)
    assert (same["equal"], same["changes"]) == (True, [])


def test_diff_help_documents_the_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["diff", "--help"])
    out = capsys.readouterr().out
    for key in ('"kind"', '"note"', '"block"', '"text"', '"before"', '"after"', '"equal"', '"changes"'):
        assert key in out


def test_diff_against_a_snapshot_of_the_same_file(bakery: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The fixture's snapshot holds vp-1 alone, with other text and colour."""
    assert main(["diff", str(bakery), "--snapshot", "첫 번째 버전"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert 'text changed: Value Propositions: "신선한 빵" -> "매일 아침 갓 구운 빵이 문 앞에"' in lines
    assert 'recoloured: Value Propositions: "매일 아침 갓 구운 빵이 문 앞에": #FFF176 -> #F48FB1' in lines
    assert sum(line.startswith("added: ") for line in lines) == 9


def test_diff_between_two_snapshots_and_across_files(bakery: Path, edited: Path) -> None:
    assert main(["snapshot", str(bakery), "--name", "now"]) == 0
    assert main(["diff", str(bakery), "--snapshot", "now"]) == 0
    assert main(["diff", str(bakery), str(bakery), "--snapshot", "now", "--snapshot", "now"]) == 0
    result = run_cli("diff", str(bakery), str(edited), "--snapshot", "now")
    assert (result.returncode, result.stdout.splitlines()) == (1, EDITED_LINES)
    back = run_cli("diff", str(bakery), "--snapshot", "now", "--snapshot", "첫 번째 버전")
    assert back.returncode == 1
    assert 'removed: Channels: "아파트 단지 게시판"' in back.stdout.splitlines()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--snapshot", "nope"], "no snapshot named 'nope' (there are '첫 번째 버전')"),
        ([], "with one file, name a snapshot"),
        (["--snapshot", "a", "--snapshot", "b", "--snapshot", "c"], "at most two snapshots"),
        (["--format", "xml"], "invalid choice: 'xml'"),
    ],
    ids=["no such snapshot", "one file alone", "three snapshots", "unknown format"],
)
def test_diff_trouble_exits_2_with_one_line(bakery: Path, argv: list[str], message: str) -> None:
    result = run_cli("diff", str(bakery), *argv)
    assert (result.returncode, result.stdout) == (2, "")
    assert message in result.stderr and "Traceback" not in result.stderr


def test_diff_of_an_unreadable_file_exits_2_naming_it(bakery: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.bmc"
    result = run_cli("diff", str(bakery), str(missing))
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"{missing}: no such file\n")
    newer = tmp_path / "newer.bmc"
    newer.write_text('{"format": "bmc", "format_version": 99, "canvas": {}}', encoding="utf-8")
    result = run_cli("diff", str(newer), str(bakery))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{newer}: written in format version 99")
    assert result.stderr.count("\n") == 1
