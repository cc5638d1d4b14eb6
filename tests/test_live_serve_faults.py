"""`canvas-editor serve` killed with SIGKILL and started again, with a Yjs client that
keeps its document across the restart, as a participant's page does: what the client
wrote while the host was down reaches the restarted host's saved file, and the
re-sent document of the killed host is taken without a refusal."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import AsyncIterator
from pathlib import Path

from pycrdt import Doc, Map, Provider
from websockets.asyncio.client import connect

from tests.live_client import WebsocketChannel, joined, until, websocket_url
from tests.live_serve import served, start_serve
from tests.test_live_serve import _killed_after_a_note, _new_file, _saved_notes, _wait_saved


@contextlib.asynccontextmanager
async def _synced(doc: Doc, join_url: str, secret: str) -> AsyncIterator[None]:
    """`doc` connected to the room and synced with it, for as long as the block runs."""
    async with (
        connect(websocket_url(join_url, secret), max_size=None) as websocket,
        Provider(doc, WebsocketChannel(websocket)) as provider,
    ):
        await asyncio.wait_for(provider.synced.wait(), 10)
        yield


def _kept_notices(path: Path) -> dict[str, object]:
    """The notices in the room's document as FILE.live keeps it."""
    import base64
    import json

    with contextlib.suppress(OSError, ValueError, KeyError):
        kept: Doc = Doc()
        room = json.loads(path.with_name(path.name + ".live").read_bytes())
        kept.apply_update(base64.b64decode(room["doc"]))
        return dict(kept.get("notices", type=Map).to_py() or {})
    return {}


def test_an_edit_made_while_the_host_was_down_survives_its_restart(tmp_path: Path) -> None:
    path = _new_file(tmp_path)
    secret = "e" * 32
    me = hashlib.sha256(secret.encode()).hexdigest()[:32]
    # The lowest client id: Yjs settles two writes of one map key that do not know of
    # each other by client id, so a restarted host that wrote its notes into a document
    # of its own would always win over this client's note, and the edit would be lost.
    doc: Doc = Doc(client_id=1)
    notes = doc.get("notes", type=Map)
    notices = doc.get("notices", type=Map)
    workshop = start_serve(path)
    try:

        async def write() -> None:
            async with _synced(doc, workshop.url, secret):
                doc.get("participants", type=Map)[me] = Map({"name": "민지"})
                notes["mine"] = Map({"block": "channels", "text": "처음 쓴 메모", "owner": me})
                await asyncio.sleep(0.3)

        asyncio.run(write())
        _wait_saved(path, lambda n: "mine" in n)
    finally:
        workshop.kill()
    notes["mine"]["text"] = "진행자 컴퓨터가 꺼진 동안 고친 메모"
    notes["during"] = Map({"block": "channels", "text": "꺼진 동안 쓴 메모", "owner": me})

    with served(path) as again:

        async def resync() -> None:
            async with _synced(doc, again.url, secret):
                await until(lambda: _saved_notes(path).get("during") is not None)

        asyncio.run(resync())
        saved = _wait_saved(path, lambda n: "during" in n and n["mine"]["text"] != "처음 쓴 메모")
        status, err = again.stop()
    assert saved["mine"]["text"] == "진행자 컴퓨터가 꺼진 동안 고친 메모"
    assert saved["during"]["text"] == "꺼진 동안 쓴 메모"
    assert notes["mine"]["text"] == "진행자 컴퓨터가 꺼진 동안 고친 메모"  # the participant still sees it
    assert me not in notices  # nothing was refused, so no notice
    assert status == 0, err
    assert "reverted" not in err


def test_a_kept_document_that_does_not_read_still_opens_the_same_room(tmp_path: Path) -> None:
    """FILE.live's document damaged (a disk error, an older version's file): the room, its
    links and who owns which note are kept, and the document starts again from the file."""
    import base64
    import json

    from tests.live_client import joined

    path = _new_file(tmp_path)
    secret = "f" * 32
    workshop = _killed_after_a_note(path, secret, "kept", "channels", "남은 메모")
    live = path.with_name(path.name + ".live")
    room = json.loads(live.read_bytes())
    assert base64.b64decode(room["doc"])  # the document is kept with the room
    live.write_text(json.dumps({**room, "doc": base64.b64encode(b"not a Yjs update").decode()}))

    with served(path) as again:
        assert again.url == workshop.url

        async def edit() -> None:
            async with joined(again.url, secret) as alice:
                assert alice.notes["kept"]["text"] == "남은 메모"
                alice.notes["kept"]["text"] = "고친 메모"
                await asyncio.sleep(0.3)

        asyncio.run(edit())
        saved = _wait_saved(path, lambda n: n["kept"]["text"] == "고친 메모")
        status, err = again.stop()
    assert saved["kept"]["block"] == "channels"
    assert status == 0, err
    assert "reverted" not in err


