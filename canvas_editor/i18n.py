"""The languages the editor speaks, and the catalogue the command line reads its words from.

The window and the command line share one catalogue per language: the Qt Linguist
source `resources/translations/canvas_editor_<lang>.ts`. The window loads its compiled
`.qm` through Qt's QTranslator (ui/language.py); the command line, which never loads
Qt, reads the `.ts` itself (a few hundred messages of XML, about 5 ms). English is the
language the sources are written in, so it needs no catalogue and is the fallback for
any message a catalogue lacks.
"""

from __future__ import annotations

import os
from functools import cache

SOURCE_LANGUAGE = "en"

# Each language by its own name (its endonym): a user who cannot read the current
# language still finds theirs in the menu.
LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어"}

CATALOGUE_FOLDER = "translations"


def catalogue_name(language: str, suffix: str) -> str:
    return f"canvas_editor_{language}{suffix}"


def supported(tag: str) -> str:
    """The supported language a locale or language tag names ("ko_KR.UTF-8", "ko-KR",
    "en_GB"), else the source language."""
    primary = tag.replace("-", "_").split("_")[0].split(".")[0].lower()
    return primary if primary in LANGUAGES else SOURCE_LANGUAGE


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language the environment asks for, as gettext reads it: LANGUAGE (a list),
    then LC_ALL, LC_MESSAGES and LANG; the source language when none names one we speak."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        for tag in value.split(":"):
            if tag and tag not in ("C", "POSIX") and supported(tag) != SOURCE_LANGUAGE:
                return supported(tag)
            if tag.lower().startswith(SOURCE_LANGUAGE):
                return SOURCE_LANGUAGE
        if name != "LANGUAGE":
            return SOURCE_LANGUAGE  # the first set category decides, as in gettext
    return SOURCE_LANGUAGE


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, of the finished messages of `language`'s `.ts`."""
    if language == SOURCE_LANGUAGE:
        return {}
    from xml.etree import ElementTree

    from canvas_editor.resource_files import resource

    try:
        data = resource(CATALOGUE_FOLDER, catalogue_name(language, ".ts")).read_bytes()
        root = ElementTree.fromstring(data)
    except (OSError, ElementTree.ParseError):
        return {}  # a damaged or missing catalogue: the command line speaks English
    messages: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            messages[(name, message.findtext("source", ""))] = translation.text or ""
    return messages


def translate(context: str, text: str, language: str | None = None) -> str:
    """`text` in `language` (the system's when None), or `text` itself when the
    catalogue has no finished translation of it. The same (context, text) pairs as the
    window's `QCoreApplication.translate`, so pyside6-lupdate collects both."""
    lang = system_language() if language is None else language
    return _catalogue(lang).get((context, text), text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the catalogue without translating it: for tables read before the
    language is known, translated where shown. Typed, unlike Qt's own, and free of Qt."""
    return text


# The context of the messages that errors carry (see Message).
ERRORS = "Errors"


class Message:
    """A sentence written once, in English, with named values: `str()` is the English
    (for logs, tests and the window's details), `localized()` the same sentence in the
    user's language. The template is marked where it is written, with
    `QT_TRANSLATE_NOOP("Errors", ...)`; a value may be a Message itself (a place such as
    `line 3`), and other values (an OS's strerror, a parser's words) stay as they are."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return self.template.format(**self.values)

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"

    def localized(self, language: str | None = None) -> str:
        lang = system_language() if language is None else language
        values = {k: v.localized(lang) if isinstance(v, Message) else v for k, v in self.values.items()}
        return translate(ERRORS, self.template, lang).format(**values)


class LocalizedError(Exception):
    """An error whose text is a Message: `str(err)` the English sentence, `localized()`
    the user's language. Raised as `Kind(QT_TRANSLATE_NOOP("Errors", "...{name}..."), name=...)`."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.text = Message(template, **values)
        super().__init__(str(self.text))

    def localized(self, language: str | None = None) -> str:
        return self.text.localized(language)


def localized(error: BaseException, language: str | None = None) -> str:
    """What to print for `error`: its sentence in the user's language when it carries a
    Message, its own text otherwise."""
    return error.localized(language) if isinstance(error, LocalizedError) else str(error)
