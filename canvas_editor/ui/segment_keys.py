"""The keys the Segment Legend's list handles itself, declared once.

The list looks its keys up here (`board_keys.match`, through ui.keyed_list) and runs
the command each entry names; Help > Keyboard Shortcuts lists the same entries. While
the list has the keyboard its keys are its own: Delete deletes a segment, not the
board's notes, and Escape ends the focus.
"""

from __future__ import annotations

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.scene.board_keys import NONE, BoardKey, Key, Mod

ALT = Mod.AltModifier

LEGEND_KEYS: tuple[BoardKey, ...] = (
    BoardKey(
        "focus",
        QT_TRANSLATE_NOOP(
            "Keys", "Focus the chosen segment (its notes stay bright, the others fade), or end the focus"
        ),
        combos=((Key.Key_Return, NONE), (Key.Key_Enter, NONE), (Key.Key_Space, NONE)),
    ),
    BoardKey(
        "clear_focus",
        QT_TRANSLATE_NOOP("Keys", "End the focus: every note as usual"),
        combos=((Key.Key_Escape, NONE),),
    ),
    BoardKey("rename", QT_TRANSLATE_NOOP("Keys", "Rename the segment"), combos=((Key.Key_F2, NONE),)),
    BoardKey(
        "delete",
        QT_TRANSLATE_NOOP("Keys", "Delete the segment (its notes stay)"),
        combos=((Key.Key_Delete, NONE), (Key.Key_Backspace, NONE)),
    ),
    BoardKey(
        "move_up", QT_TRANSLATE_NOOP("Keys", "Move the segment up the legend"), combos=((Key.Key_Up, ALT),)
    ),
    BoardKey(
        "move_down",
        QT_TRANSLATE_NOOP("Keys", "Move the segment down the legend"),
        combos=((Key.Key_Down, ALT),),
    ),
)
"""Keys of the Segment Legend's list (arrows choose a segment; dragging one moves it)."""
