"""The menus: what they hold, and that Edit and View act on the board the user sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from canvas_editor import __version__
from canvas_editor.model.layout import ATTRIBUTION
from canvas_editor.storage.templates import TEMPLATES, load_template
from canvas_editor.ui.main_window import MainWindow
from canvas_editor.ui.template_chooser import TemplateChooser, choose_template
from tests.window_helpers import amazon_window, answer_modal


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> object:
    with amazon_window(tmp_path / "settings.ini") as win:
        yield win


def menu_texts(window: MainWindow, name: str) -> list[str]:
    menu = window.findChild(QMenu, name)
    assert menu is not None
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_menus_hold_the_file_edit_view_and_help_commands(window: MainWindow) -> None:
    assert menu_texts(window, "file_menu") == [
        "&New", "New from &Template...", "&Open...", "Open &Recent",
        "&Save", "Save &As...", "Re&vert", "&Import...", "&Export", "S&hare Workshop...", "&Print...",
        "&Close", "&Quit",
    ]  # fmt: skip
    edit = menu_texts(window, "edit_menu")
    assert edit[:2] == ["&Undo", "&Redo"]
    assert edit[2:] == [
        "Cu&t", "&Copy", "&Paste", "D&uplicate", "&Delete",
        "Select &All", "&Find...", "Add &Note", "Canvas &Details...",
    ]  # fmt: skip
    assert menu_texts(window, "view_menu")[:3] == ["Zoom &In", "Zoom &Out", "&Fit to Window"]
    assert menu_texts(window, "help_menu") == ["&Keyboard Shortcuts", "&About Canvas Editor"]


def test_standard_shortcuts(window: MainWindow) -> None:
    acts = window.menu_actions

    def keys(name: str) -> set[str]:
        return {k.toString() for k in getattr(acts, name).shortcuts()}

    expected = {
        "new": "Ctrl+N", "open": "Ctrl+O", "save": "Ctrl+S", "close": "Ctrl+W", "quit": "Ctrl+Q",
        "copy": "Ctrl+C", "paste": "Ctrl+V", "cut": "Ctrl+X", "select_all": "Ctrl+A", "duplicate": "Ctrl+D",
        "zoom_fit": "Ctrl+0",
    }  # fmt: skip
    for name, key in expected.items():
        assert key in keys(name), name


def test_select_all_delete_and_undo_act_on_the_board(window: MainWindow) -> None:
    notes = [n.id for n in window.controller.canvas.notes]
    window.menu_actions.select_all.trigger()
    assert sorted(window.view.board_scene.selected_note_ids()) == sorted(notes)
    window.menu_actions.delete.trigger()
    assert window.controller.canvas.notes == []
    assert window.isWindowModified()
    window.menu_actions.undo.trigger()
    assert [n.id for n in window.controller.canvas.notes] == notes
    assert not window.isWindowModified()


def test_duplicate_copy_paste_and_cut(window: MainWindow) -> None:
    first = window.controller.canvas.notes[0]
    count = len(window.controller.canvas.notes)
    window.view.board_scene.select_notes([first.id])
    window.menu_actions.duplicate.trigger()
    assert len(window.controller.canvas.notes) == count + 1
    assert window.controller.canvas.notes[-1].text == first.text
    window.menu_actions.undo.trigger()
    assert len(window.controller.canvas.notes) == count

    window.view.board_scene.select_notes([first.id])
    window.menu_actions.copy.trigger()
    window.menu_actions.paste.trigger()
    assert [n.text for n in window.controller.canvas.notes].count(first.text) == 2

    window.view.board_scene.select_notes([first.id])
    window.menu_actions.cut.trigger()
    assert first.id not in {n.id for n in window.controller.canvas.notes}


def test_zoom_in_out_and_fit(window: MainWindow) -> None:
    window.menu_actions.zoom_fit.trigger()
    fitted = window.view.transform().m11()
    window.menu_actions.zoom_in.trigger()
    assert window.view.transform().m11() > fitted
    window.menu_actions.zoom_out.trigger()
    window.menu_actions.zoom_out.trigger()
    assert window.view.transform().m11() < fitted
    window.menu_actions.zoom_fit.trigger()
    assert window.view.transform().m11() == pytest.approx(fitted)


def test_add_note_from_the_menu(window: MainWindow) -> None:
    count = len(window.controller.canvas.notes)
    window.menu_actions.add_note.trigger()
    assert len(window.controller.canvas.notes) == count + 1


def test_about_names_the_version_the_font_licence_and_the_canvas_attribution(window: MainWindow) -> None:
    texts: list[str] = []

    def read_and_close(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        texts.extend([dialog.text(), dialog.detailedText()])
        dialog.accept()

    answer_modal(read_and_close)
    window.menu_actions.about.trigger()
    about, details = texts
    assert __version__ in about
    assert ATTRIBUTION in about
    assert "SIL Open Font License" in about
    assert "NAVER" in details and "SIL OPEN FONT LICENSE" in details.upper()


def test_template_chooser_lists_every_bundled_template(qtbot: object) -> None:
    chooser = TemplateChooser()
    qtbot.addWidget(chooser)  # type: ignore[attr-defined]
    firsts = [chooser.list.item(i).text().split("\n")[0] for i in range(chooser.list.count())]
    # Each template by name, with its canvas's language.
    assert firsts == ["blank (English)", "amazon (English)", "amazon-ko (Korean)"]
    assert list(TEMPLATES) == ["blank", "amazon", "amazon-ko"]
    chooser.list.setCurrentRow(2)
    assert chooser.chosen() == "amazon-ko"


def test_choosing_a_template_and_cancelling(qtbot: object) -> None:
    def pick_amazon(dialog: QDialog) -> None:
        assert isinstance(dialog, TemplateChooser)
        dialog.list.setCurrentRow(list(TEMPLATES).index("amazon"))
        dialog.accept()

    answer_modal(pick_amazon)
    assert choose_template(None) == "amazon"
    assert load_template("amazon").notes  # the chosen name is one the loader knows
    answer_modal(lambda dialog: dialog.reject())
    assert choose_template(None) is None
