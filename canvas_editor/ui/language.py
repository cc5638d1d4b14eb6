"""The window's language: the user's choice (System, or one of `i18n.LANGUAGES`), applied at once.

Applying installs two QTranslators on the application: ours (the compiled catalogue
`resources/translations/canvas_editor_<lang>.qm`) and Qt's own `qtbase_<lang>.qm` from
the PySide6 wheel, which translates the standard buttons and dialogs. Installing or
removing a translator sends every widget a LanguageChange event; the windows answer
it by setting their texts again (MainWindow.changeEvent), so a switch needs no restart.
The choice is kept in the user's settings under `LANGUAGE_KEY`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator

from canvas_editor import i18n
from canvas_editor.resource_files import resource

LANGUAGE_KEY = "ui/language"
SYSTEM = ""  # the stored choice that follows the system's locale


def chosen(settings: QSettings) -> str:
    """The stored choice: SYSTEM or a language code we speak."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in i18n.LANGUAGES else SYSTEM


def effective(choice: str) -> str:
    """The language a choice means now."""
    if choice != SYSTEM:
        return choice
    return i18n.supported(QLocale.system().name())


class LanguageSwitch(QObject):
    """The application's translators; `apply()` swaps them for another language's."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = i18n.SOURCE_LANGUAGE

    def apply(self, choice: str) -> str:
        """Speak `choice` (SYSTEM or a language code); returns the language now spoken."""
        language = effective(choice)
        if language == self.language and (self._translators or language == i18n.SOURCE_LANGUAGE):
            return language
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if language != i18n.SOURCE_LANGUAGE:
            ours = Path(str(resource(i18n.CATALOGUE_FOLDER, i18n.catalogue_name(language, ".qm"))))
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, folder in ((f"qtbase_{language}", qt_folder), (ours.name, str(ours.parent))):
                translator = QTranslator(self)
                if translator.load(name, folder):
                    self._app.installTranslator(translator)
                    self._translators.append(translator)
        # Numbers, dates and the direction of text follow the language too.
        QLocale.setDefault(QLocale(language))
        self.language = language
        return language


def language_switch(app: QCoreApplication) -> LanguageSwitch:
    """The application's one LanguageSwitch, made on first use."""
    found = app.findChild(LanguageSwitch)
    return found if isinstance(found, LanguageSwitch) else LanguageSwitch(app)
