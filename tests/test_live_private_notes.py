"""Participants' own silent brainstorm through the window's host: with face-down
writing on, a note a participant writes in their private room (pycrdt clients on
loopback) is face down on the facilitator's board and in the saved file with its words,
and its words are in no other client's document until Reveal; a private room is its
participant's alone, and what the host may not accept there is reverted."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path

from pycrdt import Map

from canvas_editor.model.blocks import BlockId
from canvas_editor.ui.main_window import MainWindow
from tests.live_client import Participant, joined, private_room, until
from tests.sharing_window import finished, in_background, pump_until, share
from tests.sharing_window import sharing_window as _window_fixture  # noqa: F401 (the `window` fixture)

WORDS = "비밀 아이디어 secret-idea-42"


def _session(participant: Participant) -> Map:
    return participant.doc.get("session", type=Map)


def _brainstorm_on(participant: Participant) -> bool:
    return isinstance(_session(participant).get("brainstorm"), dict)


def _named(participant: Participant, name: str) -> None:
    participant.doc.get("participants", type=Map)[participant.public_id()] = Map({"name": name})


def test_a_participants_private_note_is_face_down_for_everyone_else_until_revealed(
    window: MainWindow,
) -> None:
    share(window)
    window.facilitation.actions["face_down"].trigger()  # every block, at once for the pages
    host = window.live_sharing.link.host  # type: ignore[union-attr]
    controller = window.controller
    seen: dict[str, object] = {}

    async def participants() -> None:
        async with joined(host.url) as alice, private_room(host.url, alice.secret) as mine, \
                joined(host.url) as bob:
            _named(alice, "Alice")
            await until(lambda: _brainstorm_on(alice))
            assert _session(alice)["brainstorm"] == {"block": None}
            await until(lambda: host.shared.participant_names().get(alice.public_id()) == "Alice")
            mine.add_note("idea", "channels", WORDS, x=0.2, y=0.3)
            await until(lambda: "idea" in bob.notes and "idea" in alice.notes)
            await until(lambda: mine.notes["idea"].get("hidden") is True)
            seen["bob's entry"] = dict(bob.notes["idea"])
            seen["bob's document"] = bob.doc.get_update()
            seen["alice's shared document"] = alice.doc.get_update()
            seen["mine"] = dict(mine.notes["idea"])
            # The facilitator moves the card: both of Alice's documents follow.
            await until(lambda: mine.notes["idea"]["x"] == 0.6 and alice.notes["idea"]["x"] == 0.6, 30)
            seen["moved"] = True
            await until(lambda: bob.notes["idea"]["hidden"] is False, 30)
            seen["revealed"] = bob.notes["idea"]["text"]
            await until(lambda: "idea" not in mine.notes)
            await until(lambda: alice.notes["idea"]["text"] == WORDS)
            await until(lambda: _session(alice).get("brainstorm") is None)

    worker = in_background(lambda: asyncio.run(participants()))
    pump_until(lambda: controller.has_note("idea"))
    note = controller.note("idea")
    assert (note.hidden, note.author, note.text, note.block) == (True, "Alice", WORDS, BlockId.CHANNELS)
    assert window.view.board_scene.note_item("idea") is not None  # a face-down card on the board
    assert controller.undo_stack.count() == 0
    pump_until(lambda: "mine" in seen)
    bobs = seen["bob's entry"]
    assert isinstance(bobs, dict)
    assert (bobs["hidden"], bobs["text"], bobs["author"], bobs["block"]) == (True, "", "Alice", "channels")
    for document in (seen["bob's document"], seen["alice's shared document"], host.shared.doc.get_update()):
        assert isinstance(document, bytes) and WORDS.encode() not in document
        assert b"secret-idea-42" not in document
    mine = seen["mine"]
    assert isinstance(mine, dict) and (mine["text"], mine["hidden"], mine["author"]) == (WORDS, True, "Alice")

    window.menu_actions.save.trigger()
    assert window.path is not None
    saved = {n["id"]: n for n in json.loads(window.path.read_bytes())["canvas"]["notes"]}
    assert (saved["idea"]["text"], saved["idea"]["hidden"], saved["idea"]["author"]) == (WORDS, True, "Alice")

    controller.move_notes({"idea": (BlockId.CHANNELS, 0.6, 0.3)})
    pump_until(lambda: "moved" in seen)
    window.facilitation.reveal()
    finished(worker)
    assert seen["revealed"] == WORDS
    assert not controller.note("idea").hidden


def test_a_private_note_outside_the_brainstorm_is_an_ordinary_note_for_everyone(window: MainWindow) -> None:
    share(window)
    window.live_sharing._follow.stop()  # the pages learn of face-down writing at once, not next second
    window.facilitation.set_brainstorm(BlockId.CHANNELS, "")
    window.facilitation.set_face_down(True)
    host = window.live_sharing.link.host  # type: ignore[union-attr]
    controller = window.controller
    seen: dict[str, object] = {}

    async def participants() -> None:
        async with joined(host.url) as alice, private_room(host.url, alice.secret) as mine, \
                joined(host.url) as bob:
            await until(lambda: _session(alice).get("brainstorm") == {"block": "channels"})
            # Written on a phone that was offline while the brainstorm's scope was elsewhere.
            mine.add_note("outside", "key_partners", "open idea")
            mine.add_note("inside", "channels", WORDS)
            await until(lambda: "outside" in bob.notes and "inside" in bob.notes)
            await until(lambda: bob.notes["outside"]["text"] == "open idea")
            await until(lambda: "outside" not in mine.notes and "inside" in mine.notes)
            outside, inside = bob.notes["outside"], bob.notes["inside"]
            seen["bob"] = (outside["hidden"], inside["hidden"], inside["text"])

    worker = in_background(lambda: asyncio.run(participants()))
    finished(worker)
    assert seen["bob"] == (False, True, "")
    pump_until(lambda: controller.has_note("outside") and controller.has_note("inside"))
    assert not controller.note("outside").hidden and controller.note("outside").text == "open idea"
    assert controller.note("inside").hidden and controller.note("inside").text == WORDS


def test_a_private_room_is_its_participants_alone(window: MainWindow) -> None:
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed, InvalidStatus

    from canvas_editor.live.access import private_room as room_name
    from tests.live_client import websocket_url

    share(window)
    host = window.live_sharing.link.host  # type: ignore[union-attr]
    refused: dict[str, int] = {}

    async def attempts() -> None:
        async with joined(host.url) as alice:
            tries = {
                "another's": private_room(host.url, "m" * 32, of=alice.public_id()),
                "co-facilitator": private_room(host.facilitator_url, alice.secret),
            }
            for name, attempt in tries.items():
                try:
                    async with attempt:
                        pass
                except InvalidStatus as exc:
                    refused[name] = exc.response.status_code
            async with private_room(host.url, alice.secret):
                refused["own"] = 0  # their own opens and syncs
            link = window.live_sharing.link  # the facilitator removes Alice (thread-safe)
            assert link is not None
            link.remove(alice.public_id())
            await alice.websocket.wait_closed()
            # Their own room too: closed with 4001 before anything of it is sent.
            room = host.access.room
            url = websocket_url(host.url, alice.secret).replace(
                f"/ws/{room}?", f"/ws/{room_name(room, alice.public_id())}?"
            )
            async with connect(url) as again:
                with contextlib.suppress(ConnectionClosed):
                    refused["sent"] = len(await asyncio.wait_for(again.recv(), 10))
                refused["removed"] = again.close_code or 0

    worker = in_background(lambda: asyncio.run(attempts()))
    finished(worker)
    assert refused == {"another's": 403, "co-facilitator": 403, "own": 0, "removed": 4001}


def test_forbidden_writes_in_a_private_room_are_reverted(window: MainWindow) -> None:
    share(window)
    window.facilitation.actions["face_down"].trigger()
    host = window.live_sharing.link.host  # type: ignore[union-attr]
    controller = window.controller
    facilitators = controller.canvas.notes[0].id
    seen: dict[str, object] = {}

    async def participants() -> None:
        async with joined(host.url) as alice, private_room(host.url, alice.secret) as alices, \
                joined(host.url) as mallory, private_room(host.url, mallory.secret) as mine:
            await until(lambda: _brainstorm_on(mallory))
            alices.add_note("alice-1", "channels", "Alice's")
            mine.add_note("mal-1", "channels", "mine")
            await until(lambda: "mal-1" in mine.notes and mine.notes["mal-1"].get("hidden") is True)
            await until(lambda: "alice-1" in mallory.notes)
            # Forged ownership, another's note id, a facilitator's id, fields a
            # participant may not set, a note too long, and a change of block.
            mine.notes["forged"] = Map({"block": "channels", "text": "x", "owner": alice.public_id()})
            mine.add_note("alice-1", "channels", "taken over")
            mine.add_note(facilitators, "channels", "defaced")
            mine.add_note("voted", "channels", "x", votes=5)
            mine.add_note("long", "channels", "x" * 3000)
            mine.notes["mal-1"]["block"] = "revenue_streams"
            mine.notes["mal-1"]["hidden"] = False
            await until(lambda: set(mine.notes.keys()) == {"mal-1"})
            await until(lambda: mine.notes["mal-1"]["block"] == "channels" and mine.notes["mal-1"]["hidden"])
            notices = mallory.doc.get("notices", type=Map)
            await until(lambda: isinstance(notices.get(mallory.public_id()), dict))
            seen["alice's"] = dict(alices.notes["alice-1"])
            seen["mallory's shared"] = mallory.doc.get_update()

    worker = in_background(lambda: asyncio.run(participants()))
    finished(worker)
    alices = seen["alice's"]
    assert isinstance(alices, dict) and alices["text"] == "Alice's"
    shared = seen["mallory's shared"]
    assert isinstance(shared, bytes) and b"Alice's" not in shared
    pump_until(lambda: controller.has_note("mal-1") and controller.has_note("alice-1"))
    assert controller.note("alice-1").text == "Alice's"
    assert controller.note(facilitators).text != "defaced"
    assert (controller.note("mal-1").block, controller.note("mal-1").hidden) == (BlockId.CHANNELS, True)
    for gone in ("forged", "voted", "long"):
        assert not controller.has_note(gone)


def test_a_restarted_host_gives_a_participant_their_face_down_notes_again(tmp_path: Path) -> None:
    """`canvas-editor serve` after a crash: the file holds a participant's note face down
    with its words and FILE.live its owner; their private room has it again, with its
    words, for them alone, and their edit there is saved."""
    from dataclasses import replace

    from canvas_editor.storage.load import load_canvas
    from canvas_editor.storage.save import save_canvas
    from tests.live_serve import served
    from tests.test_live_serve import _killed_after_a_note, _new_file, _wait_saved

    path = _new_file(tmp_path)
    secret = "d" * 32
    _killed_after_a_note(path, secret, "idea", "channels", WORDS)
    # As a window's host saves a note written during a silent brainstorm.
    canvas = load_canvas(path)
    canvas.notes = [replace(n, hidden=True, author="Alice") if n.id == "idea" else n for n in canvas.notes]
    save_canvas(canvas, path)
    seen: dict[str, object] = {}
    with served(path) as again:

        async def session() -> None:
            async with joined(again.url, secret) as alice, private_room(again.url, secret) as mine, \
                    joined(again.url) as bob:
                await until(lambda: "idea" in mine.notes)
                seen["mine"] = (mine.notes["idea"]["text"], mine.notes["idea"]["hidden"])
                seen["shared"] = (alice.notes["idea"]["text"], bob.notes["idea"]["hidden"])
                seen["bob's document"] = bob.doc.get_update()
                mine.notes["idea"]["text"] = "다시 쓴 비밀"
                await asyncio.sleep(0.3)

        asyncio.run(session())
        notes = _wait_saved(path, lambda n: n["idea"]["text"] == "다시 쓴 비밀")
        again.stop()
    assert seen["mine"] == (WORDS, True)
    assert seen["shared"] == ("", True)
    document = seen["bob's document"]
    assert isinstance(document, bytes) and WORDS.encode() not in document
    assert notes["idea"]["hidden"] is True


def test_one_limit_counts_a_participants_shared_and_private_notes(tmp_path: Path) -> None:
    from tests.live_serve import served
    from tests.test_live_serve import _new_file, _wait_saved

    path = _new_file(tmp_path)
    with served(path) as workshop:

        async def session() -> None:
            async with joined(workshop.url) as alice, private_room(workshop.url, alice.secret) as mine:
                with alice.doc.transaction():
                    for i in range(199):
                        alice.add_note(f"shared-{i}", "channels", "open")
                await until(lambda: sum(1 for k in alice.notes if k.startswith("shared-")) == 199)
                with mine.doc.transaction():
                    mine.add_note("private-1", "channels", "one more")
                    mine.add_note("private-2", "channels", "over the limit")
                notices = alice.doc.get("notices", type=Map)
                await until(lambda: isinstance(notices.get(alice.public_id()), dict))
                assert dict(notices[alice.public_id()]) == {"n": 1.0, "kind": "too_many", "limit": 200.0}
                await until(lambda: "private-1" in alice.notes and "private-2" not in mine.notes)

        asyncio.run(session())
        notes = _wait_saved(path, lambda n: "private-1" in n)
        workshop.stop()
    assert "private-2" not in notes
    assert sum(1 for k in notes if k.startswith(("shared-", "private-"))) == 200
