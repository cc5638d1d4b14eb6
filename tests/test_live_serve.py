"""`canvas-editor serve`: scripted Yjs participants (pycrdt) join the room over loopback;
what they may do reaches the saved file, what they may not is reverted and never does."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pycrdt import Map

from tests.live_client import joined, until, websocket_url
from tests.live_serve import ROOT, Served, served, start_serve


def _new_file(tmp_path: Path, name: str = "workshop.bmc") -> Path:
    path = tmp_path / name
    subprocess.run(
        [sys.executable, "-m", "canvas_editor", "new", "-o", str(path), "--template", "amazon"],
        check=True, cwd=ROOT, capture_output=True,
    )
    return path


def _saved_notes(path: Path) -> dict[str, dict[str, object]]:
    return {n["id"]: n for n in json.loads(path.read_bytes())["canvas"]["notes"]}


def _wait_saved(path: Path, condition: object, timeout: float = 10.0) -> dict[str, dict[str, object]]:
    async def wait() -> None:
        await until(lambda: condition(_saved_notes(path)), timeout)  # type: ignore[operator]

    asyncio.run(wait())
    return _saved_notes(path)


def _killed_after_a_note(path: Path, secret: str, note_id: str, block: str, text: str) -> Served:
    """`serve` on `path`, a participant (`secret`) writes a note, the file is saved with
    it, and the host is killed (SIGKILL): the run a restart picks up from."""
    workshop = start_serve(path)
    try:

        async def write() -> None:
            async with joined(workshop.url, secret) as participant:
                participant.add_note(note_id, block, text)
                await asyncio.sleep(0.2)

        asyncio.run(write())
        _wait_saved(path, lambda n: note_id in n)
    finally:
        workshop.kill()
    return workshop


def test_a_participants_note_reaches_the_saved_file_and_the_other_participants(tmp_path: Path) -> None:
    path = _new_file(tmp_path)
    before = _saved_notes(path)
    with served(path) as workshop:

        async def session() -> None:
            async with joined(workshop.url) as alice, joined(workshop.url) as bob:
                assert set(alice.notes.keys()) == set(before)  # the file's notes are in the room
                alice.add_note("alice-1", "value_propositions", "한국어 메모", x=0.25, y=0.5, color="#AEEA00")
                await until(lambda: "alice-1" in bob.notes)
                assert bob.notes["alice-1"]["text"] == "한국어 메모"

        asyncio.run(session())
        notes = _wait_saved(path, lambda n: "alice-1" in n)
        status, err = workshop.stop()
    assert status == 0, err
    assert notes["alice-1"]["block"] == "value_propositions"
    assert notes["alice-1"]["text"] == "한국어 메모"
    assert notes["alice-1"]["color"] == "#AEEA00"
    assert (notes["alice-1"]["x"], notes["alice-1"]["y"]) == (0.25, 0.5)
    assert set(_saved_notes(path)) == set(before) | {"alice-1"}


def test_participants_edit_move_and_delete_their_own_notes(tmp_path: Path) -> None:
    path = _new_file(tmp_path)
    with served(path) as workshop:

        async def session() -> None:
            async with joined(workshop.url) as alice:
                alice.add_note("mine", "channels", "draft")
                alice.add_note("gone", "channels", "to delete")
                await asyncio.sleep(0.3)
                alice.notes["mine"]["text"] = "final"
                alice.notes["mine"]["x"] = 0.75
                del alice.notes["gone"]
                await asyncio.sleep(0.3)

        asyncio.run(session())
        notes = _wait_saved(path, lambda n: "mine" in n and n["mine"]["text"] == "final" and "gone" not in n)
        workshop.stop()
    assert notes["mine"]["x"] == 0.75
    assert notes["mine"]["block"] == "channels"


def test_forbidden_changes_are_reverted_in_the_room_and_never_saved(tmp_path: Path) -> None:
    path = _new_file(tmp_path)
    facilitator_note = next(iter(_saved_notes(path)))
    with served(path) as workshop:

        async def session() -> None:
            async with joined(workshop.url) as alice, joined(workshop.url) as mallory:
                alice.add_note("alice-1", "key_partners", "Alice's")
                await until(lambda: "alice-1" in mallory.notes)
                mallory.notes["alice-1"]["text"] = "defaced"  # another's note
                mallory.notes[facilitator_note]["text"] = "defaced"  # the facilitator's note
                mallory.doc.get("header", type=Map)["title"] = "defaced"  # the header
                mallory.add_note("mal-1", "key_partners", "mine")
                await asyncio.sleep(0.3)
                mallory.notes["mal-1"]["block"] = "revenue_streams"  # out of its block
                mallory.notes["mal-1"]["votes"] = 99  # votes beyond any budget
                # Forged ownership: a note in Alice's name.
                mallory.notes["forged"] = Map({"block": "channels", "text": "x", "owner": alice.public_id()})
                await until(lambda: mallory.notes["alice-1"]["text"] == "Alice's")
                await until(lambda: mallory.doc.get("header", type=Map)["title"] != "defaced")
                await until(lambda: mallory.notes["mal-1"]["block"] == "key_partners")
                await until(lambda: "forged" not in mallory.notes and "forged" not in alice.notes)
                assert alice.notes[facilitator_note]["text"] != "defaced"

        asyncio.run(session())
        notes = _wait_saved(path, lambda n: "mal-1" in n)
        status, err = workshop.stop()
    assert status == 0
    assert notes["alice-1"]["text"] == "Alice's"
    assert notes[facilitator_note]["text"] != "defaced"
    assert (notes["mal-1"]["block"], notes["mal-1"]["votes"]) == ("key_partners", 0)
    assert "forged" not in notes
    assert json.loads(path.read_bytes())["canvas"]["title"] != "defaced"
    reverted = [line for line in err.splitlines() if line.startswith("live: reverted")]
    assert reverted and all("Traceback" not in line for line in err.splitlines())


def test_a_refused_or_slowed_participant_is_told_why_and_only_they_are(tmp_path: Path) -> None:
    path = _new_file(tmp_path)
    with served(path) as workshop:

        async def session() -> None:
            async with joined(workshop.url) as alice, joined(workshop.url) as bob:
                notices = alice.doc.get("notices", type=Map)

                def notice() -> dict[str, object]:
                    value = notices.get(alice.public_id())
                    return dict(value) if isinstance(value, dict) else {}

                alice.add_note("long", "channels", "y" * 3000)
                await until(lambda: notice().get("kind") == "too_long")
                assert notice()["limit"] == 2000
                first = notice()["n"]
                bob.add_note("bobs", "channels", "Bob's")
                await until(lambda: "bobs" in alice.notes)
                alice.notes["bobs"]["text"] = "not mine"
                await until(lambda: notice().get("kind") == "not_allowed")
                assert notice()["n"] != first
                assert bob.public_id() not in notices  # told to the one refused, no one else
                notices[alice.public_id()] = {"n": 0, "kind": "forged"}  # only the host writes here
                await until(lambda: notice().get("kind") == "not_allowed")
                mine = {"block": "channels", "text": "x", "owner": alice.public_id()}
                for i in range(150):  # faster than the room reads (a burst of 60, then 20 a second)
                    alice.notes[f"fast-{i}"] = Map(mine)
                    await asyncio.sleep(0)
                await until(lambda: notice().get("kind") == "slowed")
                assert "limit" not in notice()

        asyncio.run(session())
        status, err = workshop.stop()
    assert status == 0, err
    assert any("sends too fast" in line for line in err.splitlines())


def test_a_participants_connections_share_one_allowance(tmp_path: Path) -> None:
    import hashlib

    from pycrdt import Doc, create_update_message
    from websockets.asyncio.client import connect

    path = _new_file(tmp_path)
    secret = "f" * 32
    owner = hashlib.sha256(secret.encode()).hexdigest()[:32]

    def updates(prefix: str) -> list[bytes]:
        """A note at a time, each its own update message, as a page sends them."""
        doc: Doc = Doc()
        notes = doc.get("notes", type=Map)
        frames = []
        for i in range(40):
            before = doc.get_state()
            notes[f"{prefix}-{i}"] = Map({"block": "channels", "text": "x", "owner": owner})
            frames.append(create_update_message(doc.get_update(before)))
        return frames

    with served(path) as workshop:

        async def session() -> None:
            # Two tabs of one browser: each sends less than the burst (60), together more.
            url = websocket_url(workshop.url, secret)
            async with connect(url) as tab, connect(url) as other_tab:
                for one, two in zip(updates("one"), updates("two"), strict=True):
                    await tab.send(one)
                    await other_tab.send(two)
                await asyncio.sleep(0.5)

        asyncio.run(session())
        _wait_saved(path, lambda n: "one-39" in n and "two-39" in n)
        status, err = workshop.stop()
    assert status == 0, err
    assert any("sends too fast" in line for line in err.splitlines()), err


def test_a_participant_over_the_notes_limit_is_told_the_limit(tmp_path: Path) -> None:
    path = _new_file(tmp_path)
    with served(path) as workshop:

        async def session() -> None:
            async with joined(workshop.url) as alice:
                with alice.doc.transaction():
                    for i in range(201):
                        alice.notes[f"n-{i}"] = Map({"block": "channels", "owner": alice.public_id()})
                notices = alice.doc.get("notices", type=Map)
                await until(lambda: isinstance(notices.get(alice.public_id()), dict))
                assert notices[alice.public_id()]["kind"] == "too_many"
                assert notices[alice.public_id()]["limit"] == 200

        asyncio.run(session())
        workshop.stop()


def test_hostile_input_changes_nothing_and_the_host_keeps_serving(tmp_path: Path) -> None:
    from websockets.asyncio.client import connect

    path = _new_file(tmp_path)
    with served(path) as workshop:
        ws_url = websocket_url(workshop.url, "a" * 32)

        async def session() -> None:
            async with joined(workshop.url) as mallory:
                mallory.add_note("x" * 200, "channels", "a bad id")
                mallory.add_note("../../etc", "channels", "a bad id")
                mallory.add_note("long", "channels", "y" * 3000)  # over the note text limit
                mallory.add_note("nan", "channels", "z", x=float("nan"))
                mallory.add_note("nowhere", "no_such_block", "z")
                mallory.add_note("script", "channels", "<img src=x onerror=alert(1)>")  # text, allowed
                mallory.notes["shape"] = "not a map"
                await until(lambda: not {"long", "nan", "nowhere", "shape", "../../etc"} & set(mallory.notes))
                with mallory.doc.transaction():  # more notes than a participant may hold, at once
                    for i in range(250):
                        mallory.notes[f"many-{i}"] = Map({"block": "channels", "owner": mallory.public_id()})
                await until(lambda: sum(k.startswith("many-") for k in mallory.notes) == 199)
            for frame in (b"", b"\x00", b"\x00\x02\xff\xff\xff", b"\x00\x02\x05garba", b"\x07junk",
                          "a text frame", b"\x01\x0a" + b"{" * 8, bytes(range(256)) * 8):
                async with connect(ws_url) as websocket:
                    await websocket.recv()  # the room's sync step 1
                    await websocket.send(frame)
                    with pytest.raises(Exception):  # noqa: B017 - closed by the host, however it says so
                        for _ in range(5):
                            await asyncio.wait_for(websocket.recv(), 5)
            async with connect(ws_url, max_size=None) as websocket:  # over the message size limit
                await websocket.recv()
                await websocket.send(b"\x00\x02" + b"\xff" * (2 << 20))
                with pytest.raises(Exception):  # noqa: B017
                    for _ in range(5):
                        await asyncio.wait_for(websocket.recv(), 5)
            async with joined(workshop.url) as alice:  # and still serves
                alice.add_note("after", "channels", "still here")
                await asyncio.sleep(0.5)

        asyncio.run(session())
        notes = _wait_saved(path, lambda n: "after" in n)
        status, err = workshop.stop()
    assert status == 0, err
    assert "Traceback" not in err
    assert notes["script"]["text"] == "<img src=x onerror=alert(1)>"
    assert not {"long", "nan", "nowhere", "shape", "../../etc", "x" * 200} & set(notes)
    assert sum(k.startswith("many-") for k in notes) == 199  # 200 with "script"
    assert any(line.startswith("live: closed the connection") for line in err.splitlines())


def test_what_a_client_writes_outside_the_protocols_roots_is_emptied_for_everyone(tmp_path: Path) -> None:
    from pycrdt import Array

    path = _new_file(tmp_path)
    with served(path) as workshop:

        async def session() -> int:
            async with joined(workshop.url) as mallory, joined(workshop.url) as bob:
                before = len(bob.doc.get_update())
                with mallory.doc.transaction():
                    mallory.doc.get("junk", type=Map)["payload"] = "x" * 100_000
                    mallory.doc.get("heap", type=Array).extend(["y" * 1000] * 100)
                notices = mallory.doc.get("notices", type=Map)
                await until(lambda: (notices.get(mallory.public_id()) or {}).get("kind") == "not_allowed")
                junk, heap = bob.doc.get("junk", type=Map), bob.doc.get("heap", type=Array)
                await until(lambda: not len(junk) and not len(heap))
                bob.add_note("still-fine", "channels", "the room goes on")
                await asyncio.sleep(0.3)
                return len(bob.doc.get_update()) - before

        grown = asyncio.run(session())
        _wait_saved(path, lambda n: "still-fine" in n)
        workshop.stop()
    assert grown < 5_000, grown  # of the 200 kB written outside the roots, the others keep no byte


def _http_status(url: str) -> int:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


def test_a_missing_or_wrong_token_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    from websockets.asyncio.client import connect
    from websockets.exceptions import InvalidStatus

    path = _new_file(tmp_path)
    with served(path) as workshop:
        base, _, token = workshop.url.partition("?t=")
        assert _http_status(workshop.url) == 200
        assert _http_status(base) == 403
        assert _http_status(f"{base}?t={'0' * 32}") == 403
        good = websocket_url(workshop.url, "b" * 32)

        async def refused(url: str) -> int:
            with pytest.raises(InvalidStatus) as refusal:
                async with connect(url):
                    pass
            return refusal.value.response.status_code

        async def attempts() -> list[int]:
            return [
                await refused(good.replace(token, "0" * 32)),
                await refused(good.replace(f"t={token}&", "")),
                await refused(good.replace("&p=" + "b" * 32, "")),  # no participant secret
                await refused(good.replace("/ws/", "/ws/X")),  # another room
            ]

        assert asyncio.run(attempts()) == [403, 403, 403, 403]
        workshop.stop()


def test_a_killed_host_restarts_with_the_same_room_and_keeps_the_notes(tmp_path: Path) -> None:
    path = _new_file(tmp_path)
    secret = "c" * 32
    workshop = _killed_after_a_note(path, secret, "before-crash", "customer_segments", "kept")
    with served(path) as again:
        assert again.url == workshop.url  # the pages' links still work

        async def edit() -> None:
            async with joined(again.url, secret) as alice:  # the same browser
                assert alice.notes["before-crash"]["text"] == "kept"
                alice.notes["before-crash"]["text"] = "edited after the restart"
                await asyncio.sleep(0.3)

        asyncio.run(edit())
        notes = _wait_saved(path, lambda n: n["before-crash"]["text"] == "edited after the restart")
        again.stop()
    assert notes["before-crash"]["block"] == "customer_segments"


def test_serve_reports_bad_input_in_one_line(tmp_path: Path) -> None:
    env_run = [sys.executable, "-m", "canvas_editor", "serve"]
    broken = tmp_path / "broken.bmc"
    broken.write_text("{not json")
    result = subprocess.run([*env_run, str(broken), "--host", "127.0.0.1"], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        path = _new_file(tmp_path)
        result = subprocess.run([*env_run, str(path), "--host", "127.0.0.1", "--port", str(port)],
                                capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 1
    expected = f"cannot listen on 127.0.0.1:{port}: Address already in use"
    assert result.stderr.strip().splitlines() == [expected]


def test_a_co_facilitator_in_a_busy_room_is_never_slowed_and_its_edit_is_saved(tmp_path: Path) -> None:
    """The host relays every participant's note to `canvas-editor join`'s client; the
    client sends back only its own changes, so the room's traffic never counts against
    its connection's rate."""
    import hashlib
    import secrets

    from websockets.asyncio.client import connect

    from canvas_editor.live.room_client import RoomClient
    from canvas_editor.live.room_peer import RoomPeer
    from canvas_editor.model.blocks import BlockId
    from canvas_editor.model.document import Note

    path = _new_file(tmp_path)
    secret = secrets.token_hex(16)
    label = "facilitator " + hashlib.sha256(secret.encode()).hexdigest()[:8]
    crowd, notes_each = 4, 50  # 200 notes in about 2.5 s, far over 20 a second in all
    with served(path) as workshop:
        client = RoomClient(workshop.facilitator_url, secret)
        client.join()
        relayed: set[str] = set()  # the participants' notes as the client has them
        client.attach(lambda changes: relayed.update(n.id for n in changes.added if n.id.startswith("busy-")),
                      lambda _reason: None)

        async def participant(index: int) -> None:
            own = secrets.token_hex(16)
            owner = hashlib.sha256(own.encode()).hexdigest()[:32]
            async with connect(websocket_url(workshop.url, own), max_size=None) as websocket:
                peer = RoomPeer(websocket)
                reading = asyncio.create_task(peer.run())
                await asyncio.wait_for(peer.synced.wait(), 10)
                notes = peer.doc.get("notes", type=Map)
                for k in range(notes_each):
                    fields = {"block": "key_partners", "text": f"{index}-{k}", "owner": owner}
                    peer.change(lambda _doc, i=f"busy-{index}-{k}", f=fields: notes.__setitem__(i, Map(f)))
                    await asyncio.sleep(0.05)
                await until(lambda: sum(key.startswith("busy-") for key in notes) == crowd * notes_each, 30)
                reading.cancel()

        async def busy_room() -> None:
            writing = [asyncio.create_task(participant(i)) for i in range(crowd)]
            await asyncio.sleep(1.0)
            own_note = Note(id="cofacilitator-1", block=BlockId.CHANNELS, text="공동 진행자")
            client.call(client.put_notes, [own_note])
            await asyncio.gather(*writing)

        try:
            asyncio.run(busy_room())
            asyncio.run(until(lambda: len(relayed) == crowd * notes_each, 30))
        finally:
            client.stop()
        notes = _wait_saved(path, lambda n: "cofacilitator-1" in n and sum(k.startswith("busy-") for k in n)
                            == crowd * notes_each, 30)
        status, err = workshop.stop()
    assert status == 0, err
    assert notes["cofacilitator-1"]["text"] == "공동 진행자"
    assert not [line for line in err.splitlines() if label in line and "sends too fast" in line], err
