"""File > Export > Markdown, CSV, JSON Canvas and PowerPoint, and File > Import..., from a window.

The exports write what `canvas-editor export` writes; an import opens a new window on
an untitled, modified canvas, asks for a block when notes name none (and for a text
file's lines), and shows why a file cannot be imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu

from canvas_editor.cli.main import main
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.storage.save import save_canvas
from canvas_editor.ui import export_dialog, interchange
from canvas_editor.ui.main_window import MainWindow
from tests.window_helpers import amazon_window, answer_modal, record_errors

EXPORTS = {
    ".md": "export_markdown",
    ".csv": "export_csv",
    ".canvas": "export_json_canvas",
    ".pptx": "export_pptx",
}


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    with amazon_window(tmp_path / "settings.ini") as win:
        yield win


@pytest.fixture
def choose_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[str | None], None]:
    """Answer the export and import file choosers with a file in tmp_path (None: cancel)."""

    def answer(name: str | None) -> None:
        chosen = None if name is None else str(tmp_path / name)
        monkeypatch.setattr(export_dialog, "ask_export_path", lambda *args: chosen)
        monkeypatch.setattr(interchange, "ask_import_path", lambda *args: chosen)

    return answer


def test_the_export_menu_offers_the_documents(window: MainWindow) -> None:
    menu = window.findChild(QMenu, "export_menu")
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&PDF...", "&Image...", "&Markdown...", "&CSV...", "&JSON Canvas...", "P&owerPoint..."]


@pytest.mark.parametrize("suffix", list(EXPORTS))
def test_each_export_writes_what_the_command_line_writes(
    suffix: str, window: MainWindow, choose_file: Callable[[str | None], None], tmp_path: Path
) -> None:
    choose_file("from-window")  # the suffix is added
    getattr(window.menu_actions, EXPORTS[suffix]).trigger()
    source, by_cli = tmp_path / "plan.bmc", tmp_path / f"by-cli{suffix}"
    save_canvas(window.controller.canvas, source)
    assert main(["export", str(source), "-o", str(by_cli)]) == 0
    assert (tmp_path / f"from-window{suffix}").read_bytes() == by_cli.read_bytes()
    assert window.statusBar().currentMessage() == f"Exported from-window{suffix}"


def test_a_cancelled_export_writes_nothing(
    window: MainWindow, choose_file: Callable[[str | None], None], tmp_path: Path
) -> None:
    choose_file(None)
    window.menu_actions.export_markdown.trigger()
    assert [p for p in tmp_path.iterdir() if p.suffix != ".ini"] == []


def new_windows(window: MainWindow) -> list[MainWindow]:
    return [w for w in window.workspace.windows if w is not window]


def test_an_import_opens_a_new_untitled_modified_window(
    window: MainWindow, choose_file: Callable[[str | None], None], tmp_path: Path
) -> None:
    (tmp_path / "ideas.md").write_text("# Ideas\n\n## Channels\n- Web\n- 앱\n", encoding="utf-8")
    choose_file("ideas.md")
    window.menu_actions.import_file.trigger()
    [opened] = new_windows(window)
    assert opened.path is None and opened.is_modified()
    canvas = opened.controller.canvas
    assert (canvas.title, [n.text for n in canvas.notes_in(BlockId.CHANNELS)]) == ("Ideas", ["Web", "앱"])
    assert window.controller.canvas.title == "Amazon"  # the window it was asked from is untouched


def test_a_text_file_asks_which_block_its_lines_go_into(
    window: MainWindow, choose_file: Callable[[str | None], None], tmp_path: Path
) -> None:
    (tmp_path / "list.txt").write_text("Web\nEvents\n", encoding="utf-8")
    choose_file("list.txt")
    asked: list[str] = []

    def pick_channels(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        dialog.setTextValue(BLOCKS[BlockId.CHANNELS].name_en)
        dialog.accept()

    answer_modal(pick_channels)
    window.menu_actions.import_file.trigger()
    assert asked == ["Each line of list.txt becomes a note in:"]
    [opened] = new_windows(window)
    assert [n.text for n in opened.controller.canvas.notes_in(BlockId.CHANNELS)] == ["Web", "Events"]


def test_notes_under_an_unknown_heading_go_where_the_user_says(
    window: MainWindow,
    choose_file: Callable[[str | None], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "plan.md").write_text("## Channels\n- Web\n\n## Ideas\n- Drones\n", encoding="utf-8")
    choose_file("plan.md")
    questions: list[str] = []
    answers = [BlockId.KEY_ACTIVITIES]

    def ask(parent: object, question: str, language: str) -> BlockId | None:
        questions.append(question)
        return answers.pop() if answers else None

    monkeypatch.setattr(interchange, "ask_block", ask)
    window.menu_actions.import_file.trigger()
    assert "line 4" in questions[0] and "'Ideas'" in questions[0]
    [opened] = new_windows(window)
    assert [n.text for n in opened.controller.canvas.notes_in(BlockId.KEY_ACTIVITIES)] == ["Drones"]
    window.menu_actions.import_file.trigger()  # asked again, and cancelled: nothing opens
    assert len(questions) == 2 and len(new_windows(window)) == 1


def test_a_file_that_cannot_be_imported_says_why_and_opens_nothing(
    window: MainWindow,
    choose_file: Callable[[str | None], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    errors = record_errors(monkeypatch)
    (tmp_path / "plan.csv").write_text("block,text,owner\r\nchannels,Web,Ann\r\n", encoding="utf-8")
    (tmp_path / "plan.docx").write_bytes(b"PK")
    for name in ("plan.csv", "plan.docx", "missing.md"):
        choose_file(name)
        window.menu_actions.import_file.trigger()
    assert errors[0].startswith("Could not import plan.csv: line 1: unknown column 'owner' (the columns are")
    assert errors[1].startswith("Could not import plan.docx: only .md")
    assert errors[2] == "Could not import missing.md: no such file"
    assert new_windows(window) == []
