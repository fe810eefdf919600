"""The rule SMA201 box-checking.

The motivation or a channel rationale is a mandate, not a reason.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``box_checking`` below, which ``smaudit explain SMA201`` shows.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose import channel_roles as roles
from smaudit.model.prose import learned
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule
from smaudit.rules.channels.shared import (
    BANDWAGON,
    LEARNING,
    Finder,
    _cue,
    bandwagon_finder,
    report,
)

#: Fixed idioms of doing it for its own sake (the mandate-giver and directive
#: frames are in `channel_roles`; these are the phrases a user can replace).
BOX_CHECKING = (
    "(tick|check|ticking|checking|ticked|checked) (the|a|that|this|another|off a|off the) box*",
    "box (ticking|checking|ticked|checked|exercise)",
    "(tick|ticking|ticked|ticks) (it|that|this|them|one) off",
    "(tick box|checkbox|check box) (exercise|item)",
    "for the sake of (it|having|being|presence|social)",
    "presence for (its own sake|the sake of it)",
    "(just|simply|only|merely) (to|so|for) ... presence",
    "to (have|maintain|keep) (a|an|some) presence",
    "(so|so that) (we|you|they) (have|has) (a|an|some) presence",
    "so (we|that we) can say (we|that we|we're|we've)",
    "(because|since|as) (we|you|one) (should|must|have to|need to|ought to)",
    "(part of|added to|landed on|dumped on) (my|our|her|his|their) (job description|job spec"
    "|duties|remit|responsibilities|plate|desk|to-do list)",
    "(to|must|in order to|so we|so that we|we) comply",
    "(for|out of) compliance",
    "(the|a) done thing",
    "(pick|picked|assigned|appointed|nominated|drafted|delegated) (someone|somebody|a person"
    "|an intern|the intern|a volunteer|one of us) (to|who|for)",
)


@functools.lru_cache(maxsize=16)  # one finder per set of phrases: it names kept answers
def mandate_finder(cues: tuple[str, ...]) -> Finder:
    """A mandate role, else an idiom; neither counts when the field also gives
    a customer reason."""

    def find(text: str, rationale: bool) -> tuple[str, str] | None:
        role = roles.mandate(text, rationale=rationale)
        if role is not None:
            return role.says, role.sentence
        found = _cue(cues, text)
        if found is None or roles.customer_reason(text):
            return None
        return f"{found[0]} is the only reason given", found[1]

    return find


@rule(code="SMA201", slug="box-checking", severity="warning", area="channels",
      summary="The motivation or a channel rationale is a mandate, not a reason.",
      options={**learned.OPTION,
               **phrase_options("phrases", BOX_CHECKING,
                                "doing it for its own sake, added to the mandate frames")},
      sources=("004",), effort="low", impact="medium")
def box_checking(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A `motivation`, or a channel `rationale`, whose only reason is an order:
    someone with authority over the organization (an owner, a board, head
    office, a franchisor, a funder, a landlord, a regulator, a new CEO, "the
    boss") or a document that binds it (a policy, a contract, a grant
    condition, a box on a form) wants, asks, tells, requires or expects it to
    be on social media, and the field names no customer reason. The giver is
    recognised by its place in the sentence, not by a list of titles: "the
    area coordinator wants us on Instagram", "we were asked by the chair to",
    "at the request of the vice-chancellor", "a condition of the festival
    funding", "every store needs an Instagram account", "it's expected of
    us", "to tick the box". The obligation may take any shape: passive on
    every member ("all member shops are required to"), causative ("makes
    every tenant post"), reported into a paper ("has written into our
    contract that we must"), a noun ("membership comes with an obligation
    to"), or a decision closed to discussion ("the trustees called it: we're
    on Facebook, end of discussion"). In a channel `rationale` the platform
    is implied, so "the managing partner asked for it" counts there.

    Not reported: a mandate that comes with what customers do or said, or
    what research found ("head office wants us there because our buyers save
    ideas there"); a denied or rejected one ("nobody at head office asked for
    this", "we're not doing this just because the board said so"); a
    directive about something other than social media ("the owner wants the
    shop full on Tuesdays"); a duty about how to serve ("the contract says
    we must reply within a day"); and the organization's own people as a
    whole ("the team wants one plan").

    ## Why it hurts
    A plan made to satisfy a mandate is judged by whether the accounts
    exist, not by what they achieve, and usually lands on someone with no
    time set aside. "Goals vs. outcomes, box checking and bandwagon
    leaps (untitled article)" names box checking first among the reasons
    organizations flounder in social media: a board decides the organization
    ought to be on social media and the job goes to whoever is nearest. The
    order may be real, but the plan still needs a reason the customers would
    recognise.

    ## Example
    ```yaml
    motivation: The board said it's time we got on social media.
    channels:
      - platform: facebook
        rationale: Required for all branches under the new policy.
    ```

    ## Use instead
    ```yaml
    motivation: >-
      Parents ask at the desk whether storytime is on this week; most of them
      are in the town's Facebook parents group.
    channels:
      - platform: facebook
        rationale: The parents group is where families check what is on.
    ```
    """
    return report(plan, learned.judging("box-checking", options), mandate_finder(phrases(options)),
                  "an order, or being there because one is supposed to be, is the only "
                  "reason given",
                  '{what} gives a mandate, not a reason: {role}: "{sentence}"',
                  "Say what the organization and its customers gain from being there; if "
                  "the only reason is the order, agree goals with whoever gave it.",
                  explained_by=_explained_otherwise)


#: The bandwagon frames, with their own phrases: "all the other parks have a page, so we
#: must have one" gives others' example as the reason, which is SMA202's finding.
_OTHERS_AS_REASON = bandwagon_finder(BANDWAGON, LEARNING)


def _explained_otherwise(text: str, rationale: bool) -> bool:
    """Whether the frames read in a text something other than an order: others' example
    as the reason (SMA202's), or the wish of the organization's own people ("the team
    wants one plan instead of posting whenever someone has a spare minute")."""
    return roles.own_people_wish(text) or _OTHERS_AS_REASON(text, rationale) is not None
