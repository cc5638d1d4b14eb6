"""Files shipped with the package (fonts, templates, the schema).

The repository keeps them in its top-level resources/ folder; a wheel installs that
folder as canvas_editor/resources/ (see setup.py). An installed canvas-editor finds
them there, beside this module; one run from a checkout (an editable install, or
PYTHONPATH pointing at it) finds resources/ beside the package's folder. Only when the
package runs from a zip archive do the files have no path of their own; then
importlib.resources reads them. It is not imported otherwise: with the tempfile,
shutil and typing machinery it pulls in, it cost about 10 ms at every start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_PACKAGE = Path(__file__).resolve().parent
# Where each layout keeps the files: an installed wheel, then a checkout.
_FOLDERS = (_PACKAGE / "resources", _PACKAGE.parent / "resources")


def resource(*parts: str) -> Traversable:
    """`resource("fonts", "OFL.txt")`: a file shipped under resources/; `resource("schema")`: a folder."""
    for folder in _FOLDERS:
        if folder.is_dir():
            return folder.joinpath(*parts)
    from importlib import resources

    return resources.files("canvas_editor").joinpath("resources", *parts)
