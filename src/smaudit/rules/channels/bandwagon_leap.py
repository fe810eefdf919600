"""The rule SMA202 bandwagon-leap.

The motivation or a rationale cites other organizations' success or presence.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``bandwagon_leap`` below, which ``smaudit explain SMA202`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose import learned
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule
from smaudit.rules.channels.shared import (
    BANDWAGON,
    BRAGGING,
    IMAGE,
    LEARNING,
    bandwagon_finder,
    image_finder,
    report,
)


@rule(code="SMA202", slug="bandwagon-leap", severity="warning", area="channels",
      summary="The motivation or a rationale cites other organizations' success or presence.",
      options={
          **learned.OPTION,
          **phrase_options("phrases", BANDWAGON,
                           "following the crowd, added to the other-organization frames"),
          **phrase_options("learning_phrases", LEARNING,
                           "a sentence that learns from others rather than follows them"),
      },
      sources=("004", "003"), effort="medium", impact="medium")
def bandwagon_leap(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A `motivation`, or a channel `rationale`, whose reason is that other
    organizations are on a platform or do well there. The others are
    recognised by how the sentence names them, whatever they are: "the
    taproom across the road gets packed from its reels", "other history
    societies are on Facebook", "every hotel in Lisbon has an Instagram",
    "our competitor Brightwell posts daily", "a friend's pottery studio fills
    its workshops through Instagram", "everyone else in our sector is on
    LinkedIn", "it worked for the florist on our street"; and the idioms of
    following ("we can't afford to fall behind", "jump on the bandwagon").

    Not reported: a sentence that studies others to learn or to find a gap
    ("we studied three rival firms to find the gap", "unlike the other
    spaces, we answer within the hour"), including a lesson in the next
    sentence; others named and then dismissed ("..., but that isn't why we're
    joining", "..., but they are clear that this is not what prompted it",
    "I'm unconvinced that matters"); the organization's own experience or
    branches ("our other branch already runs a page"); its customers'
    reports; others as the route by which someone found the organization
    ("found us through other florists' posts"); and a requirement on
    everyone ("requires every branch to ...") or by a body ("the Executive
    Team has asked ..."), which is box checking.

    ## Why it hurts
    Another organization's success says little about this one: different
    customers, offer, people and budget, and usually a visible result with
    invisible years of work behind it. "Goals vs. outcomes, box checking and
    bandwagon leaps (untitled article)" lists the bandwagon leap, copying an
    organization that seemed to do well, among the root causes of floundering,
    and
    "Why So Many Small Businesses Get Social Media Wrong & Some Ideas to Get
    It Right" warns that some platforms will work and others not, depending
    on the business, its market and its people, whatever is working for
    others.

    ## Example
    ```yaml
    motivation: All the other breweries in town are on TikTok and doing great.
    ```

    ## Use instead
    ```yaml
    motivation: >-
      Weeknights are empty and our table cards say regulars plan their week
      from Facebook events.
    ```
    """
    finder = bandwagon_finder(phrases(options), phrases(options, "learning_phrases"))
    return report(plan, learned.judging("bandwagon-leap", options), finder,
                  "other organizations being there or doing well there is the reason given",
                  '{what} follows what others do instead of a reason of its own: {role}: '
                  '"{sentence}"',
                  "Give the organization's own reason: which customers are there, what the "
                  "research shows. Others' results can inform tactics, not replace a reason.",
                  explained_by=_IMAGE_AS_REASON)


#: The image frames, with their own phrases: "to be seen alongside the fashionable names"
#: names others, but how the organization looks is the reason, which is SMA203's finding.
_IMAGE_AS_REASON = image_finder(BRAGGING, IMAGE)
