"""Built-in plugin: the resources rules SMA601-SMA604, written in Python.

Each of them weighs several sections against each other (the team against
channel and service owners, the budget against the hours people give, the
goals against the advertising money), which a declarative pack rule, that
judges one selected node at a time, cannot express.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from smaudit.loading.hookspecs import hookimpl
from smaudit.model import compiled_patterns
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.blank import is_blank
from smaudit.model.prose.cues import CuePhrases, compile_cues
from smaudit.model.prose.facts import has_paid_advertising, number
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule

# --------------------------------------------------------------------------
# Helpers shared with the tactics rules


_NOBODY = compiled_patterns.compile(
    r"""^\W*(?:
        nobody|no\ ?one|unassigned|vacant|open\ (?:role|position)|to\ hire|hiring
      | (?:any|some|every)(?:one|body)(?:\ (?:who|with|that|in).*)? | whoever.* | all\ staff
      | (?:the\ )?whole\ (?:team|staff|office) | all\ of\ us | we\ all
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in re.split(r"[,;\n]", value) if part.strip()]
    if isinstance(value, list):
        return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return []


def _members(plan: Plan) -> list[tuple[str, dict]]:
    return list(plan.items("team"))


def _owner(value: Any) -> str | None:
    """The owner a field names, or None for nobody, a placeholder or "whoever"."""
    if not isinstance(value, str) or is_blank(value) or _NOBODY.match(value.strip()):
        return None
    return value.strip()


def _owners(plan: Plan) -> set[str]:
    """Everyone named owner of a channel or of customer service."""
    fields = [channel.get("owner") for _, channel in plan.items("channels")]
    fields.append(plan.section("customer_service").get("owner"))
    return {name for name in map(_owner, fields) if name}


def _dedicated(plan: Plan, cues: CuePhrases) -> bool:
    """Whether the team has someone whose job is social media even if no `owner` key names
    them: a role such as "social media manager", or an agency taken on for it."""
    for _, member in _members(plan):
        role = member.get("role")
        if isinstance(role, str) and cues.find(role):
            return True
        duties = _texts(member.get("responsibilities"))
        if member.get("agency") is True and (not duties or any(cues.find(d) for d in duties)):
            return True
    return False


def _quote(items: list[str], limit: int = 4) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


SOCIAL_WORK: tuple[str, ...] = (
    "social media*", "socials", "social networking",
    "social (channel*|account*|page*|post*|posting|content|network*|presence|profile*|"
    "platform*|inbox|calendar|campaign*|ads|advertising|listening|engagement|strategy)",
    "(facebook|fb|instagram|insta|ig|linkedin|tiktok*|tik tok|twitter|tweets|tweeting|"
    "youtube|pinterest|threads|bluesky|reddit|mastodon|whatsapp|nextdoor|snapchat|"
    "discord|twitch|google business*)",
    "community manag*", "online community", "(dms|direct messages)",
    "(write|writes|writing|draft*|create|creates|creating|schedule|schedules|scheduling|"
    "publish*|film*|shoot*) ... (posts|reels|stories|tiktoks|shorts|videos for *)",
    "posting", "content (creation|calendar|scheduling)", "(create|creating) content",
    "(reply*|respond*|answer*|moderat*) ... (comments|mentions)",
    "influencer*", "hashtag*",
)
"""What counts as social media work in a member's responsibilities or role."""


# --------------------------------------------------------------------------
# SMA601


@rule(code="SMA601", slug="no-owner", severity="warning", area="resources",
      summary="No team, or nobody named as owner of a channel or of customer service.",
      options=phrase_options("phrases", SOCIAL_WORK, "a role dedicated to social media"),
      sources=("002", "004"), effort="low", impact="high")
