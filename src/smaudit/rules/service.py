"""Built-in plugin: the service rules written in Python (SMA302-SMA305).

SMA301 (no-customer-service) and SMA306 (no-values) are a selector plus a
condition and live in the declarative pack `rules/service.yaml`. The rules
here stay quiet when `customer_service` is absent altogether: SMA301 already
reports that, and one missing section should not read as four problems.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.loading.hookspecs import hookimpl
from smaudit.model.durations import parse_duration
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.blank import is_blank
from smaudit.model.prose.cues import compile_cues
from smaudit.model.prose.facts import active_channels
from smaudit.model.prose.phrasing import phrases
from smaudit.model.rule import rule

_MAX_RESPONSE = {"type": ["string", "number"], "default": "24h",
                 "description": "The longest acceptable promised time to a first answer "
                                "(a duration; a bare number is days)."}
DEFAULT_LIMIT_HOURS = 24.0


def _limit(options: Mapping[str, Any]) -> float:
    hours = parse_duration(options.get("max_response_time"))
    return DEFAULT_LIMIT_HOURS if hours is None else hours


def _platforms(value: Any) -> set[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return set()
    return {p.strip().lower() for p in value if isinstance(p, str)}


# --------------------------------------------------------------------------
# SMA302 uncovered-platform


@rule(code="SMA302", slug="uncovered-platform", severity="warning", area="service",
      summary="A channel's platform where nobody answers customer questions.",
      options={"except_platforms": {
          "type": "array", "items": {"type": "string"}, "default": ["blog", "email"],
          "description": "Platforms that need no customer service coverage of their own."}},
      sources=("004",), effort="medium", impact="high")
def uncovered_platform(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A channel whose platform is missing from `customer_service.platforms`:
    the business posts there, but nobody is meant to answer the questions and
    complaints that arrive there. The blog and email are excepted by default
    (`except_platforms`), and so are paused channels (`status: paused`). A
    plan with no customer service platforms at all is reported by SMA301
    instead.

    ## Why it hurts
    Customers do not take questions to the channel a business prefers; they
    ask where they saw the post. "Goals vs. outcomes, box checking and
    bandwagon leaps (untitled article)" points out how rarely businesses
    that claim service as a value answer their audience online. An unanswered
    question in public is read by every later visitor as the answer.

    ## Example
    ```yaml
    channels:
      - platform: facebook
      - platform: linkedin
    customer_service:
      platforms: [facebook]
    ```

    ## Use instead
    ```yaml
    customer_service:
      platforms: [facebook, linkedin]
    ```
    """
    covered = _platforms(plan.section("customer_service").get("platforms"))
    if not covered:
        return
    excepted = _platforms(options.get("except_platforms") or [])
    for pointer, channel in active_channels(plan):
        platform = channel.get("platform")
        if not isinstance(platform, str) or not platform.strip():
            continue
        name = platform.strip().lower()
        if name in covered or name in excepted:
            continue
        yield Violation(
            message=f"customers who ask on {platform} get no answer: it is not among "
                    "customer_service.platforms",
            pointer=join(pointer, "platform"),
            hint=f"Add {platform} to customer_service.platforms and check it as often as "
                 "the others, or stop posting there.",
        )


# --------------------------------------------------------------------------
# SMA303 slow-response


@rule(code="SMA303", slug="slow-response", severity="warning", area="service",
      summary="No promised response time, or one longer than a day.",
      options={"max_response_time": _MAX_RESPONSE},
      sources=("004", "003"), effort="medium", impact="medium")
