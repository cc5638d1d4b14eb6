"""Saving: byte-stable pretty JSON, and atomic writes that never damage the previous file."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import pytest

from canvas_editor import __version__
from canvas_editor.model import BlockId, Canvas, Note, Segment
from canvas_editor.model.validation import validate_canvas
from canvas_editor.storage import SaveError, canvas_to_bytes, load_canvas, parse_canvas, save_canvas
from canvas_editor.storage.canvas_json import canvas_to_json
from canvas_editor.storage.migrations import CURRENT_VERSION

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def full() -> Canvas:
    return load_canvas(FIXTURES / "v2-full.bmc")


# --- the bytes ------------------------------------------------------------------------------------


def test_saving_the_same_canvas_twice_gives_the_same_bytes(full: Canvas, tmp_path: Path) -> None:
    save_canvas(full, tmp_path / "a.bmc")
    save_canvas(full, tmp_path / "b.bmc")
    assert (tmp_path / "a.bmc").read_bytes() == (tmp_path / "b.bmc").read_bytes()


def test_a_saved_canvas_loads_back_equal(full: Canvas, tmp_path: Path) -> None:
    save_canvas(full, tmp_path / "c.bmc")
    assert load_canvas(tmp_path / "c.bmc") == full


def test_the_canonical_fixture_is_written_back_byte_for_byte(full: Canvas) -> None:
    """v2-full.bmc is written in the saved layout: a change of layout shows up here."""
    kept = (FIXTURES / "v2-full.bmc").read_bytes().decode("utf-8")
    ours = canvas_to_bytes(full).decode("utf-8")
    generator_line = '  "generator": "canvas-editor 0.1.0",\n'
    assert ours.replace(f'  "generator": "canvas-editor {__version__}",\n', generator_line) == kept


def test_the_envelope_comes_first_in_a_fixed_order(full: Canvas) -> None:
    pairs = json.loads(canvas_to_bytes(full), object_pairs_hook=lambda p: p)
    assert [k for k, _ in pairs] == ["format", "format_version", "generator", "canvas"]
    top = dict(pairs)
    assert top["format"] == "bmc"
    assert top["format_version"] == CURRENT_VERSION
    assert top["generator"] == f"canvas-editor {__version__}"


def test_utf8_pretty_printed_with_a_final_newline(full: Canvas) -> None:
    data = canvas_to_bytes(full)
    text = data.decode("utf-8")
    assert "동네 빵집" in text  # Korean as UTF-8, not \\u escapes
    assert "\\u" not in text
    assert text.endswith("}\n")
    assert '\n  "canvas": {\n    "title": ' in text


def test_key_order_does_not_depend_on_how_the_canvas_was_built(full: Canvas) -> None:
    def reversed_keys(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: reversed_keys(value[k]) for k in reversed(list(value))}
        if isinstance(value, list):
            return [reversed_keys(v) for v in value]
        return value

    rebuilt = validate_canvas(reversed_keys(canvas_to_json(full)))
    assert canvas_to_bytes(rebuilt) == canvas_to_bytes(full)


def test_note_order_is_the_users_order_not_sorted() -> None:
    notes = [Note(id=i, block=BlockId.CHANNELS) for i in ("zeta", "alpha", "mid")]
    saved = json.loads(canvas_to_bytes(Canvas(notes=notes)))
    assert [n["id"] for n in saved["canvas"]["notes"]] == ["zeta", "alpha", "mid"]


def test_every_field_is_written_even_at_its_default() -> None:
    """Readers of the file (other tools, the schema) never have to know our defaults."""
    canvas = Canvas(notes=[Note(id="a", block=BlockId.CHANNELS)])
    saved = json.loads(canvas_to_bytes(canvas))["canvas"]
    assert list(saved) == [f.name for f in dataclasses.fields(Canvas)]
    assert list(saved["notes"][0]) == [f.name for f in dataclasses.fields(Note)]


def test_awkward_text_survives_a_round_trip() -> None:
    text = 'quotes " \\ backslash\ttab\nnewline \u2028 sep \x00 nul <b>&amp;</b> 가나 🥐'
    canvas = Canvas(
        title=text[:200],
        notes=[Note(id="a", block=BlockId.CHANNELS, text=text, x=1e-300, y=1.0, segment="s")],
        segments=[Segment(id="s", name="세그먼트", color="#abcdef")],
    )
    data = canvas_to_bytes(canvas)
    assert parse_canvas(data) == canvas
    assert canvas_to_bytes(parse_canvas(data)) == data


# --- atomic saves ---------------------------------------------------------------------------------


def test_a_new_file_gets_the_usual_permissions(full: Canvas, tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        save_canvas(full, tmp_path / "new.bmc")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.bmc").stat().st_mode) == 0o644


def test_saving_over_a_file_keeps_its_permissions(full: Canvas, tmp_path: Path) -> None:
    path = tmp_path / "private.bmc"
    path.write_bytes(b"old")
    path.chmod(0o600)
    save_canvas(full, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_canvas(path) == full


def test_the_new_file_replaces_the_old_one_rather_than_overwriting_it(full: Canvas, tmp_path: Path) -> None:
    """A rename, not a rewrite in place: a hard link to the old file still holds the old bytes."""
    path = tmp_path / "doc.bmc"
    path.write_bytes(b"old contents")
    os.link(path, tmp_path / "old-link")
    save_canvas(full, path)
    assert (tmp_path / "old-link").read_bytes() == b"old contents"
    assert load_canvas(path) == full
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.bmc", "old-link"]


class _DiskFullFile:
    """A file object that writes half of what it is given and then reports a full disk."""

    def __init__(self, real: IO[bytes]) -> None:
        self._real = real

    def write(self, data: bytes) -> int:
        self._real.write(data[: len(data) // 2])
        self._real.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        self._real.flush()

    def fileno(self) -> int:
        return self._real.fileno()

    def __enter__(self) -> _DiskFullFile:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._real.close()


def _raise(code: int) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    return fail


def _disk_full_on_write(monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        return _DiskFullFile(real_fdopen(fd, *args, **kwargs))

    monkeypatch.setattr(os, "fdopen", fdopen)


FAILURES: dict[str, tuple[Callable[[pytest.MonkeyPatch], None], str]] = {
    "disk full on write": (_disk_full_on_write, "the disk is full"),
    "disk full on fsync": (lambda mp: mp.setattr(os, "fsync", _raise(errno.ENOSPC)), "the disk is full"),
    # Root ignores folder permissions, so a read-only folder is simulated where the temp file is made.
    "read-only folder": (lambda mp: mp.setattr(os, "open", _raise(errno.EACCES)), "permission denied"),
    "read-only disk": (lambda mp: mp.setattr(os, "open", _raise(errno.EROFS)), "the disk is read-only"),
    "rename refused": (lambda mp: mp.setattr(os, "replace", _raise(errno.EPERM)), "permission denied"),
    "i/o error": (lambda mp: mp.setattr(os, "fsync", _raise(errno.EIO)), os.strerror(errno.EIO)),
}


@pytest.mark.parametrize("failure", list(FAILURES))
def test_a_failed_save_leaves_the_old_file_untouched_and_no_temp_files(
    failure: str, full: Canvas, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inject, reason = FAILURES[failure]
    path = tmp_path / "plan.bmc"
    old = (FIXTURES / "v1-minimal.bmc").read_bytes()
    path.write_bytes(old)
    path.chmod(0o640)
    with monkeypatch.context() as mp:
        inject(mp)
        with pytest.raises(SaveError) as caught:
            save_canvas(full, path)
    assert str(caught.value) == f"cannot save plan.bmc: {reason}"
    assert path.read_bytes() == old
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["plan.bmc"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders; simulated above")
def test_saving_into_a_read_only_folder(full: Canvas, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "plan.bmc"
    path.write_bytes(b"old")
    folder.chmod(0o555)
    try:
        with pytest.raises(SaveError, match="permission denied"):
            save_canvas(full, path)
        assert path.read_bytes() == b"old"
        assert [p.name for p in folder.iterdir()] == ["plan.bmc"]
    finally:
        folder.chmod(0o755)


def test_saving_into_a_missing_folder(full: Canvas, tmp_path: Path) -> None:
    with pytest.raises(SaveError, match=r"cannot save plan\.bmc: the folder does not exist"):
        save_canvas(full, tmp_path / "no" / "such" / "plan.bmc")


def test_saving_over_a_folder_fails_cleanly(full: Canvas, tmp_path: Path) -> None:
    (tmp_path / "plan.bmc").mkdir()
    with pytest.raises(SaveError, match=r"^cannot save plan\.bmc: "):
        save_canvas(full, tmp_path / "plan.bmc")
    assert (tmp_path / "plan.bmc").is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["plan.bmc"]


def test_saving_through_a_symbolic_link_updates_the_linked_file(full: Canvas, tmp_path: Path) -> None:
    """Users keep canvases in synced folders behind links: the link must survive a save."""
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "plan.bmc"
    target.write_bytes(b"old")
    target.chmod(0o600)
    link = tmp_path / "plan.bmc"
    link.symlink_to(target)
    save_canvas(full, link)
    assert link.is_symlink()
    assert load_canvas(target) == full
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["plan.bmc"]


def test_the_data_is_on_disk_before_the_rename(
    full: Canvas, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash right after the rename must not leave an empty file (fsync comes first)."""
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        assert Path(src).read_bytes() == canvas_to_bytes(full)
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    save_canvas(full, tmp_path / "plan.bmc")
    assert events[:2] == ["fsync", "replace"]


def test_saving_to_a_name_the_system_cannot_take(full: Canvas, tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="not a valid file name"):
        save_canvas(full, tmp_path / "a\0b.bmc")
    with pytest.raises(SaveError, match="too long"):
        save_canvas(full, tmp_path / ("x" * 5000))
    assert list(tmp_path.iterdir()) == []
