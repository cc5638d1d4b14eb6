"""The keys the outline panel handles itself, declared once.

The outline's tree and its note text editor look keys up here (`board_keys.match`
with one of these tables) and run the command each entry names; Help > Keyboard
shortcuts lists the same entries. A key added, changed or removed here changes both,
so the cheat sheet cannot go stale; the panel refuses to start if an entry has no
command behind it. The entries are `BoardKey`s: the board's table and this one are
the same kind of thing, read by the same code.

Keys the window's menus own (Delete, Ctrl+Z ...) act on the tree's selection too, but
they belong to the window's actions and the sheet lists them there.
"""

from __future__ import annotations

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.scene.board_keys import CTRL, NONE, SHIFT, BoardKey, Key

_RETURN_KEYS = (Key.Key_Return, Key.Key_Enter)

OUTLINE_KEYS: tuple[BoardKey, ...] = (
    BoardKey(
        "edit", QT_TRANSLATE_NOOP("Keys", "Edit the text of the current note"), combos=((Key.Key_F2, NONE),)
    ),
    BoardKey(
        "open",
        QT_TRANSLATE_NOOP("Keys", "Edit the current note, or fold or unfold the current block"),
        combos=tuple((key, NONE) for key in _RETURN_KEYS),
    ),
    BoardKey(
        "add_note",
        QT_TRANSLATE_NOOP("Keys", "Add a note to the current block and type in it"),
        combos=((Key.Key_Insert, NONE),),
    ),
)
"""Keys of the outline's tree when no note is being edited."""

OUTLINE_EDITOR_KEYS: tuple[BoardKey, ...] = (
    BoardKey(
        "save",
        QT_TRANSLATE_NOOP("Keys", "Save the text"),
        combos=tuple((key, mods) for mods in (NONE, CTRL) for key in _RETURN_KEYS),
    ),
    BoardKey(
        "new_line",
        QT_TRANSLATE_NOOP("Keys", "Start a new line"),
        combos=tuple((key, SHIFT) for key in _RETURN_KEYS),
    ),
    BoardKey(
        "cancel",
        QT_TRANSLATE_NOOP("Keys", "Cancel, leaving the text as it was"),
        combos=((Key.Key_Escape, NONE),),
    ),
)
"""Keys inside the outline's note text editor (other keys type; Tab moves the keyboard on
as in any text box, saving the text)."""
