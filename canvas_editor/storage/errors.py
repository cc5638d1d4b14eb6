"""Typed errors of the `.bmc` storage layer; each carries a one-line human message.

The message is a template with named values (i18n.Message): `str(err)` is the English
line, `err.localized()` the same line in the user's language, as the command line
prints it.
"""

from __future__ import annotations

from canvas_editor.i18n import LocalizedError


def _one_line(text: str) -> str:
    return " ".join(text.split())


class BmcError(LocalizedError):
    """Base of every load or save failure; `str(err)` is one line for the user.

    Raised as `Kind(QT_TRANSLATE_NOOP("Errors", "...{name}..."), name=value)`.
    """

    def __init__(self, template: str, /, **values: object) -> None:
        super().__init__(template, **values)
        self.args = (_one_line(str(self.text)),)

    def localized(self, language: str | None = None) -> str:
        return _one_line(super().localized(language))

    @property
    def message(self) -> str:
        return str(self)


class LoadError(BmcError):
    """The file could not be read as a canvas."""


class FileUnreadable(LoadError):
    """The operating system refused to read the file."""


class FileTooLarge(LoadError):
    pass


class NotJson(LoadError):
    """Not text, or not well-formed JSON."""


class NotBmc(LoadError):
    """Well-formed JSON, but not a canvas-editor file."""


class TooNew(LoadError):
    """Written by a newer canvas-editor whose format this version cannot read."""


class MigrationFailed(LoadError):
    pass


class InvalidCanvas(LoadError):
    """The canvas inside the file breaks a rule of the format."""


class SaveError(BmcError):
    """Saving failed; the previous file on disk is untouched."""
