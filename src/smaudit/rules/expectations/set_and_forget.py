"""The rule SMA503 set-and-forget.

A channel with no cadence or no owner: set up and left to bring sales.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``set_and_forget`` below, which ``smaudit explain SMA503`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.blank import is_blank
from smaudit.model.prose.facts import active_channels
from smaudit.model.rule import rule


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
