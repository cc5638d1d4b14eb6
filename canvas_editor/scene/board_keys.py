"""The keys the board handles itself, declared once.

The board view and the note editor look keys up here (`match`) and run the command
each entry names; Help > Keyboard shortcuts lists the same entries. A key added,
changed or removed here changes both, so the cheat sheet cannot go stale; the view
refuses to start if an entry has no command behind it.

Entries are matched in order, first match wins (Ctrl+Return adds a note before
Return edits one). A standard key (Undo, Copy ...) follows the platform's binding.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from canvas_editor.i18n import QT_TRANSLATE_NOOP

Key = Qt.Key
Mod = Qt.KeyboardModifier
Std = QKeySequence.StandardKey
NONE = Mod.NoModifier
CTRL = Mod.ControlModifier
SHIFT = Mod.ShiftModifier

ARROWS: dict[int, tuple[float, float]] = {
    Key.Key_Left: (-1.0, 0.0),
    Key.Key_Right: (1.0, 0.0),
    Key.Key_Up: (0.0, -1.0),
    Key.Key_Down: (0.0, 1.0),
}
DIGITS = tuple(Key(Key.Key_1 + i) for i in range(9))


class BoardKey(NamedTuple):
    """One thing a key does on the board; `command` names the handler that does it."""

    command: str
    description: str  # in English; `text` in the window's language
    standard: tuple[Std, ...] = ()  # matched with QKeyEvent.matches (platform bindings)
    combos: tuple[tuple[int, Mod], ...] = ()  # exact key and modifiers (keypad ignored)
    label: str = ""  # how the cheat sheet shows a family of keys ("1 to 9"), in English

    @property
    def text(self) -> str:
        """What the key does, in the window's language."""
        return QCoreApplication.translate("Keys", self.description)

    def sequences(self) -> list[QKeySequence]:
        """Every key sequence of the entry, platform bindings first."""
        seqs: list[QKeySequence] = []
        for standard in self.standard:
            seqs.extend(QKeySequence.keyBindings(standard))
        seqs.extend(QKeySequence(QKeyCombination(mods, Key(key))) for key, mods in self.combos)
        return seqs

    def key_text(self) -> str:
        """The keys as the user reads them ("Ctrl+D", "Delete, Backspace", "1 to 9")."""
        if self.label:
            return QCoreApplication.translate("Keys", self.label)
        names: list[str] = []
        for seq in self.sequences():
            name = seq.toString(QKeySequence.SequenceFormat.NativeText)
            if name and name not in names:
                names.append(name)
        return ", ".join(names)


def _combos(keys: Sequence[int], mods: Mod = NONE) -> tuple[tuple[int, Mod], ...]:
    return tuple((key, mods) for key in keys)


