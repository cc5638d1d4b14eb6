"""The machine a run was measured on: figures mean little without it."""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def _load() -> str:
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def machine_details(platforms: list[str]) -> dict[str, str]:
    return {
        "CPU": _cpu_model(),
        "cores": str(os.cpu_count()),
        "load average at start": _load(),
        "OS": platform.platform(),
        "Python": sys.version.split()[0],
        "PySide6": _version("PySide6-Essentials"),
        "pydantic": _version("pydantic"),
        "reportlab": _version("reportlab"),
        "Qt platform plugins": ", ".join(platforms),
    }
