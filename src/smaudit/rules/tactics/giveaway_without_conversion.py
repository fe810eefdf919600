"""The rule SMA701 giveaway-without-conversion.

A contest or giveaway with no plan to turn entrants into customers.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``giveaway_without_conversion`` below, which ``smaudit explain SMA701``
shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.blank import is_blank
from smaudit.model.prose.cues import compile_cues
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule
from smaudit.rules.tactics.shared import _kind, _name

# --------------------------------------------------------------------------
# SMA701

GIVEAWAY: tuple[str, ...] = (
    "giveaway*", "give away", "giving away", "contest*", "competition*", "sweepstake*",
    "raffle*", "prize draw*", "lucky draw*", "(win|won) (a|an|free|one|our|the|yourself)",
    "free * for a year", "tag (a|two|three|3|2|your) friend*",
)
"""Tactic names that announce a giveaway, for tactics without a `type` (or `other`)."""


@rule(code="SMA701", slug="giveaway-without-conversion", severity="warning", area="tactics",
      summary="A contest or giveaway with no plan to turn entrants into customers.",
      options=phrase_options("phrases", GIVEAWAY, "giveaway names on tactics without a type"),
      sources=("001",), effort="low", impact="medium")
def giveaway_without_conversion(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A tactic of type `contest` or `giveaway` (or, when it has no type or
    `other`, one whose name announces a giveaway: "Win a free...", "prize
    draw") with no `conversion`, or a placeholder one ("TBD", "none"): nothing
    says how the people who enter become leads or customers.

    ## Why it hurts
    "Why Small Businesses Fail at Social Media" asks what a business gets from
    giving away a car for 50,000 new fans: what will it do with them, and how
    will it turn them into sales? A giveaway without a next step buys
    prize-hunters who leave with the prize, and a follower count that proves
    nothing.

    ## Example
    ```yaml
    tactics:
      - name: Win a free whitening!
        type: giveaway
        call_to_action: Like, follow and tag 3 friends
    ```

    ## Use instead
    ```yaml
    tactics:
      - name: Win a free whitening!
        type: giveaway
        call_to_action: Book a free check-up to enter the draw
        conversion: Every entrant gets a check-up slot and a whitening quote
    ```
    """
    named = compile_cues(phrases(options))
    for pointer, tactic in plan.items("tactics"):
        kind = _kind(tactic)
        if kind in ("contest", "giveaway"):
            what = kind
        elif kind in ("", "other") and named.find(tactic.get("name")):
            what = "giveaway"
        else:
            continue
        if not is_blank(tactic.get("conversion")):
            continue
        yield Violation(
            message=f"{what} {_name(tactic, 'tactic')} has no `conversion` plan: nothing turns "
                    "the people who enter into leads or customers",
            pointer=join(pointer, "conversion"),
            hint="Say what happens to entrants afterwards: an offer, a booking, a follow-up "
                 "call, a sign-up that leads to a sale.",
        )
