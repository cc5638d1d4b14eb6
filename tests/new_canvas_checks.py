"""What a new canvas made from a template is: the template, dated today, by nobody yet."""

from __future__ import annotations

import dataclasses
from datetime import date

from canvas_editor.model.document import Canvas
from canvas_editor.storage.templates import load_template


def assert_new_copy_of(canvas: Canvas, template_name: str) -> None:
    """`canvas` is the template's content, with today's date and an empty "Designed by"."""
    template = load_template(template_name)
    assert canvas.date == date.today().isoformat()
    assert canvas.designed_by == ""
    assert dataclasses.replace(canvas, date=template.date, designed_by=template.designed_by) == template
