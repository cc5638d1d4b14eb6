"""Shared test set-up: Qt runs offscreen unless a test starts its own X server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import hypothesis  # noqa: F401
import pytest

# Hypothesis registers other libraries' random generators when it is first imported and
# warns when they look unreferenced, which they do to the collector once a test has
# frozen what is alive (sharing a workshop does, as `serve` does): import it first.

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _added_widgets_live_through_the_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """pytest-qt keeps the widgets given to `qtbot.addWidget` by weak reference only. Once
    a test returns, a widget it made (Python owns a widget without a parent) may then
    live on through reference cycles alone, still shown; a garbage collection during
    the events pytest-qt processes right after the test can then delete one in the
    middle of its paint (a segfault). Here they are also held strongly until pytest-qt has closed them."""
    from pytestqt.qtbot import QtBot

    kept: list[object] = []
    add_widget = QtBot.addWidget

    def add_and_keep(self: QtBot, widget: object, **options: object) -> None:
        kept.append(widget)
        add_widget(self, widget, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(QtBot, "addWidget", add_and_keep)
    yield
    kept.clear()  # fixtures end after pytest-qt has closed the widgets


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep settings, logs, recovery files and the editor's socket of tests out of the
    real home and runtime folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    # The runtime folder holds the socket a running editor listens on: each test's own,
    # so no editor of another test (or of the user) takes its files.
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))

