# ruff: noqa: F821 (_PaintSeen and _wait_for_paint come from paint_wait.py)
# The window as the live workshop's host, while the facilitator drags notes on its board.
# Opens CONFIG["path"] in a window and drags notes with QTest mouse events on the
# board's viewport, a move every STEP_MS (a mouse reporting at the screen's rate),
# in three phases:
#   before: without sharing, for CONFIG["floor_seconds"];
#   shared: File > Share Workshop on 127.0.0.1 (the window's WindowLink, its room on
#           the host's thread), then "URL <join url>" on stdout, and drags until a
#           line on stdin says the participants (another process) are done;
#   after:  sharing stopped (the board keeps the participants' notes), the same drags.
# A step is timed from when its move is due (a move the window is too busy to take
# waits, as a user's would, and the moves due meanwhile go with it, as Qt compresses
# mouse moves) to the end of the board's next paint, in wall time and in the GUI
# thread's CPU time. Each participant's note is timed when the window's
# controller has it (DocumentController.note_added) and when the board next paints.
# Prints BENCH with every step (phase, due time, ms), the arrival times, the resident
# memory just before sharing, and the CPU time the room's and the GUI thread took while
# shared.
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

_config = json.loads(sys.argv[1])
STEP_S = _config["step_ms"] / 1000.0
STEPS = _config["steps"]

app = QApplication(["canvas-editor"])
from canvas_editor.app import StartupCollectorPause  # noqa: E402
from canvas_editor.ui.workspace import Workspace  # noqa: E402

# As the editor starts with a file: the collector paused while the window is built,
# then everything alive frozen.
collector = StartupCollectorPause()
settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
workspace = Workspace(settings)
[window] = workspace.open_paths([_config["path"]])
collector.resume()
window.resize(_config["width"], _config["height"])
window.show()
QTest.qWaitForWindowExposed(window)
view, controller = window.view, window.controller
viewport = view.viewport()
paint = _PaintSeen(viewport)
_wait_for_paint(app, paint, 1.0)


class _Arrivals(QObject):
    """When each new note reached the controller, and when the board next painted."""

    def __init__(self):
        super().__init__()
        self.in_controller, self.painted, self._pending = {}, {}, []
        controller.note_added.connect(self._added)
        viewport.installEventFilter(self)

    def _added(self, note_id):
        if note_id not in self.in_controller:
            self.in_controller[note_id] = time.monotonic()
            self._pending.append(note_id)

    def eventFilter(self, obj, event):
        if self._pending and event.type() == QEvent.Type.Paint:
            now = time.monotonic()
            for note_id in self._pending:
                self.painted[note_id] = now
            self._pending.clear()
        return False


_idle = QEventLoop()
_idle_timer = QTimer()
_idle_timer.setSingleShot(True)
_idle_timer.setTimerType(Qt.TimerType.PreciseTimer)
_idle_timer.timeout.connect(_idle.quit)


def _idle_until(at):
    """Let the window run (the room's changes arrive) until `at` (perf_counter)."""
    ms = int((at - time.perf_counter()) * 1000)
    if ms > 0:
        _idle_timer.start(ms)
        _idle.exec()


def _top_note():
    """A note whose item is what a click at its centre hits, and that click's position."""
    scene = view.board_scene
    for note in reversed(controller.canvas.notes):
        item = scene.note_item(note.id)
        if item is None:
            continue
        pos = view.mapFromScene(item.sceneBoundingRect().center())
        if not viewport.rect().contains(pos):
            continue
        hit = view.itemAt(pos)
        while hit is not None and hit is not item:
            hit = hit.parentItem()
        if hit is item:
            return note, pos
    raise RuntimeError("no note on the board can be clicked")


steps = []  # [phase, due (monotonic), wall ms, GUI-thread CPU ms, late ms]
moved = {"before": 0, "shared": 0, "after": 0}
missed = 0


def _drags(phase, done):
    """Drag notes, STEPS moves a drag, back and forth, until done()."""
    global missed
    direction = 1
    while not done():
        note, pos = _top_note()
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
        _wait_for_paint(app, paint, 0.2)
        due = time.perf_counter() + STEP_S  # the oldest move the window has not taken yet
        for i in range(1, STEPS + 1):
            _idle_until(due)
            target = pos + QPoint(3 * i * direction, 2 * i * direction)
            sent, cpu = time.perf_counter(), time.thread_time()
            start = min(due, sent)
            QTest.mouseMove(viewport, target)
            if _wait_for_paint(app, paint, 0.5):
                end = time.perf_counter()
                steps.append(
                    [
                        phase,
                        time.monotonic() - (end - start),
                        (end - start) * 1000.0,
                        (time.thread_time() - cpu) * 1000.0,
                        max(0.0, sent - due) * 1000.0,
                    ]
                )
            else:
                missed += 1
            # Qt delivers only the last of the moves that wait for a busy window: the
            # moves due until this one was sent went with it.
            due += (int(max(0.0, sent - due) / STEP_S) + 1) * STEP_S
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
        _wait_for_paint(app, paint, 0.2)
        if controller.canvas.note(note.id) != note:
            moved[phase] += 1
        direction = -direction


def _for_seconds(seconds):
    end = time.perf_counter() + seconds
    return lambda: time.perf_counter() >= end


_drags("before", _for_seconds(_config["floor_seconds"]))
notes_before = len(controller.canvas.notes)


def _rss_mib():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _thread_cpu_s(native_id):
    """User + system CPU seconds of one thread of this process (/proc)."""
    fields = Path(f"/proc/self/task/{native_id}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


rss_unshared = _rss_mib()
arrivals = _Arrivals()
sharing = window.live_sharing
sharing.address = "127.0.0.1"
sharing.share()  # File > Share Workshop: the room starts, its dialog shows
_wait_for_paint(app, paint, 0.2)
told = threading.Event()
threading.Thread(target=lambda: (sys.stdin.readline(), told.set()), daemon=True).start()
print("URL " + sharing.link.host.url, flush=True)
if _config.get("profile"):  # where the GUI thread's time goes while shared (cProfile)
    import cProfile

    profile = cProfile.Profile()
    profile.enable()
host_thread = sharing.link._thread._thread  # the room's loop (live/host.py, HostThread)


def _cpu_now():
    return _thread_cpu_s(host_thread.native_id), time.thread_time(), time.process_time(), time.monotonic()


shared_cpu = _cpu_now()
_drags("shared", told.is_set)
if _config.get("profile"):
    profile.disable()
    profile.dump_stats(_config["profile"])
shared_cpu = [now - then for now, then in zip(_cpu_now(), shared_cpu, strict=True)]
notes_shared = len(controller.canvas.notes)
sharing.stop()
_drags("after", _for_seconds(_config["floor_seconds"]))

print(
    "BENCH "
    + json.dumps(
        {
            "steps": steps,
            "missed": missed,
            "moved": moved,
            "notes_before": notes_before,
            "rss_unshared_mib": rss_unshared,
            # CPU seconds while shared: the room's thread, the GUI thread, the whole window; and
            # the wall seconds.
            "shared_cpu": dict(
                zip(("host_thread", "gui_thread", "process", "wall"), shared_cpu, strict=True)
            ),
            "notes_shared": notes_shared,
            "in_controller": arrivals.in_controller,
            "painted": arrivals.painted,
            "platform": QApplication.platformName(),
        }
    ),
    flush=True,
)
os._exit(0)