def no_owner(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan with no `team` at all, or a team in which nobody is named `owner`
    of any channel nor of `customer_service`: channels exist but no person or
    agency is answerable for them. An owner written as a placeholder ("TBD",
    "whoever is free", "everyone") counts as no owner. A team member whose
    `role` is social media work ("social media manager", "community
    manager"), or an agency (`agency: true`) taken on for it, is a dedicated
    owner even where no `owner` key names them (the `phrases` option says
    what counts as social media work).

    ## Why it hurts
    Social media is a conversation, and a conversation needs someone on the
    other end. "#2 Piece of Advice For SMBs is Social Media – Also Most
    Frustrating" insists on a dedicated person or agency whose time goes to
    listening, tracking and engaging; "Goals vs. outcomes, box checking and
    bandwagon leaps (untitled article)" shows where the alternative comes
    from: the board decides it is time to get social and someone is picked to
    do it on the side. When everyone owns the accounts, nobody answers them.

    ## Example
    ```yaml
    channels:
      - platform: facebook
        cadence: 3/week
    team:
      - name: Rui
        responsibilities: [mayor's agenda, social media when possible]
    customer_service:
      platforms: [facebook]
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: facebook
        cadence: 3/week
        owner: Rui
    team:
      - name: Rui
        hours_per_week: 8
        responsibilities: [social media, mayor's agenda]
    customer_service:
      platforms: [facebook]
      owner: Rui
    ```
    """  # noqa: RUF002 - the article title has an en dash
    if not _members(plan):
        yield Violation(
            message="the plan names no team: nobody is assigned to do the social media work",
            pointer="/team",
            hint="Add a `team` with the person or agency who runs the channels, "
                 "and the hours they give it each week.",
        )
        return
    channels = list(plan.items("channels"))
    service = plan.section("customer_service")
    if not channels and not service:
        return
    if _owners(plan) or _dedicated(plan, compile_cues(phrases(options))):
        return
    names = [m["name"] for _, m in _members(plan) if isinstance(m.get("name"), str)]
    where = "no channel has a named owner" if channels else "no one is named"
    if service:
        where += " and customer service has no owner"
    pointer = join(channels[0][0], "owner") if channels else "/customer_service/owner"
    yield Violation(
        message=f"{where}: nobody on the team ({_quote(names) or 'unnamed'}) is answerable "
                "for running social media",
        pointer=pointer,
        hint="Name one team member or agency as `owner` of each channel and of "
             "`customer_service`.",
    )


# --------------------------------------------------------------------------
# SMA602



@rule(code="SMA602", slug="overloaded-owner", severity="warning", area="resources",
      summary="Whoever owns social media has too few hours or too many other duties.",
      options={
          "min_hours": {"type": "number", "minimum": 0, "default": 5,
                        "description": "Fewest hours a week a social media owner should give."},
          "max_other_responsibilities": {
              "type": "integer", "minimum": 0, "default": 3,
              "description": "Most responsibilities besides social media an owner may carry."},
          **phrase_options("phrases", SOCIAL_WORK,
                           "social media work in responsibilities and roles"),
      },
      sources=("000",), effort="high", impact="high")
def overloaded_owner(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A team member who owns social media (named `owner` of a channel or of
    `customer_service`, or whose `role` is social media work; when the plan
    names no owner at all, anyone with social media among their
    `responsibilities`) who gives it fewer than `min_hours` hours a week
    (default 5), or who carries more than `max_other_responsibilities`
    (default 3) responsibilities that are not social media. Members marked
    `agency: true` are not checked: an agency's hours are not one person's.
    Nor is a helper where someone else is named owner: the manager who
    approves Instagram posts for an hour a week does not run the accounts.

    ## Why it hurts
    "Your SMB is a Success, So Why is Your Social Media a Failure?" describes
    the usual small-business contact: one person in charge of every
    communications and marketing job at once. Social media then gets the
    minutes left over after the reference desk, the billing and the events,
    which is not enough to post, answer and listen. The plan looks staffed on
    paper while nobody really has the time.

    ## Example
    ```yaml
    team:
      - name: Kim
        hours_per_week: 3
        responsibilities: [reference desk, storytime, loans, volunteers, social media]
    ```

    ## Use instead
    ```yaml
    team:
      - name: Kim
        hours_per_week: 8
        responsibilities: [social media, storytime]
    ```
    Or hand the accounts to an agency (`agency: true`) or a second person.
    """
    cues = compile_cues(phrases(options))
    min_hours = float(options.get("min_hours", 5))
    max_other = int(options.get("max_other_responsibilities", 3))
    owners = _owners(plan)
    for pointer, member in _members(plan):
        name = member.get("name")
        if member.get("agency") is True or not isinstance(name, str):
            continue
        duties = _texts(member.get("responsibilities"))
        social = [d for d in duties if cues.find(d)]
        role = member.get("role")
        dedicated = isinstance(role, str) and bool(cues.find(role))
        if name.strip() not in owners and not dedicated and (owners or not social):
            continue  # a helper, when someone else is named owner
        others = [d for d in duties if d not in social]
        hours = number(member.get("hours_per_week"))
        short = hours is not None and hours < min_hours
        crowded = len(others) > max_other
        if not (short or crowded):
            continue
        problems = []
        if short:
            problems.append(f"only {hours:g} hours a week for it (the minimum is {min_hours:g})")
        if crowded:
            problems.append(f"{len(others)} other responsibilities ({_quote(others)}; "
                            f"at most {max_other} leave room for it)")
        yield Violation(
            message=f"{name} owns social media but has {' and '.join(problems)}",
            pointer=join(pointer, "hours_per_week" if short else "responsibilities"),
            hint="Give the social media owner enough protected hours and take other duties "
                 "off them, or bring in a second person or an agency.",
        )


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


RULES = (no_owner, overloaded_owner, free_lunch, leads_without_ads)


@hookimpl
def smaudit_register_rules(register: Callable[[Any], None]) -> None:
    for each in RULES:
        register(each)
