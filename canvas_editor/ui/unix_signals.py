"""SIGTERM and SIGINT end the editor the way File > Quit does.

Python runs signal handlers only between bytecodes, and Qt's event loop may sleep in C
for a long time, so the C-level handler writes the signal number to a pipe
(`signal.set_wakeup_fd`) and a QSocketNotifier wakes the loop to run `on_signal`.
Windows wakes only on sockets, so there it is a socket pair; elsewhere a pipe.
"""

from __future__ import annotations

import os
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

HANDLED = (signal.SIGTERM, signal.SIGINT)


class _WakeupChannel:
    """Two non-blocking file descriptors: the signal handler writes, the loop reads."""

    def __init__(self) -> None:
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        if os.name == "nt":
            self._sockets = socket.socketpair()
            for end in self._sockets:
                end.setblocking(False)
            self.read_fd, self.write_fd = (end.fileno() for end in self._sockets)
            return
        self.read_fd, self.write_fd = os.pipe()
        os.set_blocking(self.read_fd, False)
        os.set_blocking(self.write_fd, False)

    def receive(self) -> bytes:
        """The bytes written since the last call; empty when there are none."""
        try:
            if self._sockets is not None:
                return self._sockets[0].recv(64)
            return os.read(self.read_fd, 64)
        except BlockingIOError:
            return b""

    def close(self) -> None:
        if self._sockets is not None:
            for end in self._sockets:
                end.close()
        else:
            os.close(self.read_fd)
            os.close(self.write_fd)


class SignalBridge(QObject):
    def __init__(self, on_signal: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._channel = _WakeupChannel()
        self._previous_fd = signal.set_wakeup_fd(self._channel.write_fd, warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, self._note) for sig in HANDLED}
        self._notifier = QSocketNotifier(self._channel.read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    @staticmethod
    def _note(_signum: int, _frame: object) -> None:
        """Python-level handler: nothing to do here, the wakeup byte carries the news."""

    def _wake(self) -> None:
        received = self._channel.receive()
        if any(b in (int(s) for s in HANDLED) for b in received):
            self._on_signal()

    def uninstall(self) -> None:
        """Give the process its previous handlers back (tests build several apps)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._channel.close()
