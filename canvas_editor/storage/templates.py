"""The bundled templates, files shipped in the package (see resource_files.py)."""

from __future__ import annotations

from canvas_editor.i18n import QT_TRANSLATE_NOOP
from canvas_editor.model.document import Canvas
from canvas_editor.resource_files import resource
from canvas_editor.storage.load import parse_trusted_canvas

# Name -> one-line description; every file in resources/templates has an entry.
# Each template's description, in English; the window and `templates` show it translated
# (context "Templates"). A template's language is its canvas's (`template_language`).
TEMPLATES: dict[str, str] = {
    "blank": QT_TRANSLATE_NOOP("Templates", "An empty canvas: nine blocks, no notes."),
    "amazon": QT_TRANSLATE_NOOP(
        "Templates", "Amazon's business model, in English, coloured by customer segment."
    ),
    "amazon-ko": QT_TRANSLATE_NOOP(
        "Templates", "아마존의 비즈니스 모델 (Amazon's business model, in Korean)."
    ),
}


class UnknownTemplate(KeyError):
    def __str__(self) -> str:
        return f"no template named {self.args[0]!r} (choose from: {', '.join(TEMPLATES)})"


def template_bytes(name: str) -> bytes:
    if name not in TEMPLATES:
        raise UnknownTemplate(name)
    return resource("templates", f"{name}.bmc").read_bytes()


def template_language(name: str) -> str:
    """The language of the template's canvas ("en", "ko")."""
    return load_template(name).language


def load_template(name: str) -> Canvas:
    """The template's canvas; bundled bytes skip validation (tests/test_templates.py checks them)."""
    return parse_trusted_canvas(template_bytes(name))
