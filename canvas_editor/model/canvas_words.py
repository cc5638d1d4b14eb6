"""The fixed words a canvas shows, in the canvas's language (English fallback).

One table for the board, the PDF, PowerPoint, Markdown and the importers that read
those words back, so screen and paper agree. These follow the canvas's own language
(`Canvas.language`), not the window's: a Korean canvas prints Korean words whatever
language the editor speaks. Qt-free; the blocks' names and questions live with the
blocks (model.blocks).
"""

from __future__ import annotations

from canvas_editor.i18n import QT_TRANSLATE_NOOP

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "designed_for": "Designed for",
        "designed_by": "Designed by",
        "date": "Date",
        "iteration": "Iteration",
        "untitled": "Untitled canvas",
        "appendix_all": "Notes in full",
        "appendix_cut": "Full text of shortened notes",
        "segment": "Segment",
        "tags": "Tags",
        "votes": "Votes",
        "face_down": "Notes face down, not printed until revealed",
        "language": "Language",
        "legend": "Legend",
        "canvas": "Business Model Canvas",
        "continued": "(continued)",
        "tile_position": "Row {row} of {rows}, column {col} of {cols}",
        "tile_short": "R{row} C{col}",
        "tile_poster": "{poster} poster on {paper} sheets, {overlap} mm overlap",
        "tile_howto": "Trim along the cut marks on the left and top edges, then glue the page over "
        "its neighbours so the picture matches; the grey bars mark the overlap.",
        # The canvas's licence asks for this line on every copy.
        "attribution": "The Business Model Canvas by Strategyzer AG, licensed under CC BY-SA 3.0",
    },
    "ko": {
        "designed_for": "대상",
        "designed_by": "작성자",
        "date": "날짜",
        "iteration": "반복",
        "untitled": "제목 없는 캔버스",
        "appendix_all": "노트 전체 내용",
        "appendix_cut": "줄여 인쇄된 노트의 전체 내용",
        "segment": "세그먼트",
        "tags": "태그",
        "votes": "투표",
        "face_down": "공개 전이라 인쇄하지 않은 뒤집힌 노트",
        "language": "언어",
        "legend": "범례",
        "canvas": "비즈니스 모델 캔버스",
        "continued": "(계속)",
        "tile_position": "{rows}행 중 {row}행, {cols}열 중 {col}열",
        "tile_short": "{row}행 {col}열",
        "tile_poster": "{poster} 포스터를 {paper} 용지에, 겹침 {overlap} mm",
        "tile_howto": "왼쪽과 위쪽 재단 표시를 따라 자르고, 그림이 이어지도록 이웃 장 위에 겹쳐 붙이세요. "
        "회색 막대가 겹치는 부분입니다.",
        # The licensor and the licence keep their own names, as the licence requires.
        "attribution": "Strategyzer AG의 비즈니스 모델 캔버스, CC BY-SA 3.0 라이선스",
    },
}

LANGUAGES = tuple(_WORDS)
# A canvas language's name as the window and the command line show it (translated where
# shown, context "Languages").
LANGUAGE_TITLES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "ko": QT_TRANSLATE_NOOP("Languages", "Korean"),
}


def words_language(language: str) -> str:
    """The table a canvas language ("ko", "ko-KR", "en" ...) reads: by its prefix."""
    return "ko" if language.lower().startswith("ko") else "en"


def word(key: str, language: str) -> str:
    """The word for `key` in `language`, else in English."""
    return _WORDS[words_language(language)][key]


def attribution(language: str) -> str:
    """The canvas's attribution, which every printed or exported canvas carries."""
    return word("attribution", language)
