"""Rule tests.

The prose judgements weigh their role frames against a learned reading (see
``smaudit.model.prose.learned``). The cases in this folder were written to pin
the frames, class by class, so ``frames_alone`` runs them with the rules'
``learned`` option off; ``test_learned.py`` tests the two weighed together, as
a plan is linted by default.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from smaudit.testing import RuleTester

#: The judgements that read prose and offer the ``learned`` option.
PROSE = ("SMA102", "SMA103", "SMA106", "SMA201", "SMA202", "SMA203", "SMA205", "SMA404",
         "SMA501", "SMA502")


def frames_alone(*rules: str, options: Mapping[str, Mapping[str, Any]] | None = None,
                 **kwargs: Any) -> RuleTester:
    """A ``RuleTester`` whose prose judgements decide by their frames alone."""
    merged = {code: {"learned": False} for code in PROSE}
    for code, opts in (options or {}).items():
        merged[code] = {**merged.get(code, {}), **opts}
    return RuleTester(*rules, options=merged, **kwargs)
