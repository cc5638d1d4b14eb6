"""The menu bar and toolbar of a document window, built from named actions.

Each action is made from its entry in ui.window_commands (text, keys, icon, tip);
Edit and View actions call the board view's public methods, File actions call the
window and the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

from canvas_editor.ui import window_commands
from canvas_editor.ui.icons import command_icon
from canvas_editor.ui.recent_files import fill_recent_menu

if TYPE_CHECKING:
    from canvas_editor.ui.main_window import MainWindow


@dataclass
class WindowActions:
    """Every action of a window by name, so tests and other modules can reach them."""

    new: QAction
    new_from_template: QAction
    open: QAction
    recent_menu: QMenu
    save: QAction
    save_as: QAction
    revert: QAction
    close: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    duplicate: QAction
    delete: QAction
    select_all: QAction
    add_note: QAction
    edit_header: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_fit: QAction
    about: QAction
    export_pdf: QAction
    export_image: QAction
    export_markdown: QAction
    export_csv: QAction
    export_json_canvas: QAction
    export_pptx: QAction
    import_file: QAction
    print: QAction
    shortcuts: QAction
    find: QAction
    outline: QAction


def _interchange() -> ModuleType:
    from canvas_editor.ui import interchange  # its dialogs load when first asked for

    return interchange


def _document_export(window: MainWindow, suffix: str) -> Callable[[], object]:
    return lambda: _interchange().export_document(window, suffix)


def command_action(window: MainWindow, name: str, slot: QAction | Callable[[], object]) -> QAction:
    """The action of the table's command `name`: its text, keys, icon and tip; `slot`
    is what it runs, or an action made by its owner (the undo stack's, a dock's) that
    takes the table's text and keys."""
    command = window_commands.command(name)
    if isinstance(slot, QAction):
        action = slot
        action.setText(command.menu_text)
    else:
        action = QAction(command.menu_text, window)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
    action.setObjectName(name)  # every command's action is found by its name
    action.setShortcuts(window_commands.command_keys()[name])
    if command.icon:
        icon = command_icon(command.icon)
        if not icon.isNull():
            action.setIcon(icon)
    if command.tip:
        action.setStatusTip(command.tip)
    return action


def install_menus(window: MainWindow) -> WindowActions:
    """Build the window's menus and toolbar from ui.window_commands; returns the actions by name."""
    ws = window.workspace
    view = window.view
    stack = window.controller.undo_stack

    recent_menu = QMenu("Open &Recent", window)
    recent_menu.setObjectName("recent_menu")
    recent_menu.aboutToShow.connect(lambda: fill_recent_menu(recent_menu, ws.recent, window.open_path))

    slots: dict[str, Callable[[], object]] = {
        "new": lambda: ws.new_document(origin=window),
        "new_from_template": window.new_from_template,
        "open": window.open_with_dialog,
        "save": window.save,
        "save_as": window.save_as,
        "revert": window.revert,
        "export_pdf": window.export_pdf,
        "export_image": window.export_image,
        "export_markdown": _document_export(window, ".md"),
        "export_csv": _document_export(window, ".csv"),
        "export_json_canvas": _document_export(window, ".canvas"),
        "export_pptx": _document_export(window, ".pptx"),
        "import_file": lambda: _interchange().import_file(window),
        "print": window.print_canvas,
        "close": window.close,
        "quit": ws.quit,
        "cut": view.cut,
        "copy": view.copy,
        "paste": view.paste,
        "duplicate": view.duplicate_selected,
        "delete": view.delete_selected,
        "select_all": view.select_all,
        "find": window.show_search,
        "add_note": view.add_note_at_cursor,
        "edit_header": view.edit_header,
        "zoom_in": view.zoom_in,
        "zoom_out": view.zoom_out,
        "zoom_fit": view.zoom_fit,
        "shortcuts": window.show_shortcuts,
        "about": window.show_about,
    }
    # These three are made by their owners: the undo stack keeps its actions' text and
    # enabled state ("Undo Move 5 notes"), the dock's action shows and hides it.
    made: dict[str, QAction] = {
        "undo": stack.createUndoAction(window, "&Undo"),
        "redo": stack.createRedoAction(window, "&Redo"),
        "outline": window.outline_dock.toggleViewAction(),
    }
    actions = {
        name: command_action(window, name, made.get(name) or slots[name])
        for name in WindowActions.__dataclass_fields__
        if name != "recent_menu"
    }
    acts = WindowActions(recent_menu=recent_menu, **actions)
    # Opened from the menu or its key, the outline takes the keyboard (not when restored).
    acts.outline.triggered.connect(window.outline_dock.focus_if_shown)

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.setObjectName("file_menu")
    file_menu.addActions([acts.new, acts.new_from_template, acts.open])
    file_menu.addMenu(recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([acts.save, acts.save_as, acts.revert])
    file_menu.addSeparator()
    file_menu.addAction(acts.import_file)
    export_menu = file_menu.addMenu("&Export")
    export_menu.setObjectName("export_menu")
    export_menu.addActions([acts.export_pdf, acts.export_image])
    export_menu.addSeparator()
    export_menu.addActions([acts.export_markdown, acts.export_csv, acts.export_json_canvas, acts.export_pptx])
    file_menu.addAction(acts.print)
    file_menu.addSeparator()
    file_menu.addActions([acts.close, acts.quit])

    edit_menu = bar.addMenu("&Edit")
    edit_menu.setObjectName("edit_menu")
    edit_menu.addActions([acts.undo, acts.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([acts.cut, acts.copy, acts.paste, acts.duplicate, acts.delete])
    edit_menu.addSeparator()
    edit_menu.addActions([acts.select_all, acts.find])
    edit_menu.addSeparator()
    edit_menu.addActions([acts.add_note, acts.edit_header])

    view_menu = bar.addMenu("&View")
    view_menu.setObjectName("view_menu")
    view_menu.addActions([acts.zoom_in, acts.zoom_out, acts.zoom_fit])
    view_menu.addSeparator()
    view_menu.addAction(acts.outline)

    help_menu = bar.addMenu("&Help")
    help_menu.setObjectName("help_menu")
    help_menu.addActions([acts.shortcuts, acts.about])

    toolbar = QToolBar("Main Toolbar", window)
    toolbar.setObjectName("main_toolbar")  # saveState() needs a name
    # Icons only, whatever the desktop prefers: a button showing "Undo Move 5 notes"
    # would change its width, and move every button after it, at each edit. The text
    # is in the tooltip.
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.addActions([acts.new, acts.open, acts.save])
    toolbar.addSeparator()
    toolbar.addActions([acts.undo, acts.redo])
    toolbar.addSeparator()
    toolbar.addActions([acts.zoom_out, acts.zoom_in, acts.zoom_fit])
    window.addToolBar(toolbar)
    view_menu.addSeparator()
    view_menu.addAction(toolbar.toggleViewAction())
    return acts
