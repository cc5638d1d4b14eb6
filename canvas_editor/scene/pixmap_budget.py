"""Room in Qt's pixmap cache for note pictures, which a board caches during a search.

Cached item pictures live in QPixmapCache, whose limit (10 MB by default) the whole
application shares. When the pictures of the notes on screen do not fit, each repaint
evicts pictures the next one needs and renders them again: slower than not caching at
all. So each searching board reserves room for its pictures, the limit grows by what
all boards reserve, and it goes back to where it was when the last one releases. Past
`CEILING` in all, a board is refused and paints without caching instead.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtGui import QPixmapCache

CEILING = 256 * 1024 * 1024  # bytes in all: about 10,000 notes at the zoom that fits the sheet
HEADROOM = 1.25  # match frames, the selection and other pictures share the cache

_reserved: dict[Hashable, int] = {}  # who reserved -> bytes
_limit_before_kib: int | None = None  # the limit when the first reservation was made


def reserve(owner: Hashable, needed: int) -> bool:
    """Room for `needed` bytes of `owner`'s pictures (in place of what it had reserved);
    False, and nothing reserved for it, when all reservations would pass CEILING."""
    wanted = int(needed * HEADROOM)
    others = sum(size for key, size in _reserved.items() if key != owner)
    if others + wanted > CEILING:
        release(owner)
        return False
    _reserved[owner] = wanted
    _apply()
    return True


def release(owner: Hashable) -> None:
    """Give `owner`'s room back (nothing happens if it had none)."""
    if _reserved.pop(owner, None) is not None:
        _apply()


def _apply() -> None:
    global _limit_before_kib
    if _limit_before_kib is None:
        _limit_before_kib = QPixmapCache.cacheLimit()
    QPixmapCache.setCacheLimit(_limit_before_kib + -(-sum(_reserved.values()) // 1024))
    if not _reserved:
        _limit_before_kib = None
