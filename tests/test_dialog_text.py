"""Every dialog shows its text whole, with the desktop's font at 100% and at 200%.

Each dialog is shown offscreen as the user gets it and searched for text that is
elided, wider than its widget, or outside the dialog (tests/clipped_text.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QMessageBox, QVBoxLayout, QWidget

from canvas_editor.scene.dialogs import HeaderDialog
from canvas_editor.storage.recovery import RecoveredDocument
from canvas_editor.storage.templates import load_template
from canvas_editor.ui import file_dialogs
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.recovery_prompt import RecoveryDialog
from canvas_editor.ui.shortcuts_sheet import ShortcutsSheet
from canvas_editor.ui.template_chooser import TemplateChooser
from tests.clipped_text import cut_texts, text_scale
from tests.window_helpers import amazon_window, answer_modal

LONG_TITLE = "Amazon 워크숍 Workshop Dec 2026 — Team A"
SCALES = [pytest.param(1.0, id="100%"), pytest.param(2.0, id="200%")]


@pytest.fixture(params=SCALES)
def scale(request: pytest.FixtureRequest) -> Iterator[float]:
    with text_scale(request.param):
        yield request.param


def shown(qtbot, dialog: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_canvas_details_show_every_value_whole(qtbot, scale: float) -> None:  # type: ignore[no-untyped-def]
    canvas = dataclasses.replace(load_template("amazon"), title=LONG_TITLE)
    dialog = shown(qtbot, HeaderDialog(canvas))
    assert canvas.designed_by == "canvas-editor templates"
    assert cut_texts(dialog) == []


def test_the_recovery_prompt_shows_names_times_and_paths_whole(  # type: ignore[no-untyped-def]
    qtbot, scale: float, tmp_path: Path
) -> None:
    where = Path("/home/facilitator/Documents/Workshops/2026") / f"{LONG_TITLE}.bmc"
    now = datetime.now(UTC)
    documents = [
        RecoveredDocument(tmp_path / "a.bmc", "session", "a", where, "", now),
        RecoveredDocument(tmp_path / "b.bmc", "session", "b", None, "Untitled 2", now),
    ]
    dialog = shown(qtbot, RecoveryDialog(documents))
    assert cut_texts(dialog) == []


def test_the_shortcut_sheet_shows_every_key_and_description_whole(  # type: ignore[no-untyped-def]
    qtbot, scale: float, tmp_path: Path
) -> None:
    with amazon_window(tmp_path / "settings.ini") as window:
        assert isinstance(window, MainWindow)
        window.menu_actions.shortcuts.trigger()
        sheet = window.findChild(ShortcutsSheet)
        assert sheet is not None
        qtbot.waitExposed(sheet)
        assert cut_texts(sheet) == []


def test_the_template_chooser_shows_every_description_whole(qtbot, scale: float) -> None:  # type: ignore[no-untyped-def]
    assert cut_texts(shown(qtbot, TemplateChooser())) == []


def test_the_question_to_create_a_missing_file_shows_its_text_whole(qtbot, scale: float) -> None:  # type: ignore[no-untyped-def]
    path = Path("/home/facilitator/Documents/Workshops/2026") / f"{LONG_TITLE}.bmc"
    seen: list[list[str]] = []

    def check_and_create(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(cut_texts(dialog))
        (create,) = (b for b in dialog.buttons() if b.text() == "Create")
        create.click()

    answer_modal(check_and_create)
    assert file_dialogs.ask_create_missing(None, path) is True
    assert seen == [[]]


# ----- the search for cut text finds it ------------------------------------------------------


def test_a_label_a_field_and_a_list_item_too_narrow_for_their_text_are_named(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    label = QLabel("Canvas Editor did not close normally last time")
    label.setFixedWidth(60)
    field = QLineEdit("canvas-editor templates")
    field.setObjectName("designed_by")
    field.setFixedWidth(60)
    items = QListWidget()
    items.addItem("Amazon.bmc \u2014 autosaved 2026-12-03 \u2014 " + "/very/long/path" * 10)
    items.setFixedWidth(120)
    for widget in (label, field, items):
        layout.addWidget(widget)
    shown(qtbot, dialog)
    found = cut_texts(dialog)
    assert len(found) == 3
    assert "Canvas Editor did not close" in found[0]
    assert "designed_by" in found[1] and "canvas-editor templates" in found[1]
    assert "/very/long/path" in found[2]


def test_the_old_fixed_width_of_canvas_details_is_found_cutting_a_value(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = HeaderDialog(load_template("amazon"))
    for edit in dialog.findChildren(QLineEdit):
        edit.setMinimumWidth(0)
    dialog.setFixedWidth(215)
    shown(qtbot, dialog)
    assert any("canvas-editor templates" in problem for problem in cut_texts(dialog))
