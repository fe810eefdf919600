"""The rule SMA305 values-not-reflected.

Values name service, openness or community, but the plan does not live them.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``values_not_reflected`` below, which ``smaudit explain SMA305`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.durations import parse_duration
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.blank import is_blank
from smaudit.model.prose.cues import compile_cues
from smaudit.model.prose.phrasing import phrases
from smaudit.model.rule import rule
from smaudit.rules.service.shared import MAX_RESPONSE, _limit, _platforms

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
               "max_response_time": MAX_RESPONSE},
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
      name: Ashdown Boilers
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
