"""Right-click menus: one for notes (colour, segment, description, order, delete) and
one for empty space in a block (add a note, paste).

Each action is named (objectName) so tests can trigger it without opening the menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import STICKY_COLORS
from canvas_editor.scene import dialogs, note_operations
from canvas_editor.scene.geometry import placement_centred_at

if TYPE_CHECKING:
    from canvas_editor.scene.note_board import NoteBoard


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def _action(menu: QMenu, name: str, text: str) -> QAction:
    action = menu.addAction(text)
    action.setObjectName(name)
    return action


def build_note_menu(board: NoteBoard, ids: list[str], parent: QWidget | None) -> QMenu:
    """The menu for the notes `ids` (the selection the user right-clicked)."""
    c = board.controller
    notes = [c.note(i) for i in ids]
    menu = QMenu(parent)

    colours = menu.addMenu("Colour")
    colours.setObjectName("colour-menu")
    current = {n.color.upper() for n in notes}
    for name, value in STICKY_COLORS.items():
        action = _action(colours, f"color:{name}", name.capitalize())
        action.setIcon(_swatch(value))
        action.setCheckable(True)
        action.setChecked(current == {value.upper()})
        action.triggered.connect(lambda _=False, v=value: c.set_notes_color(ids, v))
    colours.addSeparator()

    def custom_colour() -> None:
        color = dialogs.ask_color(QColor(notes[0].color), parent)
        if color is not None:
            c.set_notes_color(ids, color.name())

    _action(colours, "color:custom", "Custom colour…").triggered.connect(custom_colour)

    segments = menu.addMenu("Customer segment")
    segments.setObjectName("segment-menu")
    assigned = {n.segment for n in notes}
    none = _action(segments, "segment:none", "No segment")
    none.setCheckable(True)
    none.setChecked(assigned == {None})
    none.triggered.connect(lambda: c.set_notes_segment(ids, None))
    for segment in c.canvas.segments:
        action = _action(segments, f"segment:{segment.id}", segment.name)
        action.setIcon(_swatch(segment.color))
        action.setCheckable(True)
        action.setChecked(assigned == {segment.id})
        action.triggered.connect(lambda _=False, s=segment.id: c.set_notes_segment(ids, s))
    segments.addSeparator()

    def new_segment() -> None:
        name = dialogs.ask_segment_name(parent)
        if name is None:
            return
        used = {s.color.upper() for s in c.canvas.segments}
        color = next((v for v in STICKY_COLORS.values() if v.upper() not in used), notes[0].color)
        stack = c.undo_stack
        stack.beginMacro("New segment")
        try:
            segment_id = c.add_segment(name, color)
            c.set_notes_segment(ids, segment_id)
        finally:
            stack.endMacro()

    _action(segments, "segment:new", "New segment…").triggered.connect(new_segment)

    def edit_description() -> None:
        note_id = ids[0]
        text = dialogs.ask_description(c.note(note_id).description, parent)
        if text is not None and c.has_note(note_id):
            c.set_note_description(note_id, text)

    menu.addSeparator()
    _action(menu, "edit", "Edit text").triggered.connect(lambda: board.edit_note(ids[0]))
    description = _action(menu, "description", "Edit description…")
    description.triggered.connect(edit_description)
    description.setEnabled(len(ids) == 1)
    _action(menu, "front", "Bring to front").triggered.connect(lambda: c.bring_to_front(ids))
    menu.addSeparator()
    delete = _action(menu, "delete", "Delete note" if len(ids) == 1 else f"Delete {len(ids)} notes")
    delete.triggered.connect(lambda: note_operations.delete_notes(board, ids))
    return menu


def build_block_menu(board: NoteBoard, block: BlockId, pos: QPointF, parent: QWidget | None) -> QMenu:
    """The menu for empty space in a block."""
    menu = QMenu(parent)

    def add_here() -> None:
        x, y = placement_centred_at(block, pos)
        board.add_note_and_edit(block, x, y)

    _action(menu, "add", "Add note here").triggered.connect(add_here)
    paste = _action(menu, "paste", "Paste")
    mime = QGuiApplication.clipboard().mimeData()
    paste.setEnabled(mime is not None and (mime.hasText() or bool(mime.formats())))
    paste.triggered.connect(lambda: _paste_clipboard(board, block))
    return menu


def _paste_clipboard(board: NoteBoard, block: BlockId) -> None:
    mime = QGuiApplication.clipboard().mimeData()
    if mime is not None:
        note_operations.paste(board, mime, block)
