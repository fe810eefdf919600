"""Errors that end a run with exit code 2 and a one-line message.

Problems *in a plan* are findings, never exceptions; these are for what
cannot be read at all: a missing path, a bad configuration, a broken pack.
"""

from __future__ import annotations


class SmauditError(Exception):
    """Base class: ``str(error)`` is the one line the user sees."""


class ConfigError(SmauditError):
    """The configuration, a rule pack or a plugin's registration is invalid.

    ``path`` and ``line`` locate the mistake when it is in a file.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path, self.line, self.reason = path, line, message
        where = f"{path}:{line}: " if path and line else f"{path}: " if path else ""
        super().__init__(f"{where}{message}")


class UsageError(SmauditError):
    """The command line is wrong (unknown format, bad option value, missing path)."""
