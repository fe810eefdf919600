"""The rule SMA403 no-metrics.

No metrics while the plan has goals or channels.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``no_metrics`` below, which ``smaudit explain SMA403`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.rule import rule


@rule(code="SMA403", slug="no-metrics", severity="error", area="measurement",
      summary="No metrics while the plan has goals or channels.",
      sources=("001",), effort="medium", impact="high")
def no_metrics(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan with business goals or channels but with `metrics` missing or
    empty.

    ## Why it hurts
    "Why Small Businesses Fail at Social Media" says a business that starts
    without a goal cannot tell what success looks like; one that has goals
    but measures nothing is in the same place a year later. Without metrics
    there is no way to tell a channel that works from one that only costs
    time, and the plan cannot be adjusted.

    ## Example
    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering orders from offices within 5 km
    channels:
      - platform: instagram
        goals: [catering-leads]
    ```

    ## Use instead
    ```yaml
    metrics:
      - name: catering inquiries from Instagram
        goals: [catering-leads]
        target: 30 per quarter
        kind: conversion
    ```
    """
    data = plan.data if isinstance(plan.data, dict) else {}
    if data.get("metrics"):
        return
    has = [what for what, key in (("business goals", "business_goals"), ("channels", "channels"))
           if data.get(key)]
    if not has:
        return
    yield Violation(
        message=f"the plan has {' and '.join(has)} but no metrics: nothing shows whether it works",
        pointer="/metrics",
        hint="Add `metrics`: for each business goal, one number that shows progress toward it.",
    )
