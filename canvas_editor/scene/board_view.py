"""The board widget the window embeds: zoom, pan, keyboard, clipboard.

The view fits the sheet to the window on open and on every resize until the user
zooms; Ctrl+0 (zoom_fit) returns to fitting. Keys work when the view has focus; the
window's menus may call the same operations (cut, copy, paste, delete ...), which
live in scene/note_operations.py and scene/clipboard.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from canvas_editor.controller import DocumentController
from canvas_editor.model import layout, placement, reading_order
from canvas_editor.model.blocks import BlockId
from canvas_editor.scene import board_keys, note_operations, spoken_text
from canvas_editor.scene.board_accessibility import BoardAccessibility
from canvas_editor.scene.board_scene import BoardScene
from canvas_editor.scene.clipboard import put_on_clipboard
from canvas_editor.scene.desk import desk_colour
from canvas_editor.scene.fonts import register_fonts
from canvas_editor.scene.geometry import SHEET_RECT, to_sheet
from canvas_editor.scene.sheet_items import BLOCK_NUMBERS
from canvas_editor.scene.voting_clicks import VotingClicks

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
_BLOCK_FOR_DIGIT = {number: block for block, number in BLOCK_NUMBERS.items()}
_CTRL = Qt.KeyboardModifier.ControlModifier


class ViewState(NamedTuple):
    scale: float
    centre: QPointF  # the scene point at the middle of the viewport
    auto_fit: bool
    fit_area: QRectF | None


class BoardView(QGraphicsView):
    """`zoom_changed(scale)`: screen pixels per scene unit (1.0: the sheet is 1414 px wide)."""

    zoom_changed = Signal(float)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The viewport is made here rather than left to Qt: PySide first meets Qt's own
        # as a bare QWidget pointer and tries it against every widget class to find its
        # Python type, which builds them all (~28 ms at start-up; a Python-made one is
        # already known). It is the same plain QWidget.
        self.setViewport(QWidget())
        register_fonts()
        self._controller = controller
        self._scene = BoardScene(controller, self)
        self.setScene(self._scene)
        self._scene.header_edit_requested.connect(self.edit_header)
        self._auto_fit = True
        self._fit_area: QRectF | None = None  # what fitting fits; None: the whole sheet
        self._pan_from: QPoint | None = None
        self._space_down = False
        self._hover: QPoint | None = None  # last mouse position over the viewport
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setBackgroundBrush(desk_colour(self.palette()))  # not QBrush(...): ~3 ms, see NoteStyle.paint
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        controller.canvas_reset.connect(self.zoom_fit)
        self.voting = VotingClicks(self)  # voting mode (V): clicks give dots
        self._key_commands = self._board_key_commands()
        self.accessibility = BoardAccessibility(self, self._scene, controller)

    @property
    def board_scene(self) -> BoardScene:
        return self._scene

    @property
    def controller(self) -> DocumentController:
        return self._controller

    def zoom(self) -> float:
        return self.transform().m11()

    # ---- operations the window's menus call ---------------------------------------------

    def cut(self) -> None:
        if self._scene.is_editing():
            return
        ids = note_operations.face_up_ids(self._scene, self._scene.selected_note_ids())
        if ids:
            self.copy()
            note_operations.delete_notes(self._scene, ids)

    def copy(self) -> None:
        if self._scene.is_editing():
            return
        mime = note_operations.copy_notes(self._scene, self._scene.selected_note_ids())
        if mime is not None:
            put_on_clipboard(mime)

    def paste(self) -> None:
        """Paste into the block aimed at (see `aim`), at the mouse when it is over that block."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None:
            block, point = self.aim()
            note_operations.paste(self._scene, mime, block, point)

    def delete_selected(self) -> None:
        ids = self._scene.selected_note_ids()
        if ids:
            note_operations.delete_notes(self._scene, ids)

    def duplicate_selected(self) -> None:
        ids = self._scene.selected_note_ids()
        if ids:
            note_operations.duplicate_notes(self._scene, ids)

    def select_all(self) -> None:
        self._scene.finish_edit()
        self._scene.select_notes([n.id for n in self._controller.canvas.notes])

    def add_note_at_cursor(self) -> None:
        """N / Ctrl+Enter: a new note, in edit mode, in the target block: centred on the
        mouse when it is over that block and the spot is free, else at the nearest free
        place (without the mouse there, at the block's first free place)."""
        block, point = self.aim()
        aim = placement.centred_aim(*point) if point is not None else None
        self._scene.add_note_and_edit(block or self.target_block(), aim)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_selected(self) -> None:
        ids = self._scene.selected_note_ids()
        if ids:
            self._scene.edit_note(ids[-1])
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def nudge_selected(self, dx: float, dy: float) -> None:
        ids = self._scene.selected_note_ids()
        if ids:
            note_operations.nudge_notes(self._scene, ids, dx, dy)

    def step_note(self, step: int) -> None:
        """Arrow keys: select the next (+1) or previous (-1) note in reading order."""
        scene = self._scene
        scene.finish_edit()
        current = self.accessibility.current_note
        # The notes on show: while presenting, those not yet revealed are not walked to.
        notes = [n for n in self._controller.canvas.notes if scene.is_shown(n.id)]
        start_block = scene.chosen_block if current is None else None
        target = reading_order.step_from(notes, current, step, start_block)
        if target is None:
            self.accessibility.say(spoken_text.end_of_board(step, bool(notes)))
            return
        scene.choose_block(None)
        scene.select_notes([target.id])
        self.accessibility.set_current_note(target.id)
        item = scene.note_item(target.id)
        if item is not None:
            self.ensureVisible(item, 40, 40)

    def vote_on_current(self, take_back: bool) -> None:
        """Voting mode's keys: a dot on (or back from) the note the keyboard is on."""
        note_id = self.accessibility.current_note
        if note_id is None:
            self._scene.status_message.emit(spoken_text.no_note_to_vote_on())  # as a refused dot is
            return
        self.voting.vote(note_id, take_back=take_back)

    def open_keyboard_menu(self) -> None:
        """Shift+F10 or the Menu key: the menu of the selected notes (at the current one),
        else of the aimed block (at its centre), with its first entry current."""
        from canvas_editor.scene.menu_keys import exec_from_keyboard  # menus load on first use
        from canvas_editor.scene.note_menu import build_block_menu, build_note_menu

        scene = self._scene
        scene.finish_edit()
        ids = scene.selected_note_ids()
        item = scene.note_item(self.accessibility.current_note or ids[-1]) if ids else None
        if item is not None:
            at = item.sceneBoundingRect().center()
            menu = build_note_menu(scene, ids, self)
        else:
            block = self.target_block()
            at = scene.block_item(block).sceneBoundingRect().center()
            menu = build_block_menu(scene, block, at, self)
        exec_from_keyboard(menu, self.viewport().mapToGlobal(self.mapFromScene(at)))
        menu.deleteLater()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            event.accept()
            self.open_keyboard_menu()
            return
        super().contextMenuEvent(event)

    def target_block(self) -> BlockId:
        """Where N and plain-text paste put notes: the aimed block (see `aim`), else Value
        Propositions."""
        return self.aim()[0] or BlockId.VALUE_PROPOSITIONS

    def aim(self) -> tuple[BlockId | None, tuple[float, float] | None]:
        """The block the user aims at, and the sheet point under the mouse when it is in
        that block: the block chosen with 1..9, else the block under the mouse, else the
        selected note's block, else none (pasted notes then go back to their own blocks)."""
        scene = self._scene
        mouse = to_sheet(self.mapToScene(self._hover)) if self._hover is not None else None
        under_mouse = layout.block_at(*mouse) if mouse is not None else None
        block = scene.chosen_block or under_mouse
        if block is None:
            ids = scene.selected_note_ids()
            block = self._controller.note(ids[-1]).block if ids else None
        return block, mouse if block is not None and block == under_mouse else None

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP, anchor_mouse=False)

    def zoom_out(self) -> None:
        self._zoom_by(1.0 / ZOOM_STEP, anchor_mouse=False)

    def zoom_fit(self) -> None:
        """Fit the sheet to the window, and keep fitting on resize."""
        self.fit_area(None)

    def fit_area(self, area: QRectF | None) -> None:
        """Fit a scene rectangle (None: the sheet) to the window, and keep fitting it on resize."""
        self._fit_area = area
        self._auto_fit = True
        self._fit()

    def view_state(self) -> ViewState:
        """Where the board is looking, for `restore_view_state` (a presentation's way back)."""
        centre = self.mapToScene(self.viewport().rect().center())
        return ViewState(self.zoom(), centre, self._auto_fit, self._fit_area)

    def restore_view_state(self, state: ViewState) -> None:
        self._fit_area = state.fit_area
        self._auto_fit = state.auto_fit
        if state.auto_fit:
            self._fit()
        else:
            self._set_scale(state.scale)
            self.centerOn(state.centre)

    def edit_header(self) -> None:
        self._scene.finish_edit()
        from canvas_editor.scene import dialogs  # on first use: dialogs cost start-up time

        values = dialogs.ask_header(self._controller.canvas, self.window())
        if values is not None:
            self._controller.set_header(**values)

    # ---- zoom and pan -------------------------------------------------------------------

    def _fit(self) -> None:
        area = self.viewport().rect()
        if area.width() <= 1 or area.height() <= 1:
            return
        target = self._fit_area if self._fit_area is not None else self._scene.sceneRect()
        # A hair smaller than exact, so rounding never brings up the scroll bars.
        scale = min(area.width() / target.width(), area.height() / target.height()) * 0.998
        self._set_scale(scale)
        self.centerOn(target.center() if self._fit_area is not None else SHEET_RECT.center())

    def _set_scale(self, scale: float) -> None:
        if abs(scale - self.zoom()) > 1e-9:
            self._scene.view_moved()
            self.setTransform(QTransform.fromScale(scale, scale))
            self.zoom_changed.emit(scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._scene.fit_sheet_pictures(self.transform(), self.viewport().size())
        super().paintEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self._scene.view_moved()
        super().scrollContentsBy(dx, dy)

    def _zoom_by(self, factor: float, anchor_mouse: bool) -> None:
        self._auto_fit = False
        scale = min(max(self.zoom() * factor, MIN_ZOOM), MAX_ZOOM)
        anchor = (
            QGraphicsView.ViewportAnchor.AnchorUnderMouse
            if anchor_mouse
            else QGraphicsView.ViewportAnchor.AnchorViewCenter
        )
        self.setTransformationAnchor(anchor)
        self._set_scale(scale)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._auto_fit:
            self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & _CTRL:
            delta = event.angleDelta().y()
            if delta:
                self._zoom_by(1.0015**delta, anchor_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    def _start_pan(self, pos: QPoint) -> None:
        self._scene.finish_edit()
        self._pan_from = pos
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def _pan_to(self, pos: QPoint) -> None:
        if self._pan_from is None:
            return
        delta = pos - self._pan_from
        self._pan_from = pos
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())

    def _end_pan(self) -> None:
        self._pan_from = None
        if self._space_down:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._hover = event.position().toPoint()
        button = event.button()
        # A click hands the choice of block (keys 1..9) back to the mouse.
        self._scene.choose_block(None)
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space_down
        ):
            self._start_pan(event.position().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._hover = event.position().toPoint()
        if self._pan_from is not None:
            self._pan_to(event.position().toPoint())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._end_pan()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        event.accept()  # the board is the end of the line for mouse events

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the desktop turned light or dark
            self.setBackgroundBrush(desk_colour(self.palette()))
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "accessibility"):
            self.accessibility.refresh()  # its name and description, reworded
        super().changeEvent(event)

    # ---- keyboard -----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # In voting mode Delete takes a dot back: the window's Delete (a shortcut) must
        # not take the key first and delete the note.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.voting.is_active()
            and not self._scene.is_editing()
            and board_keys.match(event, board_keys.VOTING_KEYS) is not None
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._scene.is_editing():
            super().keyPressEvent(event)
            return
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_down:
            self._space_down = False
            if self._pan_from is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        """Run the board command of a key declared in board_keys; False if it is not one."""
        entry = board_keys.match(event, board_keys.VOTING_KEYS) if self.voting.is_active() else None
        entry = entry or board_keys.match(event)
        if entry is None:
            return False
        self._key_commands[entry.command](event)
        event.accept()
        return True

    def _board_key_commands(self) -> dict[str, Callable[[QKeyEvent], object]]:
        """What each board_keys.BOARD_KEYS command does (the help's list comes from there)."""
        stack = self._controller.undo_stack

        def choose_block(event: QKeyEvent) -> None:
            self._scene.choose_block(_BLOCK_FOR_DIGIT[event.key() - Qt.Key.Key_0])

        def nudge(far: bool) -> Callable[[QKeyEvent], None]:
            def run(event: QKeyEvent) -> None:
                dx, dy = board_keys.ARROWS[event.key()]
                step = note_operations.NUDGE_STEP * (5.0 if far else 1.0)
                self.nudge_selected(dx * step, dy * step)

            return run

        def clear(_event: QKeyEvent) -> None:
            self._scene.choose_block(None)
            self._scene.clearSelection()
            self._scene.set_segment_focus(None)
            self.voting.set_active(False)

        def start_pan(event: QKeyEvent) -> None:
            if not event.isAutoRepeat():
                self._space_down = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

        commands: dict[str, Callable[[QKeyEvent], object]] = {
            "undo": lambda _e: stack.undo(),
            "redo": lambda _e: stack.redo(),
            "copy": lambda _e: self.copy(),
            "cut": lambda _e: self.cut(),
            "paste": lambda _e: self.paste(),
            "select_all": lambda _e: self.select_all(),
            "duplicate": lambda _e: self.duplicate_selected(),
            "zoom_in": lambda _e: self.zoom_in(),
            "zoom_out": lambda _e: self.zoom_out(),
            "zoom_fit": lambda _e: self.zoom_fit(),
            "delete": lambda _e: self.delete_selected(),
            "add_note": lambda _e: self.add_note_at_cursor(),
            "edit": lambda _e: self.edit_selected(),
            "choose_block": choose_block,
            "next_note": lambda _e: self.step_note(+1),
            "previous_note": lambda _e: self.step_note(-1),
            "context_menu": lambda _e: self.open_keyboard_menu(),
            "nudge": nudge(far=False),
            "nudge_far": nudge(far=True),
            "clear": clear,
            "pan": start_pan,
            "voting": lambda _e: self.voting.set_active(not self.voting.is_active()),
            "give_dot": lambda _e: self.vote_on_current(take_back=False),
            "take_back_dot": lambda _e: self.vote_on_current(take_back=True),
        }
        declared = board_keys.commands(board_keys.BOARD_KEYS) | board_keys.commands(board_keys.VOTING_KEYS)
        missing = declared - commands.keys()
        if missing:
            raise RuntimeError(f"board keys without a command: {sorted(missing)}")
        return commands
