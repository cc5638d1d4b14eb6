"""Exports of a canvas (the PDF, and what an image export is asked for): pure functions
of the document model, no Qt.

Importing this package is cheap: reportlab loads only when a module that draws is
imported (`canvas_editor.export.pdf`), so the command line stays quick.
"""
