"""The participant's page in a real headless browser (Debian's chromium through its
chromium-driver), against `canvas-editor serve` on loopback: what a person writes on
the page reaches the host's saved file, and markup in a note stays text."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from canvas_editor.model.blocks import BlockId
from canvas_editor.ui.main_window import MainWindow
from tests.live_serve import ROOT, Served, served
from tests.sharing_window import pump_until, share
from tests.sharing_window import sharing_window as _window_fixture  # noqa: F401 (the `window` fixture)
from tests.test_live_serve import _new_file, _saved_notes

SCRIPT = "<img src=x onerror=alert(1)>"
PAGE_WAIT = 20.0  # seconds a page in the headless browser may take on a loaded machine


def _stamp_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("web_stamp", ROOT / "tools" / "web_stamp.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_script_was_built_from_the_current_sources() -> None:
    stamp = _stamp_module()
    assert stamp.STAMP.read_text().strip() == stamp.sources_digest(), "web/ changed: run `make web`"
    assert (ROOT / "resources" / "web" / "app.js").stat().st_size > 10_000


def test_the_pages_korean_words_call_a_note_what_the_window_calls_it() -> None:
    """The window's Korean catalogue says 노트 for a sticky note; the page, in the
    sources and the built script, says the same and never 메모."""
    catalogue = (ROOT / "resources" / "translations" / "canvas_editor_ko.ts").read_text(encoding="utf-8")
    assert "노트" in catalogue and "메모" not in catalogue
    source = (ROOT / "web" / "src" / "main.js").read_text(encoding="utf-8")
    korean = source[source.index("  ko: {"): source.index("const LANG")]
    # esbuild writes the script in ASCII: its Korean as \uXXXX escapes.
    escaped = (ROOT / "resources" / "web" / "app.js").read_text(encoding="ascii")
    built = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m[1], 16)), escaped)
    for words in (korean, built):
        assert "메모" not in words
    for phrase in ("노트를 쓰세요", "뒤집힌 노트", "자신의 노트만", "새 노트는"):
        assert phrase in korean and phrase in built


@pytest.fixture
def browser() -> Iterator[object]:
    chromium = shutil.which("chromium")
    driver_path = shutil.which("chromedriver")
    if chromium is None or driver_path is None:
        pytest.skip("needs Debian's chromium and chromium-driver (make test installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=412,915", "--lang=ko", "--no-first-run"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "ko"})
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    try:
        yield driver
    finally:
        driver.quit()


def _wait(predicate: object, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the page")
        time.sleep(0.05)


def _write_note(driver: object, block: str, text: str) -> None:
    from selenium.webdriver.common.by import By

    section = driver.find_element(By.CSS_SELECTOR, f'section[data-block="{block}"]')  # type: ignore[attr-defined]
    section.find_element(By.CSS_SELECTOR, "button.add").click()
    section = driver.find_element(By.CSS_SELECTOR, f'section[data-block="{block}"]')  # type: ignore[attr-defined]
    section.find_element(By.TAG_NAME, "textarea").send_keys(text)
    section.find_element(By.CSS_SELECTOR, "form.editor button[type=submit]").click()


def _join(driver: object, workshop: Served) -> None:
    from selenium.webdriver.common.by import By

    driver.get(workshop.url)  # type: ignore[attr-defined]
    _wait(lambda: driver.find_elements(By.ID, "name-input"))  # type: ignore[attr-defined]
    driver.find_element(By.ID, "name-input").send_keys("민지")  # type: ignore[attr-defined]
    driver.find_element(By.CSS_SELECTOR, "#name-form button").click()  # type: ignore[attr-defined]


def test_a_note_written_in_korean_on_the_page_reaches_the_saved_file(tmp_path: Path, browser: object) -> None:
    from selenium.webdriver.common.by import By

    path = _new_file(tmp_path)
    with served(path) as workshop:
        _join(browser, workshop)
        assert "추가" in browser.find_element(By.CSS_SELECTOR, "button.add").text  # type: ignore[attr-defined]
        _write_note(browser, "value_propositions", "현장에서 바로 쓰는 메모")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            texts = [n["text"] for n in _saved_notes(path).values()]
            if "현장에서 바로 쓰는 메모" in texts:
                break
            time.sleep(0.1)
        status, err = workshop.stop()
    note = next(n for n in _saved_notes(path).values() if n["text"] == "현장에서 바로 쓰는 메모")
    assert note["block"] == "value_propositions"
    assert status == 0, err
    assert "reverted" not in err  # the page writes only what a participant may


def test_markup_in_a_note_shows_as_text(tmp_path: Path, browser: object) -> None:
    from selenium.webdriver.common.by import By

    path = _new_file(tmp_path)
    with served(path) as workshop:
        _join(browser, workshop)
        _write_note(browser, "channels", SCRIPT)
        section = 'section[data-block="channels"]'
        _wait(lambda: any(
            p.text == SCRIPT for p in browser.find_elements(By.CSS_SELECTOR, f"{section} .text")  # type: ignore[attr-defined]
        ))
        assert browser.find_elements(By.CSS_SELECTOR, "#board img") == []  # type: ignore[attr-defined]
        _wait(lambda: SCRIPT in [n["text"] for n in _saved_notes(path).values()])
        workshop.stop()
    assert SCRIPT in json.loads(path.read_bytes())["canvas"]["notes"][-1]["text"]


def test_the_page_shows_the_hosts_notice_to_its_participant_as_text(tmp_path: Path, browser: object) -> None:
    """A change the host refuses, sent in this browser's name (its secret, as another
    tab would), shows in the page's alert area in the browser's language."""
    import asyncio

    from selenium.webdriver.common.by import By

    from tests.live_client import joined

    path = _new_file(tmp_path)
    with served(path) as workshop:
        _join(browser, workshop)
        _wait(lambda: browser.find_elements(By.CSS_SELECTOR, "button.add"))  # type: ignore[attr-defined]
        alert = browser.find_element(By.ID, "notice")  # type: ignore[attr-defined]
        assert alert.get_attribute("role") == "alert" and not alert.is_displayed()
        secret = browser.execute_script('return localStorage.getItem("canvas-editor-secret")')  # type: ignore[attr-defined]
        facilitators = next(iter(_saved_notes(path)))

        async def refused() -> None:
            async with joined(workshop.url, secret) as tab:
                tab.notes[facilitators]["text"] = "<b>defaced</b>"
                await asyncio.sleep(0.5)

        asyncio.run(refused())
        _wait(lambda: alert.is_displayed())
        assert "자신의 노트만" in alert.text
        assert alert.find_elements(By.CSS_SELECTOR, "*") == []
        # The notice is still in the room, but it was shown: the page reopened (with
        # nothing kept in the browser, so the room's sync brings the notice again) does
        # not repeat it.
        browser.execute_async_script(  # type: ignore[attr-defined]
            "const done = arguments[arguments.length - 1];"
            "indexedDB.databases().then((all) => Promise.all(all.map((d) => new Promise((ok) => {"
            "  const r = indexedDB.deleteDatabase(d.name); r.onsuccess = r.onerror = r.onblocked = ok;"
            "})))).then(() => done(true));"
        )
        browser.refresh()  # type: ignore[attr-defined]
        _wait(lambda: browser.find_element(By.ID, "status").get_attribute("data-state") == "connected")  # type: ignore[attr-defined]
        _wait(lambda: browser.find_elements(By.CSS_SELECTOR, "button.add"))  # type: ignore[attr-defined]
        time.sleep(1.0)  # a notice would show within a moment of the sync
        assert not browser.find_element(By.ID, "notice").is_displayed()  # type: ignore[attr-defined]
        workshop.stop()


def test_a_vote_from_the_page_is_in_the_facilitators_saved_file(window: MainWindow, browser: object) -> None:
    """Through the window: Share Workshop, Voting Mode on, the timer running; the page
    follows the timer, spends two dots, and Save writes them as the participant's ballot."""
    from selenium.webdriver.common.by import By

    url = share(window).url.text()
    window.facilitation.actions["voting"].trigger()
    window.workshop.actions["timer_toggle"].trigger()
    target = window.controller.canvas.notes_in(BlockId.VALUE_PROPOSITIONS)[0]
    browser.get(url)  # type: ignore[attr-defined]
    pump_until(lambda: browser.find_elements(By.ID, "name-input"), PAGE_WAIT)  # type: ignore[attr-defined]
    browser.find_element(By.ID, "name-input").send_keys("민지")  # type: ignore[attr-defined]
    browser.find_element(By.CSS_SELECTOR, "#name-form button").click()  # type: ignore[attr-defined]
    pump_until(lambda: "남은 시간" in browser.find_element(By.ID, "follow").text, PAGE_WAIT)  # type: ignore[attr-defined]
    button = f'li[data-note="{target.id}"] button.vote'
    for expected in (1, 2):
        pump_until(lambda: browser.find_elements(By.CSS_SELECTOR, button), PAGE_WAIT)  # type: ignore[attr-defined]
        browser.find_element(By.CSS_SELECTOR, button).click()  # type: ignore[attr-defined]
        pump_until(lambda n=expected: window.controller.note(target.id).votes == target.votes + n, PAGE_WAIT)
    assert window.controller.undo_stack.count() == 0  # the participant's dots, no undo step
    window.menu_actions.save.trigger()
    assert window.path is not None
    saved = json.loads(window.path.read_bytes())["canvas"]
    assert {"voter": "민지", "dots": [target.id, target.id]} in saved["ballots"]
    assert next(n for n in saved["notes"] if n["id"] == target.id)["votes"] == target.votes + 2


