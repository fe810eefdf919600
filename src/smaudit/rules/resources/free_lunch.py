"""The rule SMA603 free-lunch.

No budget and almost no team hours: social media planned as free.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``free_lunch`` below, which ``smaudit explain SMA603`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose.facts import number
from smaudit.model.rule import rule
from smaudit.rules.resources.shared import _members

# --------------------------------------------------------------------------
# SMA603


def _money(plan: Plan) -> bool:
    """Whether the plan spends any money on social media."""
    budget = plan.section("budget")
    if any((number(budget.get(key)) or 0) > 0 for key in ("monthly", "advertising")):
        return True
    return any(isinstance(ch.get("paid"), dict)
               and (number(ch["paid"].get("monthly_budget")) or 0) > 0
               for _, ch in plan.items("channels"))


@rule(code="SMA603", slug="free-lunch", severity="warning", area="resources",
      summary="No budget and almost no team hours: social media planned as free.",
      options={
          "min_hours": {"type": "number", "minimum": 0, "default": 5,
                        "description": "Fewest team hours a week in total when there is no "
                                       "budget."},
      },
      sources=("003",), effort="high", impact="high")
def free_lunch(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan that spends no money (no `budget`, or a `monthly` budget of 0 with
    no advertising and no paid channel) and whose whole team gives social
    media fewer than `min_hours` hours a week in total (default 5; members
    without `hours_per_week` count as zero).

    ## Why it hurts
    "Why So Many Small Businesses Get Social Media Wrong & Some Ideas to Get
    It Right" warns against treating social media as a free miracle: the
    accounts cost nothing to open, but results come from time, skills and
    money spent on them. A plan with neither a budget nor real hours has
    decided, without saying so, that the work will not be done.

    ## Example
    ```yaml
    channels:
      - platform: instagram
        owner: Ola
    team:
      - name: Ola
        hours_per_week: 2
    ```

    ## Use instead
    ```yaml
    team:
      - name: Ola
        hours_per_week: 6
    budget:
      monthly: 150
      advertising: 100
    ```
    """
    if _money(plan):
        return
    min_hours = float(options.get("min_hours", 5))
    hours = sum(number(m.get("hours_per_week")) or 0 for _, m in _members(plan))
    if hours >= min_hours:
        return
    budget = plan.section("budget")
    money = "a monthly budget of 0" if budget else "no budget"
    team = (f"{hours:g} team hours a week (fewer than {min_hours:g})" if hours
            else "no team hours stated" if _members(plan) else "no team")
    yield Violation(
        message=f"{money} and {team}: the plan treats social media as free",
        pointer="/budget/monthly" if budget else "/budget",
        hint="Set a monthly budget, or give someone real weekly hours for social media; "
             "better both.",
    )
