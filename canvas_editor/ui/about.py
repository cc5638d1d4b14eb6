"""Help > About: the version, the font licence and the canvas attribution."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from canvas_editor import __version__
from canvas_editor.model.layout import ATTRIBUTION

CANVAS_LICENCE_URL = "https://creativecommons.org/licenses/by-sa/3.0/"
OFL_URL = "https://openfontlicense.org"


def font_licence_text() -> str:
    """The SIL Open Font Licence of the bundled NanumGothic, as shipped beside the fonts."""
    try:
        return (resources.files("canvas_editor") / "resources" / "fonts" / "OFL.txt").read_text("utf-8")
    except OSError:
        return f"SIL Open Font License 1.1: {OFL_URL}"


def about_text() -> str:
    return (
        f"Canvas Editor {__version__}\n"
        "A desktop Business Model Canvas editor.\n\n"
        f"{ATTRIBUTION} ({CANVAS_LICENCE_URL}).\n\n"
        "The bundled NanumGothic fonts are \u00a9 NAVER Corporation, licensed under the "
        "SIL Open Font License 1.1 (Show Details for the full text).\n\n"
        "canvas-editor itself is MIT-licensed."
    )


def show_about(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("About Canvas Editor")
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(about_text())
    box.setDetailedText(font_licence_text())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