def test_a_room_ended_with_ctrl_c_opens_again_not_ended(tmp_path: Path) -> None:
    """The kept document says the workshop ended; served again, the room is open."""
    from tests.live_client import joined

    path = _new_file(tmp_path)
    with served(path) as workshop:
        status, err = workshop.stop()
    assert status == 0, err
    with served(path) as again:
        assert again.url == workshop.url

        async def look() -> dict[str, object]:
            async with joined(again.url) as alice:
                alice.add_note("after", "channels", "다시 열린 방")
                await asyncio.sleep(0.3)
                return dict(alice.doc.get("session", type=Map).to_py() or {})

        assert "ended" not in asyncio.run(look())
        saved = _wait_saved(path, lambda n: "after" in n)
        again.stop()
    assert saved["after"]["text"] == "다시 열린 방"


def test_a_notice_after_a_restart_has_a_new_number(tmp_path: Path) -> None:
    """A page shows a notice when its number changes: the restarted host counts on from
    the kept room's notices, so its first refusal is not taken for one already shown."""
    path = _new_file(tmp_path)
    secret = "a1" * 16
    me = hashlib.sha256(secret.encode()).hexdigest()[:32]
    facilitators = next(iter(_saved_notes(path)))
    doc: Doc = Doc()
    notes, notices = doc.get("notes", type=Map), doc.get("notices", type=Map)

    async def refused(url: str, words: str) -> float:
        async with _synced(doc, url, secret):
            notes[facilitators]["text"] = words  # not this participant's note
            await until(lambda: isinstance(notices.get(me), dict) and notices[me]["n"] != seen)
            return float(notices[me]["n"])

    seen: object = None
    workshop = start_serve(path)
    try:
        seen = asyncio.run(refused(workshop.url, "고쳐 보기"))
        asyncio.run(until(lambda: _kept_notices(path).get(me) is not None))  # saved with the room
    finally:
        workshop.kill()
    with served(path) as again:
        after = asyncio.run(refused(again.url, "다시 고쳐 보기"))
        again.stop()
    assert after > seen


def test_a_page_that_resends_anothers_unsaved_note_after_a_restart_is_not_blamed(tmp_path: Path) -> None:
    """Bob's note of the last moment before the kill never reached the file; Alice's
    page, reconnecting first, sends it back with everything else it holds. The host
    cannot take it as Alice's (it is Bob's), but that is no change Alice made: she is
    not shown a refusal."""
    path = _new_file(tmp_path)
    alice_secret, bob_secret = "a" * 32, "b" * 32
    alice_doc: Doc = Doc()
    workshop = start_serve(path, save_every=60.0)  # saved once, when it starts
    try:

        async def write() -> None:
            async with (
                _synced(alice_doc, workshop.url, alice_secret),
                joined(workshop.url, bob_secret) as bob,
            ):
                bob.add_note("bobs-last", "channels", "never saved")
                notes = alice_doc.get("notes", type=Map)
                await until(lambda: "bobs-last" in notes)

        asyncio.run(write())
    finally:
        workshop.kill()
    alice = hashlib.sha256(alice_secret.encode()).hexdigest()[:32]
    with served(path) as again:

        async def resync() -> None:
            async with _synced(alice_doc, again.url, alice_secret):
                await until(lambda: "bobs-last" not in alice_doc.get("notes", type=Map))
                await asyncio.sleep(0.5)  # a notice would have come with the revert

        asyncio.run(resync())
        status, err = again.stop()
    assert status == 0, err
    assert "bobs-last" in err  # the host logs what it reverted
    assert alice not in (alice_doc.get("notices", type=Map).to_py() or {})
