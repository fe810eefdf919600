"""Built-in plugin: the expectations rules SMA501-SMA504.

SMA501 and SMA502 read prose (expectations, motivation, goals, strategy,
channel rationales) for hopes a consultant would talk a client out of. They
read roles, not phrases: the sentence frames, word classes and clause
scoping they share with SMA404 (``measurement.py``) live in
``expectation_roles``, so all three agree on which fields are read and on
what a negation, a hedge or a contrast cancels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.loading.hookspecs import hookimpl
from smaudit.model.durations import MONTH, parse_date, parse_duration
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose import goal_roles
from smaudit.model.prose.blank import is_blank
from smaudit.model.prose.cues import compile_cues
from smaudit.model.prose.expectation_roles import Context, read, span_roles, spread_roles
from smaudit.model.prose.facts import active_channels, has_paid_advertising, sells_online
from smaudit.model.prose.phrasing import phrase_options, phrases, quote
from smaudit.model.rule import rule

# --------------------------------------------------------------------------
# SMA501 overnight-expectation

OVERNIGHT_PHRASES: tuple[str, ...] = ()
"""Extra cues for SMA501 (none by default: ``expectation_roles.span_roles`` reads
the spans). A cue a user adds counts as results expected too soon."""

_MIN_MONTHS = {"type": "number", "minimum": 0, "default": 6,
               "description": "Results expected sooner than this many months are too soon."}


def _start_month(plan: Plan) -> tuple[int, int] | None:
    """The (year, month) the plan starts, from `timeline.start`, to count dates from."""
    found = parse_date(plan.section("timeline").get("start"))
    return (found[0].year, found[0].month) if found else None


@rule(code="SMA501", slug="overnight-expectation", severity="warning", area="expectations",
      summary="Results expected within weeks: a timeline under six months, or 'overnight' hopes.",
      options={"min_months": _MIN_MONTHS,
               **phrase_options("phrases", OVERNIGHT_PHRASES, "results expected too soon")},
      sources=("002", "004"), effort="low", impact="medium")
def overnight_expectation(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan that expects results too soon: `timeline.expect_results_within`
    shorter than `min_months` (6 by default), or expectations, motivation,
    goals, strategy or a channel rationale that expect results within a
    shorter span. A span is read however it is written: "in three weeks",
    "within a fortnight", "in the first forty-five days", "by week four",
    "by the next quarterly review", "right away", "overnight", "by then"
    (after "the shop opens in five weeks"), or a date: "by Easter" or "by
    March" counts from `timeline.start`, or from when the text says posting
    starts ("we start posting in November ... the December workshops").
    Negated, hedged or contrasted spans ("nobody expects results by next
    week", "quick results would be nice, but we planned for a year"), spans
    of work rather than results (replying within two hours, reviewing
    monthly, shipping in three days), early signs judged early ("comments
    and saves in the first weeks") and "overnight" as a time of day do not
    count.

    ## Why it hurts
    People buy from those they know, like and trust, and trust builds over
    months of useful posts and answered questions. "#2 Piece of Advice For SMBs
    is Social Media – Also Most Frustrating" counts patience among the things
    an owner has to accept before starting, and "Goals vs. outcomes, box
    checking and bandwagon leaps (untitled article)" warns that trust, and
    the relationship marketing built on it, cannot be hurried. A plan judged
    after a few weeks is usually abandoned just before it could have worked.

    ## Example
    ```yaml
    timeline:
      expect_results_within: 1 month
    expectations: The owner wants to see bookings right away.
    ```

    ## Use instead
    ```yaml
    timeline:
      expect_results_within: 6 months
      review_cadence: monthly
    expectations: >
      Early signs (replies, saves, profile visits) in the first months;
      bookings from social by month six.
    ```
    """  # noqa: RUF002 - the article title has an en dash
    timeline = plan.section("timeline")
    hours = parse_duration(timeline.get("expect_results_within"))
    months = options.get("min_months", 6)
    if hours is not None and isinstance(months, int | float) and hours < months * MONTH:
        value = quote(str(timeline["expect_results_within"]))
        yield Violation(
            message=f"results are expected within {value}, sooner than the {months:g} months "
                    "it takes to build trust on social media",
            pointer="/timeline/expect_results_within",
            hint=f"Give the plan at least {months:g} months and judge early months by leading "
                 "signs (replies, saves, visits), not sales.",
        )
    if not isinstance(months, int | float):
        months = 6
    start = _start_month(plan)

    def context(field: str, text: str) -> Context:
        return Context(field, text, start=start, options=months)

    hint = ("Set expectations in months, not weeks: trust and the results it brings build "
            "slowly; agree on leading signs to watch meanwhile.")
    for found in read(plan, span_roles, compile_cues(phrases(options)), context=context):
        what = found.role.what or f"results expected \"{found.role.words}\""
        yield Violation(
            message=f"{found.field} expects results sooner than {months:g} months ({what}): "
                    f"\"{found.sentence}\"",
            pointer=found.pointer, hint=hint,
        )


