"""The outline panel: the canvas as a keyboard- and screen-reader-friendly tree.

Items of a QGraphicsScene are invisible to screen readers; this tree is their way in.
Every row has an accessible name and description, every action has a key (Enter or
F2 edits, Insert adds, the context menu moves a note to another block, Delete and
the other Edit menu keys act on the selection, which is the board's selection).

Selection is shared with the board both ways. Board to tree is deferred to the event
loop: selecting 2,000 notes on the board emits 2,000 selectionChanged signals, and
the tree follows once. The dock (ui/outline_dock.py) imports this module and builds
the panel the first time it is shown, so a window whose outline stays closed pays
nothing for it, not even the import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.scene import board_keys
from canvas_editor.scene.board_keys import BoardKey
from canvas_editor.scene.board_view import BoardView
from canvas_editor.ui import outline_keys
from canvas_editor.ui.outline_model import BLOCK_ORDER, NOTE_COLUMN, SEGMENT_COLUMN, OutlineModel

Index = QModelIndex | QPersistentModelIndex
_EDITOR_LINES = 4
_SEGMENT_CHARS = 14
# The key the window's Delete command takes, as the menu shows it beside the item.
_DELETE_KEY = "Del"


class _NoteTextEditor(QPlainTextEdit):
    """Multi-line plain text with the keys of `outline_keys.OUTLINE_EDITOR_KEYS`."""

    def __init__(self, parent: QWidget, delegate: NoteTextDelegate) -> None:
        super().__init__(parent)
        self._delegate = delegate
        self.setAccessibleName(QCoreApplication.translate("Outline", "Note text"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "Outline", "Enter saves, Shift+Enter starts a new line, Escape cancels"
            )
        )
        self.setTabChangesFocus(True)  # leaving saves (the delegate commits on focus out)
        self._commands = _commands_for(outline_keys.OUTLINE_EDITOR_KEYS, self._key_commands())

    def _key_commands(self) -> dict[str, Callable[[], object]]:
        hint = QAbstractItemDelegate.EndEditHint
        return {
            "save": lambda: self._close(save=True, hint=hint.NoHint),
            "new_line": lambda: self.insertPlainText("\n"),
            "cancel": lambda: self._close(save=False, hint=hint.RevertModelCache),
        }

    def _close(self, save: bool, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if save:
            self._delegate.commitData.emit(self)
        self._delegate.closeEditor.emit(self, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        entry = board_keys.match(event, outline_keys.OUTLINE_EDITOR_KEYS)
        if entry is None:
            super().keyPressEvent(event)
            return
        self._commands[entry.command]()
        event.accept()


class NoteTextDelegate(QStyledItemDelegate):
    """Edits a note's whole text (newlines kept) in place in the tree."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return _NoteTextEditor(parent, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt's delegate takes Escape (and Tab) before the editor sees them; the editor's
        # key table decides instead, so a key the table does not list reaches the editor.
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, _NoteTextEditor):
            return False
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        index.model().setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * _EDITOR_LINES + 8))
        editor.setGeometry(rect)


