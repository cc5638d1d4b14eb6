"""Small undoable edits; each changes the model only through the controller's mutators.

Commands refer to notes by id (never by graphics item), so they survive the scene
rebuilding its items.
"""

from canvas_editor.controller.commands.add_notes import AddNotesCommand
from canvas_editor.controller.commands.add_segment import AddSegmentCommand
from canvas_editor.controller.commands.bring_to_front import BringToFrontCommand
from canvas_editor.controller.commands.edit_notes import EditNotesCommand
from canvas_editor.controller.commands.move_notes import MoveNotesCommand
from canvas_editor.controller.commands.remove_notes import RemoveNotesCommand
from canvas_editor.controller.commands.set_header import SetHeaderCommand
from canvas_editor.controller.commands.set_note_text import SetNoteTextCommand

__all__ = [
    "AddNotesCommand",
    "AddSegmentCommand",
    "BringToFrontCommand",
    "EditNotesCommand",
    "MoveNotesCommand",
    "RemoveNotesCommand",
    "SetHeaderCommand",
    "SetNoteTextCommand",
]
