"""The rules of finding notes (model.note_search), without Qt."""

from __future__ import annotations

import dataclasses
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Note
from canvas_editor.model.note_search import NoteFilter, NoteSearch, fold, note_matches


def note(text: str = "", description: str = "") -> Note:
    return Note(id="n1", block=BlockId.CHANNELS, text=text, description=description)


def finds(query: str, text: str, description: str = "", partial_tail: bool = False) -> bool:
    return note_matches(note(text, description), NoteFilter(query=query, partial_tail=partial_tail))


def test_case_and_accents_are_ignored_on_both_sides() -> None:
    assert finds("cafe", "Café au lait")
    assert finds("CAFÉ", "the cafe downstairs")
    assert finds("strasse", "Hauptstraße 5")
    assert finds("naive", "A NAÏVE plan")
    assert not finds("cafe", "caffeine")


def test_description_counts_and_every_word_must_occur() -> None:
    assert finds("delivery", "Fast", "Same-day delivery in Seoul")
    assert finds("fast seoul", "Fast", "Same-day delivery in Seoul")
    assert not finds("fast busan", "Fast", "Same-day delivery in Seoul")


def test_korean_whole_and_partial_syllables() -> None:
    assert finds("카페", "동네 카페 운영")
    assert finds("운영", "동네 카페 운영")
    assert not finds("카페", "동네 커피 운영")
    # A query cut inside a syllable behaves like a prefix: "하" of "한", the lone "ㅎ".
    assert finds("하", "한국 시장")
    assert finds("ㅎ", "한국 시장")
    assert finds("한ㄱ", "한국 시장")
    # A final consonant is not the next syllable's initial: "한" is not in "하나".
    assert not finds("한", "하나 둘")
    assert not finds("간", "가나다")


def test_a_syllable_still_being_composed_may_grow() -> None:
    # While the input method shows "한" on the way to "하나", "하나" is found.
    assert finds("한", "하나 둘", partial_tail=True)
    assert finds("고", "과일 가게", partial_tail=True)  # ㅗ may become ㅘ
    assert finds("달", "닭고기", partial_tail=True)  # ㄹ may become ㄺ
    assert finds("닭", "달기 연습", partial_tail=True)  # ㄺ may split: 달 + ㄱ...
    assert not finds("고", "과일 가게")
    # Only the last character is in flux.
    assert not finds("한국", "하나국", partial_tail=True)


def test_fold_keeps_other_scripts_apart() -> None:
    assert fold("ガ") != fold("カ")  # the voicing mark changes the letter
    assert fold("Ｆｕｌｌ") == "full"  # compatibility forms fold to plain letters
    assert fold("ÉCOLE") == fold("ecole")


# The Unicode blocks of accents: Combining Diacritical Marks, its Extended and Supplement
# blocks, Combining Marks for Symbols, Combining Half Marks.
ACCENT_BLOCKS = [(0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F)]


# Any characters, and often ones in and around the accent blocks (a list of characters:
# st.text would merge the alphabets and seldom draw from such narrow ones).
NEAR_ACCENTS = [st.characters(min_codepoint=lo - 1, max_codepoint=hi + 1) for lo, hi in ACCENT_BLOCKS]
TEXT_WITH_ACCENTS = st.lists(st.one_of(st.characters(), *NEAR_ACCENTS)).map("".join)


@given(TEXT_WITH_ACCENTS)
def test_fold_drops_the_accent_blocks_and_keeps_every_other_character(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    kept = [ch for ch in decomposed if not any(lo <= ord(ch) <= hi for lo, hi in ACCENT_BLOCKS)]
    assert fold(text) == "".join(kept)


def test_filters_by_colour_segment_and_tag() -> None:
    notes = [
        Note(id="a", block=BlockId.CHANNELS, text="one", color="#FFF176", tags=("Launch",)),
        Note(id="b", block=BlockId.CHANNELS, text="two", color="#81D4FA", segment="s1"),
        Note(id="c", block=BlockId.CHANNELS, text="three", color="#81d4fa", tags=("launch", "web")),
    ]
    search = NoteSearch()
    assert search.matching_ids(notes, NoteFilter()) == ["a", "b", "c"]
    assert search.matching_ids(notes, NoteFilter(colors=frozenset({"#81D4FA"}))) == ["b", "c"]
    assert search.matching_ids(notes, NoteFilter(segments=frozenset({"s1"}))) == ["b"]
    assert search.matching_ids(notes, NoteFilter(segments=frozenset({None}))) == ["a", "c"]
    assert search.matching_ids(notes, NoteFilter(tags=frozenset({"LAUNCH"}))) == ["a", "c"]
    both = NoteFilter(query="thr", colors=frozenset({"#81D4FA"}), tags=frozenset({"web"}))
    assert search.matching_ids(notes, both) == ["c"]
    assert not NoteFilter(query="  ").is_active()
    assert NoteFilter(tags=frozenset({"web"})).is_active()


def test_an_edited_note_is_folded_afresh() -> None:
    search = NoteSearch()
    before = Note(id="a", block=BlockId.CHANNELS, text="Café")
    assert search.matching_ids([before], NoteFilter(query="cafe")) == ["a"]
    after = dataclasses.replace(before, text="Tea room")
    assert search.matching_ids([after], NoteFilter(query="cafe")) == []
    assert search.matching_ids([after], NoteFilter(query="tea")) == ["a"]
