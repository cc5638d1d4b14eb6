"""The board's graphics scene: mirrors the controller's canvas, turns gestures into edits.

The scene listens to the controller's fine-grained signals and keeps an id -> item
map; items hold no document. A drag is one undo step: start positions are recorded
on press, and one move command is pushed on release (the model is not touched while
the mouse moves).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QMenu, QToolTip, QWidget

from canvas_editor.controller import DocumentController
from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.reading_order import reading_key
from canvas_editor.scene.geometry import SHEET_RECT, centred_aim, drop_aim, note_top_left, to_sheet
from canvas_editor.scene.note_item import NoteItem
from canvas_editor.scene.note_resize import CornerResize, on_grip
from canvas_editor.scene.note_showing import NoteShowing
from canvas_editor.scene.note_style import NoteStyle
from canvas_editor.scene.occlusion import Box, Layer, Occlusion
from canvas_editor.scene.segment_marks import SegmentMarks
from canvas_editor.scene.sheet_items import AttributionItem, BlockItem, HeaderItem, SheetItem

if TYPE_CHECKING:
    # For annotations only: PySide builds a class's Python type when it is first
    # imported, and the scene's event types (~4 ms) wait for the first mouse event.
    from PySide6.QtWidgets import (
        QGraphicsSceneContextMenuEvent,
        QGraphicsSceneHelpEvent,
        QGraphicsSceneMouseEvent,
    )

    from canvas_editor.model.placement import Aim
    from canvas_editor.model.private_writing import Brainstorm
    from canvas_editor.scene.edit_session import EditSession

_LIFT = 1_000_000.0  # added to the z of notes while they are dragged
_SCENE_MARGIN = 16.0  # grey border around the sheet when it fits the window


class BoardScene(NoteShowing, QGraphicsScene):
    header_edit_requested = Signal()
    block_chosen = Signal()  # keys 1..9 picked a block, or the pick was cleared
    segment_focus_changed = Signal(object)  # the focused segment's id, or None
    status_message = Signal(str)  # a one-line answer to a gesture, for the window's status bar

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._style = NoteStyle()
        self._items: dict[str, NoteItem] = {}
        self._counts: Counter[BlockId] = Counter()
        self._session: EditSession | None = None
        self._drag_start: dict[str, QPointF] = {}
        self._resize: CornerResize | None = None  # a note's corner being dragged
        self._lifted: dict[str, float] = {}  # z of dragged notes before the drag
        self._chosen_block: BlockId | None = None
        self._top_z = -1.0  # the highest z given to a note
        self._restack_pending = False
        self._emphasis: frozenset[str] | None = None  # notes a search found; None: no search
        self._caching_for: set[str] = set()  # "drag", "search": why note pictures are cached
        self._fading_panels: set[str] = set()  # open panels that fade notes: pictures wanted
        self._shown: frozenset[str] | None = None  # notes a presentation has revealed; None: all
        self._focus: str | None = None  # the segment whose notes stay bright; None: no focus
        self.brainstorm: Brainstorm | None = None  # while set, new notes go face down (ui/brainstorm.py)
        # Notes wholly under others are not painted on screen; every change to where
        # notes are, their stacking or their opacity below calls _notes_rearranged().
        sheet = Box(SHEET_RECT.left(), SHEET_RECT.top(), SHEET_RECT.right(), SHEET_RECT.bottom())
        self.occlusion = Occlusion(self._note_layers, sheet)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setSceneRect(SHEET_RECT.adjusted(-_SCENE_MARGIN, -_SCENE_MARGIN, _SCENE_MARGIN, _SCENE_MARGIN))
        # Every item keeps a Python reference here: PySide deletes an item whose last
        # Python wrapper goes away after QGraphicsScene.items() handed it out.
        self._sheet = SheetItem()
        self._blocks = {block: BlockItem(block) for block in BlockId}
        self._header = HeaderItem()
        self._attribution = AttributionItem()
        for item in (self._sheet, *self._blocks.values(), self._header, self._attribution):
            self.addItem(item)
        controller.note_added.connect(self._on_note_added)
        controller.note_removed.connect(self._on_note_removed)
        controller.note_changed.connect(self._on_note_changed)
        controller.note_moved.connect(self._on_note_moved)
        controller.notes_reordered.connect(self._restack)
        controller.undo_stack.indexChanged.connect(self._restack_if_pending)
        controller.header_changed.connect(self._on_header_changed)
        controller.canvas_reset.connect(self._rebuild)
        self._rebuild()
        # After the scene's own connections: its items exist when the marks are set.
        self.segment_marks = SegmentMarks(self, controller)

    @property
    def controller(self) -> DocumentController:
        return self._controller

    # ---- queries ------------------------------------------------------------------------

    def note_item(self, note_id: str) -> NoteItem | None:
        return self._items.get(note_id)

    def block_item(self, block: BlockId) -> BlockItem:
        return self._blocks[block]

    @property
    def header_item(self) -> HeaderItem:
        return self._header

    @property
    def attribution_item(self) -> AttributionItem:
        return self._attribution

    def selected_note_ids(self) -> list[str]:
        """Selected notes in stacking order (back to front)."""
        ids = [i.note_id for i in self.selectedItems() if isinstance(i, NoteItem)]
        return sorted(ids, key=self._controller.note_position)

    def select_notes(self, ids: list[str]) -> None:
        wanted = set(ids)
        for item in self.selectedItems():
            if not isinstance(item, NoteItem) or item.note_id not in wanted:
                item.setSelected(False)
        for note_id in ids:
            note_item = self._items.get(note_id)
            if note_item is not None:
                note_item.setSelected(True)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Show the tooltip of the note under the mouse (notes build theirs on demand)."""
        item = self.note_at(event.scenePos())
        text = item.tooltip_text() if item is not None else ""
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
        else:
            QToolTip.hideText()
        event.setAccepted(bool(text))

    def note_at(self, pos: QPointF) -> NoteItem | None:
        """The topmost note under a scene point (also when its editor is hit)."""
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder):
            while item is not None and not isinstance(item, NoteItem):
                item = item.parentItem()
            if item is not None:
                return item
        return None

    def block_at(self, pos: QPointF) -> BlockId | None:
        return layout.block_at(*to_sheet(pos))

    @property
    def chosen_block(self) -> BlockId | None:
        """The block picked with keys 1..9 (highlighted), if any."""
        return self._chosen_block

    def choose_block(self, block: BlockId | None) -> None:
        if block is None and self._chosen_block is None:
            return
        if self._chosen_block is not None:
            self._blocks[self._chosen_block].set_chosen(False)
        self._chosen_block = block
        if block is not None:
            self._blocks[block].set_chosen(True)
        self.block_chosen.emit()

    # ---- editing ------------------------------------------------------------------------

    def is_editing(self) -> bool:
        return self._session is not None

    def editing_note_id(self) -> str | None:
        return self._session.note_id if self._session is not None else None

    def edit_note(self, note_id: str, draft_session: int | None = None) -> None:
        """Open the in-place editor on a note (closing any other edit first)."""
        self.finish_edit()
        item = self._items.get(note_id)
        if item is None:
            return
        if item.note.hidden and draft_session is None:
            self.status_message.emit(
                QCoreApplication.translate(
                    "Board", "That note is face down: its words show once the notes are revealed"
                )
            )
            return
        self.select_notes([note_id])
        # Imported on first use: the editor and menus are not needed to show the board,
        # and their Qt classes cost start-up time.
        from canvas_editor.scene.edit_session import EditSession

        self._session = EditSession(
            self._controller,
            item,
            self._style,
            on_done=self.finish_edit,
            on_step=self._edit_neighbour,
            draft_session=draft_session,
        )

    def finish_edit(self) -> None:
        """Commit the edit in progress (the model already has the text); no-op when none."""
        session, self._session = self._session, None
        if session is not None:
            session.close(commit=True)

    def add_note_and_edit(self, block: BlockId, aim: Aim | None = None) -> str:
        """A new note, already in edit mode: where aimed (a sheet point for its corner) if
        that spot is free, else at the nearest free place; without an aim, at the block's
        first free place."""
        self.finish_edit()
        draft = self._controller.new_text_session()
        brainstorm = self.brainstorm
        if brainstorm is not None and not brainstorm.covers(block):
            brainstorm = None
        author = brainstorm.author if brainstorm is not None else ""
        note_id = self._controller.add_note(
            block, aim=aim, draft_session=draft, hidden=brainstorm is not None, author=author
        )
        self.edit_note(note_id, draft_session=draft)
        return note_id

    def _edit_neighbour(self, step: int) -> None:
        """Tab / Shift+Tab: edit the next or previous note of the same block (reading order)."""
        session = self._session
        if session is None:
            return
        note_id = session.note_id
        block = self._controller.note(note_id).block
        self.finish_edit()
        in_block = [n for n in self._controller.canvas.notes if n.block == block]
        if not in_block:
            return
        order = sorted(in_block, key=reading_key)
        ids = [n.id for n in order]
        target = ids[(ids.index(note_id) + step) % len(ids)] if note_id in ids else ids[0]
        self.edit_note(target)

    # ---- mirroring the controller -------------------------------------------------------

    def _rebuild(self) -> None:
        self._abandon_edit()
        for item in self._items.values():
            self.removeItem(item)
        self._items.clear()
        self._counts.clear()
        for z, note in enumerate(self._controller.canvas.notes):
            self._create_item(note.id, float(z))
        self._top_z = float(len(self._items) - 1)
        self._restack_pending = False
        self._notes_rearranged()
        for block, block_item in self._blocks.items():
            block_item.set_empty(self._counts[block] == 0)
        self._on_header_changed()

    def _create_item(self, note_id: str, z: float) -> NoteItem:
        note = self._controller.note(note_id)
        item = NoteItem(note, self._style, self.occlusion)
        item.setZValue(z)
        item.setPos(note_top_left(note.block, note.x, note.y, note.size))
        if self._caching_for:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if self._emphasis is not None or self._focus is not None:
            item.set_emphasis(self._emphasis_of(note_id))
        if self._shown is not None and note_id not in self._shown:
            item.setVisible(False)
        self.addItem(item)
        self._items[note_id] = item
        self._counts[note.block] += 1
        self._notes_rearranged()
        return item

    def _on_note_added(self, note_id: str) -> None:
        item = self._create_item(note_id, self._z_for(note_id))
        self._blocks[item.note.block].set_empty(False)

    def _on_note_removed(self, note_id: str) -> None:
        if self._session is not None and self._session.note_id == note_id:
            self._abandon_edit()
        item = self._items.pop(note_id, None)
        if item is None:
            return
        self._drag_start.pop(note_id, None)
        block = item.note.block
        self._counts[block] -= 1
        if self._counts[block] <= 0:
            self._blocks[block].set_empty(True)
        self.removeItem(item)
        self._notes_rearranged()

    def _on_note_changed(self, note_id: str) -> None:
        item = self._items.get(note_id)
        if item is None:
            return
        item.set_note(self._controller.note(note_id))
        if self._focus is not None:  # a note that joined or left the focused segment
            item.set_emphasis(self._emphasis_of(note_id))
            self._notes_rearranged()
        if self._session is not None and self._session.note_id == note_id:
            self._session.note_changed()

    def _on_note_moved(self, note_id: str) -> None:
        item = self._items.get(note_id)
        if item is None:
            return
        note = self._controller.note(note_id)
        old_block = item.note.block
        if note.block != old_block:
            self._counts[old_block] -= 1
            self._counts[note.block] += 1
            self._blocks[old_block].set_empty(self._counts[old_block] <= 0)
            self._blocks[note.block].set_empty(False)
        item.set_note(note)
        item.setPos(note_top_left(note.block, note.x, note.y, note.size))
        self._notes_rearranged()

    def _z_for(self, note_id: str) -> float:
        """Stacking follows the canvas's note order. A note added at the end goes on top;
        one put back in the middle (undo of a delete) gets a provisional z, and the whole
        board is restacked once when the undo step is complete."""
        notes = self._controller.canvas.notes
        index = self._controller.note_position(note_id)
        if index == len(notes) - 1:
            self._top_z += 1.0
            return self._top_z
        self._restack_pending = True
        return float(index)

    def _restack_if_pending(self) -> None:
        if self._restack_pending:
            self._restack()

    def _restack(self) -> None:
        self._restack_pending = False
        notes = self._controller.canvas.notes
        for z, note in enumerate(notes):
            item = self._items.get(note.id)
            if item is not None:
                item.setZValue(float(z))
        self._top_z = float(len(notes) - 1)
        self._notes_rearranged()

    def _on_header_changed(self) -> None:
        canvas = self._controller.canvas
        self._header.set_canvas(canvas)
        for item in self._blocks.values():
            item.set_language(canvas.language)
        self._attribution.set_language(canvas.language)

    def retranslate(self) -> None:
        """The board's tips in the window's language, after it changes."""
        self._header.retranslate()

    def _abandon_edit(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.close(commit=False)

    # ---- gestures -----------------------------------------------------------------------

    def _on_editor(self, pos: QPointF) -> bool:
        session = self._session
        if session is None:
            return False
        editor = session.editor
        return editor.contains(editor.mapFromScene(pos))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._session is not None and not self._on_editor(event.scenePos()):
            self.finish_edit()
        if event.button() == Qt.MouseButton.LeftButton and self._start_resize(event.scenePos()):
            event.accept()
            return
        _shift_selects_like_ctrl(event)
        super().mousePressEvent(event)
        self._drag_start = {}
        if event.button() == Qt.MouseButton.LeftButton and self._session is None:
            grabbed = self.mouseGrabberItem()
            if isinstance(grabbed, NoteItem):
                self._drag_start = {
                    i.note_id: i.pos() for i in self.selectedItems() if isinstance(i, NoteItem)
                }
                self._drag_start.setdefault(grabbed.note_id, grabbed.pos())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resize is not None:
            self._resize.move(event.scenePos())
            self._notes_rearranged()
            event.accept()
            return
        if event.buttons() == Qt.MouseButton.NoButton:
            self._show_grip(event)
        _shift_selects_like_ctrl(event)
        if self._drag_start and not self._lifted:
            self._cache_notes("drag", True)
            # Dragged notes ride above all others until they are dropped.
            for note_id in self._drag_start:
                item = self._items.get(note_id)
                if item is not None:
                    self._lifted[note_id] = item.zValue()
                    item.setZValue(item.zValue() + _LIFT)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resize is not None:
            resize, self._resize = self._resize, None
            if resize.size != resize.item.note.size:
                self._controller.set_notes_size([resize.item.note_id], resize.size)
            resize.cancel()  # shows the size the model has now
            self._notes_rearranged()
            event.accept()
            return
        _shift_selects_like_ctrl(event)
        super().mouseReleaseEvent(event)
        lifted, self._lifted = self._lifted, {}
        if lifted:
            self._cache_notes("drag", False)
        for note_id, z in lifted.items():
            item = self._items.get(note_id)
            if item is not None:
                item.setZValue(z)
        if event.button() == Qt.MouseButton.LeftButton and self._drag_start:
            start, self._drag_start = self._drag_start, {}
            self._commit_drag(start)
        self._notes_rearranged()

    def _start_resize(self, pos: QPointF) -> bool:
        """A press on a selected note's bottom-right corner starts resizing it."""
        if self._session is not None:
            return False
        item = self.note_at(pos)
        if item is None or not on_grip(item, pos):
            return False
        self._resize = CornerResize(item, pos)
        return True

    def _show_grip(self, event: QGraphicsSceneMouseEvent) -> None:
        """The resize cursor over a selected note's corner, while no button is down."""
        viewport = event.widget()
        if viewport is None:
            return
        item = self.note_at(event.scenePos()) if self._session is None else None
        over = item is not None and on_grip(item, event.scenePos())
        if over and viewport.cursor().shape() == Qt.CursorShape.ArrowCursor:
            viewport.setCursor(Qt.CursorShape.SizeFDiagCursor)
        elif not over and viewport.cursor().shape() == Qt.CursorShape.SizeFDiagCursor:
            viewport.unsetCursor()

    def _notes_rearranged(self) -> None:
        """Notes were added, removed, moved, restacked or faded: hidden ones change."""
        self.occlusion.invalidate()

    def _note_layers(self) -> list[Layer]:
        """Every shown note as the occlusion grid needs it, the last painted first.

        Qt paints by z, and notes of equal z in the order they were added; the dict
        keeps that order, and a stable sort of its reverse puts the last painted first.
        """
        bounds, paper = self._style.bounds, self._style.body
        bl, bt, br, bb = bounds.left(), bounds.top(), bounds.right(), bounds.bottom()
        pl, pt, pr, pb = paper.left(), paper.top(), paper.right(), paper.bottom()
        layers = []
        for item in reversed(self._items.values()):
            if item.isVisible():
                x, y, k = item.x(), item.y(), item.scale()
                paper_box = Box(x + pl * k, y + pt * k, x + pr * k, y + pb * k)
                opaque = paper_box if item.paints_opaque_paper() else None
                bounds_box = Box(x + bl * k, y + bt * k, x + br * k, y + bb * k)
                layers.append((item.zValue(), Layer(item, bounds_box, opaque)))
        layers.sort(key=lambda pair: pair[0], reverse=True)
        return [layer for _, layer in layers]

    def _commit_drag(self, start: dict[str, QPointF]) -> None:
        """One step for the whole drag: each note goes to the block under its centre, where
        dropped if that spot is free, else to the nearest free place (model/placement.py)."""
        aims: dict[str, tuple[BlockId, Aim | None]] = {}
        for note_id, origin in start.items():
            item = self._items.get(note_id)
            if item is not None and item.pos() != origin:
                aims[note_id] = drop_aim(item.pos(), item.note.size)
        if not aims:
            return
        self._controller.place_notes(aims)
        # Snap every dragged note to where the model has it (also when nothing changed).
        for note_id in aims:
            item = self._items.get(note_id)
            if item is not None and self._controller.has_note(note_id):
                note = self._controller.note(note_id)
                item.setPos(note_top_left(note.block, note.x, note.y, note.size))

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if event.button() != Qt.MouseButton.LeftButton or self._on_editor(pos):
            super().mouseDoubleClickEvent(event)
            return
        event.accept()
        note = self.note_at(pos)
        if note is not None:
            self.edit_note(note.note_id)
            return
        if self._header.rect.contains(pos):
            self.header_edit_requested.emit()
            return
        block = self.block_at(pos)
        if block is not None:
            self.add_note_and_edit(block, centred_aim(pos))

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        pos = event.scenePos()
        if self._on_editor(pos):
            super().contextMenuEvent(event)
            return
        self.finish_edit()
        from canvas_editor.scene.note_menu import build_block_menu, build_note_menu

        note = self.note_at(pos)
        menu: QMenu | None
        if note is not None:
            if not note.isSelected():
                self.select_notes([note.note_id])
            menu = build_note_menu(self, self.selected_note_ids(), event.widget())
        else:
            block = self.block_at(pos)
            menu = build_block_menu(self, block, pos, event.widget()) if block is not None else None
        if menu is not None:
            event.accept()
            menu.exec(event.screenPos())
            menu.deleteLater()


def _shift_selects_like_ctrl(event: QGraphicsSceneMouseEvent) -> None:
    """Shift-click toggles a note in the selection, as Ctrl-click does in Qt."""
    if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)
