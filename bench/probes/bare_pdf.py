# The floor of the PDF export figure: a bare reportlab script that registers the same
# TrueType fonts (embedded, subset) and replays the drawing calls the export made
# (recorded by bench/pdf_recording.py). Args: RECORDING_JSON OUT_PDF.
import json
import sys

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

with open(sys.argv[1], encoding="utf-8") as f:
    recording = json.load(f)
for name, path in recording["fonts"].items():
    pdfmetrics.registerFont(TTFont(name, path))
init = recording["init"]
if "pagesize" in init:
    init["pagesize"] = tuple(init["pagesize"])
c = Canvas(sys.argv[2], **init)
for name, args, kwargs in recording["ops"]:
    getattr(c, name)(*args, **kwargs)
c.save()
print("BENCH {}")
