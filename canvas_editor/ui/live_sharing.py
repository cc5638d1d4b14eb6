"""File > Share Workshop: the open canvas as a live room, and the dialog that runs it.

`install_live_sharing(window)` adds the command (declared in ui.window_commands like
every command) to the File menu and the main toolbar. Sharing starts the room of
`live/window_link.py` on the network the facilitator picks (ui/share_network.py;
`address` when set: the tests use loopback) and shows a dialog with what the room
needs on a projector: the join URL, its QR code and the room code in large letters,
and who is connected. From there the facilitator removes a participant, locks the
room, moves it to another network, or stops sharing; closing the dialog leaves the
room running (the command shows it again).

A canvas with a file keeps its room in FILE.live (live/room_file.py), written as
participants write: sharing it again, after Stop Sharing or after the editor was
killed, opens the same room on the same port, so the participants' pages reconnect
with the link they have and can still edit their own notes.

The live modules (pycrdt, websockets, segno) load on the first Share: most windows
never share.
"""

from __future__ import annotations

import gc
import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from canvas_editor.live.host import Person
    from canvas_editor.live.room_client import RoomClient
    from canvas_editor.live.room_file import KeptRoom, RoomKeeper
    from canvas_editor.live.window_link import JoinLink, WindowLink
    from canvas_editor.model.document import Canvas
    from canvas_editor.ui.main_window import MainWindow

FOLLOW_MS = 1000
QR_SCALE = 8  # pixels per module: about 300 px for a join URL, readable across a room
CODE_PIXELS = 72  # the room code, for the back of the room


