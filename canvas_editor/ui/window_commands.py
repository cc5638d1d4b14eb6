"""The window's commands, declared once: menu text, keys, icon and status tip.

The menus and the toolbar make their actions from these entries (ui.menus), and
Help > Keyboard Shortcuts lists the same entries (ui.shortcuts_sheet), so a key
changed here changes both. A key does one thing: `command_keys()` gives every key to
one command only. A key written here is the command's own; the extra keys a platform
adds to a standard command go to it only when no other command declares them (GNOME
and KDE also bind Ctrl+D to Delete, and here Ctrl+D duplicates).

Commands the board also handles itself (undo, copy, duplicate ...) reach the board
through these actions while the window has the keyboard; `scene.board_keys` keeps
the board's keys for the keys no action takes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from canvas_editor.i18n import QT_TRANSLATE_NOOP

Std = QKeySequence.StandardKey


class Standard(NamedTuple):
    """A platform's keys for a standard command, or `fallback` where it has none."""

    key: Std
    fallback: str


class Command(NamedTuple):
    name: str  # the attribute of ui.menus.WindowActions
    text: str  # as the menu shows it, with its mnemonic
    keys: tuple[str | Standard, ...] = ()
    icon: str = ""  # a freedesktop icon name; resources/icons/<icon>.svg when the theme has none
    tip: str = ""
    # A key another part of the window handles: the menu shows it as the entry's key
    # binding (scene.menu_keys.show_key_beside), and the window never takes it.
    hint: str = ""
    short: str = ""  # a text-only toolbar button's text

    @property
    def label(self) -> str:
        """The text as read, in the window's language: no mnemonic ampersand, no trailing dots."""
        return plain(tr(self.text))

    @property
    def menu_text(self) -> str:
        """The menu's text in the window's language. A hint's key is not in it (after a
        tab, a screen reader would read it as part of the name): `menus.command_action`
        shows it as the entry's key binding."""
        return tr(self.text)

    @property
    def status_tip(self) -> str:
        return tr(self.tip)

    @property
    def short_text(self) -> str:
        return tr(self.short)


# The translation context of the table's texts, the menus' titles and the undo steps.
CONTEXT = "Commands"


