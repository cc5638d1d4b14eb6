"""The names the desktop knows the editor and its files by, declared once.

Imports nothing: the editor reads these at start-up, before Qt.
"""

from __future__ import annotations

# The application id: Qt's organisation and application name (where settings go), its
# desktop file name (`canvas-editor.desktop`) and the icon's name in the icon theme.
APP_ID = "canvas-editor"
APP_NAME = "Canvas Editor"

# The `.bmc` file type; its icon is named after it, as the icon naming spec derives it.
MIME_TYPE = "application/x-business-model-canvas"
MIME_COMMENT = "Business Model Canvas"
DOCUMENT_ICON = MIME_TYPE.replace("/", "-")
