"""The window speaks the language chosen under View > Language, and switches without a restart."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox

from canvas_editor import i18n
from canvas_editor.ui import language, window_commands
from canvas_editor.ui.main_window import MainWindow
from tests.window_helpers import amazon_window

CATALOGUES = Path(__file__).resolve().parent.parent / "resources" / "translations"


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues() -> None:
    """The .qm files `make` builds, built here too when a test runs without make."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in CATALOGUES.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def window(qtbot: object, tmp_path: Path) -> Iterator[MainWindow]:
    with amazon_window(tmp_path / "settings.ini") as win:
        yield win
    app = QCoreApplication.instance()
    assert app is not None
    language.language_switch(app).apply(i18n.SOURCE_LANGUAGE)


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.menu() is not None]


def choose(window: MainWindow, code: str) -> None:
    """View > Language > the item for `code` ("" for the system's)."""
    action = window.findChild(QAction, f"language:{code or 'system'}")
    assert isinstance(action, QAction)
    action.trigger()
    QApplication.processEvents()  # the LanguageChange events


def test_korean_chosen_in_the_menu_speaks_korean_and_english_comes_back_without_a_restart(
    window: MainWindow,
) -> None:
    english = menu_titles(window)
    assert english[0] == "&File"
    choose(window, "ko")
    korean = menu_titles(window)
    assert korean[0] == "파일(&F)" and "편집(&E)" in korean and "도움말(&H)" in korean
    assert window.menu_actions.save.text() == "저장(&S)"
    assert window.menu_actions.save.statusTip() == "캔버스를 저장합니다"
    choose(window, "en")
    assert menu_titles(window) == english
    assert window.menu_actions.save.text() == "&Save"


def test_every_menu_title_and_command_has_a_korean_text(window: MainWindow) -> None:
    choose(window, "ko")
    for command in window_commands.COMMANDS:
        action = window.findChild(QAction, command.name)
        assert isinstance(action, QAction), command.name
        assert any("\uac00" <= c <= "\ud7a3" for c in action.text()) or action.text().startswith(
            ("PDF", "CSV", "JSON")
        ), (command.name, action.text())
    for menu in window.findChildren(QMenu):
        if menu.objectName() in window_commands.MENUS:
            assert any("\uac00" <= c <= "\ud7a3" for c in menu.title()), menu.objectName()


def test_undo_names_the_step_in_the_language_shown(window: MainWindow) -> None:
    choose(window, "ko")
    undo = window.menu_actions.undo
    assert undo.text() == "실행 취소(&U)" and not undo.isEnabled()
    window.menu_actions.add_note.trigger()
    assert undo.isEnabled() and undo.text().endswith("실행 취소(&U)") and undo.text() != "실행 취소(&U)"


