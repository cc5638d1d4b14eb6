# ruff: noqa: F821 (join comes from live_client.py)
# Simulated workshop participants: N clients (live_client.py) in one process join the room of
# `canvas-editor serve` over loopback, and each adds K notes spread evenly over the
# given seconds, as people writing at their own pace would, placed as the page places
# them. Prints the monotonic time
# (system-wide on Linux, so comparable with the observer's process) just before each
# note is written into the participant's document, which is when its update is sent,
# and when they began to write.
import asyncio
import json
import secrets
import sys
import time

from pycrdt import Map

BLOCKS = ("key_partners", "key_activities", "key_resources", "value_propositions",
          "customer_relationships", "channels", "customer_segments", "cost_structure",
          "revenue_streams")


def _place(doc, block):
    """Where the participant's page puts a new note (web/src/main.js, addNote): a
    column of notes down the block, by the number of notes the block holds."""
    placed = sum(1 for note in doc.get("notes", type=Map).values()
                 if isinstance(note, Map) and note.get("block") == block)
    return 0.05 + (placed % 4) * 0.2, min(0.8, 0.15 + (placed // 4) * 0.2)


def _add(doc, note_id, fields):
    doc.get("notes", type=Map)[note_id] = Map(fields)


async def participant(index, config, start, go, sent, ready):
    import hashlib

    peer = await join(config["url"])
    owner = hashlib.sha256(peer.secret.encode()).hexdigest()[:32]
    ready.append(index)
    await go.wait()  # every participant joined: they write from the same start
    count, seconds = config["notes"], config["seconds"]
    for k in range(count):
        at = start[0] + (k + index / config["participants"]) * seconds / count
        await asyncio.sleep(max(0.0, at - time.monotonic()))
        note_id = f"p{index:02d}n{k:02d}{secrets.token_hex(2)}"
        block = BLOCKS[(index + k) % len(BLOCKS)]
        x, y = _place(peer.doc, block)
        fields = {"block": block, "text": f"participant {index} note {k}",
                  "owner": owner, "color": "#FFF59D", "x": x, "y": y}
        sent[note_id] = time.monotonic()
        peer.change(lambda doc, i=note_id, f=fields: _add(doc, i, f))
    await asyncio.sleep(config["linger"])
    await peer.websocket.close()


async def main(config):
    sent, ready = {}, []
    start, go = [0.0], asyncio.Event()
    tasks = [asyncio.create_task(participant(i, config, start, go, sent, ready))
             for i in range(config["participants"])]
    deadline = time.monotonic() + 60
    while len(ready) < config["participants"] and time.monotonic() < deadline:
        if any(t.done() for t in tasks):
            break
        await asyncio.sleep(0.05)
    start[0] = time.monotonic() + 0.5
    go.set()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    errors = [f"{type(r).__name__}: {r}" for r in results if isinstance(r, BaseException)]
    result = {"sent": sent, "joined": len(ready), "errors": errors[:3], "start": start[0]}
    print("BENCH " + json.dumps(result), flush=True)


asyncio.run(main(json.loads(sys.argv[1])))
