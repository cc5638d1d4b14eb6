"""The canvas as a tree for the outline panel: the nine blocks, each with its notes.

A custom model rather than a QStandardItemModel: it holds only note ids per block and
computes every cell when a view asks, so opening a large canvas builds no Qt objects
per note, and hidden rows cost nothing. It mirrors the controller's fine-grained
signals row by row (a moved note is a row move, so the selection follows it);
only canvas_reset rebuilds. Edits and drops go back through the controller, so they
are the same undoable commands as on the board.

Notes sit in reading order within their block (top to bottom, then left to right),
the order Tab walks on the board and a screen reader reads the tree in.
"""

from __future__ import annotations

import bisect
import html
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from canvas_editor.controller import DocumentController
from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.document import Note
from canvas_editor.model.private_writing import spoken
from canvas_editor.model.reading_order import reading_key
from canvas_editor.scene import note_operations, spoken_text
from canvas_editor.scene.spoken_text import color_name, votes_count

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BLOCK_ROLE = Qt.ItemDataRole.UserRole + 2
MIME_TYPE = "application/x-canvas-editor-outline-notes"
NOTE_COLUMN, SEGMENT_COLUMN = 0, 1
BLOCK_ORDER: tuple[BlockId, ...] = tuple(BlockId)
_BLOCK_ROW = {block: row for row, block in enumerate(BLOCK_ORDER)}
_EMPTY_TEXT = QT_TRANSLATE_NOOP("Outline", "(empty note)")
_NO_SEGMENT = QT_TRANSLATE_NOOP("Outline", "No segment")
_SHORT = 80  # characters of the first line shown in the tree
_TOOLTIP_LIMIT = 600

Index = QModelIndex | QPersistentModelIndex
_F = Qt.ItemFlag
# Computed once: the tree asks for flags many times per row, and enum arithmetic is slow.
_BLOCK_FLAGS = _F.ItemIsEnabled | _F.ItemIsSelectable | _F.ItemIsDropEnabled
_NOTE_FLAGS = _BLOCK_FLAGS | _F.ItemIsDragEnabled | _F.ItemNeverHasChildren
_NOTE_TEXT_FLAGS = _NOTE_FLAGS | _F.ItemIsEditable
_ROOT = QModelIndex()  # the invisible root, as a default argument


def first_line(text: str) -> str:
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= _SHORT else line[: _SHORT - 1] + "\u2026"


_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole)


def with_votes(text: str, votes: int) -> str:
    """A note's line in the tree, with its dot-voting votes when it has any."""
    return f"{text}  ({votes_count(votes)})" if votes else text


