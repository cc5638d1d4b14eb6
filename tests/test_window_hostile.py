"""Hostile and broken files in the window: a one-line reason, a usable window, nothing run.

- The window's open path under hypothesis (random bytes, damaged valid files, random
  JSON): nothing escapes but the typed load error, shown in one line; the document
  that was open stays as it was and no half-loaded window appears.
- The window shows the same reason as `canvas-editor validate`.
- Markup in a note is text: the in-place editor holds plain text and no image, the
  tooltip shows the tags as typed, and opening and painting such a file reads no file
  and opens no connection (an audit hook in a separate process watches).
- No eval, exec or pickle anywhere in the package (an AST scan of the source).
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import itertools
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QMessageBox

from canvas_editor.cli.main import main as cli_main
from canvas_editor.model.blocks import BlockId
from canvas_editor.scene.note_editor import NoteEditor
from canvas_editor.storage import canvas_to_bytes, save_canvas
from canvas_editor.storage.templates import load_template
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.workspace import Workspace
from tests.window_helpers import ShownErrors, answer_modal, open_workspace, record_errors

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "canvas_editor"
VALID = canvas_to_bytes(load_template("amazon"))
MARKUP = '<b>x</b><img src="file:///etc/passwd"><img src="http://example.com/x.png"> & a<b'


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> ShownErrors:
    return record_errors(monkeypatch)


@pytest.fixture
def workspace(qtbot: object, tmp_path: Path, errors: list[str]) -> Iterator[Workspace]:
    with open_workspace(tmp_path / "settings.ini") as ws:
        yield ws


# ----- the window's open path under hypothesis ------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def damaged_files(draw: st.DrawFn) -> bytes:
    data = bytearray(VALID)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "cut", "insert"]))
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 200))]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=20))
        if not data:
            break
    return bytes(data)


def enveloped(value: object) -> bytes:
    return json.dumps({"format": "bmc", "format_version": 1, "canvas": value}).encode()


hostile_files = st.one_of(
    st.binary(max_size=400),
    damaged_files(),
    json_values.map(lambda v: json.dumps(v).encode()),
    json_values.map(enveloped),
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=hostile_files)
def test_opening_anything_in_the_window_fails_only_with_a_one_line_reason(
    workspace: Workspace, errors: ShownErrors, tmp_path: Path, data: bytes
) -> None:
    if not workspace.windows:
        first = workspace.new_document()
        assert first is not None
        first.controller.add_note(BlockId.CHANNELS, text="my work")  # so Open never replaces it
    (mine,) = workspace.windows[:1]
    before = copy.deepcopy(mine.controller.canvas)
    path = tmp_path / f"hostile-{next(_names)}.bmc"
    path.write_bytes(data)
    errors.clear()
    errors.details.clear()
    opened = workspace.open_paths([path], origin=mine)  # nothing but LoadError may escape
    assert mine.controller.canvas == before and mine.path is None and mine.is_modified()
    if opened:  # a file that happens to be valid opens in a window of its own
        (window,) = opened
        assert window is not mine and window.path == path and errors == []
        window.close()
    else:
        (message,) = errors
        (details,) = errors.details
        assert message.startswith(f"Could not open {path.name}. This ")
        assert details.startswith(f"{path}: ")
        for text in (message, details):
            assert "\n" not in text and "Traceback" not in text and len(text) < 400
        assert workspace.windows == [mine]


_names = itertools.count()


# ----- the same reason as the command line --------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff\xfe binary",
        b"",
        b'{"format": "bmc", "format_version": 1, "canvas": {"notes": [{"id": "a", "block": "key_partner"}]}}',
        b'{"format": "bmc", "format_version": 7, "generator": "canvas-editor 9.0", "canvas": {}}',
        b'{"format": "excalidraw"}',
        b"[" * 100_000,
        VALID[: len(VALID) // 2],
    ],
)
def test_the_window_shows_the_same_reason_as_the_command_line_under_details(
    workspace: Workspace,
    errors: ShownErrors,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
) -> None:
    path = tmp_path / "bad.bmc"
    path.write_bytes(content)
    assert cli_main(["validate", str(path)]) == 1
    cli_line = capsys.readouterr().err.strip()
    assert cli_line.startswith(f"{path}: ")
    reason = cli_line[len(f"{path}: ") :]
    assert workspace.open_paths([path]) == []
    assert errors.details == [cli_line]
    (message,) = errors
    assert message.startswith("Could not open bad.bmc. ") and reason not in message
    assert workspace.windows == []


def test_a_file_from_a_newer_version_says_so(
    workspace: Workspace, errors: ShownErrors, tmp_path: Path
) -> None:
    path = tmp_path / "future.bmc"
    path.write_bytes(
        b'{"format": "bmc", "format_version": 7, "generator": "canvas-editor 9.0", "canvas": {}}'
    )
    workspace.open_paths([path])
    (message,) = errors
    assert "newer Canvas Editor" in message and "Update" in message
    (details,) = errors.details
    assert "format version 7" in details and "canvas-editor 9.0" in details


def test_a_file_that_is_not_a_canvas_says_so_plainly_with_the_parser_under_details(
    qtbot: object, tmp_path: Path
) -> None:
    """The real message box: the plain sentence shown, the technical line behind Show Details."""
    path = tmp_path / "drawing.bmc"
    path.write_bytes(b'{"format": "excalidraw", "elements": []}')
    seen: list[tuple[str, str]] = []

    def read_and_close(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append((dialog.text(), dialog.detailedText()))
        dialog.accept()

    with open_workspace(tmp_path / "settings.ini") as workspace:
        first = workspace.new_document()
        answer_modal(read_and_close)
        assert workspace.open_paths([path], origin=first) == []
    ((text, details),) = seen
    assert text == 'Could not open drawing.bmc. This file is not a canvas (it has no "format": "bmc" line).'
    assert details == f'{path}: not a canvas-editor file (no "format": "bmc" at the top)'


# ----- markup is text ---------------------------------------------------------------------------------


def open_markup_canvas(workspace: Workspace, tmp_path: Path) -> tuple[MainWindow, str]:
    canvas = dataclasses.replace(load_template("blank"), title=MARKUP)
    path = tmp_path / "markup.bmc"
    save_canvas(canvas, path)
    (window,) = workspace.open_paths([path])
    note_id = window.controller.add_note(BlockId.CHANNELS, 0.1, 0.1, text=MARKUP)
    window.controller.set_note_description(note_id, MARKUP)
    return window, note_id


def assert_plain(document: QTextDocument) -> None:
    """No image, link or bold came out of the text: every fragment has the same plain format."""
    formats = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            formats.append(it.fragment().charFormat())
            it += 1
        block = block.next()
    assert formats
    assert not any(f.isImageFormat() or f.isAnchor() for f in formats)
    assert len({f.fontWeight() for f in formats}) == 1


def test_note_text_with_markup_is_shown_as_typed(workspace: Workspace, tmp_path: Path) -> None:
    window, note_id = open_markup_canvas(workspace, tmp_path)
    scene = window.view.board_scene
    item = scene.note_item(note_id)
    assert item is not None
    fitted = item.fitted_text()  # what the note paints: every character, tags included
    assert not fitted.truncated
    assert "".join("".join(fitted.lines).split()) == "".join(MARKUP.split())
    tooltip = QTextDocument()
    tooltip.setHtml(item.tooltip_text())  # as QToolTip renders it
    assert tooltip.toPlainText() == f"{MARKUP}\n\n{MARKUP}"  # text, then description, as typed
    assert_plain(tooltip)
    scene.edit_note(note_id)
    (editor,) = [child for child in item.childItems() if isinstance(child, NoteEditor)]
    assert editor.toPlainText() == MARKUP
    assert_plain(editor.document())
    scene.finish_edit()
    assert window.controller.note(note_id).text == MARKUP


AUDIT_SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from canvas_editor.app import configure_application
from canvas_editor.model.blocks import BlockId
from canvas_editor.ui.workspace import Workspace
configure_application(app)
workspace = Workspace(QSettings(sys.argv[2], QSettings.Format.IniFormat))
warm = workspace.new_document(template="amazon")
warm.grab()
events = []
watching = True

WATCHED = ("open", "socket.connect", "socket.getaddrinfo", "urllib.Request", "subprocess.Popen", "os.system")

def hook(event, args):
    if watching and event in WATCHED:
        events.append((event, str(args[0]) if args else ""))

sys.addaudithook(hook)
(window,) = workspace.open_paths([sys.argv[1]])
window.resize(1200, 800)
window.grab()
scene = window.view.board_scene
for note in window.controller.canvas.notes:
    item = scene.note_item(note.id)
    item.toolTip()
    scene.edit_note(note.id)
    window.grab()
    scene.finish_edit()
window.controller.mark_saved()
watching = False
for event, arg in events:
    print(event, arg)
"""


