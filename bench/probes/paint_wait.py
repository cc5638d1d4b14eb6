# Waiting for the board's next paint: joined in front of a probe that times a gesture
# from the input to the end of the paint it causes (present_steps.py, segment_focus.py).
import time

from PySide6.QtCore import QEvent, QObject


class _PaintSeen(QObject):
    """Notes that the viewport received a Paint event (the filter runs before the
    paint; once processEvents returns, the paint has finished)."""

    def __init__(self, viewport):
        super().__init__()
        self.seen = False
        viewport.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def _wait_for_paint(app, paint, timeout_s):
    paint.seen = False
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        app.processEvents()
        if paint.seen:
            return True
    return False
