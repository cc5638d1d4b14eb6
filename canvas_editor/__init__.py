"""canvas-editor: a desktop Business Model Canvas editor."""

__version__ = "0.1.0"
