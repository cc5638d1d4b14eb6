"""Which dropped files the editor opens: local `.bmc` files, nothing else."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

BMC_SUFFIX = ".bmc"


def dropped_paths(mime: QMimeData | None) -> list[str]:
    """Local `.bmc` paths in a drag's data, in the order given; empty if there are none."""
    if mime is None or not mime.hasUrls():
        return []
    paths = []
    for url in mime.urls():
        if url.isLocalFile():
            path = url.toLocalFile()
            if path.lower().endswith(BMC_SUFFIX):
                paths.append(path)
    return paths
