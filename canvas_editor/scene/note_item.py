"""A sticky note on the board: paints a Note value, reports nothing itself.

The item holds a copy of its Note (an immutable value) only to paint it; the scene
replaces it when the controller says the note changed. Moving is Qt's own item
dragging; the scene turns the drop into one move command.
"""

from __future__ import annotations

import html
from enum import Enum

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from canvas_editor.model.document import Note
from canvas_editor.model.private_writing import card_label, spoken
from canvas_editor.model.text_fit import FittedText
from canvas_editor.scene import spoken_text
from canvas_editor.scene.note_style import NoteStyle
from canvas_editor.scene.occlusion import Occlusion
from canvas_editor.scene.segment_marks import paint_note_tag

_TOOLTIP_LIMIT = 600
FADED_OPACITY = 0.25


class Emphasis(Enum):
    """How a search shows a note: as usual, found (outlined), or not found (faded)."""

    NORMAL = "normal"
    MATCH = "match"
    FADED = "faded"


class _MatchFrame(QGraphicsItem):
    """The outline of a note a search found. A child item rather than part of the
    note's paint: showing or hiding it leaves the note's cached picture alone, so a
    keystroke in the find bar repaints frames, not 2,000 notes."""

    def __init__(self, note: NoteItem, style: NoteStyle) -> None:
        super().__init__(note)
        self._style = style
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._style.bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # clicks go to the note

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(self._style.match_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._style.match_rect)


class NoteItem(QGraphicsItem):
    def __init__(self, note: Note, style: NoteStyle, occlusion: Occlusion) -> None:
        super().__init__()
        self.note_id = note.id
        self._style = style
        self._occlusion = occlusion  # which notes lie wholly under others (the scene's)
        self._note = note
        self._color = QColor(note.color)
        self._fitted: FittedText | None = None
        self._editing = False
        self._emphasis = Emphasis.NORMAL
        self._match_frame: _MatchFrame | None = None  # made on the first match
        self._segment_tag = ""  # its segment's letter tag (scene/segment_marks.py)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        # Drawn at the standard size and scaled to the note's (NoteStyle fits its text).
        if note.size != 1.0:
            self.setScale(note.size)
        # No pixmap cache at rest: the scene caches notes only while a drag is under
        # way (see BoardScene), so opening 2,000 notes does not render 2,000 pixmaps.

    @property
    def note(self) -> Note:
        return self._note

    def note_color(self) -> QColor:
        return QColor(self._color)

    def set_note(self, note: Note) -> None:
        """Show a new value of the note (text, colour, size ... changed)."""
        old = self._note
        if (note.text, note.size, note.hidden, note.author) != (old.text, old.size, old.hidden, old.author):
            self._fitted = None
        if note.size != self.scale():
            self.setScale(note.size)
        if note.color != self._note.color:
            self._color = QColor(note.color)
        self._note = note
        self.update()

    def set_editing(self, editing: bool) -> None:
        """While an editor sits on the note, the note paints no text of its own."""
        if editing != self._editing:
            self._editing = editing
            self.update()

    @property
    def segment_tag(self) -> str:
        return self._segment_tag

    def set_segment_tag(self, tag: str) -> None:
        if tag != self._segment_tag:
            if bool(tag) != bool(self._segment_tag):
                self._fitted = None  # the text keeps clear of the tag's strip
            self._segment_tag = tag
            self.update()

    @property
    def emphasis(self) -> Emphasis:
        return self._emphasis

    def set_emphasis(self, emphasis: Emphasis) -> None:
        """Opacity and a frame item: the note's cached picture is not repainted."""
        if emphasis == self._emphasis:
            return
        self._emphasis = emphasis
        self.setOpacity(FADED_OPACITY if emphasis is Emphasis.FADED else 1.0)
        matched = emphasis is Emphasis.MATCH
        if matched and self._match_frame is None:
            self._match_frame = _MatchFrame(self, self._style)
        if self._match_frame is not None:
            self._match_frame.setVisible(matched)

    def fitted_text(self) -> FittedText:
        """The note's text laid out; a face-down note's author label instead."""
        if self._fitted is None:
            if self._note.hidden:
                text = card_label(self._note, lambda words: QCoreApplication.translate("Spoken", words))
            else:
                text = self._note.text
            self._fitted = self._style.fitted(text, self._note.size, bool(self._segment_tag))
        return self._fitted

    def tooltip_text(self) -> str:
        """The note's full text, description and tags, built when a tooltip is asked for.

        Built on demand rather than per note at load: opening 2,000 notes should not
        format 2,000 tooltips nobody looks at.
        """
        tags = (
            QCoreApplication.translate("Board", "Tags: {tags}").format(tags=", ".join(self._note.tags))
            if self._note.tags
            else ""
        )
        parts = [self._note.text.strip(), self._note.description.strip(), tags]
        if self._note.hidden:
            parts = [
                QCoreApplication.translate(
                    "Board", "{note}: it shows once the facilitator reveals the notes"
                ).format(note=spoken(self._note, spoken_text.tr))
            ]
        tip = "\n\n".join(p for p in parts if p)
        if len(tip) > _TOOLTIP_LIMIT:
            tip = tip[:_TOOLTIP_LIMIT] + "\u2026"
        # User text stays plain: escaped inside an explicit rich-text wrapper, so markup
        # in a note shows as typed instead of being interpreted.
        return f"<qt>{html.escape(tip).replace(chr(10), '<br>')}</qt>" if tip else ""

    # ---- QGraphicsItem ----------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._style.bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._style.body)
        return path

    def paints_opaque_paper(self) -> bool:
        """Whether the note's paper hides what lies under it (not when faded)."""
        return self._emphasis is not Emphasis.FADED and self._color.alpha() == 255

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # On screen only (`widget` is the view's viewport): an export or a print paints
        # every note, so a PDF printed from here still holds all their text.
        if widget is not None and self._occlusion.hides(self, painter.worldTransform()):
            return  # wholly under other notes: not one of its pixels would show
        selected = self.isSelected()
        note = self._note
        face_down = note.hidden and not self._editing
        fitted = None if self._editing or face_down else self.fitted_text()
        self._style.paint(painter, self._color, fitted, selected, bool(note.description) and not note.hidden)
        if face_down:
            self._style.paint_face_down(painter, self.fitted_text())
        if note.votes:
            self._style.paint_votes(painter, note.votes)
        if self._segment_tag:
            # Its segment shows as its colour does, face down too: the tag is the colour
            # in black-and-white, not the note's words.
            paint_note_tag(painter, self._style.mark_strip(note.size), self._segment_tag)