# --------------------------------------------------------------------------
# SMA502 viral-expectation

VIRAL_PHRASES: tuple[str, ...] = ()
"""Extra cues for SMA502 (none by default: ``expectation_roles.spread_roles`` reads
the sentence). A cue a user adds counts as a hope of virality."""


@rule(code="SMA502", slug="viral-expectation", severity="warning", area="expectations",
      summary="Expectations, goals or motivation counting on content going viral.",
      options=phrase_options("phrases", VIRAL_PHRASES, "hopes of virality"),
      sources=("000",), effort="low", impact="medium")
def viral_expectation(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    Expectations, motivation, goals, the strategy or a channel rationale
    that count on content spreading by itself, however it is said: going
    viral; a clip that "takes off", "catches on", "snowballs" or "sweeps
    the country"; posts shared "everywhere", "by thousands", "without us
    paying a cent"; a mass audience expected to see it ("the whole city will
    know us", "a million views", "in front of millions"); a chain of
    sharing ("each one tags three friends, they tag three more"); one hit
    counted on; trending. Spread named as a bonus or ruled out ("if a post
    takes off, lovely, but we plan on steady posts", "we don't count on
    anything going viral", "going viral isn't the plan"), told as past ("a
    clip did the rounds last spring"), sharing the plan organises ("our 20
    partner schools share the poster") and "viral" in a medical sense do
    not count.

    ## Why it hurts
    "Your SMB is a Success, So Why is Your Social Media a Failure?" calls the
    belief in cheap, instant, viral returns unreal: virality cannot be
    scheduled, and a plan that relies on it has no working path to its goal
    when (as almost always) the post does not take off. Worse, chasing it
    pulls content away from the customers the business actually serves.

    ## Example
    ```yaml
    expectations:
      - One great video could rack up millions of plays and make us famous.
    ```

    ## Use instead
    ```yaml
    expectations:
      - Steady weekly posts that our customers save and share with friends;
        200 newsletter sign-ups from social by December.
    ```
    """
    for found in read(plan, spread_roles, compile_cues(phrases(options))):
        what = found.role.what or f"the cue \"{found.role.words}\""
        yield Violation(
            message=f"{found.field} counts on content spreading by itself ({what}): "
                    f"\"{found.sentence}\"",
            pointer=found.pointer,
            hint="Plan for steady, useful content and a measurable path to the goal; treat "
                 "a post that spreads as a bonus, not the plan.",
        )

# --------------------------------------------------------------------------
# SMA503 set-and-forget


@rule(code="SMA503", slug="set-and-forget", severity="warning", area="expectations",
      summary="A channel with no cadence or no owner: set up and left to bring sales.",
      sources=("002",), effort="low", impact="medium")
def set_and_forget(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A channel (not paused) without a `cadence` or without an `owner`: a
    profile opened with nobody responsible for it and no rhythm of posting.

    ## Why it hurts
    "#2 Piece of Advice For SMBs is Social Media – Also Most Frustrating" puts
    it first among the things to accept: opening a few accounts and waiting
    for sales to arrive does not work. A page nobody owns goes quiet within
    weeks, and an abandoned page with unanswered questions on it tells
    customers the business is not listening.

    ## Example
    ```yaml
    channels:
      - platform: facebook
        goals: [bookings]
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: facebook
        goals: [bookings]
        owner: Maria
        cadence: 3/week
    ```
    """  # noqa: RUF002 - the article title has an en dash
    for pointer, channel in active_channels(plan):
        missing = [key for key in ("cadence", "owner") if is_blank(channel.get(key))]
        if not missing:
            continue
        platform = channel.get("platform") or "this channel"
        what = " and no ".join(missing)
        yield Violation(
            message=f"{platform} has no {what}: a channel set up and left to run itself",
            pointer=join(pointer, missing[0]),
            hint="Name the team member who runs it and how often it posts "
                 "(`owner`, `cadence`), or drop the channel.",
        )


# --------------------------------------------------------------------------
# SMA504 sales-without-ecommerce

SALES_PHRASES = (
    "sales",
    "revenue",
    "turnover",
    "profit*",
    "(sell|sells|selling|sold) (out|more|through|online)",
    "(sell|selling) (our|more of|every|each|all)",
    "(more|online|web|shop|store|product|retail) (orders|purchases)",
    "(orders|purchases) (from|through|via|on) (social|instagram|facebook|tiktok|pinterest"
    "|our page|the page)",
    "(buy|purchase|order) (from us|online|directly|through|via|on instagram|on facebook)",
    "make (money|more money)",
    "(ring|rings) the till",
    "(basket|cart) size",
)
"""Default cues for SMA504: a goal that is about selling."""


@rule(code="SMA504", slug="sales-without-ecommerce", severity="warning", area="expectations",
      summary="A sales goal while the organization cannot sell online and runs no paid ads.",
      options=phrase_options("phrases", SALES_PHRASES, "goals that are about selling"),
      sources=("000",), effort="high", impact="high")
def sales_without_ecommerce(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A business goal of type `sales`, or one whose statement is about selling
    ("increase sales", "sell out every release"), while
    `organization.sells_online` is not true and no channel runs paid
    advertising (nor does `budget.advertising` set money aside for it). Goals
    typed `lead_generation` are the recommended way to frame sales and are
    not reported. Nor is a goal its author typed as something else whose
    sale is one part beside another thing customers do ("staff every stall
    with volunteers and sell out the tombola", typed `community`): that
    other objective is what the goal is about.

    ## Why it hurts
    "Your SMB is a Success, So Why is Your Social Media a Failure?" explains
    that without a way to buy online and without paid promotion, social
    media reaches sales only indirectly, through relationships, reputation
    and recommendations. A sales goal then has no mechanism behind it: the
    numbers will not move, and the channel gets blamed for it.

    ## Example
    ```yaml
    organization: {name: Rosa's Bakery, sells_online: false}
    business_goals:
      - id: sales
        statement: Increase cake sales by 20%
        type: sales
    ```

    ## Use instead
    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering inquiries from offices within 5 km
        type: lead_generation
    ```
    Or add the mechanism: an online shop (`sells_online: true`) or paid
    promotion on a channel (`paid: {monthly_budget: 250}`).
    """
    if sells_online(plan) or has_paid_advertising(plan):
        return
    cues = compile_cues(phrases(options))
    for pointer, goal in plan.items("business_goals"):
        kind = goal.get("type")
        if kind == "lead_generation":
            continue
        statement = goal.get("statement")
        found = cues.find(statement) if isinstance(statement, str) and cues.phrases else None
        if kind == "sales":
            node, why = join(pointer, "type"), "is a sales goal"
        elif found is not None and kind and _sale_is_a_part(statement, found.text):
            continue
        elif found is not None:
            node, why = join(pointer, "statement"), f"is about sales (\"{quote(found.text)}\")"
        else:
            continue
        name = goal.get("id") or "a goal"
        yield Violation(
            message=f"goal {name!s} {why}, but customers cannot buy online and no channel runs "
                    "paid advertising",
            pointer=node,
            hint="Aim social media at a step it can move (leads, visits, inquiries), or add "
                 "the mechanism: online ordering or paid promotion.",
        )


#: Where a goal statement joins one objective to the next: "staff every stall ... and
#: sell out the raffle".
_CONJUNCTS = re.compile(r",|;|\band\b|\bplus\b|\bas\s+well\s+as\b", re.IGNORECASE)


def _sale_is_a_part(statement: str, cue: str) -> bool:
    """Whether a goal's sale is one part of it beside another objective customers carry
    out ("staff every stall with parent volunteers and sell out the raffle"). For a goal
    its author typed as something other than sales, the other objective is what the goal
    is about, and social media has a mechanism for it; a statement that is only the sale
    ("increase sales by 20%") is still a sales statement, whatever its type."""
    for part in _CONJUNCTS.split(statement):
        if cue.lower() in part.lower() or not part.strip():
            continue
        if goal_roles.business_gain(" ".join(part.lower().split())):
            return True
    return False


RULES = (overnight_expectation, viral_expectation, set_and_forget, sales_without_ecommerce)


@hookimpl
def smaudit_register_rules(register):
    for each in RULES:
        register(each)
