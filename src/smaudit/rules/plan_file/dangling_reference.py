"""The rule SMA003 dangling-reference.

A goal id, team member, segment or platform referred to but not declared.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``dangling_reference`` below, which ``smaudit explain SMA003`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.blank import is_blank
from smaudit.model.rule import rule
from smaudit.model.suggest import closest


def _declared(values: Any, key: str) -> list[str]:
    if not isinstance(values, list):
        return []
    names = (item.get(key) for item in values if isinstance(item, dict))
    return list(dict.fromkeys(n for n in names if isinstance(n, str)))


def _suggest(name: str, choices: list[str]) -> str:
    close = closest(name, choices)
    return f" Did you mean {close!r}?" if close else ""


def _dangling(plan: Plan, pointer: str, value: Any, declared: list[str], what: str,
              where: str) -> Iterator[Violation]:
    if not declared:
        # Nothing declared at all is its own finding (no-business-goal, no-owner...);
        # calling every reference dangling as well would only pile on.
        return
    names = value if isinstance(value, list) else [value]
    for index, name in enumerate(names):
        if not isinstance(name, str) or name in declared or is_blank(name):
            continue  # a placeholder ("TBD") is not a name; the rules on owners report it
        node = join(pointer, index) if isinstance(value, list) else pointer
        known = ", ".join(repr(d) for d in declared) if declared else "none"
        yield Violation(
            message=f"{what} {name!r} is not declared in {where} (declared: {known})",
            pointer=node,
            hint=f"Declare it in {where}, or refer to one that is.{_suggest(name, declared)}",
        )


@rule(code="SMA003", slug="dangling-reference", severity="error", area="plan",
      summary="A goal id, team member, segment or platform referred to but not declared.",
      effort="low", impact="medium")
def dangling_reference(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A reference to something the plan does not declare: a goal id in
    `channels[].goals`, `tactics[].goals` or `metrics[].goals` that is not in
    `business_goals`; an `owner` who is not in `team`; a `channels[].audience`
    segment not in `audience.segments`; a `tactics[].channels` platform with no
    channel. References are checked against sections that exist: a plan with
    no goals, team or channels at all gets that finding instead, and a
    placeholder owner ("TBD") is left to the rules on owners.

    ## Why it hurts
    The links between goals, channels, tactics and metrics are what make a
    plan a plan. A broken link means a channel serves a goal nobody set, or a
    metric measures nothing, and the rules that follow those links cannot see
    the real picture.

    ## Example
    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering orders
    channels:
      - platform: instagram
        goals: [catering-lead]
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: instagram
        goals: [catering-leads]
    ```
    """
    data = plan.data
    goals = _declared(data.get("business_goals"), "id")
    members = _declared(data.get("team"), "name")
    audience = plan.section("audience")
    segments = _declared(audience.get("segments"), "name")
    platforms = _declared(data.get("channels"), "platform")
    for section in ("channels", "tactics", "metrics"):
        for pointer, item in plan.items(section):
            if "goals" in item:
                yield from _dangling(plan, join(pointer, "goals"), item["goals"], goals,
                                     "goal", "business_goals")
    for pointer, channel in plan.items("channels"):
        if "owner" in channel:
            yield from _dangling(plan, join(pointer, "owner"), channel["owner"], members,
                                 "owner", "team")
        if "audience" in channel:
            yield from _dangling(plan, join(pointer, "audience"), channel["audience"], segments,
                                 "audience segment", "audience.segments")
    for pointer, tactic in plan.items("tactics"):
        if "channels" in tactic:
            yield from _dangling(plan, join(pointer, "channels"), tactic["channels"], platforms,
                                 "platform", "channels")
    service = plan.section("customer_service")
    if "owner" in service:
        yield from _dangling(plan, "/customer_service/owner", service["owner"], members,
                             "owner", "team")
