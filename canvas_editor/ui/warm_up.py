"""What the editor will soon need, loaded once the first window has painted.

Opening a file validates it, and importing pydantic and building the canvas's
validator take about 100 ms (docs/architecture.md); the file's watch then hashes it, and hashlib loads
OpenSSL (about 9 ms). Start-up does not need them (bundled templates are trusted), so
they stay out of the way of the first paint and load right after it, while the user
is still looking at the new window: the first File > Open then costs what every later
one does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def load_what_opening_needs() -> None:
    import hashlib  # noqa: F401  (both imported for their side effect: loaded)

    from canvas_editor.model.validation import canvas_adapter

    canvas_adapter()  # pydantic builds the canvas's validator on first use


class AfterFirstPaint(QObject):
    """Runs `action` once, when the event loop is next idle after `widget` painted."""

    def __init__(self, widget: QWidget, action: Callable[[], None]) -> None:
        super().__init__(widget)
        self._action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        self._action()
        self.deleteLater()


def warm_up_after_first_paint(widget: QWidget) -> None:
    AfterFirstPaint(widget, load_what_opening_needs)
