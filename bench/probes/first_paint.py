# Shared part of the start-up probes (joined in front of app_start.py or bare_window.py).
#
# Patches QApplication.exec so that, when the event loop starts, an application-wide
# event filter watches for the first Paint event on the viewport of a view of class
# VIEW_CLASS. A timer then fires after that paint has finished (at once, or after
# settle_ms): by default the probe prints the monotonic time, the window size and the
# peak RSS, and leaves at once (os._exit), so nothing after the first paint is
# measured. A probe may pass `then(viewport, extra)` to go on from there instead.
# Nothing of this lives in the app.
#
# Qt is imported when the probe is installed, not before: the app's console script
# imports its entry module before Qt, and PySide6's import hook (which reads the
# source of every module imported after it) must weigh on the same modules as it does
# for a user.
import json
import os
import resource
import time


def _report_and_exit(viewport, extra):
    from PySide6.QtWidgets import QApplication

    painted = time.monotonic()
    window = viewport.window()
    result = {
        "painted": painted,
        "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
        "window_w": window.width(),
        "window_h": window.height(),
        "viewport_w": viewport.width(),
        "viewport_h": viewport.height(),
        "items": len(viewport.parent().scene().items()) if viewport.parent().scene() else 0,
        "platform": QApplication.platformName(),
    }
    result.update(extra)
    print("BENCH " + json.dumps(result), flush=True)
    os._exit(0)


def install_first_paint_probe(view_class, settle_ms=0, then=_report_and_exit):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QGraphicsView

    class FirstPaint(QObject):
        def __init__(self):
            super().__init__()
            self.done = False

        def eventFilter(self, obj, event):
            if self.done or event.type() != QEvent.Type.Paint:
                return False
            view = obj.parent()
            if (
                isinstance(view, QGraphicsView)
                and type(view).__name__ == view_class
                and obj is view.viewport()
            ):
                self.done = True
                first = time.monotonic()
                QTimer.singleShot(settle_ms, lambda: then(obj, {"first_paint_event": first}))
            return False

    original_exec = QApplication.exec

    def exec_with_probe(*args, **kwargs):
        app = QApplication.instance()
        app._bench_probe = FirstPaint()
        app.installEventFilter(app._bench_probe)
        QTimer.singleShot(60_000, lambda: os._exit(3))  # never hang a benchmark run
        return original_exec(*args, **kwargs)

    QApplication.exec = staticmethod(exec_with_probe)
