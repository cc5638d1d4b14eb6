"""Named, ordered migrations of the raw canvas JSON, one format version at a time.

Each migration takes the `canvas` object of version N and returns that of N + 1. The
format version goes up once per release: every field a release adds shares its one
migration. Each has a kept file of the version it reads under tests/fixtures/ and is
tested alone against it. Migrations run before validation, on JSON from anywhere, so
they change only what has the shape they expect and leave the rest for the validator
to name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR
from canvas_editor.model.rules import DEFAULT_VOTE_BUDGET
from canvas_editor.storage.errors import MigrationFailed

CURRENT_VERSION = 2

JsonObject = dict[str, Any]


class Migration(NamedTuple):
    from_version: int
    name: str
    apply: Callable[[JsonObject], JsonObject]


def _each_note(canvas: JsonObject) -> list[JsonObject]:
    """The note objects of the canvas and of its snapshots."""
    lists = [canvas.get("notes")]
    snapshots = canvas.get("snapshots")
    if isinstance(snapshots, list):
        lists += [s.get("notes") for s in snapshots if isinstance(s, dict)]
    return [n for notes in lists if isinstance(notes, list) for n in notes if isinstance(n, dict)]


def add_workshop_fields(canvas: JsonObject) -> JsonObject:
    """Version 2: the fields the workshop features keep; a version-1 canvas gets their defaults.

    Notes: `votes` (dot voting), 0; `hidden` (a silent brainstorm's face-down notes),
    false; `author`, ""; `size` (larger and smaller notes), 1.0.
    Snapshots: `segments`, the segments its notes name (see `_snapshot_segments`).
    The canvas: `vote_budget`, 3; `ballots` (who gave which dots), none.
    """
    for note in _each_note(canvas):
        note.setdefault("votes", 0)
        note.setdefault("hidden", False)
        note.setdefault("author", "")
        note.setdefault("size", 1.0)
    canvas.setdefault("vote_budget", DEFAULT_VOTE_BUDGET)
    canvas.setdefault("ballots", [])
    snapshots = canvas.get("snapshots")
    for snapshot in snapshots if isinstance(snapshots, list) else []:
        if isinstance(snapshot, dict) and isinstance(snapshot.get("notes"), list):
            snapshot.setdefault("segments", _snapshot_segments(canvas, snapshot["notes"]))
    return canvas


def _snapshot_segments(canvas: JsonObject, notes: list[Any]) -> list[JsonObject]:
    """The segments a version-1 snapshot's notes name, in the order first named.

    Version 1 kept no segments with a snapshot, so its notes named the canvas's. A
    segment still on the canvas is copied; one deleted since is known only by its id,
    which becomes its name, with the colour of the first note naming it (notes take
    their segment's colour), so a restore brings the notes back in a segment again.
    """
    live = canvas.get("segments")
    by_id = {s.get("id"): s for s in live if isinstance(s, dict)} if isinstance(live, list) else {}
    found: dict[str, JsonObject] = {}
    for note in notes:
        segment_id = note.get("segment") if isinstance(note, dict) else None
        if not isinstance(segment_id, str) or not segment_id or segment_id in found:
            continue
        kept = by_id.get(segment_id)
        if kept is None:
            kept = {"id": segment_id, "name": segment_id, "color": note.get("color", DEFAULT_NOTE_COLOR)}
        found[segment_id] = dict(kept)
    return list(found.values())


MIGRATIONS: list[Migration] = [
    Migration(1, "add_workshop_fields", add_workshop_fields),
]


def migrate(
    canvas: JsonObject,
    version: int,
    migrations: list[Migration] | None = None,
    target: int = CURRENT_VERSION,
) -> JsonObject:
    """Bring a canvas of `version` up to `target` by applying each step in order."""
    steps = {m.from_version: m for m in (MIGRATIONS if migrations is None else migrations)}
    while version < target:
        step = steps.get(version)
        if step is None:
            raise MigrationFailed(
                QT_TRANSLATE_NOOP("Errors", "no migration from format version {version}"), version=version
            )
        try:
            canvas = step.apply(canvas)
        except Exception as exc:  # a migration bug must not escape as a traceback
            raise MigrationFailed(
                QT_TRANSLATE_NOOP(
                    "Errors", "migration {name!r} (version {version} to {next}) failed: {reason}"
                ),
                name=step.name,
                version=version,
                next=version + 1,
                reason=exc,
            ) from exc
        version += 1
    return canvas
