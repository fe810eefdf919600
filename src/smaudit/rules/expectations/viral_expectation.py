"""The rule SMA502 viral-expectation.

Expectations, goals or motivation counting on content going viral.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``viral_expectation`` below, which ``smaudit explain SMA502`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose import learned
from smaudit.model.prose.cues import compile_cues
from smaudit.model.prose.expectation_roles import read, spread_roles
from smaudit.model.prose.phrasing import phrase_options, phrases
from smaudit.model.rule import rule

VIRAL_PHRASES: tuple[str, ...] = ()
"""Extra cues for SMA502 (none by default: ``expectation_roles.spread_roles`` reads
the sentence). A cue a user adds counts as a hope of virality."""


@rule(code="SMA502", slug="viral-expectation", severity="warning", area="expectations",
      summary="Expectations, goals or motivation counting on content going viral.",
      options={**learned.OPTION,
               **phrase_options("phrases", VIRAL_PHRASES, "hopes of virality")},
      sources=("000",), effort="low", impact="medium")
def viral_expectation(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    Expectations, motivation, goals, the strategy or a channel rationale
    that count on content spreading by itself, however it is said: going
    viral; a clip that "takes off", "catches on", "snowballs" or "sweeps
    the country"; posts shared "everywhere", "by thousands", "without us
    paying a cent"; a mass audience expected to see it ("the whole city will
    know us", "a million views", "in front of millions"); a chain of
    sharing ("each one tags three friends, they tag three more"); a whole
    population passing it on ("the whole valley will be sharing it",
    "everybody forwards it") or seeing it ("seen by the majority of
    households"); "widely shared without paid promotion"; one hit counted
    on; trending. Spread named as a bonus or ruled out ("if a post
    takes off, lovely, but we plan on steady posts", "we don't count on
    anything going viral", "going viral isn't the plan"), told as past ("a
    clip did the rounds last spring"), sharing the plan organises ("our 20
    partner schools share the poster") and "viral" in a medical sense do
    not count.

    ## Why it hurts
    "Your SMB is a Success, So Why is Your Social Media a Failure?" calls the
    belief in cheap, instant, viral returns unreal: virality cannot be
    scheduled, and a plan that relies on it has no working path to its goal
    when (as almost always) the post does not take off. Worse, chasing it
    pulls content away from the customers the business actually serves.

    ## Example
    ```yaml
    expectations:
      - One great video could rack up millions of plays and make us famous.
    ```

    ## Use instead
    ```yaml
    expectations:
      - Steady weekly posts that our customers save and share with friends;
        200 newsletter sign-ups from social by December.
    ```
    """
    for found in read(plan, spread_roles, compile_cues(phrases(options)),
                      judgement=learned.judging("viral-expectation", options)):
        what = found.role.what or f"the cue \"{found.role.words}\""
        yield Violation(
            message=f"{found.field} counts on content spreading by itself ({what}): "
                    f"\"{found.sentence}\"",
            pointer=found.pointer,
            hint="Plan for steady, useful content and a measurable path to the goal; treat "
                 "a post that spreads as a bonus, not the plan.",
        )
