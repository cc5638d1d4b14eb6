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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QUndoStack
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from canvas_editor.scene.menu_keys import show_key_beside
from canvas_editor.ui import panes, window_commands
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
    next_pane: QAction
    previous_pane: QAction


def _interchange() -> ModuleType:
    from canvas_editor.ui import interchange  # its dialogs load when first asked for

    return interchange


def _document_export(window: MainWindow, suffix: str) -> Callable[[], object]:
    return lambda: _interchange().export_document(window, suffix)


def command_action(window: QWidget, name: str, slot: QAction | Callable[[], object]) -> QAction:
    """The action of the table's command `name`: its text, keys, icon and tip; `slot`
    is what it runs, or an action made by its owner (a dock's) that takes the table's
    text and keys. `retranslate` sets the texts again in another language."""
    command = window_commands.command(name)
    if isinstance(slot, QAction):
        action = slot
    else:
        action = QAction(window)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
    action.setObjectName(name)  # every command's action is found by its name
    if command.hint:
        show_key_beside(action, command.hint)
    else:
        action.setShortcuts(window_commands.keys_of(name))
    if command.icon:
        icon = command_icon(command.icon)
        if not icon.isNull():
            action.setIcon(icon)
    _set_texts(action, command)
    return action


def retranslate_action(action: QAction) -> None:
    """A command's action (named for its command) in the current language: for a dock's
    toggle action, which takes the dock's title whenever the title changes."""
    commands = {command.name: command for command in window_commands.COMMANDS}
    command = commands.get(action.objectName())
    if command is not None:
        _set_texts(action, command)


def _set_texts(action: QAction, command: window_commands.Command) -> None:
    action.setText(command.menu_text)
    action.setStatusTip(command.status_tip)
    if command.short:
        action.setIconText(command.short_text)


def titled_menu(parent: QWidget, name: str) -> QMenu:
    """A menu of `window_commands.MENUS`, named for it, with its title."""
    menu = QMenu(window_commands.tr(window_commands.MENUS[name]), parent)
    menu.setObjectName(name)
    return menu


def titled_toolbar(window: QWidget, name: str) -> QToolBar:
    """A toolbar of `window_commands.TOOLBARS`, named for it (saveState() needs a name)."""
    toolbar = QToolBar(window_commands.tr(window_commands.TOOLBARS[name]), window)
    toolbar.setObjectName(name)
    return toolbar


class StepAction(QAction):
    """Undo or Redo, naming the step it takes ("Undo Move 5 notes"), in the window's language.

    It keeps what the stack's signals say rather than asking the stack, which the
    window may delete first when it closes."""

    def __init__(self, window: QWidget, stack: QUndoStack, redo: bool) -> None:
        super().__init__(window)
        self._redo = redo
        self._step = stack.redoText() if redo else stack.undoText()
        self._possible = stack.canRedo() if redo else stack.canUndo()
        self.triggered.connect(stack.redo if redo else stack.undo)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self._step_changed)
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self._possible_changed)

    def _step_changed(self, step: str) -> None:
        self._step = step
        self.update_text()

    def _possible_changed(self, possible: bool) -> None:
        self._possible = possible
        self.update_text()

    def update_text(self) -> None:
        if self._step:
            pattern = window_commands.REDO_STEP if self._redo else window_commands.UNDO_STEP
            self.setText(window_commands.tr(pattern).format(step=self._step))
        else:
            self.setText(window_commands.command("redo" if self._redo else "undo").menu_text)
        self.setEnabled(self._possible)


def retranslate(window: QWidget) -> None:
    """Every command's action, menu and toolbar of `window` in the current language."""
    commands = {command.name: command for command in window_commands.COMMANDS}
    for action in window.findChildren(QAction):
        command = commands.get(action.objectName())
        if command is not None:
            _set_texts(action, command)
        if isinstance(action, StepAction):
            action.update_text()
    for menu in window.findChildren(QMenu):
        title = window_commands.MENUS.get(menu.objectName())
        if title is not None:
            menu.setTitle(window_commands.tr(title))
    for action in window.findChildren(QAction):
        if action.objectName() == "language:system":
            action.setText(window_commands.tr(window_commands.SYSTEM_LANGUAGE))
    for toolbar in window.findChildren(QToolBar):
        title = window_commands.TOOLBARS.get(toolbar.objectName())
        if title is not None:
            toolbar.setWindowTitle(window_commands.tr(title))
            toolbar.toggleViewAction().setText(toolbar.windowTitle())