BOARD_KEYS: tuple[BoardKey, ...] = (
    BoardKey("undo", QT_TRANSLATE_NOOP("Keys", "Undo"), standard=(Std.Undo,)),
    BoardKey(
        "redo",
        QT_TRANSLATE_NOOP("Keys", "Redo"),
        standard=(Std.Redo,),
        combos=((Key.Key_Y, CTRL), (Key.Key_Z, CTRL | SHIFT)),
    ),
    BoardKey("copy", QT_TRANSLATE_NOOP("Keys", "Copy the selected notes"), standard=(Std.Copy,)),
    BoardKey("cut", QT_TRANSLATE_NOOP("Keys", "Cut the selected notes"), standard=(Std.Cut,)),
    BoardKey("paste", QT_TRANSLATE_NOOP("Keys", "Paste notes, or text as new notes"), standard=(Std.Paste,)),
    BoardKey("select_all", QT_TRANSLATE_NOOP("Keys", "Select every note"), standard=(Std.SelectAll,)),
    BoardKey(
        "duplicate", QT_TRANSLATE_NOOP("Keys", "Duplicate the selected notes"), combos=((Key.Key_D, CTRL),)
    ),
    BoardKey(
        "zoom_in", QT_TRANSLATE_NOOP("Keys", "Zoom in"), combos=_combos((Key.Key_Equal, Key.Key_Plus), CTRL)
    ),
    BoardKey("zoom_out", QT_TRANSLATE_NOOP("Keys", "Zoom out"), combos=((Key.Key_Minus, CTRL),)),
    BoardKey(
        "zoom_fit", QT_TRANSLATE_NOOP("Keys", "Fit the sheet to the window"), combos=((Key.Key_0, CTRL),)
    ),
    BoardKey(
        "delete",
        QT_TRANSLATE_NOOP("Keys", "Delete the selected notes"),
        combos=_combos((Key.Key_Delete, Key.Key_Backspace)),
    ),
    BoardKey(
        "add_note",
        QT_TRANSLATE_NOOP(
            "Keys", "Add a note (in the chosen block, or the one under the mouse) and type in it"
        ),
        combos=(
            (Key.Key_N, NONE),
            *_combos((Key.Key_Return, Key.Key_Enter), CTRL),
        ),
    ),
    BoardKey(
        "edit",
        QT_TRANSLATE_NOOP("Keys", "Edit the selected note"),
        combos=_combos((Key.Key_F2, Key.Key_Return, Key.Key_Enter)),
    ),
    BoardKey(
        "choose_block",
        QT_TRANSLATE_NOOP("Keys", "Choose the block where N adds notes"),
        combos=_combos(DIGITS),
        label=QT_TRANSLATE_NOOP("Keys", "1 to 9"),
    ),
    BoardKey(
        "next_note",
        QT_TRANSLATE_NOOP("Keys", "Go to the next note in reading order"),
        combos=_combos((Key.Key_Right, Key.Key_Down)),
        label=QT_TRANSLATE_NOOP("Keys", "Right, Down"),
    ),
    BoardKey(
        "previous_note",
        QT_TRANSLATE_NOOP("Keys", "Go to the previous note in reading order"),
        combos=_combos((Key.Key_Left, Key.Key_Up)),
        label=QT_TRANSLATE_NOOP("Keys", "Left, Up"),
    ),
    BoardKey(
        "nudge",
        QT_TRANSLATE_NOOP("Keys", "Nudge the selected notes"),
        combos=_combos(tuple(ARROWS), CTRL),
        label=QT_TRANSLATE_NOOP("Keys", "Ctrl+Arrow keys"),
    ),
    BoardKey(
        "nudge_far",
        QT_TRANSLATE_NOOP("Keys", "Nudge the selected notes five times as far"),
        combos=(*_combos(tuple(ARROWS), SHIFT), *_combos(tuple(ARROWS), CTRL | SHIFT)),
        label=QT_TRANSLATE_NOOP("Keys", "Shift+Arrow keys, Ctrl+Shift+Arrow keys"),
    ),
    BoardKey(
        "context_menu",
        QT_TRANSLATE_NOOP("Keys", "Open the menu of the selected notes, or of the chosen block"),
        combos=((Key.Key_F10, SHIFT),),
        label=QT_TRANSLATE_NOOP("Keys", "Shift+F10, Menu"),
    ),
    BoardKey(
        "clear",
        QT_TRANSLATE_NOOP(
            "Keys", "Clear the selection, the chosen block and a segment's focus; leave voting mode"
        ),
        combos=((Key.Key_Escape, NONE),),
    ),
    BoardKey(
        "pan",
        QT_TRANSLATE_NOOP("Keys", "Hold and drag to move around the board"),
        combos=((Key.Key_Space, NONE),),
        label=QT_TRANSLATE_NOOP("Keys", "Space"),
    ),
    BoardKey(
        "voting",
        QT_TRANSLATE_NOOP(
            "Keys", "Voting mode: a click on a note gives it a dot, a right-click or Alt-click takes one back"
        ),
        combos=((Key.Key_V, NONE),),
    ),
)
"""Keys of the board when no note is being edited."""

VOTING_KEYS: tuple[BoardKey, ...] = (
    BoardKey(
        "give_dot",
        QT_TRANSLATE_NOOP("Keys", "Give the current note one of your dots"),
        combos=_combos((Key.Key_Return, Key.Key_Enter)),
    ),
    BoardKey(
        "take_back_dot",
        QT_TRANSLATE_NOOP("Keys", "Take one of your dots back from the current note"),
        combos=(
            *_combos((Key.Key_Return, Key.Key_Enter), SHIFT),
            *_combos((Key.Key_Delete, Key.Key_Backspace)),
        ),
    ),
)
"""Keys of the board in voting mode (V), matched before BOARD_KEYS: the arrow keys reach
a note, these vote on it. Space stays the pan key."""

EDITOR_KEYS: tuple[BoardKey, ...] = (
    BoardKey(
        "finish",
        QT_TRANSLATE_NOOP("Keys", "Finish editing the note"),
        combos=((Key.Key_Escape, NONE), *_combos((Key.Key_Return, Key.Key_Enter), CTRL)),
    ),
    BoardKey(
        "next", QT_TRANSLATE_NOOP("Keys", "Edit the next note of the block"), combos=((Key.Key_Tab, NONE),)
    ),
    BoardKey(
        "previous",
        QT_TRANSLATE_NOOP("Keys", "Edit the previous note of the block"),
        combos=((Key.Key_Backtab, SHIFT), (Key.Key_Backtab, NONE)),
        label=QT_TRANSLATE_NOOP("Keys", "Shift+Tab"),
    ),
    BoardKey("paste_text", QT_TRANSLATE_NOOP("Keys", "Paste as plain text"), standard=(Std.Paste,)),
)
"""Keys inside a note while its text is edited (other keys type)."""


def match(event: QKeyEvent, table: Sequence[BoardKey] = BOARD_KEYS) -> BoardKey | None:
    """The first entry of `table` the key event stands for, or None."""
    key = event.key()
    mods = event.modifiers() & ~Mod.KeypadModifier
    for entry in table:
        if (key, mods) in entry.combos or any(event.matches(s) for s in entry.standard):
            return entry
    return None


def commands(table: Sequence[BoardKey]) -> set[str]:
    return {entry.command for entry in table}
