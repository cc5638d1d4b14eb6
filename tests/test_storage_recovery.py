"""Recovery files: written atomically with their metadata, listed, loaded back, removed."""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvas_editor.model import BlockId, Canvas, Note
from canvas_editor.storage import LoadError, canvas_to_bytes, parse_canvas
from canvas_editor.storage.recovery import SUFFIX, RecoveryStore
from canvas_editor.storage.user_data import data_folder

CANVAS = Canvas(title="Recovered", notes=[Note(id="n1", block=BlockId.KEY_PARTNERS, text="한국어 note")])


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


def test_the_default_store_is_in_the_users_data_folder() -> None:
    assert RecoveryStore().root == data_folder() / "recovery"
    assert str(RecoveryStore().root).startswith(os.environ["XDG_DATA_HOME"])


def test_a_written_document_lists_with_its_path_and_time_and_loads_back(store: RecoveryStore) -> None:
    when = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)
    original = Path("/home/someone/plans/shop.bmc")
    store.write("s1", "d1", canvas_to_bytes(CANVAS), original, saved_at=when)
    (doc,) = store.documents("s1")
    assert (doc.session, doc.document) == ("s1", "d1")
    assert doc.original_path == original and doc.display_name == "shop.bmc"
    assert doc.saved_at == when
    assert doc.load() == CANVAS


def test_an_untitled_document_keeps_its_name(store: RecoveryStore) -> None:
    store.write("s1", "d1", canvas_to_bytes(CANVAS), None, untitled_name="Untitled 2")
    (doc,) = store.documents("s1")
    assert doc.original_path is None and doc.display_name == "Untitled 2"
    assert abs(doc.saved_at - datetime.now(UTC)) < timedelta(minutes=5)


def test_the_canvas_part_is_the_bmc_file_byte_for_byte(store: RecoveryStore) -> None:
    data = canvas_to_bytes(CANVAS)
    path = store.write("s1", "d1", data, None)
    header, body = path.read_bytes().split(b"\n", 1)
    assert body == data
    assert json.loads(header)["format"] == "canvas-editor-recovery"


def test_rewriting_replaces_and_remove_forgets(store: RecoveryStore) -> None:
    store.write("s1", "d1", canvas_to_bytes(CANVAS), None)
    changed = dataclasses.replace(CANVAS, title="later")
    store.write("s1", "d1", canvas_to_bytes(changed), None)
    (doc,) = store.documents("s1")
    assert doc.load().title == "later"
    store.remove("s1", "d1")
    assert store.documents("s1") == []
    store.remove("s1", "d1")  # twice is fine


def test_sessions_are_kept_apart_and_an_empty_one_is_removed(store: RecoveryStore) -> None:
    store.write("s1", "a", canvas_to_bytes(CANVAS), None)
    store.write("s2", "b", canvas_to_bytes(CANVAS), None)
    assert store.sessions() == ["s1", "s2"]
    assert [d.document for d in store.documents("s2")] == ["b"]
    store.remove_session("s2")  # still holds a document: stays
    assert store.sessions() == ["s1", "s2"]
    store.remove("s2", "b")
    (store.session_folder("s2") / ".b.bmc-recovery.abc.tmp").write_bytes(b"half")  # a crash mid-write
    store.remove_session("s2")
    assert store.sessions() == ["s1"]


def test_the_folders_are_private_to_the_user(store: RecoveryStore) -> None:
    path = store.write("s1", "d1", canvas_to_bytes(CANVAS), None)
    assert path.parent.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("bad", ["", "..", "a/b", "../../etc", "x" * 65, "a b", "a\0b"])
def test_ids_cannot_leave_the_recovery_folder(store: RecoveryStore, bad: str) -> None:
    with pytest.raises(ValueError):
        store.write(bad, "d1", b"", None)
    with pytest.raises(ValueError):
        store.write("s1", bad, b"", None)


def test_a_damaged_canvas_is_a_load_error_and_still_listed(store: RecoveryStore) -> None:
    path = store.write("s1", "d1", b"{not json", Path("/tmp/x.bmc"))
    (doc,) = store.documents("s1")
    with pytest.raises(LoadError):
        doc.load()
    path.write_bytes(b"no newline at all")
    with pytest.raises(LoadError):
        doc.load()


@pytest.mark.parametrize(
    "header",
    [
        b"garbage",
        b"[1, 2]",
        b'{"format": "canvas-editor-recovery", "original_path": "relative/x.bmc", "saved_at": "yesterday"}',
        b'{"format": "canvas-editor-recovery", "original_path": 7, "untitled_name": "\\u0007", '
        b'"saved_at": "2025-01-01T00:00:00"}',
        b"\xff\xfe",
        b"[" * 100_000,
    ],
)
def test_damaged_metadata_falls_back_to_safe_values(store: RecoveryStore, header: bytes) -> None:
    folder = store.session_folder("s1")
    folder.mkdir(parents=True)
    (folder / ("d1" + SUFFIX)).write_bytes(header + b"\n" + canvas_to_bytes(CANVAS))
    (doc,) = store.documents("s1")
    assert doc.original_path is None  # never a relative or made-up path
    assert doc.display_name == "Recovered canvas"
    assert abs(doc.saved_at - datetime.now(UTC)) < timedelta(minutes=5)  # the file's time
    assert doc.load() == CANVAS


def test_other_files_in_the_folders_are_ignored(store: RecoveryStore) -> None:
    store.write("s1", "d1", canvas_to_bytes(CANVAS), None)
    (store.root / "stray.txt").write_text("x")
    (store.root / "s1.lock").write_text("123")
    (store.session_folder("s1") / "notes.txt").write_text("x")
    (store.session_folder("s1") / ("bad name" + SUFFIX)).write_text("x")
    assert store.sessions() == ["s1"]
    assert [d.document for d in store.documents("s1")] == ["d1"]


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_in_a_recovery_file_list_and_fail_only_with_a_load_error(data: bytes) -> None:
    store = RecoveryStore(Path(os.environ["XDG_DATA_HOME"]) / "fuzz-recovery")
    folder = store.session_folder("s1")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ("d1" + SUFFIX)).write_bytes(data)
    (doc,) = store.documents("s1")
    assert doc.original_path is None or doc.original_path.is_absolute()
    try:
        canvas = doc.load()
    except LoadError as exc:
        assert "\n" not in str(exc)
    else:
        assert parse_canvas(canvas_to_bytes(canvas)) == canvas
