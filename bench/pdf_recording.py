"""Record what the PDF export draws, so the bare reportlab floor can draw the same.

The export is run once in this process with reportlab's Canvas replaced by a subclass
that notes every drawing call (rectangles, lines, strings, fonts, colours, pages).
The floor script (probes/bare_pdf.py) replays that list on a plain reportlab Canvas
with the same TrueType fonts embedded: the same marks on the same pages, without the
model, the layout or the text fitting.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas as PdfCanvas

from canvas_editor.model.document import Canvas
from canvas_editor.resource_files import resource

# Everything the export calls on its canvas that puts marks on a page.
RECORDED = (
    "rect", "roundRect", "line", "drawString", "drawRightString", "drawCentredString",
    "setFont", "setFillColorRGB", "setStrokeColorRGB", "setLineWidth", "setLineJoin", "setLineCap",
    "setDash", "saveState", "restoreState", "translate", "scale", "showPage", "setPageSize",
)


class RecordingCanvas(PdfCanvas):  # type: ignore[misc]
    """A reportlab Canvas that keeps a list of the drawing calls made on it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.ops: list[list[Any]] = []
        self._depth = 1  # calls reportlab makes on itself while constructing are not ours
        super().__init__(*args, **kwargs)
        # Page size, compression, invariant mode, initial font: whatever JSON can carry.
        self.init_kwargs = {k: v for k, v in kwargs.items() if isinstance(v, (str, int, float, tuple))}
        self._depth = 0


def _recorder(name: str) -> Any:
    original = getattr(PdfCanvas, name)

    def record(self: RecordingCanvas, *args: Any, **kwargs: Any) -> Any:
        if self._depth == 0:
            self.ops.append([name, list(args), kwargs])
        self._depth += 1
        try:
            return original(self, *args, **kwargs)
        finally:
            self._depth -= 1

    return record


for _name in RECORDED:
    setattr(RecordingCanvas, _name, _recorder(_name))


def record_export(canvas: Canvas) -> dict[str, Any]:
    """The drawing calls of `export_pdf(canvas)` with the default options, and its fonts."""
    from canvas_editor.export import fonts, pdf

    original = getattr(pdf, "PdfCanvas")  # noqa: B009 (the module's own name for reportlab's Canvas)
    made: list[RecordingCanvas] = []

    def factory(*args: Any, **kwargs: Any) -> RecordingCanvas:
        made.append(RecordingCanvas(*args, **kwargs))
        return made[-1]

    setattr(pdf, "PdfCanvas", factory)  # noqa: B010
    try:
        pdf.render(canvas, pdf.PdfOptions())
    finally:
        setattr(pdf, "PdfCanvas", original)  # noqa: B010
    recording = made[-1]
    folder = resource("fonts")
    used = {args[0] for name, args, _ in recording.ops if name == "setFont"}
    used.add(recording.init_kwargs.get("initialFontName", ""))
    font_files = {name: str(folder / filename) for name, filename in fonts._FILES.items() if name in used}
    return {"init": recording.init_kwargs, "fonts": font_files, "ops": recording.ops}


def write_recording(canvas: Canvas, path: Path) -> int:
    """Write the recording as JSON; returns the number of drawing calls."""
    recording = record_export(canvas)
    path.write_text(json.dumps(recording, ensure_ascii=False), encoding="utf-8")
    return len(recording["ops"])
