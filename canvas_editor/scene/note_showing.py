"""How the board's notes show: a search's emphasis, a segment's focus, a presentation's
revealed notes, and the cached pictures that keep those changes quick.

A mixin of BoardScene (scene/board_scene.py), kept apart so the scene stays one readable
module about mirroring the document and turning gestures into edits. Its state lives on
the scene and is set up in BoardScene.__init__.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsItem

from canvas_editor.scene import pixmap_budget
from canvas_editor.scene.note_item import Emphasis

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QGraphicsView

    from canvas_editor.controller import DocumentController
    from canvas_editor.model.blocks import BlockId
    from canvas_editor.scene.note_item import NoteItem
    from canvas_editor.scene.note_style import NoteStyle
    from canvas_editor.scene.occlusion import Occlusion
    from canvas_editor.scene.sheet_items import AttributionItem, BlockItem, HeaderItem


class NoteShowing:
    """Emphasis, focus, revealed notes and note pictures, for BoardScene."""

    if TYPE_CHECKING:
        _controller: DocumentController
        _style: NoteStyle
        _items: dict[str, NoteItem]
        _blocks: dict[BlockId, BlockItem]
        _header: HeaderItem
        _attribution: AttributionItem
        _emphasis: frozenset[str] | None
        _caching_for: set[str]
        _fading_panels: set[str]
        _shown: frozenset[str] | None
        _focus: str | None
        occlusion: Occlusion
        segment_focus_changed: SignalInstance

        def views(self) -> list[QGraphicsView]: ...

        def _notes_rearranged(self) -> None: ...

    def set_note_emphasis(self, matches: set[str] | frozenset[str] | None) -> None:
        """Outline the notes in `matches` and fade the others; None shows all as usual."""
        self._emphasis = frozenset(matches) if matches is not None else None
        self._keep_pictures()
        for note_id, item in self._items.items():
            item.set_emphasis(self._emphasis_of(note_id))
        self._notes_rearranged()  # faded notes hide nothing beneath them

    @property
    def segment_focus(self) -> str | None:
        return self._focus

    def set_segment_focus(self, segment_id: str | None) -> None:
        """Keep the notes of this segment bright and fade all others; None ends the focus.

        Only opacity changes (as a search's fading does), so the notes' pictures stay."""
        if segment_id == self._focus:
            return
        self._focus = segment_id
        self._keep_pictures()
        for note_id, item in self._items.items():
            item.set_emphasis(self._emphasis_of(note_id, item.note.segment))
        self._notes_rearranged()  # faded notes hide nothing beneath them
        self.segment_focus_changed.emit(segment_id)

    def show_only(self, ids: set[str] | frozenset[str] | None) -> None:
        """Show only the notes in `ids` (a presentation's revealed notes); None shows all.

        Only the notes whose visibility changes are touched, so a presentation step costs
        one note, not the board. Notes added meanwhile stay hidden until shown.

        Only hiding a note makes the occlusion grid wrong (notes it covered must paint
        again). A note shown anew is not in the grid, so it paints; the notes it now
        covers go on painting under it until the grid is next worked out. Working it out
        on every step would cost a step 10 to 20 ms with 2,000 notes."""
        before, self._shown = self._shown, (frozenset(ids) if ids is not None else None)
        if before is not None and self._shown is not None:
            changed: Iterable[str] = before ^ self._shown
        else:
            changed = self._items
        hid = False
        for note_id in changed:
            item = self._items.get(note_id)
            if item is not None:
                visible = self._shown is None or note_id in self._shown
                hid = hid or (item.isVisible() and not visible)
                item.setVisible(visible)
        if hid or self._shown is None:
            self._notes_rearranged()

    def is_shown(self, note_id: str) -> bool:
        """Whether the note is on show (not one a presentation has yet to reveal)."""
        return self._shown is None or note_id in self._shown

    def set_search_open(self, searching: bool) -> None:
        """The find bar opened or closed (see set_fading_panel_open)."""
        self.set_fading_panel_open("find bar", searching)

    def set_fading_panel_open(self, panel: str, shown: bool) -> None:
        """A panel that fades notes (the find bar, the segment legend) opened or closed:
        while one is open, note pictures are cached.

        The panel opens on a board already laid out for it, whose next paint renders
        every note's picture; each key typed or segment focused afterwards only shows
        pictures anew with the emphasis it sets, instead of painting notes (see
        _cache_notes). When the view zooms or scrolls, pictures would have to be made
        for every note it shows anew, which costs more than painting them: they are
        dropped, and made again with the next change of emphasis."""
        if shown:
            self._fading_panels.add(panel)
        else:
            self._fading_panels.discard(panel)
        self._cache_notes("search", bool(self._fading_panels))

    def close_fading_panels(self) -> None:
        """The window closes: give back the pictures' room."""
        self._fading_panels.clear()
        self._cache_notes("search", False)

    def _keep_pictures(self) -> None:
        if self._fading_panels and "search" not in self._caching_for:
            self._cache_notes("search", True)  # dropped when the view moved

    def view_moved(self) -> None:
        """The view zoomed or scrolled (BoardView): paint without pictures until the next key."""
        if "search" in self._caching_for:
            self._cache_notes("search", False)

    def fit_sheet_pictures(self, transform: QTransform, viewport: QSize) -> None:
        """Before a view paints: the blocks, the header and the attribution keep cached
        pictures only while each fits in the viewport, and paint directly when larger.

        Qt caches an item much larger than the viewport only in part, from the viewport's
        edge, and places the letters of a word cut by that edge a fraction of a pixel off.
        A scroll shifts such a picture and brings those letters into view, unlike a board
        painted there. Zoomed in that far, an item paints as quickly as it is shown from a
        picture. Going from one mode to the other repaints nothing."""
        for item in (*self._blocks.values(), self._header, self._attribution):
            bounds = item.boundingRect()
            fits = bounds.width() * abs(transform.m11()) <= viewport.width() and (
                bounds.height() * abs(transform.m22()) <= viewport.height()
            )
            mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if fits else QGraphicsItem.CacheMode.NoCache
            if item.cacheMode() != mode:
                item.setCacheMode(mode)

    def _emphasis_of(self, note_id: str, segment: str | None = "") -> Emphasis:
        """How the note shows; `segment` is its segment when the caller has it at hand."""
        if self._focus is not None:
            if segment == "":
                segment = self._controller.note(note_id).segment
            if segment != self._focus:
                return Emphasis.FADED
        if self._emphasis is None:
            return Emphasis.NORMAL
        return Emphasis.MATCH if note_id in self._emphasis else Emphasis.FADED

    def _cache_notes(self, reason: str, on: bool) -> None:
        """Cache note pictures while a drag or a search is under way.

        During a drag the notes under the moving ones repaint on every mouse move. During
        a search every keystroke fades or outlines notes all over the board, and on a
        dense board each of them repaints the dozens it overlaps (2,000 notes: 250-450 ms
        a keystroke). Cached pictures make those repaints blits. At rest the cache would
        only cost memory (about 50 MB for 2,000 notes at the fitting zoom) and time (a
        first paint would render every note twice). Switching between no cache and the
        device cache repaints nothing: notes are cached as they paint. A search reserves
        room for the pictures in Qt's pixmap cache (pixmap_budget); a board too large
        for it searches uncached. A drag shows few notes anew and needs no more room.
        """
        was_on = bool(self._caching_for)
        if on and (reason != "search" or pixmap_budget.reserve(id(self), self._cache_bytes())):
            self._caching_for.add(reason)
        else:
            self._caching_for.discard(reason)
            if reason == "search":
                pixmap_budget.release(id(self))
        now_on = bool(self._caching_for)
        if now_on == was_on:
            return
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if now_on else QGraphicsItem.CacheMode.NoCache
        for item in self._items.values():
            item.setCacheMode(mode)
        # A cached picture must hold the whole note, hidden now or not.
        self.occlusion.enabled = not now_on
        self._notes_rearranged()

    def _cache_bytes(self) -> int:
        """What the pictures of all notes take at the largest zoom of this board's views.

        Zoomed in, fewer notes show, and only notes that paint are cached: the figure
        stays about the same at any zoom."""
        scale = max((view.transform().m11() for view in self.views()), default=1.0)
        bounds = self._style.bounds
        return sum(
            int((bounds.width() * scale * s + 2.0) * (bounds.height() * scale * s + 2.0) * 4)
            for s in (item.scale() for item in self._items.values())
        )
