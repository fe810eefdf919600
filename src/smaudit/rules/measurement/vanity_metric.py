"""The rule SMA401 vanity-metric.

A follower, like, view or reach count not tied to a business goal.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``vanity_metric`` below, which ``smaudit explain SMA401`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.cues import compile_cues
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule

VANITY_KINDS = frozenset({"vanity", "reach"})


VANITY_PHRASES = (
    "follower*",
    "follows",
    "fans",
    "fan count",
    "fan base",
    "fanbase",
    "likes",
    "page likes",
    "hearts",
    "views",
    "video views",
    "impressions",
    "reach",
    "subscriber*",
    "plays",
    "streams",
    "audience size",
    "(follower|following|community) (size|count|growth)",
    "(profile|page) (visits|views)",
    "viewers",
    "watch (time|hours)",
    "retweets",
    "reposts",
    "mentions count",
    "hashtag (uses|use|count)",
    "(total|organic|paid) (reach|impressions)",
)
"""Default cues for SMA401: metric names that count attention, not business."""


# A name that counts an outcome is not vanity even when it mentions followers
# ("followers who booked a consultation", "newsletter subscribers who buy").
OUTCOME_PHRASES = (
    "lead*", "booking*", "booked", "book", "inquir*", "enquir*", "sale*", "sold", "revenue",
    "order*", "purchas*", "sign-up*", "signups", "signed up", "registration*", "registered",
    "conversion*", "converted", "convert*", "appointment*", "donation*", "donor*", "adoption*",
    "adopted", "newsletter", "email list", "mailing list", "paying", "paid members",
    "customers", "clients", "patients", "visits to (the store|our store|the shop|the taproom)",
    "calls", "quote*", "install*", "trial*",
)


def _is_vanity(metric: Mapping[str, Any], vanity: Any, outcome: Any) -> bool:
    kind = metric.get("kind")
    if isinstance(kind, str) and kind:
        return kind in VANITY_KINDS
    name = metric.get("name")
    if not isinstance(name, str) or vanity.find(name) is None:
        return False
    return outcome.find(name) is None


def _tied(metric: Mapping[str, Any], goal_ids: set[str]) -> bool:
    goals = metric.get("goals")
    if isinstance(goals, str):
        goals = [goals]
    return isinstance(goals, list) and any(g in goal_ids for g in goals if isinstance(g, str))


@rule(code="SMA401", slug="vanity-metric", severity="warning", area="measurement",
      summary="A follower, like, view or reach count not tied to a business goal.",
      options=phrase_options("phrases", VANITY_PHRASES, "metric names that count attention"),
      sources=("001",), effort="low", impact="high")
def vanity_metric(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A metric of kind `vanity` or `reach` (or, without a `kind`, one named
    after followers, fans, likes, views, plays, impressions, reach or
    subscribers) whose `goals` do not tie it to a business goal. When every
    metric in the plan is such a metric, the finding is an error: the plan
    measures attention and nothing else. A name that counts an outcome
    ("followers who booked a visit") is not treated as vanity.

    ## Why it hurts
    "Why Small Businesses Fail at Social Media" calls these secondary
    metrics: fifty thousand new fans say nothing about whether anyone will
    buy, and platforms show a brand's posts to few of them anyway. A plan
    that reports follower growth can look successful while the business
    sees no change, and nobody notices until the budget is questioned.

    ## Example
    ```yaml
    metrics:
      - name: Instagram followers
        target: 5000
    ```

    ## Use instead
    ```yaml
    metrics:
      - name: catering inquiries from Instagram
        goals: [catering-leads]
        kind: conversion
      - name: followers within 5 km   # kept only as a leading sign for a goal
        goals: [catering-leads]
        kind: reach
    ```
    """
    vanity = compile_cues(phrases(options))
    outcome = compile_cues(OUTCOME_PHRASES)
    goal_ids = {g["id"] for _, g in plan.items("business_goals") if isinstance(g.get("id"), str)}
    metrics = list(plan.items("metrics"))
    flagged = [(p, m) for p, m in metrics if _is_vanity(m, vanity, outcome)]
    every = bool(metrics) and len(flagged) == len(metrics)
    for pointer, metric in flagged:
        if _tied(metric, goal_ids):
            continue
        name = metric.get("name") or "a metric"
        tail = "; every metric in the plan counts attention, none counts business" if every else ""
        yield Violation(
            message=f"\"{name}\" is a vanity metric tied to no business goal{tail}",
            pointer=join(pointer, "name") if "name" in metric else pointer,
            hint="Measure what the goal needs (inquiries, bookings, repeat visits), or tie this "
                 "metric to the goal it leads to with `goals`.",
            escalate=every,
        )
