"""A new canvas made from a template: its content, dated the day it is made, by nobody yet.

A template's own date and "Designed by" describe the template (when and by whom it
was written), not the workshop that starts from it; the rest (title, designed for,
iteration, notes) is what the template offers and stays. The window's New and the
command line's `new` both make their canvas here.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from canvas_editor.model.document import Canvas


def new_canvas_from(template: Canvas, today: date | None = None) -> Canvas:
    """`template` dated `today` (the local date when None), with an empty "Designed by"."""
    day = today if today is not None else date.today()
    return dataclasses.replace(template, date=day.isoformat(), designed_by="")
