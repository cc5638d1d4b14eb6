"""QUndoCommand.id() values: commands with the same id may merge on the undo stack."""

from __future__ import annotations

NO_MERGE = -1
# Typing into a note; also a just-created "draft" note absorbs the typing that follows
# it, and its removal when left empty (so an abandoned new note leaves no undo step).
TEXT_EDIT = 1
# Repeated moves with the same merge key (keyboard nudges of the same notes).
MOVE = 2
