"""`canvas-editor templates`: the bundled templates, one line each."""

from __future__ import annotations

import argparse
from typing import Any

from canvas_editor.i18n import translate
from canvas_editor.model.canvas_words import LANGUAGE_TITLES, words_language
from canvas_editor.storage.templates import TEMPLATES, template_language


def add_parser(sub: Any) -> None:
    sub.add_parser(
        "templates",
        help=translate("cli", "list the bundled templates"),
        description=translate("cli", "List the bundled templates."),
    )


def run(args: argparse.Namespace) -> int:
    width = max(len(n) for n in TEMPLATES)
    language_width = max(len(translate("Languages", title)) for title in LANGUAGE_TITLES.values())
    for name, description in TEMPLATES.items():
        language = translate("Languages", LANGUAGE_TITLES[words_language(template_language(name))])
        print(f"{name:<{width}}  {language:<{language_width}}  {translate('Templates', description)}")
    return 0
