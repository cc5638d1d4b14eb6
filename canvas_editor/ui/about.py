"""Help > About: the version, the licences of what ships with it, the canvas attribution.

Library versions are read from the installed packages' metadata, never by importing
them: About must not load reportlab (the PDF export loads it when first used).
"""

from __future__ import annotations

from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QLocale, QSize, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from canvas_editor import __version__
from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.canvas_words import attribution
from canvas_editor.resource_files import resource
from canvas_editor.ui import file_dialogs
from canvas_editor.ui.icons import app_icon

ICON_SIZE = QSize(64, 64)
CANVAS_LICENCE_URL = "https://creativecommons.org/licenses/by-sa/3.0/"
OFL_URL = "https://openfontlicense.org"

CONTEXT = "About"

# (distribution, what it does here, its licence)
LIBRARIES = (
    ("PySide6", QT_TRANSLATE_NOOP("About", "Qt for Python, the window and the board"), "LGPL v3"),
    ("pydantic", QT_TRANSLATE_NOOP("About", "checking the files it opens"), "MIT"),
    ("reportlab", QT_TRANSLATE_NOOP("About", "the PDF export"), "BSD"),
    ("platformdirs", QT_TRANSLATE_NOOP("About", "where settings, backups and logs go"), "MIT"),
)


def font_licence_text() -> str:
    """The SIL Open Font Licence of the bundled NanumGothic, as shipped beside the fonts."""
    try:
        return resource("fonts", "OFL.txt").read_text("utf-8")
    except OSError:
        return f"SIL Open Font License 1.1: {OFL_URL}"


def library_version(name: str) -> str:
    if name == "PySide6":
        return f"{pyside_version} (Qt {qVersion()})"
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return QCoreApplication.translate("About", "not installed")


def library_lines() -> list[str]:
    return [
        f"\u2022 {name} {library_version(name)}, {licence}: {QCoreApplication.translate(CONTEXT, role)}"
        for name, role, licence in LIBRARIES
    ]


def about_text(language: str = "en") -> str:
    """The About box's text; the attribution in `language`, the window's language."""
    translate = QCoreApplication.translate
    return "\n".join(
        [
            f"Canvas Editor {__version__}",
            translate("About", "A desktop Business Model Canvas editor."),
            "",
            translate(
                "About", "{attribution} ({url}). The attribution stays on every printed or exported canvas."
            ).format(attribution=attribution(language), url=CANVAS_LICENCE_URL),
            "",
            translate("About", "Built with:"),
            *library_lines(),
            translate(
                "About",
                "Qt and PySide6 are used unmodified, as shared libraries, under the GNU LGPL v3 "
                "(https://www.qt.io/licensing/): you may replace them with your own build.",
            ),
            "",
            translate(
                "About",
                "The bundled NanumGothic fonts are \u00a9 NAVER Corporation, licensed under the "
                "SIL Open Font License 1.1 (Show Details for the full text).",
            ),
            "",
            translate("About", "canvas-editor itself is MIT-licensed."),
        ]
    )


def show_about(parent: QWidget | None) -> None:
    box = file_dialogs.plain_message_box(
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("About", "About Canvas Editor"),
        about_text(QLocale().name()),
    )
    box.setIconPixmap(app_icon().pixmap(ICON_SIZE, box.devicePixelRatioF()))
    box.setDetailedText(font_licence_text())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
