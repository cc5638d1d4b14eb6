# Shared part of the start-up probes (joined in front of app_start.py or bare_window.py).
#
# Patches QApplication.exec so that, when the event loop starts, an event filter on the
# viewport of each view of class VIEW_CLASS watches for the first Paint. The filter sees
# the event before the view paints, so a zero-delay timer started there notes when the
# paint has finished: Qt paints every dirty widget of the window and flushes it to the
# screen in one pass, and only then returns to the event loop. That is the moment
# start-up is measured to (`first_paint_done`). After settle_ms more, by default the
# probe prints the monotonic times, the window size, the peak RSS and the packages
# loaded at the first paint and by then, and leaves at once (os._exit), so nothing
# after the first paint is measured. A probe may pass
# `then(viewport, extra)` to go on from there instead. Nothing of this lives in the app.
#
# The probe never imports Qt itself: it patches QApplication when the measured code
# imports PySide6.QtWidgets. So Qt is loaded at the moment a user's launch loads it
# (after the entry module, inside the app's own start-up steps such as its pause of
# the garbage collector), and PySide6's import hook, which reads the source of every
# module imported after it, weighs on the same modules as it does for a user.
import json
import os
import resource
import sys
import time

# Phase marks for the instruction count (bench/instructions_bench.py): callgrind, told
# to dump its counters before every getppid(), splits the process at each mark. A
# system call, so a plain run pays nothing measurable.
MARKS = []


def _mark(name):
    MARKS.append(name)
    os.getppid()


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
        "marks": MARKS,
        "loaded_after_settling": sorted(sys.modules),
    }
    result.update(extra)
    print("BENCH " + json.dumps(result), flush=True)
    os._exit(0)


class _WhenImported:
    """Runs `action` right after the module `name` is imported, whoever imports it.

    A bare meta-path finder (no importlib.abc, importlib.util: the probe must not
    import for the app what the app would import itself)."""

    def __init__(self, name, action):
        self.name, self.action = name, action

    def find_spec(self, name, path, target=None):
        if name != self.name:
            return None
        sys.meta_path.remove(self)
        for finder in sys.meta_path:
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                break
        load, action = spec.loader.exec_module, self.action

        def exec_then_act(module):
            load(module)
            action()

        spec.loader.exec_module = exec_then_act
        return spec


def install_first_paint_probe(view_class, settle_ms=0, then=_report_and_exit):
    if "PySide6.QtWidgets" in sys.modules:
        _mark("Qt imported")
        _patch_exec(view_class, settle_ms, then)
    else:
        def patch():
            _mark("Qt imported")
            _patch_exec(view_class, settle_ms, then)

        sys.meta_path.insert(0, _WhenImported("PySide6.QtWidgets", patch))


def _patch_exec(view_class, settle_ms, then):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QGraphicsView

    class FirstPaint(QObject):
        def __init__(self):
            super().__init__()
            self.done = False

        def eventFilter(self, obj, event):
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                times = {"first_paint_event": time.monotonic()}
                _mark("first paint event")

                def painted():
                    times["first_paint_done"] = time.monotonic()
                    # The process's CPU time to here: what runs after the first paint
                    # (the editor's warm-up, ui/warm_up.py) is not start-up.
                    times["cpu_at_first_paint"] = time.process_time()
                    _mark("first paint done")
                    # For the start-up budget guard (tests/perf/test_perf_startup.py).
                    times["packages_at_first_paint"] = sorted({m.partition(".")[0] for m in sys.modules})
                    QTimer.singleShot(settle_ms, lambda: then(obj, times))

                QTimer.singleShot(0, painted)
            return False

    original_exec = QApplication.exec

    def exec_with_probe(*args, **kwargs):
        _mark("event loop")
        app = QApplication.instance()
        app._bench_probe = FirstPaint()
        # On the measured views' viewports only: an application-wide Python filter
        # would turn every event of the start-up into a Python object, and realize
        # PySide's type for each kind of event (tens of ms the app never pays).
        for window in app.topLevelWidgets():
            for view in window.findChildren(QGraphicsView):
                if type(view).__name__ == view_class:
                    view.viewport().installEventFilter(app._bench_probe)
        QTimer.singleShot(60_000, lambda: os._exit(3))  # never hang a benchmark run
        return original_exec(*args, **kwargs)

    QApplication.exec = staticmethod(exec_with_probe)