def test_a_note_written_on_the_page_in_a_silent_brainstorm_stays_the_writers_until_revealed(
    window: MainWindow, browser: object
) -> None:
    """Through the window: Share Workshop and face-down writing on; a note written on the
    page shows there with its words (marked as the writer's alone), is a face-down card
    on the facilitator's board, and after Reveal is face up on the board and the page."""
    from selenium.webdriver.common.by import By

    def shown(selector: str) -> list[object]:
        return browser.find_elements(By.CSS_SELECTOR, selector)  # type: ignore[attr-defined,no-any-return]

    words = "우리만 아는 아이디어"
    share(window)
    controller = window.controller
    window.facilitation.actions["face_down"].trigger()
    browser.get(window.live_sharing.link.host.url)  # type: ignore[attr-defined,union-attr]
    pump_until(lambda: shown("#name-input"))
    browser.find_element(By.ID, "name-input").send_keys("민지")  # type: ignore[attr-defined]
    browser.find_element(By.CSS_SELECTOR, "#name-form button").click()  # type: ignore[attr-defined]
    pump_until(lambda: "조용한 브레인스토밍" in browser.find_element(By.ID, "follow").text)  # type: ignore[attr-defined]
    _write_note(browser, "channels", words)
    mine = 'section[data-block="channels"] li.note.private'
    pump_until(lambda: any(words == p.text for p in shown(f"{mine} .text")))  # type: ignore[attr-defined]
    pump_until(lambda: any(n.text == words for n in controller.canvas.notes))
    note = next(n for n in controller.canvas.notes if n.text == words)
    assert (note.hidden, note.author, note.block) == (True, "민지", BlockId.CHANNELS)
    assert window.view.board_scene.note_item(note.id) is not None
    marks = shown(f'li[data-note="{note.id}"] .private-mark')
    assert [m.text for m in marks] == ["진행자가 공개할 때까지 나만 볼 수 있습니다"]  # type: ignore[attr-defined]
    # Its placeholder in the shared room never shows beside it as a face-down card.
    time.sleep(0.3)
    assert len(shown(f'li[data-note="{note.id}"]')) == 1 and not shown("li.face-down")

    window.facilitation.reveal()
    pump_until(lambda: not controller.note(note.id).hidden)
    revealed = f'li[data-note="{note.id}"]:not(.private):not(.face-down) .text'
    pump_until(lambda: [p.text for p in shown(revealed)] == [words])  # type: ignore[attr-defined]
    assert not shown(".private-mark")


def test_a_page_at_a_locked_room_says_so_and_gets_in_once_it_is_unlocked(
    window: MainWindow, browser: object
) -> None:
    from selenium.webdriver.common.by import By

    dialog = share(window)
    dialog.lock.setChecked(True)
    assert window.live_sharing.link is not None
    browser.get(window.live_sharing.link.host.url)  # type: ignore[attr-defined]

    def status() -> tuple[str, str]:
        shown = browser.find_element(By.ID, "status")  # type: ignore[attr-defined]
        return str(shown.get_attribute("data-state")), str(shown.text)

    pump_until(lambda: status()[0] == "locked", PAGE_WAIT)
    assert "잠갔습니다" in status()[1]
    time.sleep(3.0)  # its retries keep saying so (y-websocket tries again within 2.5 s)
    assert status()[0] == "locked"
    dialog.lock.setChecked(False)
    pump_until(lambda: status()[0] == "connected", PAGE_WAIT)
