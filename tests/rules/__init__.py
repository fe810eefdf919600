"""Rule tests.

The prose judgements weigh their role frames against a learned reading (see
``smaudit.model.prose.learned``). The cases in this folder were written to pin
the frames, class by class, so ``frames_alone`` runs them with the rules'
``learned`` option off; ``test_learned.py`` tests the two weighed together, as
a plan is linted by default.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from smaudit.testing import RuleTester

#: The judgements that read prose and offer the ``learned`` option.
PROSE = ("SMA102", "SMA103", "SMA106", "SMA201", "SMA202", "SMA203", "SMA205", "SMA404",
         "SMA501", "SMA502")


#: Where each field's quoted value starts in the snippet ``place`` builds.
AT = {"goal": (3, 16), "research": (2, 13), "strategy": (1, 11), "motivation": (1, 13),
      "rationale": (3, 16), "expectations": (1, 15)}
#: What the expectation rules need to know: the plan starts on 2027-01-01, cannot
#: sell online and runs no paid advertising. The head moves every field down 6 lines.
_HEAD = ("organization:\n  name: Northside\n  sells_online: false\n"
         "timeline:\n  start: 2027-01-01\n  expect_results_within: 12 months\n")
_EXPECTATION_RULES = ("SMA404", "SMA501", "SMA502")


def place(field: str, text: str) -> str:
    """A small plan with ``text`` in ``field``."""
    value = json.dumps(text)
    if field == "goal":
        return f"business_goals:\n  - id: g\n    statement: {value}\n"
    if field == "research":
        return f"audience:\n  research: {value}\n"
    if field == "strategy":
        return f"strategy: {value}\nchannels:\n  - platform: instagram\n"
    if field == "motivation":
        return f"motivation: {value}\n"
    if field == "rationale":
        return f"channels:\n  - platform: instagram\n    rationale: {value}\n"
    return f"expectations: {value}\n"


def placed(code: str, field: str, text: str) -> tuple[str, tuple[int, int]]:
    """``place``'s snippet for judging ``text`` with rule ``code``, and where its
    value starts: the expectation rules get the head they need, above the field."""
    snippet, (line, column) = place(field, text), AT[field]
    if code in _EXPECTATION_RULES:
        snippet, line = _HEAD + snippet, line + _HEAD.count("\n")
    return snippet, (line, column)


def frames_alone(*rules: str, options: Mapping[str, Mapping[str, Any]] | None = None,
                 **kwargs: Any) -> RuleTester:
    """A ``RuleTester`` whose prose judgements decide by their frames alone."""
    merged = {code: {"learned": False} for code in PROSE}
    for code, opts in (options or {}).items():
        merged[code] = {**merged.get(code, {}), **opts}
    return RuleTester(*rules, options=merged, **kwargs)


def batch_cases(batches: Mapping[str, Sequence[tuple[Any, ...]]]) -> list[Any]:
    """Every case of named tables of texts, as test parameters named by their table and
    place in it (``"looked_at_blessed_or_set_aside-2"``): one test then checks them all."""
    return [pytest.param(*case, id=f"{name}-{number}")
            for name, table in batches.items() for number, case in enumerate(table)]