def slow_response(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A `customer_service` section without a `response_time`, or with one
    longer than `max_response_time` (24 hours by default; a business day
    counts as 24 hours, so "1 business day" is within the limit).

    ## Why it hurts
    Answering quickly is one of the few things social media does better than
    any other channel: "Why So Many Small Businesses Get Social Media Wrong &
    Some Ideas to Get It Right" names a faster customer response among its
    real benefits, and "Goals vs. outcomes, box checking and bandwagon leaps
    (untitled article)" says a business that values service has to answer
    online. A question left for days is a customer lost in public.

    ## Example
    ```yaml
    customer_service:
      platforms: [facebook]
      response_time: 3 days
    ```

    ## Use instead
    ```yaml
    customer_service:
      platforms: [facebook]
      response_time: 4h
      hours: Mon-Fri 9-17
    ```
    """
    service = plan.section("customer_service")
    if not service:
        return
    value = service.get("response_time")
    if is_blank(value):
        yield Violation(
            message="customer service promises no response time",
            pointer="/customer_service/response_time",
            hint="Promise a first answer within a day (4h is better) and staff it: "
                 "`response_time: 4h`.",
        )
        return
    hours, limit = parse_duration(value), _limit(options)
    if hours is not None and hours > limit:
        shown = options.get("max_response_time")
        written = f"{value:g} days" if isinstance(value, int | float) else value
        yield Violation(
            message=f"customers wait up to {written} for a first answer, longer than {shown}",
            pointer="/customer_service/response_time",
            hint=f"Answer within {shown}: name who covers the inbox, and when.",
        )


# --------------------------------------------------------------------------
# SMA304 no-listening


@rule(code="SMA304", slug="no-listening", severity="warning", area="service",
      summary="Nothing monitored beyond direct messages: no listening, no listening tactic.",
      sources=("001", "002"), effort="medium", impact="medium")
def no_listening(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan with channels that neither says what it monitors
    (`customer_service.listening`) nor has a tactic of type `listening`.

    ## Why it hurts
    Most of what customers say about a business is not said to it. "Why Small
    Businesses Fail at Social Media" suggests searching for posts about the
    company or the problems it solves and joining those conversations;
    "#2 Piece of Advice For SMBs is Social Media – Also Most Frustrating" puts
    listening first among the jobs a dedicated person has to do. A plan that
    only broadcasts misses complaints, questions and easy openings.

    ## Example
    ```yaml
    customer_service:
      platforms: [instagram]
      response_time: 4h
    ```

    ## Use instead
    ```yaml
    customer_service:
      platforms: [instagram]
      response_time: 4h
      listening: Mentions of the bakery, "office catering" near us, and reviews.
    ```
    """  # noqa: RUF002 - the article title has an en dash
    data = plan.data if isinstance(plan.data, dict) else {}
    if not data.get("channels"):
        return
    if not is_blank(plan.section("customer_service").get("listening")):
        return
    if any(t.get("type") == "listening" for _, t in plan.items("tactics")):
        return
    yield Violation(
        message="nobody listens beyond direct messages: no customer_service.listening and no "
                "listening tactic",
        pointer="/customer_service/listening",
        hint="Say what is monitored and how often: mentions of the business, its name "
             "misspelled, questions about the problems it solves, reviews.",
    )


# --------------------------------------------------------------------------
# SMA305 values-not-reflected

SERVICE_VALUES = (
    "service*",
    "customer*",
    "client*",
    "(patient|patients|guest|guests|visitor|member|resident|citizen|person|people) (care|first"
    "|experience|satisfaction|service|centred|centered|centric|focused)",
    "(personal|personalised|personalized) (care|attention|service)",
    "care for * (patients|customers|clients|guests|members|residents|people)",
    "care for (our|every|each|all) *",
    "hospitality",
    "responsive*",
    "(quick|fast|prompt|rapid) (answers|replies|responses|response|help|support)",
    "answer* (every|all|each) *",
    "(always|be|being|are|we're) there for",
    "there when (you|they|customers|clients) need",
    "(always|easy to) (reach|reachable|available|contact)",
    "at your service",
    "helpful*",
    "(customer|client) support",
    "listen* to (our|the|every|each) *",
    "friendly (service|staff|team|help|advice|support)",
)
"""Default cues for SMA305: values about serving and answering customers."""

TRANSPARENCY_VALUES = (
    "transparen*",
    "honest*",
    "openness",
    "open (communication|dialogue|door|doors|books|and honest|government|data|conversation)",
    "accountab*",
    "candou*",
    "candor",
    "truthful*",
    "straight talk",
)
"""Default cues for SMA305: values about being open with customers."""

COMMUNITY_VALUES = (
    "communit*",
    "neighbo*",
    "give* back",
    "giving back",
    "local (roots|pride|people|first)",
    "belonging",
    "togetherness",
    "civic*",
)
"""Default cues for SMA305: values about community."""


def _phrase_option(default: tuple[str, ...], what: str) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string", "minLength": 1},
            "default": list(default), "description": f"Cue phrases for {what}."}


def _extend_option(name: str) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string", "minLength": 1}, "default": [],
            "description": f"Added to `{name}` instead of replacing it."}


def _values(plan: Plan) -> list[tuple[int, str]]:
    values = plan.section("organization").get("values")
    if not isinstance(values, list):
        return []
    # Hyphenated values ("customer-first") are compared word by word.
    return [(i, v.replace("-", " ")) for i, v in enumerate(values) if isinstance(v, str)]


def _first_value(values: list[tuple[int, str]], phrases: tuple[str, ...]) -> tuple[int, str] | None:
    if not phrases:
        return None
    cues = compile_cues(phrases)
    for index, text in values:
        if cues.find(text) is not None:
            return index, text
    return None


