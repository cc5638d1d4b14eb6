"""View > Present: the board full screen, its notes appearing one at a time.

Presenting is a state of the window, never of the document: the notes not yet revealed
are hidden on the board (`BoardScene.show_only`), and the canvas stays as it was. The
steps come from `model.presentation` (the canvas's presentation order); the keys from
`ui.presentation_keys`. Leaving puts back what presenting changed: the window state,
the menus, toolbars, docks and status bar, the zoom and the board's interactivity.

How far a presentation got is kept when it is left, so Resume picks it up (after the
facilitator reordered blocks in the panel, say); Present starts from the beginning.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QToolBar, QWidget

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.presentation import Presentation, progress_text
from canvas_editor.scene import board_keys, spoken_text
from canvas_editor.scene.board_view import ViewState
from canvas_editor.scene.geometry import block_rect
from canvas_editor.ui.presentation_keys import PRESENTING_KEYS

if TYPE_CHECKING:
    from canvas_editor.ui.main_window import MainWindow

_BLOCK_MARGIN = 12.0  # scene units around a block zoomed to
_OVERLAY_MARGIN = 16  # pixels between an overlay and the board's edge


@dataclass
class _Editor:
    """What presenting changes in the window, to put back on leaving."""

    window_state: Qt.WindowState
    layout: QByteArray  # toolbars and docks: where, how large, shown or not
    chrome: dict[QWidget, bool]  # menus, toolbars, docks, bars: shown or not
    view: ViewState
    interactive: bool
    frame: QFrame.Shape
    scroll_bars: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy]


class ProgressMark(QLabel):
    """The presenter's small progress mark at the board's bottom left corner."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_progress")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet(
            "QLabel { background: rgba(38, 50, 56, 170); color: white; border-radius: 6px;"
            " padding: 4px 10px; font-size: 15px; }"
        )
        self.hide()


