"""One declaration, one refusal: a bad value is refused alike by the editor's edits, the
file loader, a paste and the published JSON Schema, with the same words."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
import pytest
from PySide6.QtCore import QMimeData, Qt
from pytestqt.qtbot import QtBot

from canvas_editor.controller.document_controller import DocumentController
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.resource_files import resource
from canvas_editor.scene.clipboard import NOTES_MIME, put_on_clipboard
from canvas_editor.storage import parse_canvas
from canvas_editor.storage.errors import InvalidCanvas
from canvas_editor.storage.migrations import CURRENT_VERSION
from tests.board_gestures import make_board, press

BAD_COLOURS = ["#ffaa00\n", "red", "#FFF", "#12345G", "", " #FFAA00"]
BAD_LANGUAGES = ["en\n", "e", "en_US", "", "x" * 40, "ko-KR-"]
BAD_IDS = ["bad id", "n1\n", "", "x" * 65, "ü"]


def _file(canvas: dict[str, Any]) -> bytes:
    doc = {"format": "bmc", "format_version": CURRENT_VERSION, "canvas": canvas}
    return json.dumps(doc).encode()


def _note(**fields: Any) -> dict[str, Any]:
    return {"id": "n1", "block": "channels", **fields}


def _loader_says(canvas: dict[str, Any]) -> str:
    with pytest.raises(InvalidCanvas) as caught:
        parse_canvas(_file(canvas))
    return str(caught.value)


def _controller_says(edit: Callable[[DocumentController], object]) -> str:
    controller = DocumentController(Canvas(notes=[Note(id="n0", block=BlockId.CHANNELS)]))
    before = (list(controller.canvas.notes), list(controller.canvas.segments), controller.canvas.language)
    with pytest.raises(ValueError) as caught:
        edit(controller)
    after = (controller.canvas.notes, controller.canvas.segments, controller.canvas.language)
    assert after == before
    assert controller.undo_stack.count() == 0
    return str(caught.value)


def _what(message: str) -> str:
    """The message without its place: `notes[0].color: 'red' is not ...` -> `'red' is not ...`."""
    return message.split(": ", 1)[1]


def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[Any]:
    # JSON Schema patterns are ECMA-262, where `$` is the end of the string; the jsonschema
    # package runs them with Python's `re.search`, whose `$` also matches before a final newline.
    if isinstance(instance, str) and not re.search(pattern.removesuffix("$") + r"\Z", instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


def _schema_accepts(canvas: dict[str, Any]) -> bool:
    (path,) = [p for p in resource("schema").iterdir() if p.name.endswith(".schema.json")]
    base = jsonschema.validators.validator_for({"$schema": "https://json-schema.org/draft/2020-12/schema"})
    ecma = jsonschema.validators.extend(base, {"pattern": _ecma_pattern})
    validator = ecma(json.loads(path.read_text(encoding="utf-8")))
    return validator.is_valid(json.loads(_file(canvas)))


def _paste_adds_nothing(qtbot: QtBot, note: dict[str, Any]) -> None:
    controller, view = make_board(qtbot)
    payload = {"format": "canvas-editor-notes", "version": 1, "notes": [note], "segments": []}
    mime = QMimeData()
    mime.setData(NOTES_MIME, json.dumps(payload).encode())
    put_on_clipboard(mime)
    press(view, Qt.Key.Key_3)
    press(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert controller.canvas.notes == []


def test_the_rules_accept_good_values_at_every_entry_point(qtbot: QtBot) -> None:
    """The refusals below are of the values, not of everything."""
    good = {"language": "ko-KR", "notes": [_note(color="#FFAA00")]}
    assert parse_canvas(_file(good)).notes[0].color == "#FFAA00"
    assert _schema_accepts(good)
    controller = DocumentController()
    controller.set_header(language="ko-KR")
    controller.add_note(BlockId.CHANNELS, color="#ffaa00")
    assert controller.canvas.notes[0].color == "#FFAA00"
    controller, view = make_board(qtbot)
    mime = QMimeData()
    payload = {"format": "canvas-editor-notes", "version": 1, "notes": [_note(color="#FFAA00")]}
    mime.setData(NOTES_MIME, json.dumps(payload).encode())
    put_on_clipboard(mime)
    press(view, Qt.Key.Key_3)
    press(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [n.color for n in controller.canvas.notes] == ["#FFAA00"]


@pytest.mark.parametrize("colour", BAD_COLOURS, ids=repr)
def test_a_bad_note_colour_is_refused_everywhere(qtbot: QtBot, colour: str) -> None:
    in_file = _loader_says({"notes": [_note(color=colour)]})
    assert in_file.startswith("notes[0].color: ")
    added = _controller_says(lambda c: c.add_note(BlockId.CHANNELS, color=colour))
    recoloured = _controller_says(lambda c: c.set_notes_color(["n0"], colour))
    assert _what(added) == _what(recoloured) == _what(in_file)
    assert not _schema_accepts({"notes": [_note(color=colour)]})
    _paste_adds_nothing(qtbot, _note(color=colour))


@pytest.mark.parametrize("colour", BAD_COLOURS, ids=repr)
def test_a_bad_segment_colour_is_refused_everywhere(colour: str) -> None:
    segment = {"id": "s1", "name": "Families", "color": colour}
    in_file = _loader_says({"segments": [segment]})
    assert in_file.startswith("segments[0].color: ")
    assert _what(_controller_says(lambda c: c.add_segment("Families", colour))) == _what(in_file)
    assert not _schema_accepts({"segments": [segment]})


@pytest.mark.parametrize("language", BAD_LANGUAGES, ids=repr)
def test_a_bad_language_is_refused_everywhere(language: str) -> None:
    in_file = _loader_says({"language": language})
    assert in_file.startswith("language: ")
    assert _controller_says(lambda c: c.set_header(language=language)) == in_file
    assert not _schema_accepts({"language": language})


@pytest.mark.parametrize("note_id", BAD_IDS, ids=repr)
def test_a_bad_note_id_is_refused_everywhere(qtbot: QtBot, note_id: str) -> None:
    in_file = _loader_says({"notes": [_note(id=note_id)]})
    assert in_file.startswith("notes[0].id: ")
    added = _controller_says(lambda c: c.add_notes([Note(id=note_id, block=BlockId.CHANNELS)]))
    assert _what(added) == _what(in_file)
    assert not _schema_accepts({"notes": [_note(id=note_id)]})
    _paste_adds_nothing(qtbot, _note(id=note_id))


@pytest.mark.parametrize("votes", [-1, 1.5, True, "3"], ids=repr)
def test_votes_are_a_whole_number_of_at_least_zero_everywhere(qtbot: QtBot, votes: object) -> None:
    in_file = _loader_says({"notes": [_note(votes=votes)]})
    assert in_file.startswith("notes[0].votes: ")
    bad = Note(id="n1", block=BlockId.CHANNELS, votes=votes)  # type: ignore[arg-type]
    assert _what(_controller_says(lambda c: c.add_notes([bad]))) == _what(in_file)
    assert not _schema_accepts({"notes": [_note(votes=votes)]})
    _paste_adds_nothing(qtbot, _note(votes=votes))


@pytest.mark.parametrize("size", [0.49, 2.01, 0, True, "1"], ids=repr)
def test_a_note_size_outside_its_rule_is_refused_everywhere(qtbot: QtBot, size: object) -> None:
    in_file = _loader_says({"notes": [_note(size=size)]})
    assert in_file.startswith("notes[0].size: ")
    resized = _controller_says(lambda c: c.set_notes_size(["n0"], size))  # type: ignore[arg-type]
    bad = Note(id="n1", block=BlockId.CHANNELS, size=size)  # type: ignore[arg-type]
    assert _what(resized) == _what(_controller_says(lambda c: c.add_notes([bad]))) == _what(in_file)
    assert not _schema_accepts({"notes": [_note(size=size)]})
    _paste_adds_nothing(qtbot, _note(size=size))


@pytest.mark.parametrize(
    "tags", [["x" * 51], [f"t{i}" for i in range(51)]], ids=["a tag too long", "too many tags"]
)
def test_tags_outside_their_rule_are_refused_everywhere(qtbot: QtBot, tags: list[str]) -> None:
    in_file = _loader_says({"notes": [_note(tags=tags)]})
    assert in_file.startswith("notes[0].tags")
    tagged = _controller_says(lambda c: c.set_notes_tags(["n0"], tags))
    added = _controller_says(lambda c: c.change_notes_tags(["n0"], add=tags))
    assert _what(tagged) == _what(added)
    assert "notes[0]." + tagged == in_file
    assert not _schema_accepts({"notes": [_note(tags=tags)]})
    _paste_adds_nothing(qtbot, _note(tags=tags))
