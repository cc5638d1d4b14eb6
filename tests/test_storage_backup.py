"""Earlier versions of saved files: kept in the data folder before a save replaces them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from canvas_editor.model import BlockId, Canvas, Note
from canvas_editor.storage import SaveError, canvas_to_bytes, load_canvas, save_canvas
from canvas_editor.storage.backup import KEEP_VERSIONS, BackupStore
from canvas_editor.storage.user_data import data_folder


def canvas_with(text: str) -> Canvas:
    return Canvas(title=text, notes=[Note(id="n1", block=BlockId.CHANNELS, text=text)])


def save_with_backup(store: BackupStore, canvas: Canvas, path: Path) -> Path | None:
    """What the window does: keep the version on disk, then save over it."""
    kept = store.keep_previous_version(path, replacing_with=canvas_to_bytes(canvas))
    save_canvas(canvas, path)
    return kept


def test_the_store_lives_in_the_users_data_folder_not_beside_the_file(tmp_path: Path) -> None:
    store = BackupStore()
    assert store.root == data_folder() / "backups"
    assert str(data_folder()).startswith(os.environ["XDG_DATA_HOME"])
    path = tmp_path / "plan.bmc"
    save_canvas(canvas_with("first"), path)
    save_with_backup(store, canvas_with("second"), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.bmc"]
    (kept,) = store.versions(path)
    assert kept.is_relative_to(store.root)


def test_a_wrong_save_can_be_undone_from_the_kept_version(tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    path = tmp_path / "plan.bmc"
    save_canvas(canvas_with("the good version"), path)
    save_with_backup(store, canvas_with("oops, everything deleted"), path)
    assert load_canvas(path).title == "oops, everything deleted"
    (kept,) = store.versions(path)
    assert load_canvas(kept) == canvas_with("the good version")
    assert store.source_of(kept.parent) == str(path.resolve())


def test_versions_are_newest_first_and_only_the_last_few_are_kept(tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    path = tmp_path / "plan.bmc"
    save_canvas(canvas_with("v0"), path)
    for i in range(1, KEEP_VERSIONS + 4):
        save_with_backup(store, canvas_with(f"v{i}"), path)
    versions = store.versions(path)
    assert len(versions) == KEEP_VERSIONS
    titles = [load_canvas(v).title for v in versions]
    newest = KEEP_VERSIONS + 2  # the file itself holds v(KEEP+3)
    assert titles == [f"v{i}" for i in range(newest, newest - KEEP_VERSIONS, -1)]


def test_nothing_is_kept_for_a_new_file_or_a_save_that_changes_nothing(tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    path = tmp_path / "plan.bmc"
    assert save_with_backup(store, canvas_with("new"), path) is None  # no file yet
    assert save_with_backup(store, canvas_with("new"), path) is None  # same bytes again
    assert store.versions(path) == []
    assert save_with_backup(store, canvas_with("changed"), path) is not None
    # The newest kept version is never copied twice in a row.
    save_canvas(canvas_with("new"), path)  # another program put the kept version back
    assert store.keep_previous_version(path) is None
    save_canvas(canvas_with("other"), path)
    assert store.keep_previous_version(path) is not None
    assert store.keep_previous_version(path) is None
    assert [load_canvas(v).title for v in store.versions(path)] == ["other", "new"]


def test_each_file_has_its_own_versions_and_links_share_their_targets(tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    a, b = tmp_path / "a.bmc", tmp_path / "b.bmc"
    save_canvas(canvas_with("a0"), a)
    save_canvas(canvas_with("b0"), b)
    save_with_backup(store, canvas_with("a1"), a)
    link = tmp_path / "link.bmc"
    link.symlink_to(a)
    save_with_backup(store, canvas_with("a2"), link)
    assert [load_canvas(v).title for v in store.versions(a)] == ["a1", "a0"]
    assert store.versions(link) == store.versions(a)
    assert store.versions(b) == []


def test_what_is_not_a_canvas_file_is_not_copied(tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    folder = tmp_path / "folder.bmc"
    folder.mkdir()
    assert store.keep_previous_version(folder) is None
    fifo = tmp_path / "pipe.bmc"
    os.mkfifo(fifo)
    assert store.keep_previous_version(fifo) is None  # and does not block on the pipe
    assert not store.root.exists()


def test_a_store_that_cannot_be_written_raises_a_save_error_and_leaves_the_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store = BackupStore(blocker / "backups")
    path = tmp_path / "plan.bmc"
    save_canvas(canvas_with("keep me"), path)
    with pytest.raises(SaveError) as err:
        store.keep_previous_version(path)
    assert "\n" not in str(err.value) and "plan.bmc" in str(err.value)
    assert load_canvas(path).title == "keep me"


def test_kept_versions_are_private_to_the_user(tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    path = tmp_path / "plan.bmc"
    save_canvas(canvas_with("one"), path)
    kept = save_with_backup(store, canvas_with("two"), path)
    assert kept is not None
    assert kept.parent.stat().st_mode & 0o077 == 0
