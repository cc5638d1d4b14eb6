"""Fixed words printed by the export: the canvas's words (model.canvas_words), by the export's name."""

from __future__ import annotations

from canvas_editor.model.canvas_words import word as label

__all__ = ["label"]
