"""The rule SMA601 no-owner.

No team, or nobody named as owner of a channel or of customer service.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``no_owner`` below, which ``smaudit explain SMA601`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.cues import CuePhrases, compile_cues
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule
from smaudit.rules.resources.shared import SOCIAL_WORK, _members, _owners, quote, texts


def _dedicated(plan: Plan, cues: CuePhrases) -> bool:
    """Whether the team has someone whose job is social media even if no `owner` key names
    them: a role such as "social media manager", or an agency taken on for it."""
    for _, member in _members(plan):
        role = member.get("role")
        if isinstance(role, str) and cues.find(role):
            return True
        duties = texts(member.get("responsibilities"))
        if member.get("agency") is True and (not duties or any(cues.find(d) for d in duties)):
            return True
    return False


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
        message=f"{where}: nobody on the team ({quote(names) or 'unnamed'}) is answerable "
                "for running social media",
        pointer=pointer,
        hint="Name one team member or agency as `owner` of each channel and of "
             "`customer_service`.",
    )
