"""What the note menus and operations need of a board (note_menu.py, note_operations.py).

BoardScene is one; so is anything else with a controller, a selection of notes and an
in-place editor, which is all a menu or an operation touches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from canvas_editor.controller import DocumentController
    from canvas_editor.model.blocks import BlockId
    from canvas_editor.model.placement import Aim


class NoteBoard(Protocol):
    @property
    def controller(self) -> DocumentController:
        """The document the board shows; every edit goes through it."""
        ...

    def select_notes(self, ids: list[str]) -> None:
        """Select exactly these notes."""
        ...

    def edit_note(self, note_id: str, draft_session: int | None = None) -> None:
        """Open the in-place editor on a note."""
        ...

    def finish_edit(self) -> None:
        """Commit the edit in progress, if any (before an operation changes the notes)."""
        ...

    def add_note_and_edit(self, block: BlockId, aim: Aim | None = None) -> str:
        """A new note, already in edit mode: where aimed (a sheet point for its corner) if
        free, else at the nearest free place; without an aim, at the first free place."""
        ...