class OutlineTree(QTreeView):
    """The tree with the keys of `outline_keys.OUTLINE_KEYS` (F2 and Enter edit, Insert adds)."""

    def __init__(self, panel: OutlinePanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self._commands = _commands_for(
            outline_keys.OUTLINE_KEYS,
            {"edit": self._edit_current, "open": self._open_current, "add_note": panel.add_note},
        )

    def _edit_current(self) -> None:
        current = self.currentIndex()
        if self._panel.model.note_id_at(current) is not None:
            self.edit(current.siblingAtColumn(NOTE_COLUMN))

    def _open_current(self) -> None:
        current = self.currentIndex()
        if self._panel.model.note_id_at(current) is not None:
            self.edit(current.siblingAtColumn(NOTE_COLUMN))
        elif current.isValid():
            self.setExpanded(current.siblingAtColumn(NOTE_COLUMN), not self.isExpanded(current))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        entry = None
        if self.state() != QAbstractItemView.State.EditingState:
            entry = board_keys.match(event, outline_keys.OUTLINE_KEYS)
        if entry is None:
            super().keyPressEvent(event)
            return
        self._commands[entry.command]()
        event.accept()


def _commands_for(
    table: tuple[BoardKey, ...], commands: dict[str, Callable[[], object]]
) -> dict[str, Callable[[], object]]:
    """The commands of a key table, refusing a table entry that has none behind it."""
    missing = board_keys.commands(table) - commands.keys()
    if missing:
        raise RuntimeError(f"outline keys without a command: {sorted(missing)}")
    return commands


class OutlinePanel(QWidget):
    def __init__(
        self, controller: DocumentController, view: BoardView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._view = view
        self._scene = view.board_scene
        self._syncing = False
        self._drafts: dict[str, int] = {}  # notes added from the tree, still in their first edit
        # Connected before the model's own handler, so it runs before the row goes.
        controller.note_removed.connect(self._before_row_removed)
        self.model = OutlineModel(controller, self)
        self.model.text_session = self._text_session
        self.tree = OutlineTree(self)
        tree = self.tree
        tree.setObjectName("outline_tree")
        tree.setModel(self.model)
        self._name_tree()
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # No EditKeyPressed: the edit keys come from outline_keys, like the others.
        tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setDropIndicatorShown(True)
        self._delegate = NoteTextDelegate(tree)
        tree.setItemDelegateForColumn(NOTE_COLUMN, self._delegate)
        self._delegate.closeEditor.connect(self._editor_closed)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Not ResizeToContents: that asks every row of a large canvas for its size.
        header.setSectionResizeMode(SEGMENT_COLUMN, QHeaderView.ResizeMode.Interactive)
        # Room for its title and a short segment name, in the font the tree has.
        segment_w = tree.fontMetrics().averageCharWidth() * _SEGMENT_CHARS
        title_w = header.sectionSizeFromContents(SEGMENT_COLUMN).width()
        header.resizeSection(SEGMENT_COLUMN, max(segment_w, title_w))
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._show_context_menu)
        self._expand_blocks()
        self.model.modelReset.connect(self._expand_blocks)
        tree.selectionModel().selectionChanged.connect(self._tree_selection_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tree)
        self.setFocusProxy(tree)

        self._board_sync = QTimer(self)
        self._board_sync.setSingleShot(True)
        self._board_sync.setInterval(0)
        self._board_sync.timeout.connect(self.sync_from_board)
        self._scene.selectionChanged.connect(self._board_selection_changed)

    def _name_tree(self) -> None:
        self.tree.setAccessibleName(QCoreApplication.translate("Outline", "Canvas outline"))
        self.tree.setAccessibleDescription(
            QCoreApplication.translate(
                "Outline",
                "The nine blocks of the canvas and their notes. Enter or F2 edits a note, "
                "Insert adds one, the context menu moves notes to another block.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        # Another language: the names again, and the rows and headers read afresh.
        if event.type() == QEvent.Type.LanguageChange:
            self._name_tree()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
            self.tree.viewport().update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        """Wide enough for every block's name with its count, in the canvas's language."""
        hint = super().sizeHint()
        font = self.tree.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        language = self._controller.canvas.language
        widest = max(metrics.horizontalAdvance(f"{BLOCKS[b].name(language)} (999)") for b in BLOCK_ORDER)
        style = self.tree.style()
        scroll_bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.tree)
        margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree) + 2
        width = widest + self.tree.indentation() + 2 * self.tree.frameWidth() + scroll_bar + 2 * margin
        return QSize(max(hint.width(), width), hint.height())

    def _expand_blocks(self) -> None:
        # Block by block, not expandAll(): that keeps a persistent index for every note,
        # which Qt then walks on every row removed (deleting 2,000 notes would take 20 s).
        # A block's name and count take the whole width (it has no segment), so a
        # narrow outline still shows them whole.
        for block in BLOCK_ORDER:
            index = self.model.block_index(block)
            self.tree.expand(index)
            self.tree.setFirstColumnSpanned(index.row(), QModelIndex(), True)

    # ---- queries ------------------------------------------------------------------------

    def selected_note_ids(self) -> list[str]:
        rows = self.tree.selectionModel().selectedRows(NOTE_COLUMN)
        return [i for i in (self.model.note_id_at(r) for r in rows) if i is not None]

    def current_block(self) -> BlockId:
        """The block of the current row (a block, or a note's block); Value Propositions if none."""
        return self.model.block_at(self.tree.currentIndex()) or BlockId.VALUE_PROPOSITIONS

    def set_emphasis(self, matches: Iterable[str] | None) -> None:
        self.model.set_emphasis(matches)

    # ---- selection: tree <-> board ---------------------------------------------------------

    def _tree_selection_changed(self) -> None:
        # Rows removed or moved by an edit change the tree's selection too; only the
        # user's own selecting goes to the board (the board already has the edit's).
        if self._syncing or self.model.is_updating():
            return
        ids = self.selected_note_ids()
        self._syncing = True
        try:
            self._scene.select_notes(ids)
        finally:
            self._syncing = False
        rows = self.tree.selectionModel().selectedRows(NOTE_COLUMN)
        if not ids and len(rows) == 1:
            self._scene.choose_block(self.model.block_at(rows[0]))
        elif ids:
            self._scene.choose_block(None)
        self._reveal_on_board(self.model.note_id_at(self.tree.currentIndex()) or (ids[-1] if ids else None))

    def _reveal_on_board(self, note_id: str | None) -> None:
        item = self._scene.note_item(note_id) if note_id is not None else None
        if item is not None:
            self._view.ensureVisible(item, 40, 40)

    def _board_selection_changed(self) -> None:
        if not self._syncing and self.isVisible():
            self._board_sync.start()

    def _before_row_removed(self, _note_id: str) -> None:
        """Let go of the selection before rows go (the board's selection comes back after).

        A removed selected row makes the tree repaint its region, which lays out the
        whole tree: deleting 2,000 selected notes one row at a time would take 20 s.
        """
        model = self.tree.selectionModel()
        if model.hasSelection() or model.currentIndex().isValid():
            self._syncing = True
            try:
                model.clear()
            finally:
                self._syncing = False
            self._board_selection_changed()

    def sync_from_board(self) -> None:
        """Select in the tree what is selected on the board, and show the last of it."""
        ids = self._scene.selected_note_ids()
        if set(ids) == set(self.selected_note_ids()):
            return
        self.select_in_tree(ids)

    def select_in_tree(self, ids: list[str]) -> None:
        selection = QItemSelection()
        rows_by_block: dict[BlockId, list[int]] = {}
        for note_id in ids:
            index = self.model.note_index(note_id)
            block = self.model.block_at(index)
            if block is not None:
                rows_by_block.setdefault(block, []).append(index.row())
        for block, rows in rows_by_block.items():
            parent = self.model.block_index(block)
            for first, last in _runs(sorted(rows)):
                selection.select(
                    self.model.index(first, NOTE_COLUMN, parent),
                    self.model.index(last, SEGMENT_COLUMN, parent),
                )
        model = self.tree.selectionModel()
        self._syncing = True
        try:
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if ids:
                current = self.model.note_index(ids[-1])
                model.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.tree.scrollTo(current)
        finally:
            self._syncing = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sync_from_board()

    # ---- edits from the tree --------------------------------------------------------------

    def edit_note(self, note_id: str) -> None:
        index = self.model.note_index(note_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.edit(index)

    def add_note(self, block: BlockId | None = None) -> str:
        """A new note in the current block, its text open for typing (left empty, it goes)."""
        block = block or self.current_block()
        self._scene.finish_edit()
        draft = self._controller.new_text_session()
        note_id = self._controller.add_note(block, draft_session=draft)
        self._drafts[note_id] = draft
        self.tree.expand(self.model.block_index(block))
        self.edit_note(note_id)
        return note_id

    def move_selected_to(self, block: BlockId) -> None:
        self.model.move_notes_to(self.selected_note_ids(), block)

    def _text_session(self, note_id: str) -> int:
        draft = self._drafts.get(note_id)
        return draft if draft is not None else self._controller.new_text_session()

    def _editor_closed(self, _editor: QWidget, _hint: QAbstractItemDelegate.EndEditHint) -> None:
        """A note added from the tree and left empty disappears without an undo step."""
        drafts, self._drafts = self._drafts, {}
        c = self._controller
        for note_id, session in drafts.items():
            if c.has_note(note_id) and not c.note(note_id).text.strip():
                c.remove_notes([note_id], draft_session=session)

    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.build_context_menu()
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def build_context_menu(self) -> QMenu:
        """Edit, add, move to another block, delete: each action named for tests."""
        ids = self.selected_note_ids()
        menu = QMenu(self)
        language = self._controller.canvas.language
        edit_text = QCoreApplication.translate("Outline", "&Edit Text")
        edit = menu.addAction(f"{edit_text}\t{_key_hint('edit')}")
        edit.setObjectName("outline-edit")
        edit.setEnabled(len(ids) == 1)
        edit.triggered.connect(lambda: self.edit_note(ids[0]))
        add_text = QCoreApplication.translate("Outline", "&Add Note")
        add = menu.addAction(f"{add_text}\t{_key_hint('add_note')}")
        add.setObjectName("outline-add")
        add.triggered.connect(lambda: self.add_note())
        move = menu.addMenu(QCoreApplication.translate("Outline", "&Move to"))
        move.setObjectName("outline-move")
        move.setEnabled(bool(ids))
        blocks_now = {self._controller.note(i).block for i in ids}
        for block in BLOCK_ORDER:
            action = move.addAction(BLOCKS[block].name(language))
            action.setObjectName(f"outline-move:{block.value}")
            action.setEnabled(blocks_now != {block})
            action.triggered.connect(lambda _=False, b=block: self.move_selected_to(b))
        menu.addSeparator()
        delete_text = QCoreApplication.translate("Outline", "&Delete")
        delete = menu.addAction(f"{delete_text}\t{_DELETE_KEY}")
        delete.setObjectName("outline-delete")
        delete.setEnabled(bool(ids))
        delete.triggered.connect(lambda: self._controller.remove_notes(ids))
        return menu


def _key_hint(command: str) -> str:
    """The keys of an outline command, as a menu shows them beside its entry."""
    return next((e.key_text() for e in outline_keys.OUTLINE_KEYS if e.command == command), "")


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
