"""The rule SMA602 overloaded-owner.

Whoever owns social media has too few hours or too many other duties.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``overloaded_owner`` below, which ``smaudit explain SMA602`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.cues import compile_cues
from smaudit.model.prose.facts import number
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule
from smaudit.rules.resources.shared import SOCIAL_WORK, _members, _owners, quote, texts

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
        duties = texts(member.get("responsibilities"))
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
            problems.append(f"{len(others)} other responsibilities ({quote(others)}; "
                            f"at most {max_other} leave room for it)")
        yield Violation(
            message=f"{name} owns social media but has {' and '.join(problems)}",
            pointer=join(pointer, "hours_per_week" if short else "responsibilities"),
            hint="Give the social media owner enough protected hours and take other duties "
                 "off them, or bring in a second person or an agency.",
        )
