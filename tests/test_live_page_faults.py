"""The participant's page through the live workshop's faults, in a real headless browser
against `canvas-editor serve` as a real process: a phone that drops off the Wi-Fi, and a
host killed with SIGKILL and started again. What the participant typed meanwhile is kept
and reaches the host's saved file once the page is back, with nothing lost or doubled."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from tests.live_client import joined
from tests.live_serve import served, start_serve
from tests.tcp_proxy import TcpProxy
from tests.test_live_page import _wait, _write_note
from tests.test_live_page import browser as browser  # the fixture: a headless Chromium
from tests.test_live_serve import _new_file, _saved_notes

# y-websocket retries with a backoff of at most 2.5 s; a loaded machine adds its share.
RECONNECT = 30.0


def _through(url: str, proxy: TcpProxy) -> str:
    """The join URL at the proxy's address: the page, and so its websocket (which the
    page builds from its own address), go through the proxy."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=proxy.address))


def _port(url: str) -> int:
    port = urlsplit(url).port
    assert port is not None
    return port


def _join_at(driver: Any, url: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(url)
    _wait(lambda: driver.find_elements(By.ID, "name-input"))
    driver.find_element(By.ID, "name-input").send_keys("민지")
    driver.find_element(By.CSS_SELECTOR, "#name-form button").click()
    _wait(lambda: _status(driver) == "connected" and driver.find_elements(By.CSS_SELECTOR, "button.add"))


def _status(driver: Any) -> str:
    """The page's connection status as its status element says it (data-state)."""
    from selenium.webdriver.common.by import By

    return str(driver.find_element(By.ID, "status").get_attribute("data-state") or "")


def _status_text(driver: Any) -> str:
    from selenium.webdriver.common.by import By

    return str(driver.find_element(By.ID, "status").text)


def _shown(driver: Any) -> list[tuple[str, str]]:
    """(note id, words) of every note on the page, in the page's order."""
    from selenium.webdriver.common.by import By

    return [
        (str(item.get_attribute("data-note")), item.find_element(By.CSS_SELECTOR, ".text").text)
        for item in driver.find_elements(By.CSS_SELECTOR, "li.note")
    ]


def _my_note_id(driver: Any, text: str) -> str:
    from selenium.webdriver.common.by import By

    _wait(lambda: any(t == text for _, t in _shown(driver)))
    for item in driver.find_elements(By.CSS_SELECTOR, "li.note.mine"):
        if item.find_element(By.CSS_SELECTOR, ".text").text == text:
            return str(item.get_attribute("data-note"))
    raise AssertionError(f"no note of one's own reads {text!r}")


def _edit_note(driver: Any, note_id: str, text: str) -> None:
    """Edit on one's own note, its words replaced, Save."""
    from selenium.webdriver.common.by import By

    item = driver.find_element(By.CSS_SELECTOR, f'li[data-note="{note_id}"]')
    edit = item.find_element(By.CSS_SELECTOR, ".actions button")  # Edit, the first of its actions
    # Scrolled to the middle, as a person scrolls to it: the page's bar stays on top.
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", edit)
    edit.click()
    area = driver.find_element(By.CSS_SELECTOR, "form.editor textarea")
    area.clear()
    area.send_keys(text)
    driver.find_element(By.CSS_SELECTOR, "form.editor button[type=submit]").click()
    _wait(lambda: (note_id, text) in _shown(driver))


def _wait_saved(path: Path, condition: Any, timeout: float = RECONNECT) -> dict[str, dict[str, object]]:
    _wait(lambda: condition(_saved_notes(path)), timeout)
    return _saved_notes(path)


def _texts(notes: dict[str, dict[str, object]]) -> Counter[object]:
    return Counter(n["text"] for n in notes.values())


def _assert_no_doubles(driver: Any) -> None:
    shown = _shown(driver)
    ids = Counter(i for i, _ in shown)
    assert all(count == 1 for count in ids.values()), shown
    mine = Counter(t for i, t in shown if i in _mine(driver))
    assert all(count == 1 for count in mine.values()), shown


def _mine(driver: Any) -> set[str]:
    from selenium.webdriver.common.by import By

    mine = driver.find_elements(By.CSS_SELECTOR, "li.note.mine")
    return {str(item.get_attribute("data-note")) for item in mine}


def _notice_shown(driver: Any) -> bool:
    from selenium.webdriver.common.by import By

    return bool(driver.find_element(By.ID, "notice").is_displayed())


def test_a_phone_off_the_wifi_keeps_what_it_typed_and_syncs_it_on_reconnect(
    tmp_path: Path, browser: Any
) -> None:
    path = _new_file(tmp_path)
    first, edited, offline = "연결된 동안 쓴 메모", "오프라인에서 고친 메모", "와이파이 없이 쓴 메모"
    others = "다른 참가자가 쓴 메모"
    with served(path) as workshop, TcpProxy(_port(workshop.url)) as wifi:
        _join_at(browser, _through(workshop.url, wifi))
        _write_note(browser, "channels", first)
        first_id = _my_note_id(browser, first)
        _wait_saved(path, lambda n: first_id in n)

        wifi.cut()
        _wait(lambda: _status(browser) == "disconnected")
        _write_note(browser, "customer_segments", offline)
        _edit_note(browser, first_id, edited)
        offline_id = _my_note_id(browser, offline)
        # The page says it is offline, and that the notes will sync, for as long as it is.
        assert _status(browser) == "disconnected" and "오프라인" in _status_text(browser)

        async def another_participant_writes() -> None:
            async with joined(workshop.url) as other:
                other.add_note("others-1", "key_partners", others)
                await asyncio.sleep(0.3)

        asyncio.run(another_participant_writes())
        # The host saved the other's note after the cut; nothing the page wrote offline is there.
        notes = _wait_saved(path, lambda n: "others-1" in n)
        assert offline_id not in notes and offline not in _texts(notes)
        assert notes[first_id]["text"] == first
        assert _status(browser) == "disconnected"
        assert others not in [t for _, t in _shown(browser)]

        wifi.restore()
        _wait(lambda: _status(browser) == "connected", RECONNECT)
        assert "오프라인" not in _status_text(browser)
        notes = _wait_saved(path, lambda n: offline_id in n and n[first_id]["text"] == edited)
        assert notes[offline_id]["text"] == offline
        assert notes[offline_id]["block"] == "customer_segments"
        _wait(lambda: ("others-1", others) in _shown(browser))
        _assert_no_doubles(browser)
        assert _texts(_saved_notes(path))[edited] == 1
        assert not _notice_shown(browser)
        status, err = workshop.stop()
    assert status == 0, err
    assert "reverted" not in err
    assert wifi.accepted >= 2  # the page and its websocket came through the proxy, before and after


def test_a_page_keeps_its_notes_when_the_host_is_killed_and_started_again(
    tmp_path: Path, browser: Any
) -> None:
    path = _new_file(tmp_path)
    before, during = ["죽기 전에 쓴 메모", "두 번째 메모"], "진행자 컴퓨터가 꺼진 동안 쓴 메모"
    edited, later = "꺼진 동안 고친 메모", "다시 시작한 뒤 고친 메모"
    workshop = start_serve(path)
    try:
        _join_at(browser, workshop.url)
        for text in before:
            _write_note(browser, "value_propositions", text)
        ids = [_my_note_id(browser, text) for text in before]
        _wait_saved(path, lambda n: all(i in n for i in ids))
    finally:
        workshop.kill()  # SIGKILL: no last save, no goodbye to the pages
    _wait(lambda: _status(browser) == "disconnected")
    _write_note(browser, "customer_segments", during)
    during_id = _my_note_id(browser, during)
    _edit_note(browser, ids[1], edited)
    assert _status(browser) == "disconnected" and "오프라인" in _status_text(browser)
    assert during_id not in _saved_notes(path)

    with served(path) as again:
        assert _port(again.url) == _port(workshop.url) and again.url == workshop.url  # the page's link
        _wait(lambda: _status(browser) == "connected", RECONNECT)
        notes = _wait_saved(path, lambda n: during_id in n and n[ids[1]]["text"] == edited)
        assert notes[ids[0]]["text"] == before[0]
        assert notes[during_id]["text"] == during
        texts = _texts(notes)
        assert all(texts[t] == 1 for t in [before[0], edited, during]) and before[1] not in texts, texts
        assert (ids[1], edited) in _shown(browser)
        _assert_no_doubles(browser)
        assert {i for i, t in _shown(browser)} == set(notes)  # the page shows the host's canvas

        # The host took the page's re-sent notes as they are: nothing refused, no notice.
        assert not _notice_shown(browser)

        _edit_note(browser, ids[0], later)  # still the page's own note
        notes = _wait_saved(path, lambda n: n[ids[0]]["text"] == later)
        assert _texts(notes)[later] == 1 and before[0] not in _texts(notes)
        status, err = again.stop()
    assert status == 0, err
    assert "reverted" not in err
