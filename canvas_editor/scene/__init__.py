"""The board: the graphics scene that mirrors the canvas and the view the window embeds."""

from canvas_editor.scene.board_scene import BoardScene
from canvas_editor.scene.board_view import BoardView
from canvas_editor.scene.fonts import register_fonts
from canvas_editor.scene.note_item import NoteItem

__all__ = ["BoardScene", "BoardView", "NoteItem", "register_fonts"]