def _service_gaps(plan: Plan, limit: float, *, staffed: bool) -> list[str]:
    """What the customer service section lacks to live a service (or openness) value."""
    service = plan.section("customer_service")
    if not service:
        return ["no customer service at all"]
    gaps = []
    if not _platforms(service.get("platforms")):
        gaps.append("no platforms where customers are answered")
    if staffed and is_blank(service.get("owner")):
        gaps.append("no owner")
    if staffed and is_blank(service.get("hours")):
        gaps.append("no hours")
    value = service.get("response_time")
    hours = parse_duration(value)
    if is_blank(value):
        gaps.append("no response time")
    elif hours is not None and hours > limit:
        gaps.append(f"a slow response time ({value})")
    return gaps


def _lives_community(plan: Plan) -> bool:
    """A community tactic, a community goal, or community content on some channel."""
    if any(t.get("type") == "community" for _, t in plan.items("tactics")):
        return True
    if any(g.get("type") == "community" for _, g in plan.items("business_goals")):
        return True
    for _, channel in plan.items("channels"):
        mix = channel.get("content_mix")
        if isinstance(mix, dict) and any("communit" in str(k).lower() for k in mix):
            return True
    return False


@rule(code="SMA305", slug="values-not-reflected", severity="warning", area="service",
      summary="Values name service, openness or community, but the plan does not live them.",
      options={"phrases": _phrase_option(SERVICE_VALUES, "service-like values"),
               "extend_phrases": _extend_option("phrases"),
               "transparency_phrases": _phrase_option(TRANSPARENCY_VALUES,
                                                      "transparency-like values"),
               "extend_transparency_phrases": _extend_option("transparency_phrases"),
               "community_phrases": _phrase_option(COMMUNITY_VALUES, "community values"),
               "extend_community_phrases": _extend_option("community_phrases"),
               "max_response_time": _MAX_RESPONSE},
      sources=("004",), effort="medium", impact="medium")
def values_not_reflected(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    An `organization.values` entry the plan does not act on:

    - a service value (service, customers first, customer care,
      responsiveness, being there for customers) while customer service has
      no owner, no hours, or no response time within `max_response_time`;
    - an openness value (transparency, honesty, openness) while customers
      have nowhere to get a public answer within that time;
    - a community value (community, neighbourhood, giving back) while no
      tactic and no business goal is of type `community` and no channel's
      content mix has community content.

    ## Why it hurts
    "Goals vs. outcomes, box checking and bandwagon leaps (untitled article)"
    argues that social media works when it is aligned with the values that
    already drive the business, and observes that businesses rarely
    carry those values online, least of all in customer service. A value
    written in the plan and contradicted on the page is worse than no value:
    customers see the gap first.

    ## Example
    ```yaml
    organization:
      name: Cooper Heating
      values: [friendly service]
    customer_service:
      platforms: [facebook]
      response_time: 3 days
    ```

    ## Use instead
    ```yaml
    customer_service:
      platforms: [facebook]
      response_time: 4h
      hours: Mon-Fri 7-18
      owner: Sue
    ```
    """
    values = _values(plan)
    if not values:
        return
    limit = _limit(options)
    reported: set[int] = set()
    checks = (
        ("phrases", lambda: _service_gaps(plan, limit, staffed=True),
         "Give customer service an owner, hours and a response time within "
         f"{options.get('max_response_time')}."),
        ("transparency_phrases", lambda: _service_gaps(plan, limit, staffed=False),
         "Answer customers in public, on every channel, within "
         f"{options.get('max_response_time')}."),
        ("community_phrases",
         lambda: [] if _lives_community(plan) else ["no community tactic or goal"],
         "Add a community tactic (local events, answering neighbours, featuring customers) "
         "or a community goal a channel serves."),
    )
    for name, gaps_of, hint in checks:
        if name == "transparency_phrases" and reported:
            continue  # the same customer service gaps, already reported for a service value
        found = _first_value(values, phrases(options, name))
        if found is None or found[0] in reported:
            continue
        gaps = gaps_of()
        if not gaps:
            continue
        index = found[0]
        reported.add(index)
        original = plan.section("organization")["values"][index]
        yield Violation(
            message=f"the value \"{original}\" is not reflected in the plan: "
                    f"{', '.join(gaps)}",
            pointer=join("/organization/values", index),
            hint=hint,
        )


RULES = (uncovered_platform, slow_response, no_listening, values_not_reflected)


@hookimpl
def smaudit_register_rules(register):
    for each in RULES:
        register(each)
