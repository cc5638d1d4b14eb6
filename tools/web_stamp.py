"""The stamp of the participant page's sources, kept beside the built script.

`make web` builds resources/web/app.js from web/ (npm and esbuild) and then writes
this stamp: the SHA-256 of the lockfile, package.json and every file under web/src/.
The built script is committed, so installing or testing canvas-editor needs no Node;
tests/test_live_page.py fails when the sources no longer match the stamp (someone
changed web/ without `make web`).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
STAMP = ROOT / "resources" / "web" / "app.js.sources"


def sources_digest() -> str:
    files = [WEB / "package.json", WEB / "package-lock.json", *sorted((WEB / "src").rglob("*"))]
    digest = hashlib.sha256()
    for path in files:
        if path.is_file():
            digest.update(path.relative_to(WEB).as_posix().encode() + b"\0")
            digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def main() -> int:
    STAMP.write_text(sources_digest() + "\n", encoding="ascii")
    return 0


if __name__ == "__main__":
    sys.exit(main())
