"""The rules every value of a canvas follows, declared once, on the model's fields.

The dataclasses in `document.py` annotate their fields with the types below
(`typing.Annotated` with a `Rule`). pydantic reads those
annotations when it builds a validator (`model/validation.py`): the file loader, the
clipboard and the controller's edits check values with it, and the published JSON
Schema is generated from it, so a rule stated here holds everywhere at once.

`Rule` carries the keywords of pydantic's `Field` and hands pydantic a `Field` only
when pydantic asks: it follows the `annotated_types.GroupedMetadata` protocol, whose
groups pydantic unpacks by iterating them. So the model imports neither pydantic,
whose import and validator build (about 150 ms) would delay the editor's first paint
(the validator loads right after it, see `ui/warm_up.py`), nor `annotated_types`
(about 13 ms to import, for one protocol).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

MAX_NOTE_TEXT = 2_000
MAX_DESCRIPTION = 10_000
MAX_NOTES = 20_000
MAX_SEGMENTS = 200
MAX_SNAPSHOTS = 100
MAX_TAGS = 50
MAX_TAG = 50
MAX_SHORT_TEXT = 200
MAX_SEGMENT_NAME = 100
# A note's side as a multiple of the standard note: at half size its text is still
# legible at the smallest print size, and at double size it still fits the smallest block.
MIN_NOTE_SIZE = 0.5
MAX_NOTE_SIZE = 2.0
# Dot voting: a voter's budget, and how many voters' ballots a canvas keeps.
DEFAULT_VOTE_BUDGET = 3
MAX_VOTE_BUDGET = 99
MAX_BALLOTS = 1_000
# A BCP 47 language tag such as "en" or "ko-KR"; 35 characters is the length RFC 5646 asks to support.
MAX_LANGUAGE_TAG = 35

# Patterns follow JSON Schema (ECMA-262) and pydantic-core, where `$` is the end of the text;
# Python's `re` would also let a final newline through.
ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
COLOR_PATTERN = r"^#[0-9A-Fa-f]{6}$"
LANGUAGE_PATTERN = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"


class Rule:
    """Constraints on one value, as the keywords of pydantic's `Field(...)`."""

    __slots__ = ("constraints",)

    def __init__(self, **constraints: Any) -> None:
        self.constraints = constraints

    @property
    def __is_annotated_types_grouped_metadata__(self) -> Literal[True]:
        return True  # how pydantic recognises a group to unpack (annotated_types' protocol)

    def __iter__(self) -> Iterator[object]:
        from pydantic import Field  # only when pydantic builds a validator

        yield Field(**self.constraints)

    def __repr__(self) -> str:
        return f"Rule({', '.join(f'{k}={v!r}' for k, v in self.constraints.items())})"


def text(max_length: int, *, min_length: int | None = None, pattern: str | None = None) -> Rule:
    # Strict: a number or a list is never turned into text behind the user's back.
    return Rule(strict=True, max_length=max_length, min_length=min_length, pattern=pattern)


Id = Annotated[str, Rule(strict=True, pattern=ID_PATTERN)]
Color = Annotated[str, Rule(strict=True, min_length=7, max_length=7, pattern=COLOR_PATTERN)]
LanguageTag = Annotated[str, text(MAX_LANGUAGE_TAG, pattern=LANGUAGE_PATTERN)]
ShortText = Annotated[str, text(MAX_SHORT_TEXT)]
NoteText = Annotated[str, text(MAX_NOTE_TEXT)]
Description = Annotated[str, text(MAX_DESCRIPTION)]
SegmentName = Annotated[str, text(MAX_SEGMENT_NAME, min_length=1)]
Tag = Annotated[str, text(MAX_TAG, min_length=1)]
Tags = Annotated[tuple[Tag, ...], Rule(max_length=MAX_TAGS)]
# A place inside a block, as a fraction of its width or height. Strict refuses true/false.
Fraction = Annotated[float, Rule(strict=True, ge=0.0, le=1.0, allow_inf_nan=False)]
Count = Annotated[int, Rule(strict=True, ge=0)]
# Strict: 0 and 1 are never taken for false and true.
Flag = Annotated[bool, Rule(strict=True)]
VoteBudget = Annotated[int, Rule(strict=True, ge=1, le=MAX_VOTE_BUDGET)]
# A ballot's dots, a note id once per dot; a budget lowered since may leave more than it allows.
Dots = Annotated[tuple[Id, ...], Rule(max_length=MAX_VOTE_BUDGET)]
NoteSize = Annotated[float, Rule(strict=True, ge=MIN_NOTE_SIZE, le=MAX_NOTE_SIZE, allow_inf_nan=False)]
