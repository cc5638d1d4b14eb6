"""PySide's scan of every imported module's source, switched off: the editor selects no PySide feature.

Once PySide6 is loaded it hooks `import`. The first time a module is imported after
that, PySide reads the module's whole source (`inspect.getsource`, which keeps it in
`linecache` for the rest of the session) to learn whether it mentions PySide6, so
that `from __feature__ import snake_case` in one module would leave the others alone.
Measured on the editor (PySide 6.11.3): about 100 modules read before the first paint
(12-20 ms of its start-up), 5 MiB of memory held, and about 30 ms more on the first
PDF export (reportlab's modules).

The editor never imports `__feature__` (a test keeps it so), so there is nothing to
tell apart: every module is classed as not using PySide, which PySide takes as "keep
the current feature set", and the current set is always the default one. A module
that did select a feature would get it; the others would then follow it too, so the
day the editor wants a feature, this goes.
"""

from __future__ import annotations

import sys
from types import ModuleType

# Where PySide 6.11 keeps the import hook's helpers (the name it registers them under).
FEATURE_MODULE = "shibokensupport.feature"


def _uses_no_feature(module: ModuleType) -> bool:
    return False


def skip_pyside_feature_scan() -> bool:
    """After PySide6 is imported: modules imported from now on are not read. False if
    this PySide has no such scan (nothing to do)."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]
    return True
