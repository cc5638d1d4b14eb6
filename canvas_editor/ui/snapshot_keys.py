"""The keys the Snapshots panel and the list of changes handle themselves, declared once.

Each list looks its keys up here (`board_keys.match`) and runs the command the entry
names; Help > Keyboard Shortcuts lists the same entries, so the sheet cannot go stale,
and a list refuses to start if an entry has no command behind it. While a list has
the keyboard, its keys are its own: Delete deletes a snapshot, not the board's notes.
"""

from __future__ import annotations

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.scene.board_keys import NONE, BoardKey, Key

_RETURN_KEYS = (Key.Key_Return, Key.Key_Enter)

SNAPSHOT_KEYS: tuple[BoardKey, ...] = (
    BoardKey(
        "open",
        QT_TRANSLATE_NOOP("Keys", "Open the snapshot in a window of its own (read-only)"),
        combos=tuple((k, NONE) for k in _RETURN_KEYS),
    ),
    BoardKey("rename", QT_TRANSLATE_NOOP("Keys", "Rename the snapshot"), combos=((Key.Key_F2, NONE),)),
    BoardKey(
        "delete",
        QT_TRANSLATE_NOOP("Keys", "Delete the snapshot"),
        combos=((Key.Key_Delete, NONE), (Key.Key_Backspace, NONE)),
    ),
)
"""Keys of the Snapshots panel's list."""

CHANGE_KEYS: tuple[BoardKey, ...] = (
    BoardKey(
        "show",
        QT_TRANSLATE_NOOP("Keys", "Select the changed note on the board"),
        combos=tuple((k, NONE) for k in _RETURN_KEYS),
    ),
    BoardKey("close", QT_TRANSLATE_NOOP("Keys", "Hide the changes"), combos=((Key.Key_Escape, NONE),)),
)
"""Keys of the list of changes a comparison found."""
