"""The exit codes of every command, in one place.

Scripts and CI read them, so they never change: ``0`` nothing at or above
``--fail-on`` (or the command did its job), ``1`` findings (or a failed rule
example), ``2`` a usage, configuration, plugin or internal error, ``130``
interrupted. Every command module returns these, never bare numbers.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What the process returns; an ``int``, so ``sys.exit(code)`` takes it as is."""

    OK = 0
    FINDINGS = 1
    ERROR = 2
    INTERRUPTED = 130
