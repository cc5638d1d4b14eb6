"""The menu bar and toolbar of a document window, built from named actions.

Edit and View actions call the board view's public methods; File actions call the
window and the workspace. Shortcuts are Qt's standard key sequences, so they follow
the platform's conventions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from canvas_editor.ui.recent_files import fill_recent_menu

if TYPE_CHECKING:
    from canvas_editor.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


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
    print: QAction
    shortcuts: QAction
    find: QAction
    outline: QAction


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: str | tuple[Key, str] | list[QKeySequence] | None = None,
    icon: str = "",
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, tuple):
        action.setShortcuts(_standard(*shortcut))
    elif isinstance(shortcut, list):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if icon:
        themed = QIcon.fromTheme(icon)
        if not themed.isNull():
            action.setIcon(themed)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _standard(key: Key, fallback: str) -> list[QKeySequence]:
    """The platform's keys for a standard command; some platforms (or none) leave it empty."""
    return QKeySequence.keyBindings(key) or [QKeySequence(fallback)]


def _redo_shortcuts() -> list[QKeySequence]:
    """Ctrl+Shift+Z and Ctrl+Y everywhere, plus whatever the platform calls Redo."""
    keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    for key in QKeySequence.keyBindings(Key.Redo):
        if key not in keys:
            keys.append(key)
    return keys


def install_menus(window: MainWindow) -> WindowActions:
    """Build the window's menus and toolbar; returns the actions by name."""
    ws = window.workspace
    view = window.view
    stack = window.controller.undo_stack

    undo = stack.createUndoAction(window, "&Undo")
    undo.setShortcuts(_standard(Key.Undo, "Ctrl+Z"))
    redo = stack.createRedoAction(window, "&Redo")
    redo.setShortcuts(_redo_shortcuts())
    for action, icon in ((undo, "edit-undo"), (redo, "edit-redo")):
        themed = QIcon.fromTheme(icon)
        if not themed.isNull():
            action.setIcon(themed)

    recent_menu = QMenu("Open &Recent", window)
    recent_menu.setObjectName("recent_menu")
    recent_menu.aboutToShow.connect(lambda: fill_recent_menu(recent_menu, ws.recent, window.open_path))

    acts = WindowActions(
        new=_action(
            window, "&New", lambda: ws.new_document(origin=window), (Key.New, "Ctrl+N"), "document-new"
        ),
        new_from_template=_action(window, "New from &Template...", window.new_from_template),
        open=_action(window, "&Open...", window.open_with_dialog, (Key.Open, "Ctrl+O"), "document-open"),
        recent_menu=recent_menu,
        save=_action(window, "&Save", window.save, (Key.Save, "Ctrl+S"), "document-save"),
        save_as=_action(
            window, "Save &As...", window.save_as, (Key.SaveAs, "Ctrl+Shift+S"), "document-save-as"
        ),
        revert=_action(window, "Re&vert", window.revert, tip="Go back to the version saved on disk"),
        close=_action(window, "&Close", window.close, (Key.Close, "Ctrl+W")),
        quit=_action(window, "&Quit", ws.quit, (Key.Quit, "Ctrl+Q"), "application-exit"),
        undo=undo,
        redo=redo,
        cut=_action(window, "Cu&t", view.cut, (Key.Cut, "Ctrl+X"), "edit-cut"),
        copy=_action(window, "&Copy", view.copy, (Key.Copy, "Ctrl+C"), "edit-copy"),
        paste=_action(window, "&Paste", view.paste, (Key.Paste, "Ctrl+V"), "edit-paste"),
        duplicate=_action(window, "D&uplicate", view.duplicate_selected, "Ctrl+D"),
        delete=_action(window, "&Delete", view.delete_selected, (Key.Delete, "Del"), "edit-delete"),
        select_all=_action(
            window, "Select &All", view.select_all, (Key.SelectAll, "Ctrl+A"), "edit-select-all"
        ),
        # The view handles N and Ctrl+Enter itself (not while typing in a note), so the
        # menu only shows the key: binding it here would steal it from the note editor.
        add_note=_action(window, "Add &Note\tN", view.add_note_at_cursor),
        edit_header=_action(window, "Canvas &Details...", view.edit_header),
        zoom_in=_action(window, "Zoom &In", view.zoom_in, (Key.ZoomIn, "Ctrl++"), "zoom-in"),
        zoom_out=_action(window, "Zoom &Out", view.zoom_out, (Key.ZoomOut, "Ctrl+-"), "zoom-out"),
        zoom_fit=_action(window, "&Fit to Window", view.zoom_fit, "Ctrl+0", "zoom-fit-best"),
        about=_action(window, "&About Canvas Editor", window.show_about),
        export_pdf=_action(
            window, "&PDF...", window.export_pdf, tip="A printable PDF: page size, orientation, posters"
        ),
        export_image=_action(
            window, "&Image...", window.export_image, tip="A PNG or SVG picture of the sheet"
        ),
        print=_action(window, "&Print...", window.print_canvas, (Key.Print, "Ctrl+P"), "document-print"),
        shortcuts=_action(window, "&Keyboard Shortcuts", window.show_shortcuts, "Ctrl+/"),
        find=_action(window, "&Find...", window.show_search, (Key.Find, "Ctrl+F"), "edit-find"),
        outline=window.outline_dock.toggleViewAction(),
    )
    acts.outline.setShortcut(QKeySequence("Ctrl+Shift+O"))
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
    export_menu = file_menu.addMenu("&Export")
    export_menu.setObjectName("export_menu")
    export_menu.addActions([acts.export_pdf, acts.export_image])
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
    toolbar.addActions([acts.new, acts.open, acts.save])
    toolbar.addSeparator()
    toolbar.addActions([acts.undo, acts.redo])
    toolbar.addSeparator()
    toolbar.addActions([acts.zoom_out, acts.zoom_in, acts.zoom_fit])
    window.addToolBar(toolbar)
    view_menu.addSeparator()
    view_menu.addAction(toolbar.toggleViewAction())
    return acts
