"""Whether the editor has a display to show its window on, asked before Qt is loaded.

On Linux and the BSDs Qt shows windows on X11 or Wayland and finds them through
DISPLAY or WAYLAND_DISPLAY (QT_QPA_PLATFORM may name another platform). Without one,
or with an X display that does not answer (a DISPLAY left over in a tmux session
after the X server it named has gone), Qt prints a page about plugins, partly
misleading ("reinstalling the application may fix this"), and aborts the process.
The editor says what is wrong in one line instead.

Only the X server's socket is tried (a connection opened and closed, as `xset q`
would open one): whether the server then lets us in, and everything about Wayland,
is left to Qt.
"""

from __future__ import annotations

import os
import re
import socket
import sys
from typing import Any

from canvas_editor.i18n import translate

X11_PORT = 6000  # display :N listens on TCP port 6000 + N
TCP_TIMEOUT_S = 2.0
_DISPLAY = re.compile(r"(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?")


def missing_display() -> str | None:
    """What keeps the editor's window from showing, in a few words; None if nothing."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # another platform named: Qt's to judge
    display = os.environ.get("DISPLAY", "")
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not display:
        return translate(
            "cli", "no display to open the editor on (neither DISPLAY nor WAYLAND_DISPLAY is set)"
        )
    if not x_server_answers(display):
        return translate(
            "cli", "cannot reach the X display {display} that DISPLAY names (has its server stopped?)"
        ).format(display=repr(display))
    return None


def x_server_answers(display: str) -> bool:
    """True unless nothing listens where `display` (":1", "unix:0", "host:10.0") says."""
    match = _DISPLAY.fullmatch(display)
    if match is None:
        return True  # a form we do not know (a launchd path ...): Qt's to judge
    host, number = match["host"], int(match["number"])
    if host in ("", "unix"):
        # Local servers listen on a socket file and, on Linux, an abstract socket too.
        paths = [f"/tmp/.X11-unix/X{number}"]
        if sys.platform.startswith("linux"):
            paths.insert(0, f"\0/tmp/.X11-unix/X{number}")
        return any(_connects(socket.AF_UNIX, path) for path in paths)
    try:
        addresses = socket.getaddrinfo(host, X11_PORT + number, 0, socket.SOCK_STREAM)
    except OSError:
        return False
    return any(_connects(family, address) for family, _, _, _, address in addresses)


def _connects(family: int, address: str | tuple[Any, ...]) -> bool:
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(TCP_TIMEOUT_S)
        try:
            sock.connect(address)
        except OSError:
            return False
        return True
