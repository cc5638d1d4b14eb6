"""The icons the desktop shows: where they ship and where the icon theme keeps them.

Each ships as `resources/icons/<name>.svg` and a 48 px `<name>-48.png` rendered from
it (tools/make_icons.py); installed, they go to the user's hicolor theme as
`scalable/<context>/<name>.svg` and `48x48/<context>/<name>.png`.
"""

from __future__ import annotations

from canvas_editor.desktop.identity import APP_ID, DOCUMENT_ICON

PNG_SIZE = 48

# Icon name -> its context (folder) in the icon theme.
ICONS = {APP_ID: "apps", DOCUMENT_ICON: "mimetypes"}


def png_name(name: str) -> str:
    return f"{name}-{PNG_SIZE}.png"


def theme_files(name: str) -> dict[str, str]:
    """Shipped file name -> its path under the icon theme's folder."""
    context = ICONS[name]
    return {
        f"{name}.svg": f"scalable/{context}/{name}.svg",
        png_name(name): f"{PNG_SIZE}x{PNG_SIZE}/{context}/{name}.png",
    }