class PresentationMode(QObject):
    """`presenting_changed(bool)` when the window enters or leaves the presentation."""

    presenting_changed = Signal(bool)

    def __init__(self, window: MainWindow, zoom_to_block: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._view = window.view
        self._controller = window.controller
        self._zoom_to_block = zoom_to_block
        self._presentation: Presentation | None = None  # kept after leaving, for Resume
        self._editor: _Editor | None = None  # set while presenting
        self.progress = ProgressMark(self._view)
        self._follow_timer = QTimer(self)  # edits while presenting: followed once per turn
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(0)
        self._follow_timer.timeout.connect(self._follow_canvas)
        self._commands: dict[str, Callable[[], object]] = {
            "next": lambda: self._step(self._current().next),
            "back": lambda: self._step(self._current().back),
            "first": lambda: self._step(self._current().to_start),
            "last": lambda: self._step(self._current().to_end),
            "leave": self.leave,
        }
        missing = board_keys.commands(PRESENTING_KEYS) - self._commands.keys()
        if missing:
            raise RuntimeError(f"presentation keys without a command: {sorted(missing)}")
        # Kept here: the filter compares with them while the window is being taken down.
        self._viewport = self._view.viewport()
        self._view.installEventFilter(self)  # keys
        self._viewport.installEventFilter(self)  # its size, once it has its new place
        window.installEventFilter(self)
        self._controller.canvas_reset.connect(self._canvas_replaced)
        for signal in (
            self._controller.note_added,
            self._controller.note_removed,
            self._controller.note_moved,
            self._controller.presentation_order_changed,
        ):
            signal.connect(self._canvas_edited)

    # ---- state ---------------------------------------------------------------------------

    def is_presenting(self) -> bool:
        return self._editor is not None

    @property
    def presentation(self) -> Presentation | None:
        """The presentation under way or left (Resume continues it); None before any."""
        return self._presentation

    def _current(self) -> Presentation:
        if self._presentation is None:
            self._presentation = Presentation(self._controller.canvas)
        return self._presentation

    def current_block(self) -> BlockId | None:
        """The block being presented (of the last note revealed), or None."""
        return self._presentation.current_block() if self._presentation is not None else None

    # ---- entering and leaving -----------------------------------------------------------

    def present(self) -> None:
        """Present from the beginning: no note shown yet."""
        if self.is_presenting():
            return  # a clicker's "start" key while presenting changes nothing
        self._presentation = Presentation(self._controller.canvas)
        self._enter()

    def resume(self) -> None:
        """Present from where the last presentation was left (the beginning if none)."""
        if self.is_presenting():
            return
        self._current().follow(self._controller.canvas)
        self._enter()

    def _enter(self) -> None:
        window, view = self._window, self._view
        view.board_scene.finish_edit()
        chrome = self._chrome()
        self._editor = _Editor(
            window.windowState(),
            window.saveState(),
            {w: w.isVisible() for w in chrome},
            view.view_state(),
            view.isInteractive(),
            view.frameShape(),
            (view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()),
        )
        for widget in chrome:
            widget.hide()
        view.setInteractive(False)  # a view state: clicks and drags change nothing
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        window.showFullScreen()
        self.progress.show()
        self._show_step()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.presenting_changed.emit(True)

    def _chrome(self) -> list[QWidget]:
        """Everything of the window but the board: menus, toolbars, docks, status and find bars."""
        window = self._window
        central = window.centralWidget()
        beside_board = (
            central.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if central is not None
            else []
        )
        bars = [w for w in window.findChildren(QWidget) if isinstance(w, QToolBar | QDockWidget)]
        others = [w for w in beside_board if w is not self._view]
        return [window.menuBar(), window.statusBar(), *others, *bars]

    def leave(self) -> None:
        """Back to the editor exactly as it was before presenting."""
        editor, self._editor = self._editor, None
        if editor is None:
            return
        window, view = self._window, self._view
        self._follow_timer.stop()
        self.progress.hide()
        view.board_scene.show_only(None)
        view.setInteractive(editor.interactive)
        view.setFrameShape(editor.frame)
        view.setHorizontalScrollBarPolicy(editor.scroll_bars[0])
        view.setVerticalScrollBarPolicy(editor.scroll_bars[1])
        window.setWindowState(editor.window_state)
        # A dock opened while presenting (the order panel, say) closes again, and the
        # docks get back the room they had.
        for widget in self._chrome():
            widget.setVisible(editor.chrome.get(widget, False))
        window.restoreState(editor.layout)
        view.restore_view_state(editor.view)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.presenting_changed.emit(False)

    # ---- steps --------------------------------------------------------------------------

    def _step(self, move: Callable[[], object]) -> None:
        if self._follow_timer.isActive():  # an edit not yet followed: the step goes by the new order
            self._follow_timer.stop()
            self._current().follow(self._controller.canvas)
        presentation = self._current()
        before = presentation.shown
        move()
        self._show_step()
        self._announce(before)

    def _announce(self, before: int) -> None:
        """Say what the step showed: the note revealed (its block too when the block
        starts with it), the note hidden again, else how many are shown (after a jump, or
        a step past either end)."""
        presentation, canvas = self._current(), self._controller.canvas
        shown, sequence = presentation.shown, presentation.sequence()
        if shown == before + 1:
            note = self._controller.note(sequence[shown - 1])
            previous = self._controller.note(sequence[shown - 2]) if shown > 1 else None
            message = spoken_text.revealed(canvas, note, previous is None or previous.block != note.block)
        elif shown == before - 1:
            message = spoken_text.hidden_again(self._controller.note(sequence[shown]))
        else:
            message = spoken_text.shown_count(shown, presentation.total)
        self._view.accessibility.say(message)

    def _show_step(self) -> None:
        """Show the revealed notes, zoom where the option says, and update the mark."""
        presentation = self._current()
        view = self._view
        view.board_scene.show_only(presentation.revealed())
        block = presentation.current_block()
        if block is not None and self._zoom_to_block():
            m = _BLOCK_MARGIN
            view.fit_area(block_rect(block).adjusted(-m, -m, m, m))
        else:
            view.fit_area(None)
        canvas = self._controller.canvas
        mark = progress_text(
            canvas.language, block or presentation.next_block(), presentation.shown, presentation.total
        )
        self.progress.setText(mark)
        self._place_overlays()

    def option_changed(self) -> None:
        """The zoom option was switched: a presentation under way follows it at once."""
        if self.is_presenting():
            self._show_step()

    def _canvas_edited(self, *_args: object) -> None:
        if self.is_presenting() and not self._follow_timer.isActive():
            self._follow_timer.start()

    def _follow_canvas(self) -> None:
        if self.is_presenting():
            self._current().follow(self._controller.canvas)
            self._show_step()

    def _canvas_replaced(self) -> None:
        """Another document in this window (open, revert, a reload): its own presentation."""
        if self.is_presenting():
            self._presentation = Presentation(self._controller.canvas)
            self._show_step()
        else:
            self._presentation = None

    def _place_overlays(self) -> None:
        view = self._view
        self.progress.adjustSize()
        area = view.viewport().geometry()
        margin = _OVERLAY_MARGIN
        self.progress.move(area.left() + margin, area.bottom() - self.progress.height() - margin)
        self.progress.raise_()

    # ---- keys ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window:
            if kind == QEvent.Type.Close:
                self.leave()  # the window's saved layout is the editor's, not the presentation's
            return False
        if watched is self._viewport:
            if kind == QEvent.Type.Resize and self.progress.isVisible():
                self._place_overlays()
            return False
        if self._editor is None or kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        entry = board_keys.match(event, PRESENTING_KEYS)
        if entry is None:
            return False
        if kind == QEvent.Type.KeyPress:
            self._commands[entry.command]()
        event.accept()  # also a ShortcutOverride: no window shortcut takes a presenting key
        return True
