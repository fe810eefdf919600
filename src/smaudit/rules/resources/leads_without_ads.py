"""The rule SMA604 leads-without-ads.

A lead generation, awareness or sales goal with no advertising money.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``leads_without_ads`` below, which ``smaudit explain SMA604`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.facts import has_paid_advertising
from smaudit.model.rule import rule

# --------------------------------------------------------------------------
# SMA604





@rule(code="SMA604", slug="leads-without-ads", severity="warning", area="resources",
      summary="A lead generation, awareness or sales goal with no advertising money.",
      options={
          "goal_types": {"type": "array", "items": {"type": "string"},
                         "default": ["lead_generation", "awareness", "sales"],
                         "description": "Goal types that need paid reach."},
      },
      sources=("001", "004"), effort="medium", impact="medium")
def leads_without_ads(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A business goal of type `lead_generation`, `awareness` or `sales` (the
    option `goal_types`) in a plan where no channel has `paid` advertising
    with a budget and `budget.advertising` is missing or 0. Reported once, at
    the first such goal.

    ## Why it hurts
    "Why Small Businesses Fail at Social Media" is blunt: for leads and
    awareness, treat the networks as advertising platforms, because organic
    posts barely reach the feed and targeting is what the money buys. "Goals
    vs. outcomes, box checking and bandwagon leaps (untitled article)" puts it
    in one line: social media builds relationships, advertising on social
    media sells. Expecting leads or sales from organic posts alone sets the
    plan up to be judged a failure.

    ## Example
    ```yaml
    business_goals:
      - id: leads
        statement: Get 30 catering inquiries per quarter
        type: lead_generation
    channels:
      - platform: instagram
    budget: {monthly: 0}
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: instagram
        paid: {monthly_budget: 250, targeting: office managers within 5 km}
    budget: {monthly: 400, advertising: 250}
    ```
    Or, when there is no ad money, choose a goal organic social media can
    reach: retention, customer service, community.
    """
    if has_paid_advertising(plan):
        return
    wanted = set(options.get("goal_types") or ())
    goals = [(p, g) for p, g in plan.items("business_goals")
             if isinstance(g.get("type"), str) and g["type"] in wanted]
    if not goals:
        return
    pointer = goals[0][0]
    ids = [repr(g["id"]) for _, g in goals if isinstance(g.get("id"), str)] or ["unnamed"]
    kinds = " and ".join(sorted({str(g["type"]).replace("_", " ") for _, g in goals}))
    label = f"goal {ids[0]}" if len(ids) == 1 else f"goals {', '.join(ids)}"
    yield Violation(
        message=f"{label} ({kinds}) counting on organic reach alone: no channel has paid "
                "advertising and there is no advertising budget",
        pointer=join(pointer, "type"),
        hint="Budget for targeted ads on the channel that serves this goal (`paid`, "
             "`budget.advertising`), or pick a goal organic posts can reach.",
    )
