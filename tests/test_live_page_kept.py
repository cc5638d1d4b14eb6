"""What the participant's page keeps in the browser (IndexedDB, web/src/keep.js), in a
real headless browser against `canvas-editor serve` as a real process: notes written
offline in a tab the browser then discards reach the host when the link is opened
again; an ended workshop is forgotten, so the next run of its room starts from the host;
and a browser that keeps nothing still runs the page, without an uncaught error."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any

from pycrdt import Doc, Map

from canvas_editor.ui.main_window import MainWindow
from tests.live_serve import served
from tests.sharing_window import pump_until, share
from tests.sharing_window import sharing_window as _window_fixture  # noqa: F401 (the `window` fixture)
from tests.tcp_proxy import TcpProxy
from tests.test_live_page import PAGE_WAIT, _wait, _write_note
from tests.test_live_page import browser as browser  # the fixture: a headless Chromium
from tests.test_live_page_faults import (
    RECONNECT,
    _assert_no_doubles,
    _edit_note,
    _join_at,
    _my_note_id,
    _notice_shown,
    _port,
    _shown,
    _status,
    _texts,
    _through,
    _wait_saved,
)
from tests.test_live_serve import _new_file, _saved_notes

# Before the page's own script: every uncaught error and unhandled promise rejection,
# in a list the test reads (DevTools injects it, so the page's CSP does not apply).
RECORD_ERRORS = """
window.__pageErrors = [];
window.addEventListener("error", (e) => window.__pageErrors.push("error: " + e.message));
window.addEventListener("unhandledrejection",
                        (e) => window.__pageErrors.push("unhandled: " + String(e.reason)));
