"""The rule SMA104 unmeasurable-goal.

A goal without a target or without a deadline.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``unmeasurable_goal`` below, which ``smaudit explain SMA104`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.blank import is_blank
from smaudit.model.rule import rule


@rule(code="SMA104", slug="unmeasurable-goal", severity="warning", area="goals",
      summary="A goal without a target or without a deadline.", sources=("001",),
      effort="low", impact="medium")
def unmeasurable_goal(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A business goal that has no `target` (the measurable level that means
    success) or no `deadline` (by when), or neither. The finding points at
    the goal, where the missing key belongs.

    ## Why it hurts
    A goal with no number and no date cannot be met or missed, so it cannot
    be reviewed either: every result can be read as progress.
    "Why Small Businesses Fail at Social Media" warns that businesses which
    do not know what success looks like end up reporting secondary numbers
    that show no real impact on the business. A target and a deadline are what turn a
    wish into something the plan can be checked against.

    ## Example
    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering orders from offices within 5 km
    ```

    ## Use instead
    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering orders from offices within 5 km
        target: 30 catering inquiries per quarter
        deadline: 2027-Q2
    ```
    """
    for pointer, goal in plan.items("business_goals"):
        lacking = [key for key in ("target", "deadline") if is_blank(goal.get(key))]
        if not lacking:
            continue
        ident = goal.get("id") if isinstance(goal.get("id"), str) else pointer
        what = " or ".join(lacking) if len(lacking) == 2 else lacking[0]
        yield Violation(
            message=f"goal {ident!r} has no {what}, so nobody can tell whether it was met",
            pointer=join(pointer, lacking[0]),
            hint="Give the goal a target (a number that means success) and a deadline "
                 "(a date or quarter such as 2027-Q2).",
        )
