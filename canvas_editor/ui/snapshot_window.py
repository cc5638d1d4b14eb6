"""A snapshot (or another state of a board) in a window of its own, read-only.

The window shows a copy: its board has its own controller, and its view passes no
mouse, key or drop to the board, so nothing in it can be edited, and nothing done in
it reaches the document it came from. A comparison shown here lists and marks what
changed from another state to this one.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QGraphicsView, QMainWindow, QWidget

from canvas_editor.controller import DocumentController
from canvas_editor.model.compare import Board
from canvas_editor.model.document import Canvas
from canvas_editor.scene.board_scene import BoardScene
from canvas_editor.scene.fonts import register_fonts
from canvas_editor.ui.compare_panel import ChangeList, Comparison

APP_TITLE = "Canvas Editor"


class ReadOnlyBoard(QGraphicsView):
    """The board of a canvas, fitted to the window; it passes no input to the board."""

    def __init__(self, canvas: Canvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewport(QWidget())  # as BoardView does (docs/architecture.md)
        register_fonts()
        # A copy of the lists: the window never shares a list with a live document.
        copy = replace(canvas, notes=list(canvas.notes), segments=list(canvas.segments), snapshots=[])
        self.controller = DocumentController(copy, self)
        self.board_scene = BoardScene(self.controller, self)
        self.setScene(self.board_scene)
        self.setInteractive(False)
        self.setAcceptDrops(False)
        # The whole sheet always fits: there is nothing to scroll to.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor("#ECEFF1"))

    def fit(self) -> None:
        self.fitInView(self.board_scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()


class SnapshotWindow(QMainWindow):
    def __init__(self, canvas: Canvas, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(
            QCoreApplication.translate("Snapshots", "{title} - read-only - {app}").format(
                title=f"{title[:1].upper()}{title[1:]}", app=APP_TITLE
            )
        )
        self.board = ReadOnlyBoard(canvas, self)
        self.setCentralWidget(self.board)
        self.comparison: Comparison | None = None
        close = QAction(QCoreApplication.translate("Snapshots", "&Close"), self)
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
        close.setShortcuts(keys or [QKeySequence("Ctrl+W")])
        close.triggered.connect(self.close)
        self.addAction(close)
        read_only = QCoreApplication.translate("Snapshots", "Read-only.")
        self.statusBar().showMessage(f"{read_only} {hint}" if hint else read_only)
        self.resize(1100, 720)

    def show_comparison(self, before: Board, title: str) -> Comparison:
        """List and mark what changed from `before` to the board this window shows."""
        dock = QDockWidget(QCoreApplication.translate("Snapshots", "Changes"), self)
        dock.setObjectName("changes_dock")
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        changes = ChangeList(dock)
        dock.setWidget(changes)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        board = self.board
        shown = board.controller.canvas
        comparison = Comparison(changes, board, board.board_scene, before, lambda: shown, title)
        self.comparison = comparison

        def hide() -> None:
            comparison.stop()
            dock.hide()
            self.comparison = None

        changes.close_requested.connect(hide)
        return comparison
