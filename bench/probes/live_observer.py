# ruff: noqa: F821 (join comes from live_client.py)
# The facilitator's side of the live benchmark: a co-facilitator's pycrdt client (what
# `canvas-editor join` runs) that notes the monotonic time each new note reaches it
# from the host, and meanwhile drags one of the facilitator's notes 20 times a second,
# so the room carries the facilitator's moves out while participants write. Prints
# READY once synced, then the arrival times when told to stop (a line on stdin) or
# when every expected note has arrived.
import asyncio
import json
import sys
import time

from pycrdt import Map


async def main(config):
    seen = {}
    peer = await join(config["url"])
    notes = peer.doc.get("notes", type=Map)
    known = set(notes.keys())
    dragged = sorted(known)[0]

    def arrived(event):
        now = time.monotonic()
        for key in getattr(event, "keys", {}):
            if key not in known:
                known.add(key)
                seen[key] = now

    notes.observe(arrived)
    print("READY", flush=True)
    stop = asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    step = 0
    while not stop.done():
        step += 1
        x = 0.1 + (step % 40) * 0.01  # a drag step, as the window sends one
        peer.change(lambda doc, x=x: doc.get("notes", type=Map)[dragged].__setitem__("x", x))
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.2)
    await peer.websocket.close()
    print("BENCH " + json.dumps({"seen": seen, "drag_steps": step}), flush=True)


asyncio.run(main(json.loads(sys.argv[1])))