class OutlineModel(QAbstractItemModel):
    """Rows: blocks at the top level (internal id 0), notes under them (internal id =
    block row + 1, so a note's parent is known without storing anything per index)."""

    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._rows: dict[BlockId, list[str]] = {block: [] for block in BLOCK_ORDER}
        self._block_of: dict[str, BlockId] = {}
        self._emphasis: frozenset[str] | None = None
        self._unsorted: set[BlockId] = set()  # blocks to re-check once an undo step is done
        self._updating = 0
        # How a text edit made in the tree joins the undo history: a fresh session per
        # edit by default (two separate edits are two steps); the panel may hand out a
        # draft session so typing into a note it just added merges into "Add note".
        self.text_session: Callable[[str], int] = lambda _note_id: controller.new_text_session()
        controller.note_added.connect(self._on_note_added)
        controller.note_removed.connect(self._on_note_removed)
        controller.note_changed.connect(self._on_note_changed)
        controller.note_moved.connect(self._on_note_moved)
        controller.header_changed.connect(self._on_header_changed)
        controller.segments_changed.connect(self._on_segments_changed)
        controller.canvas_reset.connect(self._reset)
        controller.undo_stack.indexChanged.connect(self._resort)
        self._fill()

    # ---- lookups ----------------------------------------------------------------------

    def block_index(self, block: BlockId, column: int = NOTE_COLUMN) -> QModelIndex:
        return self.createIndex(_BLOCK_ROW[block], column, id=0)

    def note_index(self, note_id: str, column: int = NOTE_COLUMN) -> QModelIndex:
        block = self._block_of.get(note_id)
        if block is None:
            return QModelIndex()
        return self.createIndex(self._rows[block].index(note_id), column, id=_BLOCK_ROW[block] + 1)

    def note_id_at(self, index: Index) -> str | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        rows = self._rows[BLOCK_ORDER[index.internalId() - 1]]
        return rows[index.row()] if 0 <= index.row() < len(rows) else None

    def block_at(self, index: Index) -> BlockId | None:
        """The block of a block row, or of a note row's parent."""
        if not index.isValid():
            return None
        ident = index.internalId()
        return BLOCK_ORDER[index.row()] if ident == 0 else BLOCK_ORDER[ident - 1]

    def note_ids_in(self, block: BlockId) -> list[str]:
        return list(self._rows[block])

    def set_emphasis(self, matches: Iterable[str] | None) -> None:
        """Show search results: matching notes bold, the others greyed; None: as usual."""
        self._emphasis = frozenset(matches) if matches is not None else None
        roles = [Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole]
        for block in BLOCK_ORDER:
            count = len(self._rows[block])
            if count:
                parent = self.block_index(block)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, 1, parent), roles)

    def is_updating(self) -> bool:
        """True while rows change: a selection change then is the model's, not the user's."""
        return self._updating > 0

    @contextmanager
    def _update(self) -> Iterator[None]:
        self._updating += 1
        try:
            yield
        finally:
            self._updating -= 1

    def is_match(self, note_id: str) -> bool | None:
        """True/False under a search, None when no search is on."""
        return None if self._emphasis is None else note_id in self._emphasis

    # ---- QAbstractItemModel: shape ----------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column < 0 or column > SEGMENT_COLUMN or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, id=0) if row < len(BLOCK_ORDER) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        block = BLOCK_ORDER[parent.row()]
        if row >= len(self._rows[block]):
            return QModelIndex()
        return self.createIndex(row, column, id=parent.row() + 1)

    def parent(self, index: Index | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None:  # QObject.parent(), which this name hides
            return super().parent()  # type: ignore[return-value]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, id=0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(BLOCK_ORDER)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._rows[BLOCK_ORDER[parent.row()]])

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("Outline", "Note")
                if section == NOTE_COLUMN
                else QCoreApplication.translate("Outline", "Segment")
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return _BLOCK_FLAGS
        return _NOTE_TEXT_FLAGS if index.column() == NOTE_COLUMN else _NOTE_FLAGS

    # ---- QAbstractItemModel: data -----------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._block_data(BLOCK_ORDER[index.row()], index.column(), role)
        note_id = self.note_id_at(index)
        if note_id is None or not self._controller.has_note(note_id):
            return None
        return self._note_data(self._controller.note(note_id), index.column(), role)

    def _block_data(self, block: BlockId, column: int, role: int) -> object:
        R = Qt.ItemDataRole
        info = BLOCKS[block]
        language = self._controller.canvas.language
        count = len(self._rows[block])
        if role == BLOCK_ROLE:
            return block.value
        if column != NOTE_COLUMN:
            return None
        if role == R.DisplayRole:
            return f"{info.name(language)} ({count})"
        if role == R.AccessibleTextRole:
            return f"{info.name(language)}, {_notes(count)}"
        if role in (R.ToolTipRole, R.AccessibleDescriptionRole):
            return " ".join(info.questions(language))
        if role == R.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _note_data(self, note: Note, column: int, role: int) -> object:
        R = Qt.ItemDataRole
        if role == NOTE_ID_ROLE:
            return note.id
        if role == BLOCK_ROLE:
            return note.block.value
        if role == R.FontRole and self._emphasis is not None and note.id in self._emphasis:
            font = QFont()
            font.setBold(True)
            return font
        if role == R.ForegroundRole and self._emphasis is not None and note.id not in self._emphasis:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == R.AccessibleTextRole:
            if column == SEGMENT_COLUMN:
                return self._segment_name(note) or QCoreApplication.translate("Outline", _NO_SEGMENT)
            return self._spoken_text(note)
        if role == R.AccessibleDescriptionRole:
            return self._spoken_description(note)
        if note.hidden and column != SEGMENT_COLUMN and role in _TEXT_ROLES:
            return "" if role == R.EditRole else spoken(note, spoken_text.tr)  # face down: its author only
        if role == R.ToolTipRole:
            tags = (
                QCoreApplication.translate("Board", "Tags: {tags}").format(tags=", ".join(note.tags))
                if note.tags
                else ""
            )
            parts = (note.text.strip(), note.description.strip(), tags)
            return _plain_tooltip("\n\n".join(p for p in parts if p))
        if column == SEGMENT_COLUMN:
            if role == R.DisplayRole:
                return self._segment_name(note)
            return None
        if role == R.DisplayRole:
            return with_votes(
                first_line(note.text) or QCoreApplication.translate("Outline", _EMPTY_TEXT), note.votes
            )
        if role == R.EditRole:
            return note.text
        if role == R.DecorationRole:
            return QColor(note.color)
        return None

    def _segment_name(self, note: Note) -> str:
        if note.segment is None:
            return ""
        segment = self._controller.canvas.segment(note.segment)
        return segment.name if segment is not None else ""

    def _spoken_text(self, note: Note) -> str:
        text = " ".join(spoken(note, spoken_text.tr).split())
        return text or QCoreApplication.translate("Outline", "Empty note")

    def _spoken_description(self, note: Note) -> str:
        language = self._controller.canvas.language
        translate = QCoreApplication.translate
        parts = [
            translate("Outline", "Note in {block}").format(block=BLOCKS[note.block].name(language)),
            translate("Outline", "colour {colour}").format(colour=color_name(note.color)),
        ]
        segment = self._segment_name(note)
        if segment:
            parts.append(translate("Outline", "segment {segment}").format(segment=segment))
        if note.votes:
            parts.append(votes_count(note.votes))
        if note.hidden:
            return "; ".join(parts)  # face down: no tags, no description
        if note.tags:
            parts.append(translate("Outline", "tags {tags}").format(tags=", ".join(note.tags)))
        if self._emphasis is not None:
            parts.append(
                translate("Outline", "matches the search")
                if note.id in self._emphasis
                else translate("Outline", "does not match the search")
            )
        description = " ".join(note.description.split())
        if description:
            parts.append(translate("Outline", "description: {description}").format(description=description))
        return "; ".join(parts)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A text edit in the tree: the same undoable command as typing on the board."""
        note_id = self.note_id_at(index)
        if role != Qt.ItemDataRole.EditRole or index.column() != NOTE_COLUMN or note_id is None:
            return False
        if not isinstance(value, str):  # e.g. a view clearing cells after a drag: never "None"
            return False
        if not self._controller.has_note(note_id) or self._controller.note(note_id).hidden:
            return False
        self._controller.set_note_text(note_id, value, session=self.text_session(note_id))
        return True

    # ---- drag and drop: notes onto another block ----------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        ids = list(dict.fromkeys(i for i in (self.note_id_at(x) for x in indexes) if i is not None))
        if not ids:
            return None
        mime = QMimeData()
        payload = {"owner": self._owner(), "notes": ids}
        mime.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._dropped_ids(data) is not None and self.block_at(parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Notes dropped on a block (or on a note of it) move there, each to a free spot."""
        ids = self._dropped_ids(data)
        block = self.block_at(parent)
        if ids is None or block is None or action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        self.move_notes_to(ids, block)
        return True

    def move_notes_to(self, ids: Iterable[str], block: BlockId) -> None:
        """One undo step: notes from other blocks go to the first free places of `block`."""
        note_operations.move_to_block(self._controller, list(ids), block)

    def _owner(self) -> str:
        return f"{id(self._controller):x}"

    def _dropped_ids(self, data: QMimeData | None) -> list[str] | None:
        """The ids a drag from this document carries; None for anything else."""
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(payload, dict) or payload.get("owner") != self._owner():
            return None
        notes = payload.get("notes")
        if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
            return None
        return notes

    # ---- mirroring the controller -----------------------------------------------------

    def _fill(self) -> None:
        for rows in self._rows.values():
            rows.clear()
        self._block_of.clear()
        for note in sorted(self._controller.canvas.notes, key=reading_key):
            self._rows[note.block].append(note.id)
            self._block_of[note.id] = note.block

    def _reset(self) -> None:
        with self._update():
            self.beginResetModel()
            self._fill()
            self.endResetModel()

    def _row_for(self, rows: list[str], note: Note) -> int:
        c = self._controller
        return bisect.bisect(rows, reading_key(note), key=lambda i: reading_key(c.note(i)))

    def _on_note_added(self, note_id: str) -> None:
        note = self._controller.note(note_id)
        rows = self._rows[note.block]
        row = self._row_for(rows, note)
        with self._update():
            self.beginInsertRows(self.block_index(note.block), row, row)
            rows.insert(row, note_id)
            self._block_of[note_id] = note.block
            self.endInsertRows()
        self._block_changed(note.block)

    def _on_note_removed(self, note_id: str) -> None:
        block = self._block_of.get(note_id)
        if block is None:
            return
        rows = self._rows[block]
        row = rows.index(note_id)
        with self._update():
            self.beginRemoveRows(self.block_index(block), row, row)
            del rows[row]
            del self._block_of[note_id]
            self.endRemoveRows()
        self._block_changed(block)

    def _on_note_changed(self, note_id: str) -> None:
        if note_id in self._block_of:
            first = self.note_index(note_id, NOTE_COLUMN)
            self.dataChanged.emit(first, first.siblingAtColumn(SEGMENT_COLUMN))

    def _on_note_moved(self, note_id: str) -> None:
        """A row move, not remove + insert: selection and the current row follow the note."""
        old_block = self._block_of.get(note_id)
        if old_block is None:
            return
        note = self._controller.note(note_id)
        old_rows = self._rows[old_block]
        old_row = old_rows.index(note_id)
        new_rows = self._rows[note.block]
        rest = [i for i in new_rows if i != note_id]
        new_row = self._row_for(rest, note)
        same_block = note.block == old_block
        if same_block and new_row == old_row:
            self._on_note_changed(note_id)
            return
        # Qt counts the destination before the row leaves its place.
        destination = new_row + 1 if same_block and new_row > old_row else new_row
        with self._update():
            self.beginMoveRows(
                self.block_index(old_block), old_row, old_row, self.block_index(note.block), destination
            )
            del old_rows[old_row]
            new_rows.insert(new_row, note_id)
            self._block_of[note_id] = note.block
            self.endMoveRows()
        # Several notes moving in one step are placed one by one among notes whose rows
        # have not followed yet; the block is re-sorted once the step is complete.
        self._unsorted.add(note.block)
        if not same_block:
            self._block_changed(old_block)
            self._block_changed(note.block)

    def _resort(self) -> None:
        """Put the rows of blocks touched by moves back in reading order, keeping selection."""
        blocks, self._unsorted = self._unsorted, set()
        c = self._controller
        for block in blocks:
            rows = self._rows[block]
            keys = [reading_key(c.note(i)) for i in rows]
            if all(a <= b for a, b in itertools.pairwise(keys)):
                continue
            ordered = [i for _, i in sorted(zip(keys, rows, strict=True))]
            new_row = {note_id: row for row, note_id in enumerate(ordered)}
            ident = _BLOCK_ROW[block] + 1
            with self._update():
                self.layoutAboutToBeChanged.emit()
                before = [p for p in self.persistentIndexList() if p.isValid() and p.internalId() == ident]
                after = [self.createIndex(new_row[rows[p.row()]], p.column(), id=ident) for p in before]
                rows[:] = ordered
                self.changePersistentIndexList(before, after)
                self.layoutChanged.emit()

    def _block_changed(self, block: BlockId) -> None:
        index = self.block_index(block)
        self.dataChanged.emit(index, index)

    def _on_header_changed(self) -> None:
        """The language may have changed: block names follow it."""
        self.dataChanged.emit(self.block_index(BLOCK_ORDER[0]), self.block_index(BLOCK_ORDER[-1]))

    def _on_segments_changed(self) -> None:
        for block in BLOCK_ORDER:
            count = len(self._rows[block])
            if count:
                parent = self.block_index(block)
                self.dataChanged.emit(
                    self.index(0, SEGMENT_COLUMN, parent), self.index(count - 1, SEGMENT_COLUMN, parent)
                )


def _plain_tooltip(text: str) -> str | None:
    """User text as a tooltip shown as typed: Qt would take "<b>" or "<img src=...>"
    in a plain string for rich text, so it is escaped inside an explicit rich-text wrapper."""
    if not text:
        return None
    if len(text) > _TOOLTIP_LIMIT:
        text = text[:_TOOLTIP_LIMIT] + "\u2026"
    return f"<qt>{html.escape(text).replace(chr(10), '<br>')}</qt>"


def _notes(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("Outline", "no notes")
    if count == 1:
        return QCoreApplication.translate("Outline", "1 note")
    return QCoreApplication.translate("Outline", "{count} notes").format(count=count)
