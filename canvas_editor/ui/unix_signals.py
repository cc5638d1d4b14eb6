"""SIGTERM and SIGINT end the editor the way File > Quit does.

Python runs signal handlers only between bytecodes, and Qt's event loop may sleep in C
for a long time, so the C-level handler writes the signal number to a socket
(`signal.set_wakeup_fd`) and a QSocketNotifier wakes the loop to run `on_signal`.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

HANDLED = (signal.SIGTERM, signal.SIGINT)


class SignalBridge(QObject):
    def __init__(self, on_signal: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, self._note) for sig in HANDLED}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    @staticmethod
    def _note(_signum: int, _frame: object) -> None:
        """Python-level handler: nothing to do here, the wakeup byte carries the news."""

    def _wake(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        if any(b in (int(s) for s in HANDLED) for b in received):
            self._on_signal()

    def uninstall(self) -> None:
        """Give the process its previous handlers back (tests build several apps)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._reader.close()
        self._writer.close()