def tr(text: str) -> str:
    """A text of this module in the window's language (ui.language installs the catalogue)."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def plain(text: str) -> str:
    """A menu text as read aloud or listed: no mnemonic ampersand (in either the
    `&File` or the `파일(&F)` style), no trailing dots."""
    text = re.sub(r"\(&\w\)", "", text)
    return re.sub(r"&(.)", r"\1", text).rstrip(".").rstrip("…").strip()


# Menus and toolbars by object name, with their titles; the window sets them again
# when the language changes.
MENUS: dict[str, str] = {
    "file_menu": QT_TRANSLATE_NOOP("Commands", "&File"),
    "recent_menu": QT_TRANSLATE_NOOP("Commands", "Open &Recent"),
    "export_menu": QT_TRANSLATE_NOOP("Commands", "&Export"),
    "edit_menu": QT_TRANSLATE_NOOP("Commands", "&Edit"),
    "view_menu": QT_TRANSLATE_NOOP("Commands", "&View"),
    "language_menu": QT_TRANSLATE_NOOP("Commands", "&Language"),
    "timer_menu": QT_TRANSLATE_NOOP("Commands", "Workshop &Timer"),
    "snapshots_menu": QT_TRANSLATE_NOOP("Commands", "&Snapshots"),
    "help_menu": QT_TRANSLATE_NOOP("Commands", "&Help"),
}
TOOLBARS: dict[str, str] = {
    "main_toolbar": QT_TRANSLATE_NOOP("Commands", "Main Toolbar"),
    "timer_toolbar": QT_TRANSLATE_NOOP("Commands", "Workshop Timer"),
}
# The Undo and Redo items name the step they take back or do again.
UNDO_STEP = QT_TRANSLATE_NOOP("Commands", "&Undo {step}")
REDO_STEP = QT_TRANSLATE_NOOP("Commands", "&Redo {step}")
# The language menu's first item; the languages follow by their own names (i18n.LANGUAGES).
SYSTEM_LANGUAGE = QT_TRANSLATE_NOOP("Commands", "&System Language")


COMMANDS: tuple[Command, ...] = (
    # File
    Command(
        "new",
        QT_TRANSLATE_NOOP("Commands", "&New"),
        (Standard(Std.New, "Ctrl+N"),),
        "document-new",
        QT_TRANSLATE_NOOP("Commands", "A blank canvas"),
    ),
    Command(
        "new_from_template",
        QT_TRANSLATE_NOOP("Commands", "New from &Template..."),
        tip=QT_TRANSLATE_NOOP("Commands", "A new canvas from a bundled template"),
    ),
    Command(
        "open",
        QT_TRANSLATE_NOOP("Commands", "&Open..."),
        (Standard(Std.Open, "Ctrl+O"),),
        "document-open",
        QT_TRANSLATE_NOOP("Commands", "Open a canvas file"),
    ),
    Command(
        "save",
        QT_TRANSLATE_NOOP("Commands", "&Save"),
        (Standard(Std.Save, "Ctrl+S"),),
        "document-save",
        QT_TRANSLATE_NOOP("Commands", "Save the canvas"),
    ),
    Command(
        "save_as",
        QT_TRANSLATE_NOOP("Commands", "Save &As..."),
        (Standard(Std.SaveAs, "Ctrl+Shift+S"),),
        "document-save-as",
    ),
    Command(
        "revert",
        QT_TRANSLATE_NOOP("Commands", "Re&vert"),
        tip=QT_TRANSLATE_NOOP("Commands", "Go back to the version saved on disk"),
    ),
    Command(
        "export_pdf",
        QT_TRANSLATE_NOOP("Commands", "&PDF..."),
        tip=QT_TRANSLATE_NOOP("Commands", "A printable PDF: page size, orientation, posters"),
    ),
    Command(
        "export_image",
        QT_TRANSLATE_NOOP("Commands", "&Image..."),
        tip=QT_TRANSLATE_NOOP("Commands", "A PNG or SVG picture of the sheet"),
    ),
    Command(
        "export_markdown",
        QT_TRANSLATE_NOOP("Commands", "&Markdown..."),
        tip=QT_TRANSLATE_NOOP("Commands", "A document to read or diff"),
    ),
    Command(
        "export_csv",
        QT_TRANSLATE_NOOP("Commands", "&CSV..."),
        tip=QT_TRANSLATE_NOOP("Commands", "A table of the notes for spreadsheets"),
    ),
    Command(
        "export_json_canvas",
        QT_TRANSLATE_NOOP("Commands", "&JSON Canvas..."),
        tip=QT_TRANSLATE_NOOP("Commands", "A board for Obsidian and other canvas apps"),
    ),
    Command(
        "export_pptx",
        QT_TRANSLATE_NOOP("Commands", "P&owerPoint..."),
        tip=QT_TRANSLATE_NOOP("Commands", "An editable slide deck"),
    ),
    Command(
        "import_file",
        QT_TRANSLATE_NOOP("Commands", "&Import..."),
        tip=QT_TRANSLATE_NOOP("Commands", "A new canvas from a Markdown, CSV, JSON Canvas or text file"),
    ),
    # ui/live_sharing.py makes this action.
    Command(
        "share_workshop",
        QT_TRANSLATE_NOOP("Commands", "S&hare Workshop..."),
        ("Ctrl+Alt+W",),
        "network-workgroup",
        QT_TRANSLATE_NOOP("Commands", "Participants join from their phones and write on this canvas"),
    ),
    Command(
        "print",
        QT_TRANSLATE_NOOP("Commands", "&Print..."),
        (Standard(Std.Print, "Ctrl+P"),),
        "document-print",
    ),
    Command("close", QT_TRANSLATE_NOOP("Commands", "&Close"), (Standard(Std.Close, "Ctrl+W"),)),
    Command(
        "quit", QT_TRANSLATE_NOOP("Commands", "&Quit"), (Standard(Std.Quit, "Ctrl+Q"),), "application-exit"
    ),
    # Edit
    Command("undo", QT_TRANSLATE_NOOP("Commands", "&Undo"), (Standard(Std.Undo, "Ctrl+Z"),), "edit-undo"),
    Command(
        "redo",
        QT_TRANSLATE_NOOP("Commands", "&Redo"),
        ("Ctrl+Shift+Z", "Ctrl+Y", Standard(Std.Redo, "Ctrl+Shift+Z")),
        "edit-redo",
    ),
    Command("cut", QT_TRANSLATE_NOOP("Commands", "Cu&t"), (Standard(Std.Cut, "Ctrl+X"),), "edit-cut"),
    Command("copy", QT_TRANSLATE_NOOP("Commands", "&Copy"), (Standard(Std.Copy, "Ctrl+C"),), "edit-copy"),
    Command("paste", QT_TRANSLATE_NOOP("Commands", "&Paste"), (Standard(Std.Paste, "Ctrl+V"),), "edit-paste"),
    Command("duplicate", QT_TRANSLATE_NOOP("Commands", "D&uplicate"), ("Ctrl+D",)),
    Command(
        "delete", QT_TRANSLATE_NOOP("Commands", "&Delete"), (Standard(Std.Delete, "Del"),), "edit-delete"
    ),
    Command(
        "select_all",
        QT_TRANSLATE_NOOP("Commands", "Select &All"),
        (Standard(Std.SelectAll, "Ctrl+A"),),
        "edit-select-all",
    ),
    Command("find", QT_TRANSLATE_NOOP("Commands", "&Find..."), (Standard(Std.Find, "Ctrl+F"),), "edit-find"),
    # The board handles N and Ctrl+Enter itself (not while a note is typed in): an
    # action bound to N would take the letter from the note editor.
    Command("add_note", QT_TRANSLATE_NOOP("Commands", "Add &Note"), hint="N"),
    Command(
        "edit_header",
        QT_TRANSLATE_NOOP("Commands", "Canvas &Details..."),
        tip=QT_TRANSLATE_NOOP("Commands", "Title, names, date, iteration and language"),
    ),
    # View
    Command(
        "zoom_in", QT_TRANSLATE_NOOP("Commands", "Zoom &In"), (Standard(Std.ZoomIn, "Ctrl++"),), "zoom-in"
    ),
    Command(
        "zoom_out", QT_TRANSLATE_NOOP("Commands", "Zoom &Out"), (Standard(Std.ZoomOut, "Ctrl+-"),), "zoom-out"
    ),
    Command("zoom_fit", QT_TRANSLATE_NOOP("Commands", "&Fit to Window"), ("Ctrl+0",), "zoom-fit-best"),
    Command(
        "outline",
        QT_TRANSLATE_NOOP("Commands", "&Outline"),
        ("Ctrl+Shift+O",),
        tip=QT_TRANSLATE_NOOP("Commands", "The canvas as a tree, also for screen readers"),
    ),
    Command(
        "next_pane",
        QT_TRANSLATE_NOOP("Commands", "Ne&xt Pane"),
        ("F6",),
        tip=QT_TRANSLATE_NOOP(
            "Commands", "The keyboard to the next pane: the board, the outline, a panel, the find bar"
        ),
    ),
    Command(
        "previous_pane",
        QT_TRANSLATE_NOOP("Commands", "Previous Pa&ne"),
        ("Shift+F6",),
        tip=QT_TRANSLATE_NOOP("Commands", "The keyboard to the previous pane"),
    ),
    # Snapshots (ui/snapshots.py makes these actions). Save As has Ctrl+Shift+S on every
    # desktop, so taking a snapshot is Ctrl+Alt+S.
    Command(
        "take_snapshot",
        QT_TRANSLATE_NOOP("Commands", "&Take Snapshot..."),
        ("Ctrl+Alt+S",),
        tip=QT_TRANSLATE_NOOP("Commands", "Keep the board as it is now"),
    ),
    Command(
        "compare",
        QT_TRANSLATE_NOOP("Commands", "&Compare..."),
        ("Ctrl+Alt+C",),
        tip=QT_TRANSLATE_NOOP("Commands", "Show what changed between two states"),
    ),
    Command(
        "hide_changes",
        QT_TRANSLATE_NOOP("Commands", "&Hide Changes"),
        tip=QT_TRANSLATE_NOOP("Commands", "Take the changes off the board"),
    ),
    Command(
        "snapshots_panel",
        QT_TRANSLATE_NOOP("Commands", "Snapshots &Panel"),
        ("Ctrl+Alt+P",),
        tip=QT_TRANSLATE_NOOP("Commands", "Show the snapshots of this canvas"),
    ),
    Command(
        "open_snapshot",
        QT_TRANSLATE_NOOP("Commands", "&Open Snapshot"),
        tip=QT_TRANSLATE_NOOP("Commands", "Show the chosen snapshot in a window"),
    ),
    Command(
        "restore_snapshot",
        QT_TRANSLATE_NOOP("Commands", "&Restore Snapshot"),
        tip=QT_TRANSLATE_NOOP("Commands", "Put its board back (undoable)"),
    ),
    Command("rename_snapshot", QT_TRANSLATE_NOOP("Commands", "Re&name Snapshot...")),
    Command(
        "delete_snapshot",
        QT_TRANSLATE_NOOP("Commands", "&Delete Snapshot"),
        tip=QT_TRANSLATE_NOOP("Commands", "Delete it (undoable)"),
    ),
    # View: the workshop (ui/workshop.py makes these actions). Each is also the
    # window's own action, so its key works while presenting with the menu bar hidden.
    Command(
        "present",
        QT_TRANSLATE_NOOP("Commands", "&Present"),
        ("F5",),
        tip=QT_TRANSLATE_NOOP("Commands", "Full screen, the notes appearing one at a time"),
    ),
    Command(
        "resume_presentation",
        QT_TRANSLATE_NOOP("Commands", "&Resume Presentation"),
        ("Shift+F5",),
        tip=QT_TRANSLATE_NOOP("Commands", "Present from where you left off"),
    ),
    Command(
        "presentation_order",
        QT_TRANSLATE_NOOP("Commands", "Presentation &Order"),
        ("Ctrl+Shift+P",),
        tip=QT_TRANSLATE_NOOP(
            "Commands", "The order a presentation reveals the blocks in, stored with the canvas"
        ),
    ),
    Command(
        "zoom_to_block",
        QT_TRANSLATE_NOOP("Commands", "&Zoom to Each Block While Presenting"),
        tip=QT_TRANSLATE_NOOP("Commands", "Each block in turn fills the board"),
    ),
    # F6 moves between the window's panes, as in every desktop app, so the timer has letters.
    Command(
        "timer_toggle",
        QT_TRANSLATE_NOOP("Commands", "&Start or Pause the Timer"),
        ("Ctrl+T",),
        tip=QT_TRANSLATE_NOOP("Commands", "Start, pause or resume the countdown"),
    ),
    Command(
        "timer_reset",
        QT_TRANSLATE_NOOP("Commands", "Rese&t the Timer"),
        ("Ctrl+Shift+T",),
        tip=QT_TRANSLATE_NOOP("Commands", "Back to the time set, stopped"),
        short=QT_TRANSLATE_NOOP("Commands", "Reset"),
    ),
    Command(
        "timer_add_minute",
        QT_TRANSLATE_NOOP("Commands", "&Add One Minute"),
        ("Ctrl+Shift+M",),
        tip=QT_TRANSLATE_NOOP("Commands", "One more minute on the clock"),
        short=QT_TRANSLATE_NOOP("Commands", "+1 min"),
    ),
    Command(
        "timer_custom",
        QT_TRANSLATE_NOOP("Commands", "&Custom Time..."),
        tip=QT_TRANSLATE_NOOP("Commands", "Set the timer to any time"),
    ),
    Command(
        "timer_sound",
        QT_TRANSLATE_NOOP("Commands", "Sound at &Zero"),
        tip=QT_TRANSLATE_NOOP("Commands", "Beep when the time is up"),
    ),
    # View: private writing and dot voting (ui/facilitation.py makes these actions). The
    # board handles V itself: an action bound to V would take the letter from the note editor.
    Command(
        "brainstorm_panel",
        QT_TRANSLATE_NOOP("Commands", "Silent &Brainstorm"),
        ("Ctrl+Alt+B",),
        tip=QT_TRANSLATE_NOOP("Commands", "Write notes face down, then reveal them together"),
    ),
    Command(
        "face_down",
        QT_TRANSLATE_NOOP("Commands", "Write &Face Down"),
        tip=QT_TRANSLATE_NOOP("Commands", "New notes go face down until the notes are revealed"),
    ),
    Command(
        "reveal",
        QT_TRANSLATE_NOOP("Commands", "Re&veal Notes"),
        ("Ctrl+Alt+R",),
        tip=QT_TRANSLATE_NOOP("Commands", "Turn the face-down notes face up (undoable)"),
    ),
    Command(
        "voting",
        QT_TRANSLATE_NOOP("Commands", "&Voting Mode"),
        hint="V",
        tip=QT_TRANSLATE_NOOP(
            "Commands", "A click on a note gives it a dot; a right-click or Alt-click takes one back"
        ),
    ),
    Command(
        "voting_panel",
        QT_TRANSLATE_NOOP("Commands", "&Dot Voting"),
        ("Ctrl+Alt+V",),
        tip=QT_TRANSLATE_NOOP("Commands", "The voter, the budget and the results"),
    ),
    Command(
        "clear_votes",
        QT_TRANSLATE_NOOP("Commands", "C&lear Votes"),
        tip=QT_TRANSLATE_NOOP("Commands", "Take every dot off every note (undoable)"),
    ),
    # View: customer segments (ui/segment_legend.py makes these actions; the legend's
    # list has its own keys, ui/segment_keys.py).
    Command(
        "segment_legend",
        QT_TRANSLATE_NOOP("Commands", "Segment &Legend"),
        ("Ctrl+Shift+L",),
        tip=QT_TRANSLATE_NOOP(
            "Commands", "Each customer segment's colour, name and notes; click one to focus its notes"
        ),
    ),
    Command(
        "new_segment",
        QT_TRANSLATE_NOOP("Commands", "&New Segment..."),
        tip=QT_TRANSLATE_NOOP("Commands", "A customer segment with a colour no other has"),
        short=QT_TRANSLATE_NOOP("Commands", "New..."),
    ),
    Command(
        "rename_segment",
        QT_TRANSLATE_NOOP("Commands", "&Rename Segment..."),
        short=QT_TRANSLATE_NOOP("Commands", "Rename..."),
    ),
    Command(
        "recolor_segment",
        QT_TRANSLATE_NOOP("Commands", "Segment &Colour..."),
        tip=QT_TRANSLATE_NOOP("Commands", "Its notes take the new colour too"),
        short=QT_TRANSLATE_NOOP("Commands", "Colour..."),
    ),
    Command(
        "move_segment_up",
        QT_TRANSLATE_NOOP("Commands", "Move Segment &Up"),
        short=QT_TRANSLATE_NOOP("Commands", "Up"),
    ),
    Command(
        "move_segment_down",
        QT_TRANSLATE_NOOP("Commands", "Move Segment Do&wn"),
        short=QT_TRANSLATE_NOOP("Commands", "Down"),
    ),
    Command(
        "delete_segment",
        QT_TRANSLATE_NOOP("Commands", "&Delete Segment"),
        tip=QT_TRANSLATE_NOOP("Commands", "Its notes keep their text and colour"),
        short=QT_TRANSLATE_NOOP("Commands", "Delete"),
    ),
    Command(
        "clear_segment_focus",
        QT_TRANSLATE_NOOP("Commands", "&End Segment Focus"),
        tip=QT_TRANSLATE_NOOP("Commands", "Every note as usual"),
        short=QT_TRANSLATE_NOOP("Commands", "End Focus"),
    ),
    # Help
    Command("shortcuts", QT_TRANSLATE_NOOP("Commands", "&Keyboard Shortcuts"), ("Ctrl+/",)),
    Command("about", QT_TRANSLATE_NOOP("Commands", "&About Canvas Editor")),
)


_KEYS: tuple[tuple[Command, ...], dict[str, list[QKeySequence]]] | None = None


def keys_of(name: str) -> list[QKeySequence]:
    """The keys `command_keys()` gives the command `name`, worked out once per table: a
    window makes some eighty actions, and the whole table takes about half a millisecond."""
    global _KEYS
    if _KEYS is None or _KEYS[0] is not COMMANDS:
        _KEYS = (COMMANDS, command_keys())
    return _KEYS[1][name]


def command_keys(commands: tuple[Command, ...] | None = None) -> dict[str, list[QKeySequence]]:
    """Each command's keys: those written in the table, then the platform's keys of its
    standard command that no other command has (written, or from an earlier command).

    Written keys are never dropped, so two commands that write the same key both get it
    and the test of the window's shortcuts names them.
    """
    if commands is None:
        commands = COMMANDS
    written = {
        QKeySequence(spec).toString(): command.name
        for command in reversed(commands)
        for spec in command.keys
        if isinstance(spec, str)
    }
    taken: dict[str, str] = {}
    keys: dict[str, list[QKeySequence]] = {}
    for command in commands:
        chosen: list[QKeySequence] = []
        for spec in command.keys:
            if isinstance(spec, str):
                candidates = [QKeySequence(spec)]
            else:
                found = QKeySequence.keyBindings(spec.key) or [QKeySequence(spec.fallback)]
                candidates = [s for s in found if written.get(s.toString(), command.name) == command.name]
            for seq in candidates:
                name = seq.toString()
                if not name or seq in chosen:
                    continue
                # A written key stays even when another command has it too: a clash in
                # the table itself, for the test of the window's shortcuts to name.
                if taken.setdefault(name, command.name) == command.name or isinstance(spec, str):
                    chosen.append(seq)
        keys[command.name] = chosen
    return keys


def command(name: str) -> Command:
    """The table's entry named `name`."""
    for entry in COMMANDS:
        if entry.name == name:
            return entry
    raise KeyError(name)
