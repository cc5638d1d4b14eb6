"""Fixed words printed by the export, in the canvas's language (English fallback)."""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "designed_for": "Designed for",
        "designed_by": "Designed by",
        "date": "Date",
        "iteration": "Iteration",
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
    },
    "ko": {
        "designed_for": "대상",
        "designed_by": "작성자",
        "date": "날짜",
        "iteration": "반복",
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
    },
}


def label(key: str, language: str) -> str:
    """The word for `key` in `language` ("ko", "ko-KR" ...), else in English."""
    table = _LABELS["ko"] if language.lower().startswith("ko") else _LABELS["en"]
    return table[key]
