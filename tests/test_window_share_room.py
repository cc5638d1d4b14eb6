"""The window's room outlives a stop: it is kept beside the canvas (FILE.live) while
participants write, so sharing again opens the same room, on the same link, and a
participant still edits their own note; and the facilitator moves the room to
another of the machine's networks from the Share Workshop dialog."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
from collections.abc import AsyncIterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit

from canvas_editor.ui import share_network
from canvas_editor.ui.live_sharing import ShareDialog
from canvas_editor.ui.main_window import MainWindow
from tests.live_client import joined, until
from tests.sharing_window import finished, in_background, pump_until, share
from tests.sharing_window import sharing_window as _window_fixture  # noqa: F401 (the `window` fixture)

SECRET = "d" * 32  # the same browser, before and after


def _shown_url(dialog: ShareDialog) -> str:
    url = dialog.findChild(QLineEdit, "share_url")
    assert url is not None
    return url.text()


def test_sharing_again_opens_the_same_room_and_its_writer_still_edits_their_note(window: MainWindow) -> None:
    url = _shown_url(share(window))
    assert window.path is not None
    kept = window.path.with_name(window.path.name + ".live")

    async def write() -> None:
        async with joined(url, SECRET) as alice:
            alice.add_note("alices-note", "channels", "before the stop")
            await asyncio.sleep(0.3)

    worker = in_background(lambda: asyncio.run(write()))
    pump_until(lambda: window.controller.has_note("alices-note"))
    finished(worker)
    # Written while the room runs, so an editor killed now would find it.
    pump_until(lambda: kept.exists() and "alices-note" in json.loads(kept.read_text())["owners"])
    assert kept.stat().st_mode & 0o077 == 0  # it holds the room's tokens
    window.live_sharing.stop()

    assert _shown_url(share(window)) == url  # the pages' links still lead here

    async def edit() -> None:
        async with joined(url, SECRET) as alice:
            alice.notes["alices-note"]["text"] = "after sharing again"
            await until(lambda: alice.notes["alices-note"]["text"] == "after sharing again")
            await asyncio.sleep(0.3)

    worker = in_background(lambda: asyncio.run(edit()))
    pump_until(lambda: window.controller.note("alices-note").text == "after sharing again")
    finished(worker)


def test_the_facilitator_moves_the_room_to_another_network(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # This machine's networks, as the dialog lists them: two loopback addresses stand
    # for the venue's Wi-Fi and the laptop itself.
    networks = [("Wi-Fi (127.0.0.2)", "127.0.0.2"), ("This computer only (127.0.0.1)", "127.0.0.1")]
    monkeypatch.setattr(share_network, "network_choices", lambda: list(networks))
    dialog = share(window)
    before = _shown_url(dialog)
    picker = dialog.findChild(QComboBox, "share_network")
    assert picker is not None
    assert [picker.itemText(i) for i in range(picker.count())] == [label for label, _ in networks]
    assert picker.currentData() == "127.0.0.1"

    picker.setFocus()
    QTest.keyClick(picker, Qt.Key.Key_Up)  # the Wi-Fi, above
    after = _shown_url(dialog)
    assert after.startswith("http://127.0.0.2:")
    assert after.split("/w/")[1] == before.split("/w/")[1]  # the same room code and token
    assert window.workspace.settings.value(share_network.SETTING) == "127.0.0.2"

    async def participant() -> None:
        async with joined(after) as bo:
            bo.add_note("over-wifi", "key_partners", "on the other network")
            await asyncio.sleep(0.3)

    worker = in_background(lambda: asyncio.run(participant()))
    pump_until(lambda: window.controller.has_note("over-wifi"))
    finished(worker)


def test_a_participants_quick_edits_settle_on_the_last_without_flickering_back(window: MainWindow) -> None:
    url = _shown_url(share(window))
    seen: list[str] = []

    async def typing() -> None:
        async with joined(url) as cy:
            cy.add_note("cys-note", "channels", "0")
            await until(lambda: window.controller.has_note("cys-note"), 20)
            note = cy.notes["cys-note"]
            note.observe(lambda _event: seen.append(str(note.get("text"))))
            for word in ("1", "2", "3", "4", "5"):  # each its own update, as a page types
                note["text"] = word
                await asyncio.sleep(0.005)
            await asyncio.sleep(1.0)

    worker = in_background(lambda: asyncio.run(typing()))
    pump_until(lambda: not worker.is_alive(), 30)
    finished(worker)
    assert window.controller.note("cys-note").text == "5"
    # What the participant's own document said, in order: their own edits, never an
    # older value the host sent back while the window caught up.
    assert seen == ["1", "2", "3", "4", "5"]


def test_an_edit_made_while_the_room_was_down_survives_sharing_again(window: MainWindow) -> None:
    from pycrdt import Doc, Map

    from tests.test_live_serve_faults import _synced

    url = _shown_url(share(window))
    me = hashlib.sha256(SECRET.encode()).hexdigest()[:32]
    # The lowest client id loses every tie Yjs settles by client id: only a room that
    # carries on its own document keeps this client's edit.
    doc: Doc = Doc(client_id=1)
    notes = doc.get("notes", type=Map)

    async def write() -> None:
        async with _synced(doc, url, SECRET):
            notes["mine"] = Map({"block": "channels", "text": "first words", "owner": me})
            await asyncio.sleep(0.3)

    worker = in_background(lambda: asyncio.run(write()))
    pump_until(lambda: window.controller.has_note("mine"))
    finished(worker)
    window.menu_actions.save.trigger()  # FILE.live keeps the room's document as saved
    assert window.path is not None
    kept = window.path.with_name(window.path.name + ".live")
    pump_until(lambda: bool(json.loads(kept.read_text()).get("doc")))
    window.live_sharing.stop()
    notes["mine"]["text"] = "edited while the room was down"

    assert _shown_url(share(window)) == url

    async def resync() -> None:
        async with _synced(doc, url, SECRET):
            await asyncio.sleep(0.5)

    worker = in_background(lambda: asyncio.run(resync()))
    pump_until(lambda: window.controller.note("mine").text == "edited while the room was down")
    finished(worker)
    assert notes["mine"]["text"] == "edited while the room was down"


def test_a_face_down_note_edited_while_the_room_was_down_keeps_the_edit(window: MainWindow) -> None:
    from pycrdt import Doc, Map, Provider
    from websockets.asyncio.client import connect

    from canvas_editor.live.access import private_room
    from tests.live_client import WebsocketChannel, websocket_url

    url = _shown_url(share(window))
    window.facilitation.actions["face_down"].trigger()
    me = hashlib.sha256(SECRET.encode()).hexdigest()[:32]
    room = url.split("/w/", 1)[1].split("?", 1)[0]
    private_url = websocket_url(url, SECRET).replace(f"/ws/{room}?", f"/ws/{private_room(room, me)}?")

    @contextlib.asynccontextmanager
    async def synced(doc: Doc) -> AsyncIterator[None]:
        """The participant's private document connected to their private room and synced."""
        async with (
            connect(private_url, max_size=None) as websocket,
            Provider(doc, WebsocketChannel(websocket)) as provider,
        ):
            await asyncio.wait_for(provider.synced.wait(), 10)
            yield
    # The participant's private document, kept across the restart as the page keeps it;
    # the lowest client id loses every tie a new document's copy of the note would make.
    doc: Doc = Doc(client_id=1)
    notes = doc.get("notes", type=Map)

    async def write() -> None:
        async with synced(doc):
            notes["secret"] = Map({"block": "channels", "text": "first words", "owner": me})
            await asyncio.sleep(0.3)

    worker = in_background(lambda: asyncio.run(write()))
    pump_until(lambda: window.controller.has_note("secret"))
    finished(worker)
    assert window.controller.note("secret").hidden
    window.menu_actions.save.trigger()
    assert window.path is not None
    kept = window.path.with_name(window.path.name + ".live")
    pump_until(lambda: me in json.loads(kept.read_text()).get("private_docs", {}))
    window.live_sharing.stop()
    notes["secret"]["text"] = "edited while the room was down"

    assert _shown_url(share(window)) == url

    async def resync() -> None:
        async with synced(doc):
            await asyncio.sleep(0.5)

    worker = in_background(lambda: asyncio.run(resync()))
    pump_until(lambda: window.controller.note("secret").text == "edited while the room was down")
    finished(worker)
    assert window.controller.note("secret").hidden