def test_opening_and_painting_markup_reads_no_other_file_and_connects_nowhere(tmp_path: Path) -> None:
    notes = [
        {"id": f"n{i}", "block": "channels", "text": text, "description": text, "x": 0.1, "y": 0.1 + 0.3 * i}
        for i, text in enumerate([MARKUP, "/etc/passwd", "file:///etc/hosts", "\\\\server\\share\\x.png"])
    ]
    document = {"format": "bmc", "format_version": 1, "canvas": {"title": MARKUP, "notes": notes}}
    path = tmp_path / "hostile.bmc"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", AUDIT_SCRIPT, str(path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    events = [line.split(" ", 1) for line in result.stdout.splitlines()]
    assert ["open", str(path)] in events  # the hook did watch the open
    for event, arg in events:
        assert event == "open", (event, arg)
        if not arg.isdigit() and not os.path.isabs(arg):
            continue  # an import hook's name on sys.path, which package metadata look-ups walk
        if arg.startswith((str(ROOT), sys.prefix, sys.base_prefix)):
            # Python and the installed packages: modules imported the first time they are
            # needed, and package metadata (pydantic looks up its plugins once).
            continue
        assert arg == str(path) or arg.isdigit(), arg


# ----- nothing in the package can run code from data ----------------------------------------------------

FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {
    "pickle",
    "cPickle",
    "_pickle",
    "marshal",
    "shelve",
    "dill",
    "cloudpickle",
    "yaml",
    "jsonpickle",
}


def test_no_eval_exec_or_pickle_anywhere_in_the_package() -> None:
    found = []
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 30
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        for node in ast.walk(tree):
            where = f"{file.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in FORBIDDEN_CALLS
            ):
                found.append(f"{where} calls {node.func.id}()")
            elif isinstance(node, ast.Import):
                found += [
                    f"{where} imports {a.name}"
                    for a in node.names
                    if a.name.split(".")[0] in FORBIDDEN_MODULES
                ]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in FORBIDDEN_MODULES:
                found.append(f"{where} imports {node.module}")
    assert found == []
