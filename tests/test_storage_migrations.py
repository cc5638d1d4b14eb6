"""The migration machinery, driven by fake migrations (order, one step per version, named
failures), and each real migration alone against a kept file."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from canvas_editor.model.document import Canvas, Note
from canvas_editor.storage import load_canvas
from canvas_editor.storage.errors import LoadError, MigrationFailed
from canvas_editor.storage.migrations import (
    CURRENT_VERSION,
    MIGRATIONS,
    Migration,
    add_workshop_fields,
    migrate,
)


def _recording(calls: list[str]) -> list[Migration]:
    def rename_title(canvas: dict[str, Any]) -> dict[str, Any]:
        calls.append("rename_title")
        out = dict(canvas)
        out["title"] = out.pop("name")
        return out

    def add_language(canvas: dict[str, Any]) -> dict[str, Any]:
        calls.append("add_language")
        # Relies on the previous step having run first.
        return {**canvas, "language": "ko" if canvas["title"].startswith("한") else "en"}

    def drop_legacy(canvas: dict[str, Any]) -> dict[str, Any]:
        calls.append("drop_legacy")
        return {k: v for k, v in canvas.items() if k != "legacy"}

    # Deliberately listed out of order: the machinery goes by version, not by list position.
    return [
        Migration(3, "drop_legacy", drop_legacy),
        Migration(1, "rename_title", rename_title),
        Migration(2, "add_language", add_language),
    ]


def test_migrations_run_one_version_at_a_time_in_order() -> None:
    calls: list[str] = []
    old = {"name": "한국 빵집", "legacy": True}
    out = migrate(old, 1, _recording(calls), target=4)
    assert calls == ["rename_title", "add_language", "drop_legacy"]
    assert out == {"title": "한국 빵집", "language": "ko"}


def test_only_the_steps_above_the_files_version_run() -> None:
    calls: list[str] = []
    out = migrate({"title": "x", "legacy": 1}, 2, _recording(calls), target=4)
    assert calls == ["add_language", "drop_legacy"]
    assert out == {"title": "x", "language": "en"}


def test_a_file_at_the_target_version_is_left_alone() -> None:
    calls: list[str] = []
    canvas = {"anything": 1}
    assert migrate(canvas, 4, _recording(calls), target=4) is canvas
    assert calls == []


def test_a_failing_migration_is_named_with_its_versions() -> None:
    calls: list[str] = []
    with pytest.raises(MigrationFailed) as caught:
        migrate({"title": "no name key"}, 1, _recording(calls), target=4)
    message = str(caught.value)
    assert message.startswith("migration 'rename_title' (version 1 to 2) failed: ")
    assert "'name'" in message
    assert isinstance(caught.value, LoadError)


def test_a_failure_in_a_later_step_names_that_step() -> None:
    calls: list[str] = []
    with pytest.raises(MigrationFailed, match=r"^migration 'add_language' \(version 2 to 3\) failed"):
        migrate({"name": 5}, 1, _recording(calls), target=4)
    assert calls == ["rename_title", "add_language"]


def test_a_gap_in_the_chain_is_reported() -> None:
    steps = [m for m in _recording([]) if m.from_version != 2]
    with pytest.raises(MigrationFailed, match="no migration from format version 2"):
        migrate({"name": "x"}, 1, steps, target=4)


def test_the_real_chain_covers_every_version_once() -> None:
    """Adding format version N+1 needs exactly one named step from N: checked here."""
    assert sorted(m.from_version for m in MIGRATIONS) == list(range(1, CURRENT_VERSION))
    assert len({m.name for m in MIGRATIONS}) == len(MIGRATIONS)
    assert all(m.name.isidentifier() for m in MIGRATIONS)


def test_the_current_version_needs_no_migration() -> None:
    canvas = {"title": "x"}
    assert migrate(canvas, CURRENT_VERSION) is canvas


# --- the real migrations, each alone against a kept file of the version it reads -------------------

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _canvas_of(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))["canvas"]
    return data


def test_add_workshop_fields_gives_every_note_the_new_fields_at_their_defaults_and_nothing_else() -> None:
    old = _canvas_of("v1-full.bmc")
    new = add_workshop_fields(copy.deepcopy(old))
    declared = {f.name: f.default for f in dataclasses.fields(Note)}
    old_notes = old["notes"] + [n for s in old["snapshots"] for n in s["notes"]]
    new_notes = new["notes"] + [n for s in new["snapshots"] for n in s["notes"]]
    assert len(new_notes) == len(old_notes) > 0
    for before, after in zip(old_notes, new_notes, strict=True):
        # A version-1 file writes every field of its time: what is missing is what version 2 added.
        added = {name: default for name, default in declared.items() if name not in before}
        assert added, "version 2 adds note fields"
        assert after == {**before, **added}
    # The canvas's own fields: what version 1 lacks comes at its declared default.
    boards = ("notes", "snapshots")
    canvas_defaults = {
        f.name: f.default if f.default_factory is dataclasses.MISSING else f.default_factory()
        for f in dataclasses.fields(Canvas)
        if f.name not in boards
    }
    added_to_canvas = {name: value for name, value in canvas_defaults.items() if name not in old}
    assert set(added_to_canvas) == {"vote_budget", "ballots"}
    without_notes = [{k: v for k, v in c.items() if k not in boards} for c in (old, new)]
    assert without_notes[1] == {**without_notes[0], **added_to_canvas}


def test_add_workshop_fields_leaves_what_it_does_not_understand_to_the_validator() -> None:
    odd: dict[str, Any] = {
        "notes": ["text", None, {"id": "a", "votes": 4, "hidden": True, "author": "b", "size": 1.5}],
        "snapshots": [7, {"notes": 3}],
    }
    assert add_workshop_fields(copy.deepcopy(odd)) == {**odd, "vote_budget": 3, "ballots": []}


def test_a_version_1_file_loads_as_the_current_version_with_every_note_kept() -> None:
    old = _canvas_of("v1-full.bmc")
    canvas = load_canvas(FIXTURES / "v1-full.bmc")
    assert [n.id for n in canvas.notes] == [n["id"] for n in old["notes"]]
    assert [n.text for n in canvas.notes] == [n["text"] for n in old["notes"]]
    assert [len(s.notes) for s in canvas.snapshots] == [len(s["notes"]) for s in old["snapshots"]]
    assert {n.votes for n in canvas.notes} == {0}


def test_the_version_2_file_keeps_its_votes_and_sizes() -> None:
    canvas = load_canvas(FIXTURES / "v2-full.bmc")
    assert canvas.note("vp-1").votes == 3
    assert canvas.note("cs-1").votes == 1
    assert sum(n.votes for n in canvas.notes) == 4
    assert canvas.note("ka-1").size == 1.5
    assert canvas.note("cs-1").size == 0.5
    assert {n.size for n in load_canvas(FIXTURES / "v1-full.bmc").notes} == {1.0}


def test_the_version_2_file_keeps_its_face_down_note_and_its_ballots() -> None:
    canvas = load_canvas(FIXTURES / "v2-full.bmc")
    assert [(n.id, n.author) for n in canvas.notes if n.hidden] == [("cs-2", "민준")]
    assert canvas.note("vp-1").author == "김지은"
    assert canvas.vote_budget == 3
    assert [(b.voter, b.dots) for b in canvas.ballots] == [
        ("김지은", ("vp-1", "cs-1", "vp-1")),
        ("", ("vp-1",)),
    ]
    old = load_canvas(FIXTURES / "v1-full.bmc")
    assert (old.vote_budget, old.ballots) == (3, [])
    assert {(n.hidden, n.author) for n in old.notes} == {(False, "")}


def test_every_format_version_below_the_current_one_has_a_named_migration_and_a_kept_file() -> None:
    assert sorted(m.from_version for m in MIGRATIONS) == list(range(1, CURRENT_VERSION))
    assert len({m.name for m in MIGRATIONS}) == len(MIGRATIONS)
    for version in range(1, CURRENT_VERSION + 1):
        assert list(FIXTURES.glob(f"v{version}-*.bmc")), f"no kept file of format version {version}"


def test_add_workshop_fields_gives_each_snapshot_the_segments_its_notes_name() -> None:
    """Version 1 kept no segments with a snapshot: its notes named the canvas's segments,
    or segments deleted since, known by their ids alone."""
    old = _canvas_of("v1-full.bmc")
    snapshot = old["snapshots"][0]
    snapshot["notes"] = [
        {**snapshot["notes"][0], "id": "a", "segment": "seg_families"},
        {**snapshot["notes"][0], "id": "b", "segment": "seg_gone", "color": "#a5d6a7"},
        {**snapshot["notes"][0], "id": "c", "segment": "seg_families"},
        {**snapshot["notes"][0], "id": "d", "segment": None},
    ]
    new = add_workshop_fields(copy.deepcopy(old))
    families = next(s for s in old["segments"] if s["id"] == "seg_families")
    assert new["snapshots"][0]["segments"] == [
        families,
        {"id": "seg_gone", "name": "seg_gone", "color": "#a5d6a7"},
    ]
    assert new["snapshots"][0]["notes"] == [
        {**n, "votes": 0, "hidden": False, "author": "", "size": 1.0} for n in snapshot["notes"]
    ]
    assert new["segments"] == old["segments"]


def test_a_version_1_snapshot_naming_a_deleted_segment_loads(tmp_path: Path) -> None:
    data = json.loads((FIXTURES / "v1-full.bmc").read_text(encoding="utf-8"))
    data["canvas"]["snapshots"][0]["notes"][0]["segment"] = "seg_deleted_since"
    path = tmp_path / "old.bmc"
    path.write_text(json.dumps(data), encoding="utf-8")
    snapshot = load_canvas(path).snapshots[0]
    assert [(s.id, s.name) for s in snapshot.segments] == [("seg_deleted_since", "seg_deleted_since")]
    assert load_canvas(FIXTURES / "v1-full.bmc").snapshots[0].segments == []