class LiveSharing(QObject):
    """The window's room: none until the facilitator shares, then one until they stop."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.address: str | None = None  # None: the network picked last, or the LAN's
        self.link: WindowLink | None = None
        self.joined: JoinLink | None = None  # someone else's room (canvas-editor join)
        self.dialog: ShareDialog | None = None
        from canvas_editor.ui.menus import command_action

        self.action = command_action(window, "share_workshop", self.share)
        window.addAction(self.action)
        # The pages follow the timer, the presented block, voting and face-down writing:
        # read once a second and at once when voting or face-down writing is switched (a
        # note written in the second after would go to the wrong room), sent when
        # something changed.
        self._follow = QTimer(self)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self.publish_session)
        self._follow.timeout.connect(self._keep_room)
        window.controller.undo_stack.cleanChanged.connect(self._saved)
        self._keeper: RoomKeeper | None = None
        window.facilitation.actions["voting"].toggled.connect(lambda _on: self.publish_session())
        window.facilitation.changed.connect(self.publish_session)
        file_menu = window.menuBar().findChild(QMenu, "file_menu")
        if file_menu is not None:
            print_action = window.menu_actions.print
            file_menu.insertAction(print_action, self.action)
            file_menu.insertSeparator(print_action)
        toolbar = window.findChild(QToolBar, "main_toolbar")
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.action)

    @property
    def sharing(self) -> bool:
        return self.link is not None

    def share(self) -> None:
        """Start the room (when not shared yet) and show its dialog."""
        if self.link is None and not self._start():
            return
        assert self.link is not None
        if self.dialog is None:
            self.dialog = ShareDialog(self, self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def join(self, client: RoomClient, canvas: Canvas) -> None:
        """Show the canvas of someone else's room, which `client` has joined, and stay
        in the room (a co-facilitator, with the facilitator's link)."""
        from canvas_editor.live.window_link import JoinLink

        room = client.url.split("?")[0].rsplit("/", 1)[-1]
        name = QCoreApplication.translate("Share", "Workshop {room}").format(room=room)
        self.window.load_document(canvas, None, untitled_name=name)
        link = JoinLink(self.window.controller, client)
        link.ended.connect(self._left, Qt.ConnectionType.QueuedConnection)
        self.joined = link
        self.action.setEnabled(False)  # this canvas is shared already, by its host
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Share", "Joined the workshop: your edits reach everyone in it")
        )

    def _left(self, reason: str) -> None:
        from canvas_editor.live import room_client

        messages = {
            room_client.ENDED: QCoreApplication.translate(
                "Share", "The workshop has ended; the canvas stays here"
            ),
            room_client.REMOVED: QCoreApplication.translate(
                "Share", "The facilitator removed you from the workshop"
            ),
            room_client.LOST: QCoreApplication.translate("Share", "The connection to the workshop was lost"),
        }
        self.leave()
        self.window.statusBar().showMessage(messages.get(reason, messages[room_client.LOST]))

    def leave(self) -> None:
        link, self.joined = self.joined, None
        if link is not None:
            link.leave()
            link.deleteLater()
            self.action.setEnabled(True)

    def _start(self) -> bool:
        from canvas_editor.live.room_file import RoomKeeper, read_room, room_file
        from canvas_editor.ui.share_network import network_choices, preferred_address

        self.window.view.board_scene.finish_edit()  # the note being typed goes with the canvas
        address = self.address or preferred_address(self.window.workspace.settings, network_choices())
        path = self.window.path
        kept = read_room(room_file(path)) if path is not None else None
        link = self._listen(address, kept)
        if link is None:
            return False
        self.link = link
        self._keeper = RoomKeeper(path, kept) if path is not None else None
        self._keep_room(saved=self.window.controller.undo_stack.isClean())
        # The room relays every change through short-lived tasks, which sets off a full
        # collection every few seconds; frozen, what sharing loaded (and the canvas) is
        # no longer walked by each one, which stopped the board and the room alike.
        gc.freeze()
        self._follow.start()
        self.publish_session()
        return True

    def _listen(self, address: str, kept: KeptRoom | None) -> WindowLink | None:
        """A started room on `address`: the kept room on its port when that port is free,
        else the same room on a free port; None (and the facilitator is told) when the
        address cannot be listened on."""
        from canvas_editor.live.window_link import WindowLink

        ports = [kept.port, 0] if kept is not None and kept.port else [0]
        for port in ports:
            link = WindowLink(self.window.controller, address, port, access=kept.access if kept else None)
            if kept is not None:
                link.resume(kept)
            try:
                link.start()
                return link
            except OSError as exc:
                link.stop()
                link.deleteLater()
                error = exc
        from canvas_editor.ui import file_dialogs

        reason = error.strerror or str(error)
        file_dialogs.show_error(
            self.window,
            QCoreApplication.translate("Share", "Could Not Share"),
            QCoreApplication.translate("Share", "The workshop could not start on {address}: {reason}").format(
                address=address, reason=reason
            ),
        )
        return None

    def move_to(self, address: str) -> None:
        """The same room (code, tokens, port when free, note owners) on another of this
        machine's networks; pages on the old one are told the room ended there."""
        from canvas_editor.live.room_file import KeptRoom
        from canvas_editor.ui.share_network import remember

        old = self.link
        if old is None or address == old.host.address:
            return
        remember(self.window.workspace.settings, address)
        self.address = address
        host = old.host
        room = KeptRoom(host.access, host.port, host.shared.owners())
        locked = host.locked
        old.stop()
        old.deleteLater()
        self.link = self._listen(address, room)
        if self.link is None:
            self.stop()
            return
        self.link.set_locked(locked)
        self.publish_session()
        if self.dialog is not None:
            self.dialog.bind(self.link)

    def _saved(self, clean: bool) -> None:
        if clean:  # saved, or undone back to what the file holds
            self._keep_room(saved=True)

    def _keep_room(self, saved: bool = False) -> None:
        """FILE.live says what a restarted editor needs to open this room again (beside
        the file the canvas is saved as now: Save As moves it); `saved`: the canvas
        matches that file now."""
        from canvas_editor.live.room_file import RoomKeeper, room_file

        link, path = self.link, self.window.path
        if link is None or path is None:
            return
        if self._keeper is None or self._keeper.path != room_file(path):
            self._keeper = RoomKeeper(path)
        link.keep_room(self._keeper, saved=saved)

    def session_state(self) -> dict[str, Any]:
        """What the participants' pages show of the workshop (docs/live-protocol.md)."""
        from canvas_editor.live.layout import SESSION_BRAINSTORM, brainstorm_session

        timer = self.window.workshop.clock.timer
        block = self.window.workshop.presented_block()
        brainstorm = self.window.view.board_scene.brainstorm
        scope = brainstorm.block.value if brainstorm is not None and brainstorm.block is not None else None
        return {
            "timer": {
                "state": timer.state().value,
                "remaining": math.ceil(timer.remaining()),
                "duration": timer.duration,
            },
            "presented": block.value if block is not None else None,
            "voting": self.window.facilitation.actions["voting"].isChecked(),
            "budget": self.window.controller.canvas.vote_budget,
            # Participants' new notes in its scope go face down, their words kept private.
            SESSION_BRAINSTORM: brainstorm_session(brainstorm is not None, scope),
        }

    def publish_session(self) -> None:
        """The room's session state now; only what changed is sent (once a second
        while the timer runs)."""
        if self.link is not None:
            self.link.put_session(self.session_state())

    def stop(self) -> None:
        """End the room (or leave the one joined): participants' pages say so; the
        canvas stays as it is."""
        self.leave()
        self._keep_room()
        self._follow.stop()
        self._keeper = None
        link, self.link = self.link, None
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        if link is not None:
            link.stop()
            link.deleteLater()
            # What the room left behind is collected, and what lives on frozen again.
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            self.window.statusBar().showMessage(QCoreApplication.translate("Share", "Sharing stopped"), 6_000)


