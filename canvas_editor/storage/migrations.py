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

    Notes: `votes` (dot voting), 0; `size` (larger and smaller notes), 1.0.
    """
    for note in _each_note(canvas):
        note.setdefault("votes", 0)
        note.setdefault("size", 1.0)
    return canvas


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
            raise MigrationFailed(f"no migration from format version {version}")
        try:
            canvas = step.apply(canvas)
        except Exception as exc:  # a migration bug must not escape as a traceback
            raise MigrationFailed(
                f"migration {step.name!r} (version {version} to {version + 1}) failed: {exc}"
            ) from exc
        version += 1
    return canvas
