"""Named, ordered migrations of the raw canvas JSON, one format version at a time.

Each migration takes the `canvas` object of version N and returns that of N + 1.
Version 1 is the first format, so the list is empty; when version 2 arrives, add
`Migration(1, "what_changed", fn)`, keep a version-1 file under tests/fixtures/, and
test the migration alone against it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from canvas_editor.storage.errors import MigrationFailed

CURRENT_VERSION = 1

JsonObject = dict[str, Any]


class Migration(NamedTuple):
    from_version: int
    name: str
    apply: Callable[[JsonObject], JsonObject]


MIGRATIONS: list[Migration] = []


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
