"""Typed errors of the `.bmc` storage layer; each carries a one-line human message."""

from __future__ import annotations


class BmcError(Exception):
    """Base of every load or save failure; `str(err)` is one line for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

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
