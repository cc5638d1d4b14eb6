"""One in-place edit of a note's text, from the first keystroke to commit.

Every change of the editor's text goes to the model at once (so a save, an autosave
or an export during editing sees it), as SetNoteText steps that merge into one undo
step per session. A note created for this session (double-click, N) is a draft:
its typing merges into its "Add note" step, and committing it empty removes it with
no undo step left behind.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from canvas_editor.controller import DocumentController
from canvas_editor.scene.note_editor import NoteEditor
from canvas_editor.scene.note_item import NoteItem
from canvas_editor.scene.note_style import NoteStyle


class EditSession:
    def __init__(
        self,
        controller: DocumentController,
        item: NoteItem,
        style: NoteStyle,
        on_done: Callable[[], None],
        on_step: Callable[[int], None],
        draft_session: int | None = None,
    ) -> None:
        self._controller = controller
        self.item = item
        self.note_id = item.note_id
        self.is_draft = draft_session is not None
        self.session = draft_session if draft_session is not None else controller.new_text_session()
        item.set_editing(True)
        self.editor = NoteEditor(
            item,
            item.note.text,
            item.note_color(),
            style.inner.width(),
            style.largest_text(item.note.size),
            on_text=self._text_changed,
            on_done=on_done,
            on_step=on_step,
        )
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _text_changed(self, text: str) -> None:
        if self._controller.has_note(self.note_id):
            self._controller.set_note_text(self.note_id, text, session=self.session)

    def note_changed(self) -> None:
        """The note changed under the editor (undo from a menu): show what the model holds."""
        note = self._controller.note(self.note_id)
        self.editor.set_text_quietly(note.text)
        self.editor.set_background(self.item.note_color())

    def close(self, commit: bool = True) -> None:
        """End the edit; a draft left empty disappears. `commit=False` when the note is gone."""
        editor = self.editor
        editor.document().contentsChanged.disconnect()
        if editor.scene() is not None:
            editor.clearFocus()
            editor.scene().removeItem(editor)
        self.item.set_editing(False)
        c = self._controller
        if commit and self.is_draft and c.has_note(self.note_id) and not c.note(self.note_id).text.strip():
            c.remove_notes([self.note_id], draft_session=self.session)