class ShareDialog(QDialog):
    """The room on a projector: join URL, QR code, room code; who is in, and the
    facilitator's controls."""

    def __init__(self, sharing: LiveSharing, parent: QWidget) -> None:
        super().__init__(parent)
        assert sharing.link is not None
        self._sharing = sharing
        self.setObjectName("share_dialog")
        self.setWindowTitle(QCoreApplication.translate("Share", "Share Workshop"))
        self.setModal(False)

        lead = QLabel(
            QCoreApplication.translate(
                "Share", "Scan the code or open the link on a phone or laptop on the same network:"
            ),
            self,
        )
        lead.setWordWrap(True)
        self.qr = QLabel(self)
        self.qr.setObjectName("share_qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(QCoreApplication.translate("Share", "QR code of the join link"))
        self.url = QLineEdit(self)
        self.url.setObjectName("share_url")
        self.url.setReadOnly(True)
        self.url.setAccessibleName(QCoreApplication.translate("Share", "Join link"))
        self.code = QLabel(self)
        self.code.setObjectName("share_code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.code.font())
        font.setPixelSize(CODE_PIXELS)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, CODE_PIXELS / 6)
        self.code.setFont(font)
        self.code.setAccessibleName(QCoreApplication.translate("Share", "Room code"))

        self.count = QLabel(self)
        self.count.setObjectName("share_count")
        self.people = QListWidget(self)
        self.people.setObjectName("share_people")
        self.people.setAccessibleName(QCoreApplication.translate("Share", "Connected"))
        self.remove_button = QPushButton(QCoreApplication.translate("Share", "&Remove Participant"), self)
        self.remove_button.setObjectName("share_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.people.itemSelectionChanged.connect(self._update_remove)
        self.lock = QCheckBox(
            QCoreApplication.translate("Share", "&Lock the room (no one new may join)"), self
        )
        self.lock.setObjectName("share_lock")
        self.lock.toggled.connect(self._set_locked)
        self.network = QComboBox(self)
        self.network.setObjectName("share_network")
        self.network.setAccessibleName(QCoreApplication.translate("Share", "Network the workshop is on"))
        network_label = QLabel(QCoreApplication.translate("Share", "&Network:"), self)
        network_label.setBuddy(self.network)
        self.network.activated.connect(self._network_picked)

        buttons = QDialogButtonBox(self)
        self.stop_button = buttons.addButton(
            QCoreApplication.translate("Share", "&Stop Sharing"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.stop_button.setObjectName("share_stop")
        self.stop_button.clicked.connect(sharing.stop)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.hide)

        people_row = QHBoxLayout()
        people_row.addWidget(self.people, 1)
        side = QVBoxLayout()
        side.addWidget(self.remove_button)
        side.addStretch(1)
        people_row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addWidget(self.qr)
        layout.addWidget(self.code)
        layout.addWidget(self.url)
        network_row = QHBoxLayout()
        network_row.addWidget(network_label)
        network_row.addWidget(self.network, 1)
        layout.addLayout(network_row)
        layout.addWidget(self.count)
        layout.addLayout(people_row)
        layout.addWidget(self.lock)
        layout.addWidget(buttons)
        self.bind(sharing.link)

    def bind(self, link: WindowLink) -> None:
        """Show `link`'s room: its link, code and people (again when it moved network)."""
        from canvas_editor.ui.share_network import network_choices

        host = link.host
        self.qr.setPixmap(qr_pixmap(host.url))
        self.url.setText(host.url)
        self.code.setText(host.access.room)
        choices = network_choices()
        if host.address not in {address for _, address in choices}:
            choices.insert(0, (host.address, host.address))
        self.network.clear()
        for label, address in choices:
            self.network.addItem(label, address)
        self.network.setCurrentIndex(self.network.findData(host.address))
        link.roster_changed.connect(self.show_people, Qt.ConnectionType.QueuedConnection)
        self.show_people(host.roster())

    def _set_locked(self, locked: bool) -> None:
        if self._sharing.link is not None:
            self._sharing.link.set_locked(locked)

    def _network_picked(self, index: int) -> None:
        self._sharing.move_to(str(self.network.itemData(index)))

    def show_people(self, people: list[Person]) -> None:
        participants = [p for p in people if not p.facilitator]
        self.count.setText(
            QCoreApplication.translate("Share", "1 participant connected")
            if len(participants) == 1
            else QCoreApplication.translate("Share", "{count} participants connected").format(
                count=len(participants)
            )
        )
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.people.selectedItems()}
        self.people.clear()
        for person in people:
            name = person.name or QCoreApplication.translate("Share", "(no name yet)")
            if person.facilitator:
                name = QCoreApplication.translate("Share", "{name} (co-facilitator)").format(name=name)
            item = QListWidgetItem(name, self.people)
            item.setData(Qt.ItemDataRole.UserRole, person.public_id)
            item.setSelected(person.public_id in chosen)
        self._update_remove()

    def remove_selected(self) -> None:
        link = self._sharing.link
        if link is None:
            return
        for item in self.people.selectedItems():
            link.remove(str(item.data(Qt.ItemDataRole.UserRole)))

    def _update_remove(self) -> None:
        self.remove_button.setEnabled(bool(self.people.selectedItems()))


def qr_pixmap(text: str) -> QPixmap:
    """`text` as a QR code (black on white, with the quiet zone scanners need)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=QR_SCALE, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def install_live_sharing(window: MainWindow) -> LiveSharing:
    return LiveSharing(window)
