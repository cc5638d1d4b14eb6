"""File > Share Workshop through the window: a scripted participant (pycrdt, on
loopback) writes on the shared canvas, the note shows on the board, outside the
facilitator's undo history, and Save writes it; Stop Sharing ends the room; the
facilitator removes a participant and locks the room."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QPushButton, QToolBar

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Ballot
from canvas_editor.ui.main_window import MainWindow
from tests.live_client import joined, until
from tests.sharing_window import finished, in_background, pump_until, share
from tests.sharing_window import sharing_window as _window_fixture  # noqa: F401 (the `window` fixture)


def test_share_shows_the_room_and_a_participants_note_is_on_the_board_and_saved(window: MainWindow) -> None:
    toolbar = window.findChild(QToolBar, "main_toolbar")
    assert toolbar is not None and window.findChild(QAction, "share_workshop") in toolbar.actions()
    dialog = share(window)
    host = window.live_sharing.link.host  # type: ignore[union-attr]
    url = dialog.findChild(QLineEdit, "share_url")
    code = dialog.findChild(QLabel, "share_code")
    qr = dialog.findChild(QLabel, "share_qr")
    assert url is not None and code is not None and qr is not None
    assert url.text() == host.url and url.text().startswith("http://127.0.0.1:")
    assert code.text() == host.access.room and code.font().pixelSize() >= 48  # read across a room
    assert qr.pixmap().width() >= 200
    count = dialog.findChild(QLabel, "share_count")
    assert count is not None and count.text() == "0 participants connected"
    seen: dict[str, object] = {}

    async def participant() -> None:
        async with joined(host.url) as alice:
            from pycrdt import Map

            alice.doc.get("participants", type=Map)[alice.public_id()] = Map({"name": "Alice"})
            alice.add_note("from-alice", "key_partners", "참가자 메모", x=0.3, y=0.4)
            await until(lambda: bool(alice.doc.get("session", type=Map).get("ended")), 30)
            seen["ended"] = True

    worker = in_background(lambda: asyncio.run(participant()))
    controller = window.controller
    pump_until(lambda: controller.has_note("from-alice"))
    assert controller.note("from-alice").text == "참가자 메모"
    assert window.view.board_scene.note_item("from-alice") is not None  # on the board
    assert controller.undo_stack.count() == 0  # not the facilitator's to undo
    assert window.isWindowModified()
    pump_until(lambda: count.text() == "1 participant connected")
    people = dialog.findChild(QListWidget, "share_people")
    assert people is not None and [people.item(i).text() for i in range(people.count())] == ["Alice"]

    window.menu_actions.save.trigger()
    assert window.path is not None
    saved = json.loads(window.path.read_bytes())["canvas"]["notes"]
    assert any(n["id"] == "from-alice" and n["text"] == "참가자 메모" for n in saved)
    assert not window.isWindowModified()

    stop = dialog.findChild(QPushButton, "share_stop")
    assert stop is not None
    QTest.mouseClick(stop, Qt.MouseButton.LeftButton)
    finished(worker)
    assert seen == {"ended": True}  # the participant's page learns the workshop ended
    assert not window.live_sharing.sharing
    assert controller.has_note("from-alice")  # the canvas keeps what was written


def test_undoing_a_step_on_a_note_its_writer_deleted_changes_the_rest_and_raises_nothing(
    window: MainWindow,
) -> None:
    share(window)
    host = window.live_sharing.link.host  # type: ignore[union-attr]
    controller = window.controller

    async def participant() -> None:
        async with joined(host.url) as bob:
            bob.add_note("bobs", "channels", "draft")
            await until(lambda: bob.notes["bobs"]["text"] == "the facilitator's wording")
            del bob.notes["bobs"]
            await asyncio.sleep(0.3)

    worker = in_background(lambda: asyncio.run(participant()))
    pump_until(lambda: controller.has_note("bobs"))
    other = controller.canvas.notes[0].id
    controller.set_note_text("bobs", "the facilitator's wording")
    places = {note_id: (controller.note(note_id).block, 0.5, 0.5) for note_id in (other, "bobs")}
    controller.move_notes(places)
    controller.bring_to_front([other])  # its undo restacks a list that names "bobs"
    pump_until(lambda: not controller.has_note("bobs"))
    finished(worker)
    assert controller.undo_stack.count() == 3
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()  # must not raise
    assert not controller.has_note("bobs")
    assert (controller.note(other).x, controller.note(other).y) != (0.5, 0.5)
    while controller.undo_stack.canRedo():
        controller.undo_stack.redo()
    assert not controller.has_note("bobs")
    assert (controller.note(other).x, controller.note(other).y) == (0.5, 0.5)


def test_the_facilitator_removes_a_participant_and_locks_the_room(window: MainWindow) -> None:
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed

    from tests.live_client import websocket_url

    dialog = share(window)
    host = window.live_sharing.link.host  # type: ignore[union-attr]
    closed: dict[str, object] = {}
    release = threading.Event()

    async def participant() -> None:
        async with joined(host.url, "e" * 32) as eve:
            await eve.websocket.wait_closed()
            closed["code"] = eve.websocket.close_code
        async with connect(websocket_url(host.url, "e" * 32)) as again:
            with contextlib.suppress(ConnectionClosed):
                message = await asyncio.wait_for(again.recv(), 10)
                closed["sent"] = message  # nothing of the document may come
            closed["again"] = again.close_code
        release.wait(30)

    worker = in_background(lambda: asyncio.run(participant()))
    people = dialog.findChild(QListWidget, "share_people")
    assert people is not None
    pump_until(lambda: people.count() == 1)
    people.item(0).setSelected(True)
    remove = dialog.findChild(QPushButton, "share_remove")
    assert remove is not None and remove.isEnabled()
    QTest.mouseClick(remove, Qt.MouseButton.LeftButton)
    pump_until(lambda: "again" in closed)
    release.set()
    finished(worker)
    # Told, and told again on every try (not refused as a network failure would be),
    # before anything of the document is sent.
    assert closed == {"code": 4001, "again": 4001}

    lock = dialog.findChild(QCheckBox, "share_lock")
    assert lock is not None
    lock.setChecked(True)
    refused: dict[str, int] = {}

    async def newcomer() -> None:
        await asyncio.sleep(0.2)  # the lock crosses to the room's thread
        async with connect(websocket_url(host.url, "f" * 32)) as knocking:
            with contextlib.suppress(ConnectionClosed):
                refused["sent"] = await asyncio.wait_for(knocking.recv(), 10)  # nothing may come
            refused["code"] = knocking.close_code

    worker = in_background(lambda: asyncio.run(newcomer()))
    finished(worker)
    assert refused == {"code": 4002}


def test_a_face_down_notes_words_reach_participants_only_when_revealed(window: MainWindow) -> None:
    share(window)
    host = window.live_sharing.link.host  # type: ignore[union-attr]
    controller = window.controller
    note_id = controller.add_note(BlockId.CHANNELS, 0.1, 0.1, text="비밀 아이디어", hidden=True, author="Kim")
    seen: dict[str, object] = {}

    async def participant() -> None:
        async with joined(host.url) as carol:
            await until(lambda: note_id in carol.notes)
            entry = dict(carol.notes[note_id])
            seen["face down"] = (entry["hidden"], entry["text"], entry["author"])
            await until(lambda: carol.notes[note_id]["hidden"] is False, 30)
            seen["revealed"] = carol.notes[note_id]["text"]

    worker = in_background(lambda: asyncio.run(participant()))
    pump_until(lambda: "face down" in seen)
    assert seen["face down"] == (True, "", "Kim")  # nothing of the words is in the shared document
    assert "비밀 아이디어".encode() not in host.shared.doc.get_update()
    window.facilitation.reveal()
    finished(worker)
    assert seen["revealed"] == "비밀 아이디어"


def test_the_host_checks_a_participants_ballot_against_the_budget(window: MainWindow) -> None:
    controller = window.controller
    controller.set_vote_budget(2)
    dialog = share(window)
    assert dialog is not None
    window.facilitation.actions["voting"].trigger()  # voting opens for the pages
    host = window.live_sharing.link.host  # type: ignore[union-attr]
    target = controller.canvas.notes[0]
    seen: dict[str, object] = {}

    async def participant() -> None:
        from pycrdt import Map

        async with joined(host.url) as dan:
            dan.doc.get("participants", type=Map)[dan.public_id()] = Map({"name": "Dan"})
            await until(lambda: dan.doc.get("session", type=Map).get("voting") is True)
            ballots = dan.doc.get("ballots", type=Map)
            ballots[dan.public_id()] = [target.id] * 3  # one dot over the budget
            await asyncio.sleep(0.5)
            seen["over"] = ballots.get(dan.public_id())
            ballots[dan.public_id()] = [target.id] * 2
            await until(lambda: dan.notes[target.id]["votes"] == target.votes + 2)

    worker = in_background(lambda: asyncio.run(participant()))
    finished(worker)
    assert seen["over"] is None  # reverted in the room
    pump_until(lambda: controller.note(target.id).votes == target.votes + 2)
    assert Ballot("Dan", (target.id, target.id)) in controller.canvas.ballots
    assert controller.undo_stack.count() == 1  # only the facilitator's budget change