def _language_menu(window: MainWindow) -> QMenu:
    """View > Language: the system's, then each language by its own name; a choice
    applies at once to every window and is remembered."""
    from canvas_editor import i18n
    from canvas_editor.ui import language

    menu = titled_menu(window, "language_menu")
    group = QActionGroup(menu)
    settings = window.workspace.settings
    current = language.chosen(settings)
    for code, name in [(language.SYSTEM, window_commands.SYSTEM_LANGUAGE), *i18n.LANGUAGES.items()]:
        action = QAction(window_commands.tr(name) if code == language.SYSTEM else name, menu)
        action.setObjectName(f"language:{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)

        def choose(_checked: bool = False, code: str = code) -> None:
            settings.setValue(language.LANGUAGE_KEY, code)
            app = QCoreApplication.instance()
            if app is not None:
                language.language_switch(app).apply(code)

        action.triggered.connect(choose)
    menu.addActions(group.actions())
    return menu


def install_menus(window: MainWindow) -> WindowActions:
    """Build the window's menus and toolbar from ui.window_commands; returns the actions by name."""
    ws = window.workspace
    view = window.view
    stack = window.controller.undo_stack

    recent_menu = titled_menu(window, "recent_menu")
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
        "next_pane": lambda: panes.focus_pane(window, +1),
        "previous_pane": lambda: panes.focus_pane(window, -1),
        "shortcuts": window.show_shortcuts,
        "about": window.show_about,
    }
    # These three follow their owners: Undo and Redo name the stack's next step and are
    # enabled when there is one, the dock's action shows and hides it.
    made: dict[str, QAction] = {
        "undo": StepAction(window, stack, redo=False),
        "redo": StepAction(window, stack, redo=True),
        "outline": window.outline_dock.toggleViewAction(),
    }
    actions = {
        name: command_action(window, name, made.get(name) or slots[name])
        for name in WindowActions.__dataclass_fields__
        if name != "recent_menu"
    }
    acts = WindowActions(recent_menu=recent_menu, **actions)
    for step in (acts.undo, acts.redo):
        assert isinstance(step, StepAction)
        step.update_text()
    # Opened from the menu or its key, the outline takes the keyboard (not when restored).
    acts.outline.triggered.connect(window.outline_dock.focus_if_shown)

    # The bar's menus are its children, as QMenuBar.addMenu(title) makes them: the
    # window's parts that add to a menu later (ui/workshop.py, ui/facilitation.py,
    # ui/segment_legend.py) look it up in the bar.
    bar = window.menuBar()
    file_menu = titled_menu(bar, "file_menu")
    bar.addMenu(file_menu)
    file_menu.addActions([acts.new, acts.new_from_template, acts.open])
    file_menu.addMenu(recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([acts.save, acts.save_as, acts.revert])
    file_menu.addSeparator()
    file_menu.addAction(acts.import_file)
    export_menu = titled_menu(window, "export_menu")
    file_menu.addMenu(export_menu)
    export_menu.addActions([acts.export_pdf, acts.export_image])
    export_menu.addSeparator()
    export_menu.addActions([acts.export_markdown, acts.export_csv, acts.export_json_canvas, acts.export_pptx])
    file_menu.addAction(acts.print)
    file_menu.addSeparator()
    file_menu.addActions([acts.close, acts.quit])

    edit_menu = titled_menu(bar, "edit_menu")
    bar.addMenu(edit_menu)
    edit_menu.addActions([acts.undo, acts.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([acts.cut, acts.copy, acts.paste, acts.duplicate, acts.delete])
    edit_menu.addSeparator()
    edit_menu.addActions([acts.select_all, acts.find])
    edit_menu.addSeparator()
    edit_menu.addActions([acts.add_note, acts.edit_header])

    view_menu = titled_menu(bar, "view_menu")
    bar.addMenu(view_menu)
    view_menu.addActions([acts.zoom_in, acts.zoom_out, acts.zoom_fit])
    view_menu.addSeparator()
    view_menu.addAction(acts.outline)
    view_menu.addActions([acts.next_pane, acts.previous_pane])
    view_menu.addMenu(_language_menu(window))

    help_menu = titled_menu(bar, "help_menu")
    bar.addMenu(help_menu)
    help_menu.addActions([acts.shortcuts, acts.about])

    toolbar = titled_toolbar(window, "main_toolbar")
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
