"""Right-click menus: one for notes (colour, segment, tags, size, details, order, delete)
and one for empty space in a block (add a note, paste, arrange the notes).

Each action is named (objectName) so tests can trigger it without opening the menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import COLOR_TITLES, STICKY_COLORS
from canvas_editor.model.document import Note
from canvas_editor.scene import dialogs, note_dialogs, note_operations
from canvas_editor.scene.geometry import centred_aim, to_sheet

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

    colours = menu.addMenu(QCoreApplication.translate("NoteMenu", "Colour"))
    colours.setObjectName("colour-menu")
    current = {n.color.upper() for n in notes}
    for name, value in STICKY_COLORS.items():
        action = _action(colours, f"color:{name}", QCoreApplication.translate("Colors", COLOR_TITLES[name]))
        action.setIcon(_swatch(value))
        action.setCheckable(True)
        action.setChecked(current == {value.upper()})
        action.triggered.connect(lambda _=False, v=value: c.set_notes_color(ids, v))
    colours.addSeparator()

    def custom_colour() -> None:
        color = dialogs.ask_color(QColor(notes[0].color), parent)
        if color is not None:
            c.set_notes_color(ids, color.name())

    _action(
        colours, "color:custom", QCoreApplication.translate("NoteMenu", "Custom colour…")
    ).triggered.connect(custom_colour)

    segments = menu.addMenu(QCoreApplication.translate("NoteMenu", "Customer segment"))
    segments.setObjectName("segment-menu")
    assigned = {n.segment for n in notes}
    none = _action(segments, "segment:none", QCoreApplication.translate("NoteMenu", "No segment"))
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
        answer = note_dialogs.ask_new_segment(c.canvas.segments, parent)
        if answer is None:
            return
        name, color = answer
        stack = c.undo_stack
        stack.beginMacro(QCoreApplication.translate("NoteMenu", "New segment"))
        try:
            segment_id = c.add_segment(name, color)
            c.set_notes_segment(ids, segment_id)
        finally:
            stack.endMacro()

    _action(
        segments, "segment:new", QCoreApplication.translate("NoteMenu", "New segment…")
    ).triggered.connect(new_segment)

    _add_tags_menu(menu, board, ids, notes, parent)
    sizes = menu.addMenu(QCoreApplication.translate("NoteMenu", "Size"))
    sizes.setObjectName("size-menu")
    current_sizes = {n.size for n in notes}
    for size_name, size in layout.NOTE_SIZES.items():
        action = _action(
            sizes,
            f"size:{size_name}",
            QCoreApplication.translate("Sizes", layout.NOTE_SIZE_TITLES[size_name]),
        )
        action.setCheckable(True)
        action.setChecked(current_sizes == {size})
        action.triggered.connect(lambda _=False, v=size: c.set_notes_size(ids, v))

    def edit_details() -> None:
        note_id = ids[0]
        note = c.note(note_id)
        answer = note_dialogs.ask_note_details(note.description, note.tags, _known_tags(board), parent)
        if answer is not None and c.has_note(note_id):
            c.set_note_details(note_id, answer.description, answer.tags)

    menu.addSeparator()
    face_down = notes[0].hidden  # its words stay private until revealed
    edit_text = _action(menu, "edit", QCoreApplication.translate("NoteMenu", "Edit text"))
    edit_text.triggered.connect(lambda: board.edit_note(ids[0]))
    edit_text.setEnabled(not face_down)
    details = _action(menu, "details", QCoreApplication.translate("NoteMenu", "Description and tags…"))
    details.triggered.connect(edit_details)
    details.setEnabled(len(ids) == 1 and not face_down)
    _action(menu, "front", QCoreApplication.translate("NoteMenu", "Bring to front")).triggered.connect(
        lambda: c.bring_to_front(ids)
    )
    menu.addSeparator()
    delete = _action(
        menu,
        "delete",
        (
            QCoreApplication.translate("NoteMenu", "Delete note")
            if len(ids) == 1
            else QCoreApplication.translate("NoteMenu", "Delete {count} notes").format(count=len(ids))
        ),
    )
    delete.triggered.connect(lambda: note_operations.delete_notes(board, ids))
    return menu


def _toggle_tag(board: NoteBoard, ids: list[str], tag: str, on: bool) -> None:
    if on:
        board.controller.change_notes_tags(ids, add=[tag])
    else:
        board.controller.change_notes_tags(ids, remove=[tag])


def _known_tags(board: NoteBoard) -> list[str]:
    return note_dialogs.canvas_tags(n.tags for n in board.controller.canvas.notes)


def _add_tags_menu(
    menu: QMenu, board: NoteBoard, ids: list[str], notes: list[Note], parent: QWidget | None
) -> None:
    """Tags: each tag of the canvas, ticked when every chosen note has it (a click puts it
    on all of them or takes it off), and Add tags… for new ones."""
    c = board.controller
    tags = menu.addMenu(QCoreApplication.translate("NoteMenu", "Tags"))
    tags.setObjectName("tag-menu")
    for tag in _known_tags(board):
        folded = tag.casefold()
        action = _action(tags, f"tag:{tag}", tag.replace("&", "&&"))
        action.setCheckable(True)
        action.setChecked(all(folded in {t.casefold() for t in n.tags} for n in notes))
        action.triggered.connect(lambda checked, t=tag: _toggle_tag(board, ids, t, checked))
    tags.addSeparator()

    def add_tags() -> None:
        answer = note_dialogs.ask_tags(_known_tags(board), parent)
        if answer:
            c.change_notes_tags(ids, add=answer)

    _action(tags, "tags:add", QCoreApplication.translate("NoteMenu", "Add tags…")).triggered.connect(add_tags)


def build_block_menu(board: NoteBoard, block: BlockId, pos: QPointF, parent: QWidget | None) -> QMenu:
    """The menu for empty space in a block: `pos` is the scene point right-clicked."""
    menu = QMenu(parent)
    c = board.controller

    def add_here() -> None:
        board.add_note_and_edit(block, centred_aim(pos))

    _action(menu, "add", QCoreApplication.translate("NoteMenu", "Add note here")).triggered.connect(add_here)
    paste = _action(menu, "paste", QCoreApplication.translate("NoteMenu", "Paste"))
    mime = QGuiApplication.clipboard().mimeData()
    paste.setEnabled(mime is not None and (mime.hasText() or bool(mime.formats())))
    paste.triggered.connect(lambda: _paste_clipboard(board, block, to_sheet(pos)))
    menu.addSeparator()
    arrange = _action(menu, "arrange", QCoreApplication.translate("NoteMenu", "Arrange notes"))
    arrange.setEnabled(bool(c.canvas.notes_in(block)))
    arrange.triggered.connect(lambda: c.arrange_blocks([block]))
    arrange_all = _action(menu, "arrange-all", QCoreApplication.translate("NoteMenu", "Arrange all blocks"))
    arrange_all.setEnabled(bool(c.canvas.notes))
    arrange_all.triggered.connect(lambda: c.arrange_blocks(list(BlockId)))
    return menu


def _paste_clipboard(board: NoteBoard, block: BlockId, point: tuple[float, float]) -> None:
    mime = QGuiApplication.clipboard().mimeData()
    if mime is not None:
        note_operations.paste(board, mime, block, point)
