"""The editor application: Qt set-up, the first windows, the event loop.

Start-up stays lean: Qt and the window code are imported only here (the command-line
tools never load them), and dialogs, the template chooser and PDF export import their
modules when first used; what opening a file needs (the validator, hashlib) loads
just after the first paint (ui.warm_up). Nothing here imports reportlab.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from canvas_editor import __version__
from canvas_editor.desktop.identity import APP_ID  # imports nothing
from canvas_editor.i18n import translate
from canvas_editor.ui.display_check import missing_display  # imports no Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from canvas_editor.ui.instance_lock import InstanceLock
    from canvas_editor.ui.single_instance import OpenRequest
    from canvas_editor.ui.workspace import Workspace


class StartupCollectorPause:
    """Python's cyclic garbage collector, paused while the editor builds its first windows.

    Start-up makes a few hundred thousand objects that live as long as the editor
    (modules, classes, PySide's enums, the window and its items). Left running, the
    collector goes over them some 70 times before the first paint (8 to 12 ms) and finds
    some 400 to free. Paused from the moment the editor is asked for until its windows are built;
    then everything alive is frozen (gc.freeze: later collections skip it, which also
    keeps every later full collection short) and collection resumes. The price: the
    few hundred cyclic garbage objects made during start-up (about 100 KiB) are never
    freed (reference counting still frees everything else).
    """

    def __init__(self) -> None:
        self._resume_collection = gc.isenabled()
        self._paused = True
        gc.disable()

    def resume(self) -> None:
        """Once the windows are built, or before the recovery question waits for the user
        (an error box about a file that would not open is shown still paused: it makes
        little garbage). Idempotent."""
        if not self._paused:
            return
        self._paused = False
        gc.freeze()
        if self._resume_collection:
            gc.enable()


def configure_application(app: QApplication) -> None:
    """Names for QSettings, the version, the desktop entry and icon the desktop shows the
    windows with (Wayland finds the icon through the desktop file name), the desktop's
    light or dark scheme, and the bundled fonts for the board."""
    app.setOrganizationName(APP_ID)
    app.setApplicationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from PySide6.QtCore import QSettings

    from canvas_editor.ui.language import chosen, language_switch

    language_switch(app).apply(chosen(QSettings()))
    from canvas_editor.scene.fonts import register_fonts
    from canvas_editor.ui.color_scheme import ColorSchemeFollower
    from canvas_editor.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    ColorSchemeFollower(app)
    register_fonts()


def open_first_windows(workspace: Workspace, files: list[str], template: str | None) -> None:
    """The files asked for, a template if named, and a blank canvas if nothing else opened."""
    if files:
        workspace.open_paths(files)
    if template is not None:
        workspace.new_document(template=template)
    if not workspace.windows:
        workspace.new_document()


def open_handed_over(workspace: Workspace, request: OpenRequest) -> None:
    """What an editor started later asked for, in windows of this one, brought to the front."""
    before = set(workspace.windows)
    opened = workspace.open_paths(request.files) if request.files else []
    if request.template is not None or not request.files:
        from canvas_editor.storage.templates import TEMPLATES

        if request.template is None or request.template in TEMPLATES:
            workspace.new_document(template=request.template)
    shown = opened or [w for w in workspace.windows if w not in before]
    if shown:
        shown[-1].raise_()
        shown[-1].activateWindow()


def run_editor(files: list[str], template: str | None = None) -> int:
    reason = missing_display()
    if reason is not None:
        advice = translate("cli", "the commands work without one, see canvas-editor --help")
        print(f"canvas-editor: {reason}; {advice}", file=sys.stderr)
        return 1
    collector = StartupCollectorPause()
    try:
        from canvas_editor.storage.templates import TEMPLATES, UnknownTemplate

        if template is not None and template not in TEMPLATES:
            print(f"canvas-editor: {UnknownTemplate(template)}", file=sys.stderr)
            return 2
        return _run_windows(files, template, collector)
    finally:
        collector.resume()


def _run_windows(files: list[str], template: str | None, collector: StartupCollectorPause) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from canvas_editor.ui.instance_lock import InstanceLock
    from canvas_editor.ui.single_instance import OpenRequest, SingleInstance
    from canvas_editor.ui.unix_signals import SignalBridge
    from canvas_editor.ui.warm_up import warm_up_after_first_paint
    from canvas_editor.ui.workspace import Workspace

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1] or [APP_ID])
    configure_application(app)
    instance = SingleInstance(app)
    if instance.hand_off_or_claim(OpenRequest.from_command_line(files, template)):
        return 0  # the editor already running opens them
    recovery = InstanceLock.acquire()  # None: the data folder is unwritable, run without autosave
    workspace = Workspace(QSettings(), app, recovery=recovery)
    instance.requested.connect(lambda request: open_handed_over(workspace, request))

    def quit_when_closed() -> None:
        if workspace.quit():
            app.quit()

    bridge = SignalBridge(quit_when_closed, app)
    try:
        if recovery is not None:
            offer_recovery(workspace, recovery, before_asking=collector.resume)
        open_first_windows(workspace, files, template)
        first = workspace.windows[0].view.viewport() if workspace.windows else None
        if first is not None:
            warm_up_after_first_paint(first)
        instance.listen_after_first_paint(first)
        collector.resume()
        return int(app.exec())
    finally:
        instance.close()
        bridge.uninstall()
        if recovery is not None:
            recovery.release()


def run_join(url: str) -> int:
    """A co-facilitator's window on someone else's room (`canvas-editor join URL`).

    It is a window of its own process, outside the single running editor: the canvas
    belongs to the host, whose file is the one saved; here Save As keeps a copy.
    """
    reason = missing_display()
    if reason is not None:
        print(f"canvas-editor: {reason}", file=sys.stderr)
        return 1
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from canvas_editor.live.room_client import JoinError, RoomClient
    from canvas_editor.ui.unix_signals import SignalBridge
    from canvas_editor.ui.workspace import Workspace

    try:  # before any window: a link that leads nowhere opens none
        client = RoomClient(url)
        canvas = client.join()
    except JoinError as exc:
        from canvas_editor.i18n import localized

        print(f"canvas-editor join: {localized(exc)}", file=sys.stderr)
        return 1
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1] or [APP_ID])
    configure_application(app)
    workspace = Workspace(QSettings(), app, recovery=None)
    window = workspace.new_document()
    if window is None:
        client.stop()
        return 1
    window.live_sharing.join(client, canvas)

    def quit_when_closed() -> None:
        if workspace.quit():
            app.quit()

    bridge = SignalBridge(quit_when_closed, app)
    try:
        return int(app.exec())
    finally:
        bridge.uninstall()


def offer_recovery(
    workspace: Workspace, recovery: InstanceLock, before_asking: Callable[[], object] | None = None
) -> None:
    """Documents a crashed or killed editor autosaved: offered back before anything else opens.

    `before_asking` runs before the question is shown (start-up resumes garbage
    collection there: the question may stay open for a while).
    """
    crashed = recovery.crashed_sessions()
    if crashed:
        from canvas_editor.ui.recovery_prompt import offer_recovery as ask_and_restore  # only when needed

        if before_asking is not None:
            before_asking()
        ask_and_restore(workspace, recovery, crashed)
