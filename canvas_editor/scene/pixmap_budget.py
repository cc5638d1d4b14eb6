"""Room in Qt's pixmap cache for note pictures, which the scene caches during a search.

Cached item pictures live in QPixmapCache, whose limit (10 MB by default) is shared by
the whole application. When the pictures of the notes on screen do not fit, each
repaint evicts pictures the next one needs and renders them again: slower than not
caching at all. So the limit is raised to hold them, up to `CEILING`; past that the
scene paints without caching instead. The limit is never lowered: items drop their own
pictures when caching stops, so a high limit holds none of ours at rest.
"""

from __future__ import annotations

from PySide6.QtGui import QPixmapCache

CEILING = 256 * 1024 * 1024  # bytes: about 10,000 notes at the zoom that fits the sheet
HEADROOM = 1.25  # the selection frame, match frames and other pictures share the cache


def reserve(needed: int) -> bool:
    """Make room for `needed` bytes of pictures; False (and nothing changed) when over CEILING."""
    wanted = int(needed * HEADROOM)
    if wanted > CEILING:
        return False
    wanted_kib = -(-wanted // 1024)
    if QPixmapCache.cacheLimit() < wanted_kib:
        QPixmapCache.setCacheLimit(wanted_kib)
    return True
