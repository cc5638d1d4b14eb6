"""The window's status bar: how many notes (and how many selected), and the zoom.

Permanent labels on the right, so menu tips and "Exported ..." messages still show
on the left. They follow the controller's signals and the view's zoom. The note count
is refreshed once per turn of the event loop: selecting or pasting 2,000 notes sends
2,000 signals, and counting the selection each time would cost seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from canvas_editor.scene.board_view import BoardView


def notes_text(count: int, selected: int) -> str:
    translate = QCoreApplication.translate
    text = (
        translate("StatusBar", "1 note")
        if count == 1
        else translate("StatusBar", "{count} notes").format(count=count)
    )
    if selected:
        return translate("StatusBar", "{notes}, {selected} selected").format(notes=text, selected=selected)
    return text


def zoom_text(scale: float) -> str:
    return QCoreApplication.translate("StatusBar", "Zoom {percent}%").format(percent=f"{scale * 100:.0f}")


class BoardStatus(QWidget):
    """The two labels; `install_status(status_bar, view)` puts them in place."""

    def __init__(self, status_bar: QStatusBar, view: BoardView) -> None:
        super().__init__(status_bar)
        self._view = view
        self.notes_label = QLabel(status_bar)
        self.notes_label.setObjectName("status_notes")
        self.zoom_label = QLabel(status_bar)
        self.zoom_label.setObjectName("status_zoom")
        status_bar.addPermanentWidget(self.notes_label)
        status_bar.addPermanentWidget(self.zoom_label)
        self.hide()  # only the labels show; this object owns the connections
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._refresh_notes)
        controller = view.controller
        for signal in (controller.note_added, controller.note_removed):
            signal.connect(self._schedule)
        controller.canvas_reset.connect(self._schedule)
        view.board_scene.selectionChanged.connect(self._schedule)
        view.zoom_changed.connect(self._show_zoom)
        self.retranslate()

    def retranslate(self) -> None:
        """The labels in the window's language (again on LanguageChange)."""
        self.zoom_label.setToolTip(
            QCoreApplication.translate("StatusBar", "Ctrl+wheel or Ctrl++ / Ctrl+- to zoom, Ctrl+0 to fit")
        )
        self._refresh_notes()
        self._show_zoom(self._view.zoom())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _schedule(self, *_args: object) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _refresh_notes(self) -> None:
        count = len(self._view.controller.canvas.notes)
        selected = len(self._view.board_scene.selectedItems()) if count else 0
        self.notes_label.setText(notes_text(count, selected))

    def _show_zoom(self, scale: float) -> None:
        self.zoom_label.setText(zoom_text(scale))


def install_status(status_bar: QStatusBar, view: BoardView) -> BoardStatus:
    return BoardStatus(status_bar, view)
