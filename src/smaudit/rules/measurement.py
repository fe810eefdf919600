"""Built-in plugin: the measurement rules written in Python (SMA401, SMA403-SMA405).

SMA402 (unmeasured-goal) is a selector plus a condition and lives in the
declarative pack `rules/measurement.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.loading.hookspecs import hookimpl
from smaudit.model.durations import QUARTER, parse_cadence_hours
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.cues import compile_cues
from smaudit.model.prose.expectation_roles import Context, read, roi_roles
from smaudit.model.prose.facts import has_paid_advertising, sells_online
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule

# --------------------------------------------------------------------------
# SMA401 vanity-metric

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


# --------------------------------------------------------------------------
# SMA403 no-metrics


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


# --------------------------------------------------------------------------
# SMA404 direct-roi-expectation

ROI_PHRASES: tuple[str, ...] = ()
"""Extra cues for SMA404 (none by default: the role frames in ``expectation_roles``
read the sentence). A cue a user adds counts as the role, scoped like the frames."""


@rule(code="SMA404", slug="direct-roi-expectation", severity="warning", area="measurement",
      summary="A direct money return expected from social media without ads and e-commerce.",
      options=phrase_options("phrases", ROI_PHRASES, "direct money-return expectations"),
      sources=("000", "002"), effort="low", impact="medium")
def direct_roi_expectation(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    Expectations, motivation, goals, the strategy or a channel rationale that
    expect social media to pay back money directly ("$2 for every $1", "a 3x
    return", "ROI within six months", "pay for itself by spring", "each post
    should bring in sales", "every hour spent on posts should come back as
    billable work") while the plan lacks what such a return needs:
    paid advertising on some channel, and a way for customers to buy online
    (`organization.sells_online: true`). A disclaimer ("we don't expect
    every post to sell") does not count; a threat does ("if the page isn't
    covering its own cost by June, it goes").

    ## Why it hurts
    "Your SMB is a Success, So Why is Your Social Media a Failure?" describes
    owners who put two dollars in and expect three back, confusing social
    media with performance marketing; without an online shop and paid
    promotion the path to a sale is indirect. "#2 Piece of Advice For SMBs is
    Social Media – Also Most Frustrating" says the same from the other side:
    social media is not direct marketing, and the return is in relationships
    first. A plan judged on direct payback is judged as a failure.

    ## Example
    ```yaml
    organization: {name: Rosa's Bakery, sells_online: false}
    expectations: Instagram should pay for itself by the spring.
    ```

    ## Use instead
    ```yaml
    expectations: >
      Instagram earns its place by bringing catering inquiries (30 a
      quarter) and repeat visits; we judge it on those, reviewed monthly.
    ```
    Or, when direct sales are the point, add the mechanism: online ordering
    and a paid campaign with a budget.
    """  # noqa: RUF002 - the article title has an en dash
    paid, online = has_paid_advertising(plan), sells_online(plan)
    if paid and online:
        return
    missing = " and ".join(
        what for what, ok in (("no channel runs paid advertising", paid),
                              ("customers cannot buy online", online)) if not ok)
    cues = compile_cues(phrases(options))
    def context(field: str, text: str) -> Context:
        return Context(field, text, paid=paid, online=online)

    for found in read(plan, roi_roles, cues, context=context):
        what = found.role.what or f"the cue \"{found.role.words}\""
        yield Violation(
            message=f"{found.field} expects a direct money return ({what}) but {missing}: "
                    f"\"{found.sentence}\"",
            pointer=found.pointer,
            hint="Judge organic social media by relationships it builds (inquiries, repeat "
                 "customers, recommendations), or add online ordering and paid promotion.",
        )


# --------------------------------------------------------------------------
# SMA405 no-review-cadence


@rule(code="SMA405", slug="no-review-cadence", severity="warning", area="measurement",
      summary="No timeline.review_cadence, or reviews less often than quarterly.",
      options={"max_cadence": {"type": ["string", "number"], "default": "quarterly",
                               "description": "The longest acceptable time between reviews "
                                              "(a cadence name or a duration)."}},
      sources=("003",), effort="low", impact="medium")
def no_review_cadence(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan without `timeline.review_cadence`, or with one longer than
    `max_cadence` (quarterly, 13 weeks, by default): "6 months", "yearly".

    ## Why it hurts
    "Why So Many Small Businesses Get Social Media Wrong & Some Ideas to Get It
    Right" stresses that some platforms and tactics will work for a business
    and others will not, and the only way to know is to look at what works
    and adjust. A plan that is never reviewed keeps spending time on what
    does not work and never doubles down on what does.

    ## Example
    ```yaml
    timeline:
      start: 2027-01-01
      expect_results_within: 9 months
      review_cadence: 6 months
    ```

    ## Use instead
    ```yaml
    timeline:
      start: 2027-01-01
      expect_results_within: 9 months
      review_cadence: monthly
    ```
    """
    limit = parse_cadence_hours(options.get("max_cadence")) or QUARTER
    value = plan.section("timeline").get("review_cadence")
    if value is None or (isinstance(value, str) and not value.strip()):
        yield Violation(
            message="the plan never says how often results are reviewed",
            pointer="/timeline/review_cadence",
            hint="Add `timeline.review_cadence` (monthly suits most plans) and adjust the plan "
                 "at each review.",
        )
        return
    hours = parse_cadence_hours(value)
    if hours is not None and hours > limit:
        limit_name = options.get("max_cadence")
        yield Violation(
            message=f"results are reviewed only every {value}, less often than {limit_name}",
            pointer="/timeline/review_cadence",
            hint="Review at least quarterly (monthly is better) so what does not work is "
                 "dropped early.",
        )


RULES = (vanity_metric, no_metrics, direct_roi_expectation, no_review_cadence)


@hookimpl
def smaudit_register_rules(register):
    for each in RULES:
        register(each)
