"""The test set-up itself: what keeps the suite from crashing on its own objects."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_a_widget_given_to_qtbot_outlives_a_garbage_collection_until_closed(qtbot: QtBot) -> None:
    """pytest-qt alone holds it weakly; kept only by a cycle, a collection would delete it shown."""
    widget = QWidget()
    widget.me = widget  # type: ignore[attr-defined]  # a cycle, as views and scenes make
    qtbot.addWidget(widget)
    widget.show()
    alive = weakref.ref(widget)
    del widget
    gc.collect()
    shown = alive()
    assert shown is not None and shown.isVisible()