"""

# A browser that keeps nothing, as private browsing or storage turned off can be:
# opening a database fails, and localStorage cannot be read.
NO_STORAGE = """
Object.defineProperty(window, "localStorage", {
  get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
});
IDBFactory.prototype.open = function () {
  throw new DOMException("A mutation operation was attempted on a database that did not allow mutations.",
                         "InvalidStateError");
};
"""

# A full quota, from the moment the test says so: every write to IndexedDB fails (the
# transaction aborts, as a write over the quota does when it commits).
STORAGE_FULL = """
for (const name of ["add", "put"]) {
  const original = IDBObjectStore.prototype[name];
  IDBObjectStore.prototype[name] = function (...args) {
    const request = original.apply(this, args);
    if (localStorage.getItem("test-storage-full")) this.transaction.abort();
    return request;
  };
}
"""

# The page's kept databases are named after the app, host, room, token and participant.
KEPT = "canvas-editor/"


def _before_the_page(driver: Any, source: str) -> None:
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": source})


def _errors(driver: Any) -> list[str]:
    errors = driver.execute_script("return window.__pageErrors")
    assert errors is not None, "the error recorder did not run"
    return list(errors)


def _kept(driver: Any) -> list[str]:
    """The names of the page's databases in this browser (at the page's origin)."""
    names = driver.execute_async_script(
        """const done = arguments[arguments.length - 1];
        indexedDB.databases().then((all) => done(all.map((d) => d.name)), (e) => done(["failed: " + e]));"""
    )
    return sorted(n for n in names if n.startswith(KEPT) or n.startswith("failed"))


def _keep_in_browser(driver: Any, name: str, update: bytes) -> None:
    """Write `update` into the database `name` as y-indexeddb lays it out."""
    failed = driver.execute_async_script(
        """const [name, bytes, done] = arguments;
        const req = indexedDB.open(name);
        req.onupgradeneeded = () => {
          req.result.createObjectStore("updates", { autoIncrement: true });
          req.result.createObjectStore("custom");
        };
        req.onerror = () => done(String(req.error));
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(["updates"], "readwrite");
          tx.objectStore("updates").add(new Uint8Array(bytes));
          tx.oncomplete = () => { db.close(); done(null); };
          tx.onabort = () => done(String(tx.error));
        };""",
        name, list(update),
    )
    assert failed is None, failed


def _public_id(driver: Any) -> str:
    secret = driver.execute_script('return localStorage.getItem("canvas-editor-secret")')
    return hashlib.sha256(secret.encode()).hexdigest()[:32]


def test_notes_written_offline_in_a_tab_the_browser_discards_reach_the_host_when_the_link_is_opened_again(
    tmp_path: Path, browser: Any
) -> None:
    path = _new_file(tmp_path)
    first, edited, offline = "연결된 동안 쓴 노트", "오프라인에서 고친 노트", "와이파이 없이 쓴 노트"
    _before_the_page(browser, RECORD_ERRORS)
    with served(path) as workshop, TcpProxy(_port(workshop.url)) as wifi:
        link = _through(workshop.url, wifi)
        _join_at(browser, link)
        _write_note(browser, "channels", first)
        first_id = _my_note_id(browser, first)
        _wait_saved(path, lambda n: first_id in n)

        wifi.cut()
        _wait(lambda: _status(browser) == "disconnected")
        _write_note(browser, "customer_segments", offline)
        offline_id = _my_note_id(browser, offline)
        _edit_note(browser, first_id, edited)
        assert len(_kept(browser)) == 2  # the room's document and the participant's private one
        time.sleep(0.5)  # the browser writes the last change to IndexedDB
        assert _errors(browser) == []

        # The browser discards the tab: the page and everything in its memory are gone.
        browser.get("about:blank")
        wifi.restore()
        notes = _saved_notes(path)
        assert offline_id not in notes and notes[first_id]["text"] == first

        browser.get(link)  # the participant opens the join link again
        _wait(lambda: _status(browser) == "connected", RECONNECT)
        notes = _wait_saved(path, lambda n: offline_id in n and n[first_id]["text"] == edited)
        assert notes[offline_id]["text"] == offline and notes[offline_id]["block"] == "customer_segments"
        _wait(lambda: {(offline_id, offline), (first_id, edited)} <= set(_shown(browser)))
        time.sleep(1.0)  # a second sending would be saved by now
        texts = _texts(_saved_notes(path))
        assert texts[offline] == 1 and texts[edited] == 1 and first not in texts, texts
        _assert_no_doubles(browser)
        assert {i for i, _ in _shown(browser)} == set(_saved_notes(path))
        assert not _notice_shown(browser)  # the host took the re-sent notes as they are
        assert _errors(browser) == []
        status, err = workshop.stop()
    assert status == 0, err
    assert "reverted" not in err


def test_an_ended_workshop_is_forgotten_and_the_next_run_of_its_room_starts_from_the_host(
    tmp_path: Path, browser: Any
) -> None:
    path = _new_file(tmp_path)
    written = "끝나기 전에 쓴 노트"
    _before_the_page(browser, RECORD_ERRORS)
    with served(path) as workshop:
        _join_at(browser, workshop.url)
        _write_note(browser, "channels", written)
        note_id = _my_note_id(browser, written)
        _wait_saved(path, lambda n: note_id in n)
        assert len(_kept(browser)) == 2
        status, err = workshop.stop()  # Ctrl+C: the facilitator ends the workshop
    assert status == 0, err
    _wait(lambda: _status(browser) == "ended")
    _wait(lambda: _kept(browser) == [])  # the page forgot the room when it saw the end
    assert _errors(browser) == []

    # Between the runs the facilitator deletes the note from the file.
    canvas = json.loads(path.read_bytes())
    canvas["canvas"]["notes"] = [n for n in canvas["canvas"]["notes"] if n["id"] != note_id]
    path.write_text(json.dumps(canvas))

    with served(path) as again:
        assert again.url == workshop.url  # the same room at the same link (FILE.live)
        browser.get(again.url)
        _wait(lambda: _status(browser) == "connected" and bool(_shown(browser)), RECONNECT)
        time.sleep(0.5)
        assert note_id not in {i for i, _ in _shown(browser)}
        assert {i for i, _ in _shown(browser)} == set(_saved_notes(path))
        assert len(_kept(browser)) == 2  # kept again, for this run
        assert _errors(browser) == []
        status, err = again.stop()
    assert status == 0, err
    assert "reverted" not in err


def test_a_kept_room_that_says_it_ended_is_not_brought_back(tmp_path: Path, browser: Any) -> None:
    """The tab went between the end and its forgetting: what the browser still holds of
    the ended room says so, and the page starts the next run from the host instead."""
    path = _new_file(tmp_path)
    ghost = "지난 워크숍에서 보내지 못한 노트"
    _before_the_page(browser, RECORD_ERRORS)
    with served(path) as workshop:
        _join_at(browser, workshop.url)
        names = _kept(browser)
        assert len(names) == 2
        shared = next(n for n in names if not n.endswith("/private"))
        me = _public_id(browser)
        status, err = workshop.stop()
    assert status == 0, err
    _wait(lambda: _kept(browser) == [])

    ended: Doc[Any] = Doc()
    ended["session"] = session = Map()
    ended["notes"] = notes = Map()
    session["ended"] = True
    notes["ghost-1"] = Map({"block": "channels", "text": ghost, "color": "#FFEB3B", "owner": me,
                            "x": 0.1, "y": 0.1})
    _keep_in_browser(browser, shared, ended.get_update())
    assert shared in _kept(browser)

    with served(path) as again:
        browser.get(again.url)
        _wait(lambda: _status(browser) == "connected" and bool(_shown(browser)), RECONNECT)
        time.sleep(1.0)
        assert ghost not in [t for _, t in _shown(browser)]
        assert "ghost-1" not in _saved_notes(path)
        assert _errors(browser) == []
        status, err = again.stop()
    assert status == 0, err
    assert "reverted" not in err


def test_a_browser_that_keeps_nothing_still_runs_the_page(tmp_path: Path, browser: Any) -> None:
    path = _new_file(tmp_path)
    words = "저장소 없이 쓴 노트"
    _before_the_page(browser, RECORD_ERRORS + NO_STORAGE)
    with served(path) as workshop:
        _join_at(browser, workshop.url)
        _write_note(browser, "channels", words)
        note_id = _my_note_id(browser, words)
        _wait_saved(path, lambda n: note_id in n)
        time.sleep(0.5)
        assert _errors(browser) == []
        status, err = workshop.stop()
    assert status == 0, err
    _wait(lambda: _status(browser) == "ended")
    assert _errors(browser) == []



def test_a_full_quota_stops_the_keeping_and_not_the_page(tmp_path: Path, browser: Any) -> None:
    """What was kept before the storage filled up still reaches the host when the link
    is opened again; what was written after it is not kept (it lives in the tab, as it
    did before the page kept anything); the page goes on without an uncaught error."""
    path = _new_file(tmp_path)
    kept, lost, later = "가득 차기 전에 쓴 노트", "가득 찬 뒤에 쓴 노트", "다시 연 뒤에 쓴 노트"
    _before_the_page(browser, RECORD_ERRORS + STORAGE_FULL)
    with served(path) as workshop, TcpProxy(_port(workshop.url)) as wifi:
        link = _through(workshop.url, wifi)
        _join_at(browser, link)
        wifi.cut()
        _wait(lambda: _status(browser) == "disconnected")
        _write_note(browser, "channels", kept)
        kept_id = _my_note_id(browser, kept)
        time.sleep(0.5)  # the browser writes it to IndexedDB
        browser.execute_script('localStorage.setItem("test-storage-full", "1")')
        _write_note(browser, "channels", lost)
        _my_note_id(browser, lost)
        time.sleep(0.5)
        assert _errors(browser) == []

        browser.get("about:blank")
        wifi.restore()
        browser.get(link)  # the storage is still full
        _wait(lambda: _status(browser) == "connected", RECONNECT)
        _wait_saved(path, lambda n: kept_id in n)
        _write_note(browser, "channels", later)
        notes = _wait_saved(path, lambda n: later in _texts(n))
        assert _texts(notes)[kept] == 1 and lost not in _texts(notes)
        assert _errors(browser) == []
        status, err = workshop.stop()
    assert status == 0, err
    _wait(lambda: _status(browser) == "ended")
    assert _errors(browser) == []


def test_a_removed_participants_page_forgets_the_room(window: MainWindow, browser: Any) -> None:
    """Through the window: the facilitator removes the participant; their page, closed
    with 4001, says so and forgets what it kept (their link no longer works)."""
    _before_the_page(browser, RECORD_ERRORS)
    share(window)
    link = window.live_sharing.link
    assert link is not None
    browser.get(link.host.url)
    pump_until(lambda: _status(browser) == "connected" and bool(_shown(browser)), PAGE_WAIT)
    words = "내보내지기 전에 쓴 노트"
    _write_note(browser, "channels", words)
    pump_until(lambda: any(n.text == words for n in window.controller.canvas.notes), PAGE_WAIT)
    assert len(_kept(browser)) == 2
    link.remove(_public_id(browser))
    pump_until(lambda: _status(browser) == "ended", PAGE_WAIT)
    assert "내보냈습니다" in browser.find_element("id", "status").text
    pump_until(lambda: _kept(browser) == [], PAGE_WAIT)
    assert _errors(browser) == []
    browser.get(link.host.url)  # the link again: told at once, not left retrying
    pump_until(lambda: _status(browser) == "ended", PAGE_WAIT)
    assert "내보냈습니다" in browser.find_element("id", "status").text
    assert words not in [text for _, text in _shown(browser)]  # nothing of the room came
