"""The `.bmc` file format: staged loading, migrations and atomic, byte-stable saves."""

from canvas_editor.storage.errors import BmcError, LoadError, SaveError
from canvas_editor.storage.load import load_canvas, parse_canvas
from canvas_editor.storage.save import canvas_to_bytes, save_canvas

__all__ = [
    "BmcError",
    "LoadError",
    "SaveError",
    "canvas_to_bytes",
    "load_canvas",
    "parse_canvas",
    "save_canvas",
]
