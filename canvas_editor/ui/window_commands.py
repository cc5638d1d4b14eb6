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

from PySide6.QtGui import QKeySequence

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
    hint: str = ""  # a key another part of the window handles, shown in the menu only
    short: str = ""  # a text-only toolbar button's text

    @property
    def label(self) -> str:
        """The text as read: no mnemonic ampersand, no trailing dots."""
        return re.sub(r"&(.)", r"\1", self.text).rstrip(".").strip()

    @property
    def menu_text(self) -> str:
        return f"{self.text}\t{self.hint}" if self.hint else self.text


COMMANDS: tuple[Command, ...] = (
    # File
    Command("new", "&New", (Standard(Std.New, "Ctrl+N"),), "document-new", "A blank canvas"),
    Command("new_from_template", "New from &Template...", tip="A new canvas from a bundled template"),
    Command("open", "&Open...", (Standard(Std.Open, "Ctrl+O"),), "document-open", "Open a canvas file"),
    Command("save", "&Save", (Standard(Std.Save, "Ctrl+S"),), "document-save", "Save the canvas"),
    Command("save_as", "Save &As...", (Standard(Std.SaveAs, "Ctrl+Shift+S"),), "document-save-as"),
    Command("revert", "Re&vert", tip="Go back to the version saved on disk"),
    Command("export_pdf", "&PDF...", tip="A printable PDF: page size, orientation, posters"),
    Command("export_image", "&Image...", tip="A PNG or SVG picture of the sheet"),
    Command("export_markdown", "&Markdown...", tip="A document to read or diff"),
    Command("export_csv", "&CSV...", tip="A table of the notes for spreadsheets"),
    Command("export_json_canvas", "&JSON Canvas...", tip="A board for Obsidian and other canvas apps"),
    Command("export_pptx", "P&owerPoint...", tip="An editable slide deck"),
    Command("import_file", "&Import...", tip="A new canvas from a Markdown, CSV, JSON Canvas or text file"),
    Command("print", "&Print...", (Standard(Std.Print, "Ctrl+P"),), "document-print"),
    Command("close", "&Close", (Standard(Std.Close, "Ctrl+W"),)),
    Command("quit", "&Quit", (Standard(Std.Quit, "Ctrl+Q"),), "application-exit"),
    # Edit
    Command("undo", "&Undo", (Standard(Std.Undo, "Ctrl+Z"),), "edit-undo"),
    Command("redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y", Standard(Std.Redo, "Ctrl+Shift+Z")), "edit-redo"),
    Command("cut", "Cu&t", (Standard(Std.Cut, "Ctrl+X"),), "edit-cut"),
    Command("copy", "&Copy", (Standard(Std.Copy, "Ctrl+C"),), "edit-copy"),
    Command("paste", "&Paste", (Standard(Std.Paste, "Ctrl+V"),), "edit-paste"),
    Command("duplicate", "D&uplicate", ("Ctrl+D",)),
    Command("delete", "&Delete", (Standard(Std.Delete, "Del"),), "edit-delete"),
    Command("select_all", "Select &All", (Standard(Std.SelectAll, "Ctrl+A"),), "edit-select-all"),
    Command("find", "&Find...", (Standard(Std.Find, "Ctrl+F"),), "edit-find"),
    # The board handles N and Ctrl+Enter itself (not while a note is typed in): an
    # action bound to N would take the letter from the note editor.
    Command("add_note", "Add &Note", hint="N"),
    Command("edit_header", "Canvas &Details...", tip="Title, names, date, iteration and language"),
    # View
    Command("zoom_in", "Zoom &In", (Standard(Std.ZoomIn, "Ctrl++"),), "zoom-in"),
    Command("zoom_out", "Zoom &Out", (Standard(Std.ZoomOut, "Ctrl+-"),), "zoom-out"),
    Command("zoom_fit", "&Fit to Window", ("Ctrl+0",), "zoom-fit-best"),
    Command("outline", "&Outline", ("Ctrl+Shift+O",), tip="The canvas as a tree, also for screen readers"),
    # Snapshots (ui/snapshots.py makes these actions). Save As has Ctrl+Shift+S on every
    # desktop, so taking a snapshot is Ctrl+Alt+S.
    Command("take_snapshot", "&Take Snapshot...", ("Ctrl+Alt+S",), tip="Keep the board as it is now"),
    Command("compare", "&Compare...", ("Ctrl+Alt+C",), tip="Show what changed between two states"),
    Command("hide_changes", "&Hide Changes", tip="Take the changes off the board"),
    Command("snapshots_panel", "Snapshots &Panel", ("Ctrl+Alt+P",), tip="Show the snapshots of this canvas"),
    Command("open_snapshot", "&Open Snapshot", tip="Show the chosen snapshot in a window"),
    Command("restore_snapshot", "&Restore Snapshot", tip="Put its board back (undoable)"),
    Command("rename_snapshot", "Re&name Snapshot..."),
    Command("delete_snapshot", "&Delete Snapshot", tip="Delete it (undoable)"),
    # View: the workshop (ui/workshop.py makes these actions). Each is also the
    # window's own action, so its key works while presenting with the menu bar hidden.
    Command("present", "&Present", ("F5",), tip="Full screen, the notes appearing one at a time"),
    Command(
        "resume_presentation", "&Resume Presentation", ("Shift+F5",), tip="Present from where you left off"
    ),
    Command(
        "presentation_order",
        "Presentation &Order",
        ("Ctrl+Shift+P",),
        tip="The order a presentation reveals the blocks in, stored with the canvas",
    ),
    Command(
        "zoom_to_block", "&Zoom to Each Block While Presenting", tip="Each block in turn fills the board"
    ),
    # F6 moves between the window's panes, as in every desktop app, so the timer has letters.
    Command(
        "timer_toggle", "&Start or Pause the Timer", ("Ctrl+T",), tip="Start, pause or resume the countdown"
    ),
    Command(
        "timer_reset",
        "Rese&t the Timer",
        ("Ctrl+Shift+T",),
        tip="Back to the time set, stopped",
        short="Reset",
    ),
    Command(
        "timer_add_minute",
        "&Add One Minute",
        ("Ctrl+Shift+M",),
        tip="One more minute on the clock",
        short="+1 min",
    ),
    Command("timer_custom", "&Custom Time...", tip="Set the timer to any time"),
    Command("timer_sound", "Sound at &Zero", tip="Beep when the time is up"),
    # View: customer segments (ui/segment_legend.py makes these actions; the legend's
    # list has its own keys, ui/segment_keys.py).
    Command(
        "segment_legend",
        "Segment &Legend",
        ("Ctrl+Shift+L",),
        tip="Each customer segment's colour, name and notes; click one to focus its notes",
    ),
    Command("new_segment", "&New Segment...", tip="A customer segment with a colour no other has"),
    Command("rename_segment", "&Rename Segment...", short="Rename..."),
    Command(
        "recolor_segment", "Segment &Colour...", tip="Its notes take the new colour too", short="Colour..."
    ),
    Command("move_segment_up", "Move Segment &Up", short="Up"),
    Command("move_segment_down", "Move Segment Do&wn", short="Down"),
    Command("delete_segment", "&Delete Segment", tip="Its notes keep their text and colour", short="Delete"),
    Command("clear_segment_focus", "&End Segment Focus", tip="Every note as usual", short="End Focus"),
    # Help
    Command("shortcuts", "&Keyboard Shortcuts", ("Ctrl+/",)),
    Command("about", "&About Canvas Editor"),
)


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
