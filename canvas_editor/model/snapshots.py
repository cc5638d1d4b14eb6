"""Snapshots of a canvas: taking one, naming it, finding it, seeing it as a canvas.

The window (through the controller) and the command line take snapshots with these
functions, so both refuse the same names with the same words. Nothing here changes a
canvas: the caller adds the snapshot (the window as an undo step, the command line
before it saves the file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from canvas_editor.i18n import QT_TRANSLATE_NOOP, LocalizedError
from canvas_editor.model.document import Canvas, Snapshot, new_id
from canvas_editor.model.rules import MAX_SNAPSHOTS


class SnapshotRefused(LocalizedError, ValueError):
    """A name a snapshot cannot take, or one snapshot too many."""


class SnapshotNotFound(LocalizedError, LookupError):
    """No snapshot, or more than one, goes by the name asked for."""


def timestamp(now: datetime | None = None) -> str:
    """The local time as ISO 8601 with its UTC offset, to the second: a snapshot's `created`."""
    moment = now if now is not None else datetime.now()
    return moment.astimezone().isoformat(timespec="seconds")


def checked_name(canvas: Canvas, name: str, *, renaming: str | None = None) -> str:
    """`name` without surrounding spaces, if a snapshot of `canvas` may take it; else ValueError.

    A name is needed and no other snapshot of the canvas may have it (`renaming` is the
    id of a snapshot being renamed, which may keep its own), so that a name picks one
    snapshot, also on the command line.
    """
    from canvas_editor.model.validation import checked_field  # loads pydantic on first use

    name = name.strip()
    if not name:
        raise SnapshotRefused(QT_TRANSLATE_NOOP("Errors", "a snapshot needs a name"))
    checked_field(Snapshot, "name", name)
    if any(s.name == name and s.id != renaming for s in canvas.snapshots):
        raise SnapshotRefused(
            QT_TRANSLATE_NOOP("Errors", "there is already a snapshot named {name!r}"), name=name
        )
    return name


def new_snapshot(canvas: Canvas, name: str, created: str | None = None) -> Snapshot:
    """A snapshot of the canvas's notes and segments as they are, named `name`; ValueError
    when the name will not do or the canvas holds as many snapshots as it may."""
    name = checked_name(canvas, name)
    if len(canvas.snapshots) >= MAX_SNAPSHOTS:
        raise SnapshotRefused(
            QT_TRANSLATE_NOOP("Errors", "a canvas holds at most {limit} snapshots; delete one first"),
            limit=MAX_SNAPSHOTS,
        )
    # Notes and segments are immutable values: the lists are copied, the values shared.
    return Snapshot(
        id=new_id(),
        name=name,
        created=timestamp() if created is None else created,
        notes=list(canvas.notes),
        segments=list(canvas.segments),
    )


def default_name(canvas: Canvas) -> str:
    """`Snapshot N`, the first such name no snapshot of the canvas has."""
    taken = {s.name for s in canvas.snapshots}
    n = len(canvas.snapshots) + 1
    while f"Snapshot {n}" in taken:
        n += 1
    return f"Snapshot {n}"


def find_snapshot(canvas: Canvas, name: str) -> Snapshot:
    """The snapshot named `name` (or, failing that, with that id); LookupError saying why not."""
    named = [s for s in canvas.snapshots if s.name == name]
    if len(named) > 1:
        raise SnapshotNotFound(
            QT_TRANSLATE_NOOP("Errors", "{count} snapshots are named {name!r}; name one by its id"),
            count=len(named),
            name=name,
        )
    if not named:
        named = [s for s in canvas.snapshots if s.id == name]
    if not named:
        if not canvas.snapshots:
            raise SnapshotNotFound(
                QT_TRANSLATE_NOOP("Errors", "no snapshot named {name!r} (it has none)"), name=name
            )
        raise SnapshotNotFound(
            QT_TRANSLATE_NOOP("Errors", "no snapshot named {name!r} (there are {known})"),
            name=name,
            known=", ".join(repr(s.name) for s in canvas.snapshots),
        )
    return named[0]


# How a window names a snapshot, in English; the window passes its translation.
TITLE = QT_TRANSLATE_NOOP("Snapshots", "snapshot {name}")
TITLE_WHEN = QT_TRANSLATE_NOOP("Snapshots", "snapshot {name}, {when}")


def title(snapshot: Snapshot, words: Callable[[str], str] = str) -> str:
    """How a window names the snapshot: `snapshot 'Morning', 2024-05-01 10:30:00+09:00`;
    `words` gives TITLE and TITLE_WHEN in the window's language."""
    if snapshot.created:
        return words(TITLE_WHEN).format(name=repr(snapshot.name), when=snapshot.created.replace("T", " "))
    return words(TITLE).format(name=repr(snapshot.name))


def as_canvas(canvas: Canvas, snapshot: Snapshot) -> Canvas:
    """The snapshot as a canvas to show: its notes and segments under the canvas's title block."""
    return replace(
        canvas,
        notes=list(snapshot.notes),
        segments=list(snapshot.segments),
        snapshots=[],
        presentation_order=list(canvas.presentation_order),
    )
