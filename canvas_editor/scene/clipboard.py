"""Notes on the clipboard: JSON between canvases, plain text lines for everything else.

Copying puts both a custom mime type (notes with colours, positions, descriptions and
the segments they use) and text/plain (one line per note), so another canvas gets
the notes back whole and a text editor, chat or spreadsheet gets readable lines.
Pasting plain text makes one note per non-empty line.
"""

from __future__ import annotations

import atexit
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication

from canvas_editor.model.document import Note, Segment
from canvas_editor.model.rules import MAX_NOTE_TEXT
from canvas_editor.storage.canvas_json import notes_to_json, segments_to_json

NOTES_MIME = "application/x-canvas-editor-notes+json"
_FORMAT = "canvas-editor-notes"
_MAX_BYTES = 32 * 1024 * 1024
MAX_PASTE = 1_000  # notes (or lines) one paste may add

_Value = TypeVar("_Value", Note, Segment)


@dataclass(frozen=True)
class ClipboardNotes:
    notes: list[Note]
    segments: list[Segment]


def notes_to_mime(notes: list[Note], segments: list[Segment]) -> QMimeData:
    """Both representations of these notes; `segments` are the ones they refer to."""
    used = {n.segment for n in notes if n.segment is not None}
    payload = {
        "format": _FORMAT,
        "version": 1,
        "notes": notes_to_json(notes),
        "segments": segments_to_json([s for s in segments if s.id in used]),
    }
    mime = QMimeData()
    mime.setData(NOTES_MIME, QByteArray(json.dumps(payload, ensure_ascii=False).encode("utf-8")))
    mime.setText(notes_as_text(notes))
    return mime


def notes_as_text(notes: list[Note]) -> str:
    """One line per note (a note's own line breaks become spaces), so the lines paste back."""
    return "\n".join(" ".join(n.text.split()) for n in notes)


def notes_from_mime(mime: QMimeData) -> ClipboardNotes | None:
    """The notes of a canvas-editor copy; None when the clipboard holds none (or junk)."""
    if not mime.hasFormat(NOTES_MIME):
        return None
    raw = bytes(mime.data(NOTES_MIME).data())
    if len(raw) > _MAX_BYTES:
        return None
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(payload, dict) or payload.get("format") != _FORMAT:
        return None
    # Imported here: the validation engine is only needed once something is pasted.
    from canvas_editor.model.validation import validate_note, validate_segment

    notes = _valid(validate_note, payload.get("notes"))[:MAX_PASTE]
    segments = _valid(validate_segment, payload.get("segments"))
    return ClipboardNotes(notes, segments) if notes else None


def _valid(validate: Callable[[object], _Value], items: object) -> list[_Value]:
    """The items that pass `validate`; the others are skipped, not fatal."""
    from canvas_editor.model.validation import ValidationError

    if not isinstance(items, list):
        return []
    out: list[_Value] = []
    for item in items:
        try:
            out.append(validate(item))
        except ValidationError:
            continue
    return out


def lines_from_text(text: str) -> list[str]:
    """Note texts for pasted plain text: one per non-empty line (spreadsheet cells joined)."""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(line.replace("\t", " ").split())
        if line:
            lines.append(line[:MAX_NOTE_TEXT])
        if len(lines) >= MAX_PASTE:
            break
    return lines


_exit_hook_installed = False


def put_on_clipboard(mime: QMimeData) -> None:
    """Hand the data to the system clipboard.

    On the offscreen platform (tests, servers) a QMimeData made in Python and left on
    the clipboard crashes the process as it exits (PySide6 6.11, offscreen plugin), so
    there the clipboard is emptied at exit; nothing outside the process can read it.
    """
    global _exit_hook_installed
    if not _exit_hook_installed and QGuiApplication.platformName() == "offscreen":
        atexit.register(_clear_offscreen_clipboard)
        _exit_hook_installed = True
    QGuiApplication.clipboard().setMimeData(mime)


def _clear_offscreen_clipboard() -> None:
    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
