"""What every benchmark of one run shares: generated files and the platforms to try."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.canvas_generator import write_canvas

LARGE_CANVAS_NOTES = 2_000


@dataclass
class BenchContext:
    folder: Path
    repeat: int
    # Qt platform plugin -> DISPLAY for it (None for offscreen).
    platforms: dict[str, str | None] = field(default_factory=dict)
    _large: Path | None = None
    # Results that more than one benchmark reads (e.g. the board sessions).
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def home(self) -> Path:
        """Where probes keep settings and logs (XDG folders), apart from the user's."""
        return self.folder / "home"

    @property
    def large_canvas(self) -> Path:
        """The 2,000-note canvas, written once per run."""
        if self._large is None:
            self._large = write_canvas(LARGE_CANVAS_NOTES, self.folder / f"notes-{LARGE_CANVAS_NOTES}.bmc")
        return self._large
