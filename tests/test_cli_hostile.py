"""`canvas-editor validate` on damaged, hostile and foreign files: exit 1 and one clear line each."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from canvas_editor.cli.main import main
from canvas_editor.storage.migrations import CURRENT_VERSION

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
VALID = (FIXTURES / "v1-full.bmc").read_bytes()


def _doc(canvas: object, version: int = 1) -> bytes:
    return json.dumps({"format": "bmc", "format_version": version, "canvas": canvas}).encode()


def _sparse(path: Path) -> None:
    with open(path, "wb") as f:  # 100 MB that cost nothing to write
        f.seek(100 * 1024 * 1024 - 1)
        f.write(b"\0")


def _writer(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


# name -> (how to make the file, a word the user's line must contain)
HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated.bmc": (_writer(VALID[:1000]), "not valid JSON"),
    "wrong-types.bmc": (
        _writer(_doc({"title": ["a"], "notes": "none"})),
        "title: input should be a valid string",
    ),
    "unknown-block.bmc": (
        _writer(_doc({"notes": [{"id": "a", "block": "customer_segment"}]})),
        "notes[0].block: 'customer_segment' is not a block (did you mean 'customer_segments'?)",
    ),
    "nan.bmc": (_writer(VALID.replace(b'"x": 0.25', b'"x": NaN')), "NaN"),
    "huge-string.bmc": (
        _writer(_doc({"notes": [{"id": "a", "block": "channels", "text": "가" * 3_000_000}]})),
        "notes[0].text: text is too long",
    ),
    "deep.bmc": (_writer(b"[" * 10_000 + b"]" * 10_000), "nested too deeply"),
    "deep-in-envelope.bmc": (
        _writer(_doc({"title": "@"}).replace(b'"@"', b'{"a":' * 10_000 + b"1" + b"}" * 10_000)),
        "nested too deeply",
    ),
    "hundred-megabytes.bmc": (_sparse, "too large"),
    "garbage.bmc": (_writer(bytes(range(256)) * 16), "not a text file"),
    "newer.bmc": (_writer(_doc({}, version=CURRENT_VERSION + 1)), f"format version {CURRENT_VERSION + 1}"),
    "empty.bmc": (_writer(b""), "empty"),
    "folder.bmc": (lambda path: path.mkdir(), "is a folder"),
    "missing.bmc": (lambda path: None, "no such file"),
    "pipe.bmc": (os.mkfifo, "not a regular file"),
    "array.bmc": (_writer(b"[]"), "not a canvas-editor file"),
    "duplicate-ids.bmc": (
        _writer(_doc({"notes": [{"id": "a", "block": "channels"}, {"id": "a", "block": "channels"}]})),
        "notes[1].id: duplicate note id 'a'",
    ),
    "dangling-segment.bmc": (
        _writer(_doc({"notes": [{"id": "a", "block": "channels", "segment": "gone"}]})),
        "notes[0].segment: no segment has the id 'gone'",
    ),
    "package.json": (_writer(b'{"name": "left-pad", "version": "1.3.0"}'), "not a canvas-editor file"),
    "huge-number.bmc": (_writer(VALID.replace(b'"x": 0.25', b'"x": 1' + b"0" * 10_000)), "too many digits"),
    "infinite-number.bmc": (_writer(VALID.replace(b'"x": 0.25', b'"x": 1e999')), "must be a finite number"),
    "utf16.bmc": (_writer(VALID.decode().encode("utf-16")), "not a text file"),
}


def make(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    HOSTILE[name][0](path)
    return path


@pytest.fixture
def hostile_files(tmp_path: Path) -> dict[str, Path]:
    return {name: make(tmp_path, name) for name in HOSTILE}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_validate_rejects_with_one_clear_line(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make(tmp_path, name)
    assert main(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith(f"{path}: ")
    assert HOSTILE[name][1] in captured.err
    assert "Traceback" not in captured.err
    assert len(captured.err) < 300


def test_all_of_them_at_once_in_a_real_process(hostile_files: dict[str, Path]) -> None:
    paths = [str(p) for p in hostile_files.values()]
    result = subprocess.run(
        [sys.executable, "-m", "canvas_editor", "validate", str(FIXTURES / "v1-full.bmc"), *paths],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == f"{FIXTURES / 'v1-full.bmc'}: ok\n"
    lines = result.stderr.splitlines()
    assert len(lines) == len(paths)
    for path, line in zip(paths, lines, strict=True):
        assert line.startswith(f"{path}: ")
        assert HOSTILE[Path(path).name][1] in line
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["deep.bmc", "hundred-megabytes.bmc", "folder.bmc", "garbage.bmc"])
def test_one_hostile_file_in_a_real_process(name: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "canvas_editor", "validate", str(make(tmp_path, name))],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.count("\n") == 1 and HOSTILE[name][1] in result.stderr
