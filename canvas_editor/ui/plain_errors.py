"""Why a file would not open, said plainly, for the window's dialogs.

The storage layer's messages are exact and technical, one line each, and the command
line prints them as they are. A dialog leads with what happened in everyday words;
the technical line stays under Details, as the command line would print it, in the
window's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

from canvas_editor.i18n import QT_TRANSLATE_NOOP, supported
from canvas_editor.storage.errors import (
    BmcError,
    FileTooLarge,
    FileUnreadable,
    InvalidCanvas,
    MigrationFailed,
    NotBmc,
    NotJson,
    TooNew,
)

# Within a kind of failure, the storage layer's words tell the cases apart. The plain
# sentences are in English here and translated where shown (context "PlainErrors").
_UNREADABLE = (
    (
        "no such file",
        QT_TRANSLATE_NOOP(
            "PlainErrors", "The file does not exist: it may have been moved, renamed or deleted."
        ),
    ),
    ("permission denied", QT_TRANSLATE_NOOP("PlainErrors", "You do not have permission to read this file.")),
    ("is a folder", QT_TRANSLATE_NOOP("PlainErrors", "This is a folder, not a canvas file.")),
    (
        "not a regular file",
        QT_TRANSLATE_NOOP(
            "PlainErrors", "This is not an ordinary file (it is a device, a pipe or a socket)."
        ),
    ),
    ("not a valid file name", QT_TRANSLATE_NOOP("PlainErrors", "This is not a valid file name.")),
)
_NOT_JSON = (
    ("the file is empty", QT_TRANSLATE_NOOP("PlainErrors", "This file is empty.")),
    (
        "not a text file",
        QT_TRANSLATE_NOOP("PlainErrors", "This file is not a canvas: it is not a text file."),
    ),
)
_NOT_BMC = (
    (
        'no "format": "bmc"',
        QT_TRANSLATE_NOOP("PlainErrors", 'This file is not a canvas (it has no "format": "bmc" line).'),
    ),
)

_BY_KIND: tuple[tuple[type[BmcError], tuple[tuple[str, str], ...], str], ...] = (
    (FileUnreadable, _UNREADABLE, QT_TRANSLATE_NOOP("PlainErrors", "The file could not be read.")),
    (FileTooLarge, (), QT_TRANSLATE_NOOP("PlainErrors", "This file is too large to be a canvas.")),
    (
        NotJson,
        _NOT_JSON,
        QT_TRANSLATE_NOOP(
            "PlainErrors", "This file is not a canvas, or it is damaged: its text is not in canvas format."
        ),
    ),
    (
        NotBmc,
        _NOT_BMC,
        QT_TRANSLATE_NOOP(
            "PlainErrors",
            "This file is not a canvas this editor can read: it is not laid out as a .bmc file.",
        ),
    ),
    (
        TooNew,
        (),
        QT_TRANSLATE_NOOP(
            "PlainErrors", "This canvas was saved by a newer Canvas Editor. Update Canvas Editor to open it."
        ),
    ),
    (
        MigrationFailed,
        (),
        QT_TRANSLATE_NOOP(
            "PlainErrors",
            "This canvas was saved by an older Canvas Editor and could not be brought up to date.",
        ),
    ),
    (
        InvalidCanvas,
        (),
        QT_TRANSLATE_NOOP(
            "PlainErrors", "This canvas is damaged: part of it breaks the rules of the canvas format."
        ),
    ),
)


class Failure(NamedTuple):
    message: str  # what the dialog says
    details: str  # under Details: the technical line


def explain(error: BmcError) -> str:
    """One or two plain sentences for a load failure."""
    text = str(error)
    for kind, cases, otherwise in _BY_KIND:
        if isinstance(error, kind):
            plain = next((plain for words, plain in cases if words in text), otherwise)
            return QCoreApplication.translate("PlainErrors", plain)
    return QCoreApplication.translate("PlainErrors", "The file could not be read.")


def load_failure(lead: str, path: Path | str, error: BmcError) -> Failure:
    """`lead` ("Could not open plan.bmc.") and why in plain words; the technical line,
    `path: reason` as `canvas-editor validate` prints it, as the details."""
    # The default QLocale is the window's language (ui/language.py sets it).
    reason = error.localized(supported(QLocale().name()))
    return Failure(f"{lead} {explain(error)}", f"{path}: {reason}")
