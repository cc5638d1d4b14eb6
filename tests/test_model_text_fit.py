"""fit_text: the one rule for note text on screen and on paper (wrap, shrink, then cut)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvas_editor.model.text_fit import ELLIPSIS, LINE_HEIGHT, FittedText, fit_text

EPS = 1e-6
Measure = Callable[[str], float]


def proportional(s: str) -> float:
    """A stand-in font at size 1: Hangul full width, capitals wider, spaces narrow."""
    total = 0.0
    for ch in s:
        if "\uac00" <= ch <= "\ud7a3":
            total += 1.0
        elif ch == " ":
            total += 0.3
        elif ch.isupper():
            total += 0.7
        else:
            total += 0.55
    return total


def mono(s: str) -> float:
    return 0.6 * len(s)


words = st.text(alphabet="abcXYZ가나다한", min_size=1, max_size=14)
paragraphs = st.lists(words, min_size=0, max_size=12).map(" ".join)
texts = st.lists(paragraphs, min_size=1, max_size=4).map("\n".join)
measures = st.sampled_from([proportional, mono])
boxes = st.tuples(st.floats(min_value=20.0, max_value=200.0), st.floats(min_value=10.0, max_value=200.0))


def _fit(text: str, box: tuple[float, float], measure: Measure) -> FittedText:
    return fit_text(text, box[0], box[1], measure, max_size=14.0, min_size=6.0)


@settings(max_examples=200, deadline=None)
@given(text=texts, box=boxes, measure=measures)
def test_every_line_fits_the_width_at_the_chosen_size(
    text: str, box: tuple[float, float], measure: Measure
) -> None:
    fitted = _fit(text, box, measure)
    for line in fitted.lines:
        assert measure(line) * fitted.size <= box[0] + EPS


@settings(max_examples=200, deadline=None)
@given(text=texts, box=boxes, measure=measures)
def test_size_stays_between_min_and_max(text: str, box: tuple[float, float], measure: Measure) -> None:
    fitted = _fit(text, box, measure)
    assert 6.0 <= fitted.size <= 14.0
    if fitted.truncated:
        assert fitted.size == 6.0


@settings(max_examples=200, deadline=None)
@given(text=texts, box=boxes, measure=measures)
def test_the_lines_fit_the_height_unless_truncated(
    text: str, box: tuple[float, float], measure: Measure
) -> None:
    fitted = _fit(text, box, measure)
    height = len(fitted.lines) * fitted.size * LINE_HEIGHT
    if not fitted.truncated:
        assert height <= box[1] + EPS
    else:
        # Cut text still fills no more than the box (one line at least is always shown).
        assert height <= box[1] + EPS or len(fitted.lines) == 1
        assert fitted.lines[-1].endswith(ELLIPSIS)


@settings(max_examples=200, deadline=None)
@given(text=texts, box=boxes, measure=measures)
def test_words_are_kept_whole_unless_one_is_wider_than_the_line(
    text: str, box: tuple[float, float], measure: Measure
) -> None:
    fitted = _fit(text, box, measure)
    if fitted.truncated:
        return
    if all(measure(w) * fitted.size <= box[0] for w in text.split()):
        assert [w for line in fitted.lines for w in line.split()] == text.split()
    else:
        # Pieces of split words still add up to the user's text, in order.
        assert "".join("".join(line.split()) for line in fitted.lines) == "".join(text.split())


@settings(max_examples=200, deadline=None)
@given(text=texts, box=boxes, measure=measures)
def test_user_line_breaks_are_kept(text: str, box: tuple[float, float], measure: Measure) -> None:
    fitted = _fit(text, box, measure)
    if not fitted.truncated:
        assert len(fitted.lines) >= len(text.strip("\n").split("\n"))


@settings(max_examples=100, deadline=None)
@given(text=texts, box=boxes, measure=measures)
def test_the_chosen_size_is_the_largest_that_fits(
    text: str, box: tuple[float, float], measure: Measure
) -> None:
    fitted = _fit(text, box, measure)
    if fitted.truncated or fitted.size == 14.0:
        return
    bigger = fitted.size + 0.5
    # One step up, the text no longer fits, or fits only by splitting a word.
    assert fit_text(text, box[0], box[1], measure, max_size=bigger, min_size=bigger).truncated or any(
        measure(w) * bigger > box[0] for w in text.split()
    )


def test_short_lines_given_by_the_user_stay_as_they_are() -> None:
    fitted = fit_text("가치 제안\n\nfresh bread", 200.0, 200.0, proportional, max_size=12.0, min_size=6.0)
    assert fitted.lines == ("가치 제안", "", "fresh bread")
    assert fitted.size == 12.0
    assert not fitted.truncated


def test_windows_line_ends_count_as_one_break() -> None:
    fitted = fit_text("one\r\ntwo\rthree", 200.0, 200.0, mono, max_size=12.0, min_size=6.0)
    assert fitted.lines == ("one", "two", "three")


def test_korean_words_wrap_at_spaces_not_inside_words() -> None:
    text = "매일 아침 갓 구운 빵이 문 앞에"
    # Room for about four Hangul syllables per line at size 10.
    fitted = fit_text(text, 45.0, 200.0, proportional, max_size=10.0, min_size=10.0)
    assert [w for line in fitted.lines for w in line.split()] == text.split()
    assert len(fitted.lines) > 1


def test_text_shrinks_before_it_is_cut() -> None:
    text = "word " * 12
    roomy = fit_text(text, 100.0, 400.0, mono, max_size=12.0, min_size=4.0)
    tight = fit_text(text, 100.0, 60.0, mono, max_size=12.0, min_size=4.0)
    assert not tight.truncated
    assert tight.size < roomy.size


def test_text_shrinks_rather_than_split_a_long_word() -> None:
    # "partnerships" is 7.2 wide at size 1: whole at size 8 in a 60-wide box, not at 10.
    fitted = fit_text("key partnerships", 60.0, 200.0, mono, max_size=10.0, min_size=6.0)
    assert fitted.size == 8.0
    assert fitted.lines == ("key", "partnerships")


def test_a_word_is_split_when_no_size_keeps_it_whole() -> None:
    fitted = fit_text("a" * 30 + " b", 60.0, 200.0, mono, max_size=10.0, min_size=6.0)
    assert fitted.size == 10.0
    assert not fitted.truncated
    assert "".join(fitted.lines).replace(" ", "") == "a" * 30 + "b"


def test_text_that_cannot_fit_is_cut_with_an_ellipsis() -> None:
    text = " ".join(f"w{i}" for i in range(400))
    fitted = fit_text(text, 60.0, 40.0, mono, max_size=12.0, min_size=6.0)
    assert fitted.truncated
    assert fitted.size == 6.0
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert len(fitted.lines) * fitted.line_pitch <= 40.0 + EPS
    # What is shown is the start of the text.
    shown = " ".join(fitted.lines)[:-1].split()
    assert shown == [*text.split()[: len(shown) - 1], shown[-1]]
    assert text.split()[len(shown) - 1].startswith(shown[-1])


def test_a_single_word_wider_than_the_note_is_split() -> None:
    fitted = fit_text("a" * 60, 30.0, 400.0, mono, max_size=10.0, min_size=10.0)
    assert len(fitted.lines) > 1
    assert "".join(fitted.lines) == "a" * 60


@pytest.mark.parametrize("text", ["", "\n\n", "   "])
def test_empty_text_takes_the_largest_size(text: str) -> None:
    fitted = fit_text(text, 50.0, 50.0, mono, max_size=12.0, min_size=6.0)
    assert fitted.size == 12.0
    assert not fitted.truncated
    assert all(not line.strip() for line in fitted.lines)