def test_standard_dialog_buttons_speak_korean_through_qts_own_catalogue(window: MainWindow) -> None:
    choose(window, "ko")
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(b.text() for b in box.findChild(QDialogButtonBox).buttons())  # type: ignore[union-attr]
        box.reject()

    QTimer.singleShot(0, read_and_close)
    QMessageBox.question(window, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert any("예" in text for text in seen) and any("아니요" in text for text in seen)


def test_the_choice_is_remembered_and_applied_at_the_next_start(window: MainWindow) -> None:
    choose(window, "ko")
    settings = window.workspace.settings
    assert language.chosen(settings) == "ko"
    app = QCoreApplication.instance()
    assert app is not None
    language.language_switch(app).apply(i18n.SOURCE_LANGUAGE)
    assert QCoreApplication.translate("Commands", "&File") == "&File"
    assert language.language_switch(app).apply(language.chosen(settings)) == "ko"
    assert QCoreApplication.translate("Commands", "&File") == "파일(&F)"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANGUAGE": "ko:en", "LANG": "en_US.UTF-8"}, "ko"),
        ({"LC_ALL": "C", "LANG": "ko_KR.UTF-8"}, "en"),
        ({"LC_MESSAGES": "ko_KR", "LANG": "en_GB"}, "ko"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_command_line_reads_the_language_as_gettext_does(environ: dict[str, str], expected: str) -> None:
    assert i18n.system_language(environ) == expected


def persistent_texts(window: MainWindow) -> dict[str, str]:
    """The texts of the parts of the window that stay open while the language changes."""
    window.outline_dock.show()
    window.snapshots.snapshots_dock.show()
    window.workshop.order_dock.show()
    QApplication.processEvents()
    bar = window.search_bar
    return {
        "outline": window.outline_dock.windowTitle(),
        "outline_tree": window.outline_dock.panel.tree.accessibleName(),
        "snapshots": window.snapshots.snapshots_dock.windowTitle(),
        "order": window.workshop.order_dock.windowTitle(),
        "order_hint": window.workshop.order_dock.panel.hint.text(),
        "find": bar.field.placeholderText(),
        "find_filter": bar.color_box.itemText(0),
        "notes": window.board_status.notes_label.text(),
        "zoom": window.board_status.zoom_label.text(),
        "zoom_tip": window.board_status.zoom_label.toolTip(),
        "timer_tip": window.workshop.time_label.toolTip(),
    }


def test_docks_find_bar_and_status_bar_speak_korean_and_english_again(window: MainWindow) -> None:
    english = persistent_texts(window)
    assert english["outline"] == "Outline" and english["find"] == "Find in notes"
    assert english["notes"].endswith(" notes")
    choose(window, "ko")
    korean = persistent_texts(window)
    assert korean["outline"] == "개요"
    assert korean["snapshots"] == "스냅숏"
    assert korean["order"] == "발표 순서"
    assert korean["find"] == "노트에서 찾기"
    assert korean["find_filter"] == "모든 색"
    assert korean["notes"].startswith("노트 ") and korean["notes"].endswith("개")
    assert korean["zoom"].startswith("확대/축소")
    for name, text in korean.items():
        assert any("\uac00" <= c <= "\ud7a3" for c in text), (name, text)
    # Back to English at run time: every open part follows, without a restart.
    choose(window, "en")
    again = persistent_texts(window)
    assert again.pop("zoom").startswith("Zoom ")  # the percentage follows the board's size
    english.pop("zoom")
    assert again == english
    assert window.outline_dock.toggleViewAction().text() == "&Outline"


def test_a_dialog_of_the_window_speaks_korean(window: MainWindow) -> None:
    from canvas_editor.ui import file_dialogs

    choose(window, "ko")
    seen: list[str] = []

    def read_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend([box.windowTitle(), box.text(), box.informativeText()])
        seen.extend(b.text() for b in box.buttons())
        box.reject()

    QTimer.singleShot(0, read_and_cancel)
    file_dialogs.ask_unsaved_changes(window, "plan.bmc")
    assert seen[0] == "저장하지 않은 변경 사항"
    assert seen[1] == "“plan.bmc”의 변경 사항을 저장하시겠습니까?"
    assert any("저장" in text for text in seen[3:]) and any("취소" in text for text in seen[3:])


def test_the_undo_step_and_the_shortcut_sheet_speak_korean(window: MainWindow) -> None:
    from canvas_editor.ui.shortcuts_sheet import ShortcutsSheet

    choose(window, "ko")
    window.menu_actions.add_note.trigger()
    assert window.menu_actions.undo.text() == "노트 추가 실행 취소(&U)"
    sheet = ShortcutsSheet(window)
    rows = sheet.rows()
    assert ("", "") not in rows
    assert rows[0] == ("명령", "")
    assert any(description == "N 키로 노트를 추가할 블록 선택" for _keys, description in rows)
    sheet.deleteLater()


def test_the_attribution_follows_the_canvas_language_and_names_the_licensor(window: MainWindow) -> None:
    from canvas_editor.model.canvas_words import attribution
    from canvas_editor.model.layout import ATTRIBUTION

    item = window.view.board_scene.attribution_item
    assert item.text == ATTRIBUTION
    window.controller.set_header(language="ko")
    korean = item.text
    assert korean == attribution("ko") != ATTRIBUTION
    assert "Strategyzer AG" in korean and "CC BY-SA 3.0" in korean and "비즈니스 모델 캔버스" in korean
    # The window's language does not change the canvas's words.
    choose(window, "ko")
    window.controller.set_header(language="en")
    assert item.text == ATTRIBUTION


def test_the_translation_check_of_make_lint_passes() -> None:
    """Every shown text is translatable, the catalogue matches the sources, and no entry is unfinished."""
    root = CATALOGUES.parent.parent
    check = root / "tools" / "check_translations.py"
    done = subprocess.run([sys.executable, str(check)], capture_output=True, text=True, cwd=root)
    assert done.returncode == 0, done.stdout
