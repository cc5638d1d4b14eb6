"""The few fixed words the board shows, in the canvas's language (English fallback).

The header labels use the PDF's words (export.labels) so screen and paper agree;
they are kept here because the scene must not depend on the export layer.
"""

from __future__ import annotations

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "designed_for": "Designed for",
        "designed_by": "Designed by",
        "date": "Date",
        "iteration": "Iteration",
        "untitled": "Untitled canvas",
    },
    "ko": {
        "designed_for": "대상",
        "designed_by": "작성자",
        "date": "날짜",
        "iteration": "반복",
        "untitled": "제목 없는 캔버스",
    },
}


def word(key: str, language: str) -> str:
    table = _WORDS["ko"] if language.lower().startswith("ko") else _WORDS["en"]
    return table[key]
