"""The keys of a presentation, declared once: the presentation mode dispatches through
this table and Help > Keyboard Shortcuts lists it.

A presenter's clicker sends Page Down and Page Up, so those step too.
"""

from __future__ import annotations

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.scene.board_keys import NONE, BoardKey, Key, Mod

ALT = Mod.AltModifier

PRESENTING_KEYS: tuple[BoardKey, ...] = (
    BoardKey(
        "next",
        QT_TRANSLATE_NOOP("Keys", "Reveal the next note"),
        combos=((Key.Key_Space, NONE), (Key.Key_Right, NONE), (Key.Key_PageDown, NONE)),
    ),
    BoardKey(
        "back",
        QT_TRANSLATE_NOOP("Keys", "Hide the last note revealed"),
        combos=((Key.Key_Left, NONE), (Key.Key_PageUp, NONE)),
    ),
    BoardKey(
        "first",
        QT_TRANSLATE_NOOP("Keys", "Back to the start (no note revealed)"),
        combos=((Key.Key_Home, NONE),),
    ),
    BoardKey("last", QT_TRANSLATE_NOOP("Keys", "Reveal every note"), combos=((Key.Key_End, NONE),)),
    BoardKey(
        "leave",
        QT_TRANSLATE_NOOP("Keys", "Leave, back to the editor as it was"),
        combos=((Key.Key_Escape, NONE),),
    ),
)
"""Keys while presenting (View > Present)."""

ORDER_PANEL_KEYS: tuple[BoardKey, ...] = (
    BoardKey(
        "move_up", QT_TRANSLATE_NOOP("Keys", "Present the chosen block earlier"), combos=((Key.Key_Up, ALT),)
    ),
    BoardKey(
        "move_down",
        QT_TRANSLATE_NOOP("Keys", "Present the chosen block later"),
        combos=((Key.Key_Down, ALT),),
    ),
)
"""Keys of the block list in the Presentation Order panel (dragging a block also moves it)."""
