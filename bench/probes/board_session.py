# ruff: noqa: F821 (install_first_paint_probe and _report_and_exit come from first_paint.py)
# Figures 2 and 3 in one editor process. `canvas-editor` starts on a blank canvas; once
# it is idle after the first paint of its board the session begins:
#   open: File > Open of the large canvas through the window (MainWindow.open_path,
#         which a blank untitled window answers by loading into itself), timed from
#         the call to the end of the first board paint showing all its notes;
#   drag: presses on a top note and moves it in small steps with QTest mouse events on
#         the viewport, timing each step from the move to the end of the next paint.
# Args: CONFIG_JSON (path, notes, drags, steps).
import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

_config = json.loads(sys.argv[1])


class _PaintCounter(QObject):
    """Notes that the board's viewport was painted (with at least `min_items` scene items).

    It filters the viewport's events only: an application-wide Python filter would
    make a Python object of every event of the session (a cost the app never pays)."""

    def __init__(self, viewport):
        super().__init__()
        self.pending = False
        self.min_items = 0
        self._view = viewport.parent()
        viewport.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if self.min_items and len(self._view.scene().items()) < self.min_items:
                return False
            # Filters run before delivery: the flag is read once processEvents
            # has returned, by which time this paint has finished.
            self.pending = True
        return False


def _wait_for_paint(app, counter, timeout_s):
    """Process events until a board paint has been delivered; False on timeout."""
    counter.pending = False
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        app.processEvents()
        if counter.pending:
            # The paint event was dispatched inside processEvents, so it has finished.
            return True
    return False


def _top_note(view, controller):
    """A note whose item is what a click at its centre hits, and that click's position."""
    scene = view.board_scene
    for note in reversed(controller.canvas.notes):
        item = scene.note_item(note.id)
        if item is None:
            continue
        pos = view.mapFromScene(item.sceneBoundingRect().center())
        if not view.viewport().rect().contains(pos):
            continue
        hit = view.itemAt(pos)
        while hit is not None and hit is not item:
            hit = hit.parentItem()
        if hit is item:
            return note, pos
    raise RuntimeError("no note on the board can be clicked")


def _session(viewport, extra):
    app = QApplication.instance()
    viewport.removeEventFilter(app._bench_probe)
    window = viewport.window()
    counter = _PaintCounter(viewport)
    result = dict(extra)

    counter.min_items = _config["notes"]
    start, start_cpu = time.perf_counter(), time.process_time()
    window.open_path(_config["path"])
    opened = _wait_for_paint(app, counter, 20.0)
    result["open_ms"] = (time.perf_counter() - start) * 1000.0
    # CPU time of the process over the same span: steadier on a shared machine.
    result["open_cpu_ms"] = (time.process_time() - start_cpu) * 1000.0
    result["open_painted"] = opened
    counter.min_items = 0
    if window.path is None:
        raise RuntimeError("the blank window did not load the file into itself")
    view, controller = window.view, window.controller
    result["notes"] = len(controller.canvas.notes)
    result["viewport_w"], result["viewport_h"] = view.viewport().width(), view.viewport().height()
    _wait_for_paint(app, counter, 0.2)  # let anything deferred settle

    steps_ms = []
    missed = 0
    moved = 0
    vp = view.viewport()
    for _ in range(_config["drags"]):
        note, pos = _top_note(view, controller)
        QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
        _wait_for_paint(app, counter, 0.2)
        for i in range(1, _config["steps"] + 1):
            target = pos + QPoint(3 * i, 2 * i)
            start = time.perf_counter()
            QTest.mouseMove(vp, target)
            if not _wait_for_paint(app, counter, 0.5):
                missed += 1
                continue
            steps_ms.append((time.perf_counter() - start) * 1000.0)
        QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
        _wait_for_paint(app, counter, 0.2)
        if controller.canvas.note(note.id) != note:
            moved += 1
    result["drag_steps_ms"] = steps_ms
    result["drag_missed_paints"] = missed
    result["drags_moved"] = moved

    # Typing a query into the find bar (what Ctrl+F opens), one key at a time: each
    # keystroke until the board has painted the new matches. A keystroke that leaves
    # the matches as they were paints nothing and is not counted.
    start = time.perf_counter()
    window.show_search()
    _wait_for_paint(app, counter, 2.0)
    result["find_open_ms"] = (time.perf_counter() - start) * 1000.0
    field = window.search_bar.field
    keys_ms = []
    for ch in _config["query"]:
        start = time.perf_counter()
        QTest.keyClicks(field, ch)
        if _wait_for_paint(app, counter, 1.0):
            keys_ms.append((time.perf_counter() - start) * 1000.0)
    result["find_keys_ms"] = keys_ms
    result["find_query_typed"] = field.text() == _config["query"]
    _report_and_exit(view.viewport(), result)


# The session begins half a second after the first paint, once the editor is idle: a
# user's File > Open comes later than that, after the editor has done what it defers
# to just after its first paint (loading the file validator, ui/warm_up.py).
install_first_paint_probe("BoardView", 500, _session)

from canvas_editor.cli.main import main  # noqa: E402

sys.argv = ["canvas-editor"]
sys.exit(main())
