"""The rule SMA207 platform-sprawl.

More active or planned channels than the team's hours can run.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``platform_sprawl`` below, which ``smaudit explain SMA207`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose.facts import active_channels
from smaudit.model.rule import rule


def _hours(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


@rule(code="SMA207", slug="platform-sprawl", severity="warning", area="channels",
      summary="More active or planned channels than the team's hours can run.",
      options={"min_hours_per_channel": {
          "type": "number", "minimum": 0, "default": 3,
          "description": "Team hours per week each active or planned channel needs at least."}},
      sources=("003", "002"), effort="medium", impact="high")
def platform_sprawl(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan whose active and planned channels (a channel without `status` is
    planned; paused ones do not count) share fewer than 3 team hours a week
    each (option `min_hours_per_channel`): the sum of every member's
    `hours_per_week`, divided by the number of channels. A single channel is
    never sprawl, and a team that gives no hours at all is not judged here:
    both are a shortage of hours, which the resources rules report.

    ## Why it hurts
    Every channel is a place where customers expect posts, answers and
    attention. Spread a few hours over many of them and each gets a
    neglected account, which does more harm than no account.
    "Why So Many Small Businesses Get Social Media Wrong & Some Ideas to Get
    It Right" ties the choice of platforms to the people and resources
    available, and
    "#2 Piece of Advice For SMBs is Social Media – Also Most Frustrating"
    warns that setting up a few sites and hoping is not a plan: each one
    needs someone with the time to listen, track and engage.

    ## Example
    ```yaml
    channels:
      - platform: facebook
      - platform: instagram
      - platform: tiktok
      - platform: linkedin
    team:
      - name: Priya
        hours_per_week: 6
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: facebook
      - platform: instagram
        status: active
      - platform: tiktok
        status: paused   # until there are hours for it
    team:
      - name: Priya
        hours_per_week: 6
    ```
    """  # noqa: RUF002 - the article title has an en dash
    running = [channel for _, channel in active_channels(plan)]
    hours = [h for _, member in plan.items("team")
             if (h := _hours(member.get("hours_per_week"))) is not None]
    if len(running) < 2 or not hours:
        return
    minimum = options.get("min_hours_per_channel", 3)
    total = sum(hours)
    each = total / len(running)
    if each >= minimum:
        return
    names = ", ".join(str(c.get("platform")) for c in running if isinstance(c.get("platform"), str))
    yield Violation(
        message=f"{len(running)} active or planned channels ({names}) share {total:g} team "
                f"hours a week: {each:.1f} h each, below the {minimum:g} h a channel needs",
        pointer="/channels",
        hint="Pause or drop the channels that serve the goals least, or add hours, until each "
             f"channel gets at least {minimum:g} hours a week.",
    )
