"""The window's controller in a shared room: a participant's note shows in the canvas
without entering the facilitator's undo history; the facilitator's edits reach the room."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from canvas_editor.controller.document_controller import DocumentController
from canvas_editor.live.window_link import WindowLink
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from tests.live_client import joined, until
from tests.sharing_window import in_background, pump_until


@pytest.fixture
def link(qapp: QApplication) -> Iterator[WindowLink]:
    ours = Note(id="facilitator", block=BlockId.CHANNELS, text="ours")
    controller = DocumentController(Canvas(notes=[ours]))
    shared = WindowLink(controller, "127.0.0.1")
    shared.start()
    yield shared
    shared.stop()
    controller.deleteLater()  # now, with its link: not in a later test's garbage collection
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_a_participants_note_reaches_the_controller_outside_the_undo_history(link: WindowLink) -> None:
    controller: DocumentController = link.parent()  # type: ignore[assignment]
    seen: dict[str, object] = {}

    async def participant() -> None:
        async with joined(link.host.url) as alice:
            seen["facilitator"] = alice.notes["facilitator"]["text"]
            alice.add_note("from-alice", "key_resources", "참가자 메모")
            await until(lambda: any(n["text"] == "the facilitator's" for n in alice.notes.values()))
            seen["added on the board"] = True

    worker = in_background(lambda: asyncio.run(participant()))
    pump_until(lambda: controller.has_note("from-alice"))
    assert controller.note("from-alice").text == "참가자 메모"
    assert controller.undo_stack.count() == 0  # not the facilitator's to undo
    assert controller.is_modified()
    controller.add_note(BlockId.CHANNELS, 0.5, 0.5, text="the facilitator's")
    pump_until(lambda: not worker.is_alive())
    assert seen == {"facilitator": "ours", "added on the board": True}


def test_a_note_the_window_hands_back_as_the_room_holds_it_sends_nothing() -> None:
    """The window hands back every note the room gave it (through its note_added);
    writing out the fields the page left at their defaults would send each
    participant's note to every client a second time."""
    from dataclasses import replace

    from pycrdt import Doc, Map

    from canvas_editor.live.rights import participant_from_secret
    from canvas_editor.live.shared_canvas import SharedCanvas

    shared = SharedCanvas(Canvas(), "ROOM")
    who = participant_from_secret("a" * 32)
    assert who is not None
    page: Doc = Doc()
    page.apply_update(shared.doc.get_update())
    state = page.get_state()
    fields = {"block": "channels", "text": "hi", "owner": who.public_id, "x": 0.05, "y": 0.15}
    page.get("notes", type=Map)["from-page"] = Map(fields)
    changes = shared.receive(who, page.get_update(state))
    sent: list[bytes] = []
    shared.doc.observe(lambda event: sent.append(event.update))

    shared.put_notes(changes.added)
    assert sent == []

    shared.put_notes([replace(changes.added[0], x=0.5)])  # the facilitator moved it
    assert len(sent) == 1
