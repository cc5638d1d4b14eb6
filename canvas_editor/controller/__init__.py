"""The document controller: owns the canvas, applies undoable commands, emits signals."""

from canvas_editor.controller.document_controller import DocumentController

__all__ = ["DocumentController"]
