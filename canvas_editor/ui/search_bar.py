"""The find bar above the board: a query and colour, segment and tag filters.

Matching notes are outlined on the board (and bold in the outline), the others fade.
The segment filter is also the board's segment focus (BoardScene.set_segment_focus):
choosing a segment focuses it, and a segment focused in the legend shows here.
Enter and Shift+Enter step through the matches in reading order (block by block,
top to bottom), selecting and revealing each; Escape clears everything and closes.

The rules of matching live in model.note_search; this module only wires them to
widgets. The query follows an input method's composition as it is typed (the syllable
still being composed counts, and may yet grow), so Korean results update per jamo
instead of one syllable late.

The query field keeps room for 20 characters: on a bar too short for everything (a
laptop with the outline open) the three filter boxes fold into one Filters button
that offers the same choices as a menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QActionGroup,
    QColor,
    QFocusEvent,
    QIcon,
    QInputMethodEvent,
    QKeyEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QWidget

from canvas_editor.controller import DocumentController
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import STICKY_COLORS
from canvas_editor.model.document import Note
from canvas_editor.model.note_search import NoteFilter, NoteSearch, fold
from canvas_editor.scene.board_view import BoardView
from canvas_editor.scene.spoken_text import color_name

_BLOCK_RANK = {block: rank for rank, block in enumerate(BlockId)}
_NO_SEGMENT = "\x00none"  # combo data for "notes without a segment"
FIELD_MIN_CHARS = 20  # the query field is never narrower than this many average characters


def reading_order(note: Note) -> tuple[int, float, float, str]:
    return (_BLOCK_RANK[note.block], round(note.y, 4), round(note.x, 4), note.id)


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class QueryField(QLineEdit):
    """A line edit that also reports the text an input method is still composing."""

    def __init__(self, bar: SearchBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self.preedit = ""

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        super().inputMethodEvent(event)
        preedit = event.preeditString()
        if preedit != self.preedit or event.commitString():
            self.preedit = preedit
            self._bar.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._bar.previous_match()
            else:
                self._bar.next_match()
            event.accept()
            return
        super().keyPressEvent(event)


class FilterBox(QComboBox):
    """A combo whose choices are refilled from the canvas whenever the user comes to it."""

    def __init__(self, parent: QWidget, refill: Callable[[FilterBox], None]) -> None:
        """Its name and tip are set by the bar (SearchBar.retranslate)."""
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._refill = refill

    def refill(self) -> None:
        chosen = self.currentData()
        self.blockSignals(True)
        try:
            self._refill(self)
            at = self.findData(chosen) if chosen is not None else 0
            self.setCurrentIndex(max(at, 0))
        finally:
            self.blockSignals(False)
        if self.currentData() != chosen:  # the chosen segment or tag is gone
            self.currentIndexChanged.emit(self.currentIndex())

    def showPopup(self) -> None:
        self.refill()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.refill()
        super().focusInEvent(event)


class SearchBar(QWidget):
    """`matches_changed(frozenset | None)`: the notes found, None when nothing is asked."""

    matches_changed = Signal(object)

    def __init__(
        self, controller: DocumentController, view: BoardView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("search_bar")
        self._controller = controller
        self._view = view
        self._scene = view.board_scene
        self._search = NoteSearch()
        self._matches: list[str] = []
        self._active = False
        self._current: str | None = None

        self.field = QueryField(self)
        self.field.setObjectName("search_field")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.refresh)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("search_count")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = self._button("\u25b2", self.previous_match)
        self.next_button = self._button("\u25bc", self.next_match)
        self.color_box = FilterBox(self, self._fill_colors)
        self.segment_box = FilterBox(self, self._fill_segments)
        self.tag_box = FilterBox(self, self._fill_tags)
        for box in self.filter_boxes():
            box.refill()
            box.currentIndexChanged.connect(self.refresh)
            box.currentIndexChanged.connect(self._show_filters_in_use)
        self.segment_box.currentIndexChanged.connect(self._focus_chosen_segment)
        self._scene.segment_focus_changed.connect(self._show_focus)
        # Where the bar is too short for the three boxes, one button offers the same
        # choices as a menu, and the field keeps its room.
        self.filters_button = QToolButton(self)
        self.filters_button.setObjectName("search_filters")
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filters_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filters_menu = QMenu(self.filters_button)
        self.filters_menu.aboutToShow.connect(self._fill_filters_menu)
        self.filters_button.setMenu(self.filters_menu)
        self.close_button = self._button("\u2715", self.close_search)
        self.retranslate()
        metrics = self.field.fontMetrics()
        self.field.setMinimumWidth(metrics.averageCharWidth() * FIELD_MIN_CHARS)
        # As wide as its longest text, so the buttons after it stay put while typing.
        longest = max(
            metrics.horizontalAdvance(text)
            for text in (
                QCoreApplication.translate("SearchBar", "No matches"),
                QCoreApplication.translate("SearchBar", "{current} of {total}").format(
                    current=888, total=888
                ),
            )
        )
        self.count_label.setMinimumWidth(longest)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        for box in self.filter_boxes():
            layout.addWidget(box)
        layout.addWidget(self.filters_button)
        layout.addWidget(self.close_button)
        self.filters_button.hide()
        self.setFocusProxy(self.field)

        # Edits of the canvas re-run the search once per event-loop turn, not per note:
        # undoing the deletion of 2,000 notes emits 2,000 note_added signals.
        self._rerun = QTimer(self)
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(0)
        self._rerun.timeout.connect(self.refresh)
        for signal in (
            controller.note_added,
            controller.note_removed,
            controller.note_changed,
            controller.note_moved,
        ):
            signal.connect(self._canvas_edited)
        controller.canvas_reset.connect(self._canvas_edited)
        controller.segments_changed.connect(self._canvas_edited)

    def retranslate(self) -> None:
        """Every text of the bar in the window's language (again on LanguageChange)."""
        translate = QCoreApplication.translate
        self.setAccessibleName(translate("SearchBar", "Find notes"))
        self.field.setPlaceholderText(translate("SearchBar", "Find in notes"))
        self.field.setAccessibleName(translate("SearchBar", "Find in notes"))
        self.field.setAccessibleDescription(
            translate(
                "SearchBar",
                "Text and description, ignoring case and accents. Enter: next match, "
                "Shift+Enter: previous, Escape: clear and close",
            )
        )
        self.count_label.setAccessibleName(translate("SearchBar", "Matches"))
        for button, name in (
            (self.previous_button, translate("SearchBar", "Previous match (Shift+Enter)")),
            (self.next_button, translate("SearchBar", "Next match (Enter)")),
            (self.close_button, translate("SearchBar", "Close (Escape)")),
        ):
            button.setToolTip(name)
            button.setAccessibleName(name)
        for box, name in (
            (self.color_box, translate("SearchBar", "Filter by colour")),
            (self.segment_box, translate("SearchBar", "Filter by segment")),
            (self.tag_box, translate("SearchBar", "Filter by tag")),
        ):
            box.setAccessibleName(name)
            box.setToolTip(name)
            box.refill()
        self.filters_button.setAccessibleName(translate("SearchBar", "Filters"))
        self._show_filters_in_use()
        if self._active:
            self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def filter_boxes(self) -> tuple[FilterBox, FilterBox, FilterBox]:
        return (self.color_box, self.segment_box, self.tag_box)

    def filters_folded(self) -> bool:
        """Whether the filters are in the Filters button's menu (the bar is too short)."""
        return self.filters_button.isVisibleTo(self)

    def _button(self, text: str, slot: Callable[[], None]) -> QToolButton:
        """A symbol button; its name and tip are set by `retranslate`."""
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # ---- room: the filters fold into a menu when the bar is short ------------------------

    def _width_with(self, shown: list[QWidget]) -> int:
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        widths = [self.field.minimumWidth()] + [w.sizeHint().width() for w in shown]
        return sum(widths) + layout.spacing() * len(shown) + margins.left() + margins.right()

    def _fixed_parts(self) -> list[QWidget]:
        return [self.count_label, self.previous_button, self.next_button, self.close_button]

    def minimumSizeHint(self) -> QSize:
        """Folded: the bar never asks the window for the room of the three boxes."""
        hint = super().minimumSizeHint()
        return QSize(self._width_with([*self._fixed_parts(), self.filters_button]), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fold_if_short()

    def _fold_if_short(self) -> None:
        folded = self.width() < self._width_with([*self._fixed_parts(), *self.filter_boxes()])
        if folded == self.filters_folded():
            return
        for box in self.filter_boxes():
            box.setVisible(not folded)
        self.filters_button.setVisible(folded)

    def _show_filters_in_use(self) -> None:
        used = [box.currentText() for box in self.filter_boxes() if box.currentIndex() > 0]
        translate = QCoreApplication.translate
        self.filters_button.setText(
            translate("SearchBar", "Filters ({count})").format(count=len(used))
            if used
            else translate("SearchBar", "Filters")
        )
        tip = translate("SearchBar", "Filter by colour, segment and tag")
        self.filters_button.setToolTip(f"{tip}: {', '.join(used)}" if used else tip)

    def _fill_filters_menu(self) -> None:
        """One submenu per filter, its choices those of the box (refilled from the canvas)."""
        self.filters_menu.clear()
        for box in self.filter_boxes():
            box.refill()
            submenu = self.filters_menu.addMenu(f"{box.accessibleName()}: {box.currentText()}")
            group = QActionGroup(submenu)
            for index in range(box.count()):
                action = submenu.addAction(box.itemIcon(index), box.itemText(index))
                action.setCheckable(True)
                action.setChecked(index == box.currentIndex())
                action.setActionGroup(group)
                action.triggered.connect(lambda _on=False, box=box, index=index: box.setCurrentIndex(index))

    # ---- what is asked -----------------------------------------------------------------

    def current_filter(self) -> NoteFilter:
        field = self.field
        text = field.text()
        preedit = field.preedit
        at_end = field.cursorPosition() == len(text)
        if preedit:
            cursor = field.cursorPosition()
            text = text[:cursor] + preedit + text[cursor:]
        colors = self.color_box.currentData()
        segment = self.segment_box.currentData()
        tag = self.tag_box.currentData()
        return NoteFilter(
            query=text,
            colors=frozenset({colors}) if colors else frozenset(),
            segments=frozenset({None if segment == _NO_SEGMENT else segment}) if segment else frozenset(),
            tags=frozenset({tag}) if tag else frozenset(),
            partial_tail=bool(preedit) and at_end,
        )

    def matches(self) -> list[str]:
        """The ids found, in reading order; empty when nothing is asked."""
        return list(self._matches)

    def is_active(self) -> bool:
        return self._active

    # ---- running the search --------------------------------------------------------------

    def _canvas_edited(self) -> None:
        if self._active or self.isVisible():
            self._rerun.start()

    def refresh(self) -> None:
        """Re-run the search and show the result on the board and the count."""
        self._rerun.stop()
        wanted = self.current_filter()
        notes = self._controller.canvas.notes
        self._active = wanted.is_active()
        if not self._active:
            self._matches = []
            self._current = None
            self.count_label.setText("")
            self._scene.set_note_emphasis(None)
            self.matches_changed.emit(None)
            return
        found = set(self._search.matching_ids(notes, wanted))
        ordered = sorted((n for n in notes if n.id in found), key=reading_order)
        self._matches = [n.id for n in ordered]
        if self._current not in found:
            self._current = None
        self._show_count()
        self._scene.set_note_emphasis(found)
        self.matches_changed.emit(frozenset(found))

    def _show_count(self) -> None:
        total = len(self._matches)
        if total == 0:
            text = QCoreApplication.translate("SearchBar", "No matches")
        elif self._current is None:
            text = (
                QCoreApplication.translate("SearchBar", "1 match")
                if total == 1
                else QCoreApplication.translate("SearchBar", "{count} matches").format(count=total)
            )
        else:
            text = QCoreApplication.translate("SearchBar", "{current} of {total}").format(
                current=self._matches.index(self._current) + 1, total=total
            )
        self.count_label.setText(text)
        self.count_label.setAccessibleDescription(text)

    def next_match(self) -> None:
        self._step(1)

    def previous_match(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if self._rerun.isActive():
            self.refresh()
        if not self._matches:
            return
        # Step from the match the user is on, also when it was chosen on the board.
        selected = self._scene.selected_note_ids()
        here = self._current if self._current in self._matches else None
        if len(selected) == 1 and selected[0] in self._matches:
            here = selected[0]
        if here is None:
            target = self._matches[0] if step > 0 else self._matches[-1]
        else:
            target = self._matches[(self._matches.index(here) + step) % len(self._matches)]
        self._current = target
        self._scene.select_notes([target])
        item = self._scene.note_item(target)
        if item is not None:
            self._view.ensureVisible(item, 60, 60)
        self._show_count()

    # ---- opening and closing -------------------------------------------------------------

    def _focus_chosen_segment(self) -> None:
        chosen = self.segment_box.currentData()
        self._scene.set_segment_focus(chosen if chosen not in (None, _NO_SEGMENT) else None)

    def _show_focus(self, segment_id: str | None) -> None:
        """The board's focus (from the legend or Escape) as the segment filter; a closed
        bar catches up when it opens."""
        if not self.isVisible():
            return
        chosen = self.segment_box.currentData()
        if chosen == segment_id or (segment_id is None and chosen in (None, _NO_SEGMENT)):
            return
        self.segment_box.refill()
        at = self.segment_box.findData(segment_id) if segment_id is not None else 0
        self.segment_box.setCurrentIndex(max(at, 0))

    def open(self) -> None:
        """Show the bar with the query selected, ready to type over."""
        for box in self.filter_boxes():
            box.refill()
        self.show()
        self._show_focus(self._scene.segment_focus)
        # Lay the board out for the bar now (it gets shorter, and may zoom to fit), so
        # that the pictures are made at the size they will be shown at.
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is not None:
            layout.activate()
        self._scene.set_search_open(True)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_search(self) -> None:
        """Escape: clear the query and the filters, show every note as usual, hide."""
        for box in self.filter_boxes():
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self._show_filters_in_use()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.preedit = ""
        self.field.blockSignals(False)
        self.refresh()
        self._scene.set_segment_focus(None)
        self.hide()
        self._scene.set_search_open(False)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_search()
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- filter choices ------------------------------------------------------------------

    def _fill_colors(self, box: FilterBox) -> None:
        box.clear()
        box.addItem(QCoreApplication.translate("SearchBar", "Any colour"), None)
        offered = [v.upper() for v in STICKY_COLORS.values()]
        in_use = sorted({n.color.upper() for n in self._controller.canvas.notes} - set(offered))
        for value in [*offered, *in_use]:
            box.addItem(_swatch(value), color_name(value).capitalize(), value)

    def _fill_segments(self, box: FilterBox) -> None:
        box.clear()
        box.addItem(QCoreApplication.translate("SearchBar", "Any segment"), None)
        box.addItem(QCoreApplication.translate("SearchBar", "No segment"), _NO_SEGMENT)
        for segment in self._controller.canvas.segments:
            box.addItem(_swatch(segment.color), segment.name, segment.id)

    def _fill_tags(self, box: FilterBox) -> None:
        box.clear()
        box.addItem(QCoreApplication.translate("SearchBar", "Any tag"), None)
        tags: dict[str, str] = {}
        for note in self._controller.canvas.notes:
            for tag in note.tags:
                tags.setdefault(fold(tag), tag)
        for key in sorted(tags):
            box.addItem(f"#{tags[key]}", tags[key])
