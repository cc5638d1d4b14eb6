"""The editor on a freedesktop desktop (Linux, the BSDs): its identity, its menu entry,
the `.bmc` file type and the icons that `canvas-editor install-desktop` writes.

No Qt here: installing needs no display, and the command line loads no Qt.
"""
