"""Files shipped inside the package (fonts, templates, the schema).

An installed canvas-editor is a folder of files, found beside this module. Only when
the package runs from a zip archive do the files have no path of their own; then
importlib.resources reads them. It is not imported otherwise: with the tempfile,
shutil and typing machinery it pulls in, it cost about 10 ms at every start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_RESOURCES = Path(__file__).resolve().parent / "resources"


def resource(*parts: str) -> Traversable:
    """`resource("fonts", "OFL.txt")`: a file under canvas_editor/resources."""
    if _RESOURCES.is_dir():
        return _RESOURCES.joinpath(*parts)
    from importlib import resources

    return resources.files("canvas_editor").joinpath("resources", *parts)
