"""One editor per user: an editor started while another runs hands its files to that one.

The running editor listens on a local socket in the user's runtime folder (private to
them). An editor started beside it connects, sends what its command line asked to
open, waits for the running one to say it took the request, and exits; the running
editor opens each file in a window of its own, as if asked from File > Open. A socket
left by an editor that crashed answers no one: it is removed, and the new editor
listens in its place. The editor that will listen holds a lock file from its first
look for the socket until it listens, so two editors started at the same moment do
not both become the one that listens; the later one waits, then hands off. When the
socket cannot be used at all, the editor simply runs on its own.

Start-up stays lean: QtNetwork (about 19 ms to load) is imported to connect only when
a socket file is there to connect to, and to listen once the first window has painted.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from canvas_editor.desktop.identity import APP_ID
from canvas_editor.ui.warm_up import AfterFirstPaint

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

REQUEST_LIMIT = 1024 * 1024  # a request is a list of paths: far less than this
CONNECT_TIMEOUT_MS = 2000
REPLY_TIMEOUT_MS = 10000
LOCK_TIMEOUT_MS = 10000
LISTEN_AT_THE_LATEST_MS = 3000  # for a first window that is never painted (not exposed)
TAKEN = b"taken\n"


@dataclass(frozen=True)
class OpenRequest:
    """What a command line asked to open: files (absolute paths) and a template."""

    files: tuple[str, ...] = ()
    template: str | None = None

    @classmethod
    def from_command_line(cls, files: list[str], template: str | None) -> OpenRequest:
        """Paths made absolute here: the running editor has another working folder."""
        return cls(tuple(os.path.abspath(f) for f in files), template)

    def to_bytes(self) -> bytes:
        return json.dumps({"files": list(self.files), "template": self.template}).encode() + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> OpenRequest | None:
        """The request in one line of JSON; None for anything else."""
        try:
            message = json.loads(data)
        except ValueError:
            return None
        if not isinstance(message, dict):
            return None
        files, template = message.get("files"), message.get("template")
        if not isinstance(files, list) or not all(isinstance(f, str) and os.path.isabs(f) for f in files):
            return None
        if template is not None and not isinstance(template, str):
            return None
        return cls(tuple(files), template)


def runtime_folder() -> Path | None:
    """The user's private runtime folder: `$XDG_RUNTIME_DIR`, else one of ours in the
    temporary folder, made private and checked to be ours; None if neither is usable."""
    value = os.environ.get("XDG_RUNTIME_DIR", "")
    if value and os.path.isabs(value) and os.path.isdir(value):
        return Path(value)
    if sys.platform == "win32":
        return None
    folder = Path(tempfile.gettempdir()) / f"{APP_ID}-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    private = stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077
    return folder if private else None


def server_name() -> str | None:
    """The socket's name: a path in the runtime folder (a named pipe's name on Windows)."""
    if sys.platform == "win32":
        return f"{APP_ID}-{os.environ.get('USERNAME', 'user')}"
    folder = runtime_folder()
    return str(folder / f"{APP_ID}.socket") if folder is not None else None


class HandOff(enum.Enum):
    TAKEN = "a running editor took the request"
    NO_EDITOR = "no editor listens"
    NO_ANSWER = "an editor listens but did not take the request"


def hand_off(name: str, request: OpenRequest) -> HandOff:
    """Give `request` to the editor listening at `name`."""
    if sys.platform != "win32" and not os.path.exists(name):
        return HandOff.NO_EDITOR
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        gone = socket.error() in (
            QLocalSocket.LocalSocketError.ConnectionRefusedError,
            QLocalSocket.LocalSocketError.ServerNotFoundError,
        )
        return HandOff.NO_EDITOR if gone else HandOff.NO_ANSWER
    socket.write(request.to_bytes())
    socket.waitForBytesWritten(REPLY_TIMEOUT_MS)
    reply = b""
    while not reply.endswith(b"\n") and len(reply) < len(TAKEN) and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
        reply += bytes(socket.readAll().data())
    socket.abort()
    return HandOff.TAKEN if reply == TAKEN else HandOff.NO_ANSWER


class SingleInstance(QObject):
    """This editor's side: hand off to a running editor, or listen for later ones."""

    requested = Signal(object)  # an OpenRequest from an editor started later

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: QLocalServer | None = None
        self._pending: dict[QLocalSocket, bytes] = {}
        self._claim: tuple[str, QLockFile] | None = None  # the name to listen on, locked

    def hand_off_or_claim(self, request: OpenRequest) -> bool:
        """True when a running editor took `request` (this one should end). Otherwise
        this editor opens the request itself, and when no editor listens it holds the
        lock until `listen`."""
        name = server_name()
        if name is None:
            return False
        lock = QLockFile(f"{name}.lock")
        locked = lock.tryLock(LOCK_TIMEOUT_MS)
        outcome = hand_off(name, request)
        if outcome is HandOff.NO_EDITOR and locked:
            self._claim = (name, lock)
        elif locked:
            lock.unlock()
        return outcome is HandOff.TAKEN

    def listen_after_first_paint(self, widget: QWidget | None) -> None:
        """`listen` once `widget` has painted, or a few seconds from now at the latest."""
        if widget is None:
            self.listen()
            return
        AfterFirstPaint(widget, self.listen)
        QTimer.singleShot(LISTEN_AT_THE_LATEST_MS, self.listen)

    def listen(self) -> None:
        """Listen on the claimed name, then let the editors waiting on the lock look again."""
        if self._claim is None:
            return
        name, lock = self._claim
        self._claim = None
        try:
            self._server = self._listening_server(name)
        finally:
            lock.unlock()

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def _listening_server(self, name: str) -> QLocalServer | None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # A socket file nobody answers on (its editor crashed): ours now.
            QLocalServer.removeServer(name)
            if not server.listen(name):
                server.deleteLater()
                return None
        server.newConnection.connect(self._accept)
        return server

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._pending[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._pending.get(socket, b"") + bytes(socket.readAll().data())
        line, newline, _ = data.partition(b"\n")
        if not newline:
            if len(data) > REQUEST_LIMIT:
                socket.abort()
            else:
                self._pending[socket] = data
            return
        request = OpenRequest.from_bytes(line)
        self._pending[socket] = b""
        if request is None:
            socket.abort()
            return
        socket.write(TAKEN)
        socket.flush()
        # Opened once the reply is on its way: opening may ask the user something.
        QTimer.singleShot(0, lambda: self.requested.emit(request))

    def _forget(self, socket: QLocalSocket) -> None:
        self._pending.pop(socket, None)
        socket.deleteLater()

    def close(self) -> None:
        """Stop listening (the socket file goes); later editors then start on their own."""
        if self._claim is not None:
            self._claim[1].unlock()
            self._claim = None
        if self._server is not None:
            self._server.close()
            self._server = None
        for socket in list(self._pending):
            with contextlib.suppress(RuntimeError):  # already deleted by Qt
                socket.abort()
        self._pending.clear()
