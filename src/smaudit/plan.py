"""The public path of the ``Plan`` a rule reads, for plugins.

They live in :mod:`smaudit.model.plan`; this module only re-exports them,
so ``from smaudit.plan import ...`` in a plugin keeps working."""

from __future__ import annotations

from smaudit.model.plan import (
    MISSING,
    NO_RUN,
    WHOLE_PLAN,
    Plan,
    RunContext,
)

__all__ = [
    "MISSING",
    "NO_RUN",
    "WHOLE_PLAN",
    "Plan",
    "RunContext",
]
