"""The rule SMA205 no-audience-research.

No research into who the customers are and where they are online.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``no_audience_research`` below, which ``smaudit explain SMA205`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose import learned
from smaudit.model.prose.blank import is_blank
from smaudit.model.prose.goal_roles import research_substance, sentences
from smaudit.model.rule import rule


@rule(code="SMA205", slug="no-audience-research", severity="warning", area="channels",
      summary="No research into who the customers are and where they are online.",
      options={**learned.OPTION, "min_length": {
          "type": "integer", "minimum": 0, "default": 20,
          "description": "Research shorter than this many characters counts as missing."}},
      sources=("000", "003"), effort="high", impact="high")
def no_audience_research(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan with no `audience` section, no `audience.research`, research
    shorter than 20 characters (option `min_length`), a placeholder ("TBD",
    "N/A", "TODO: ..."), or research that says nothing: no concrete fact
    about the customers and no way it was learned ("our customers are
    everyone", "people who like good food", "we know our customers well"). A
    survey, records, interviews or analytics count as a way it was learned; a
    share, an age, a count or a named platform that a particular segment
    uses count as a fact. A guessed figure ("maybe 30 to 60, I think", "pretty
    sure most are locals", "it is assumed that ..."), an age that says only
    "adults" ("anyone over 18", "aged 16 to 90"), what anyone does on a phone
    ("they live on social media") and a platform everyone is said to be on do
    not.

    ## Why it hurts
    Choosing platforms and content without knowing the customers is guessing.
    "Your SMB is a Success, So Why is Your Social Media a Failure?" puts
    understanding the consumer (their affinities, what they do, say and share
    online) at the start of any social effort, and "Why So Many Small
    Businesses Get Social Media Wrong & Some Ideas to Get It Right" credits
    the businesses that succeed with doing the research into what works for
    them. Research that only describes the customers in general terms gives a
    reviewer nothing to check the channel choices against.

    ## Example
    ```yaml
    audience:
      research: Our customers are people who love good food.
    ```

    ## Use instead
    ```yaml
    audience:
      research: >-
        Counter survey of 120 customers in September; 64% follow food
        accounts on Instagram, office managers plan events on LinkedIn.
    ```
    """
    audience = plan.get("/audience")
    research = audience.get("research") if isinstance(audience, dict) else None
    limit = options.get("min_length", 20)
    if is_blank(research) or (isinstance(research, str) and len(research.strip()) < limit):
        yield Violation(
            message="the audience research is missing or too thin to show who the customers "
                    "are and where they are online",
            pointer="/audience/research",
            hint=_RESEARCH_HINT,
        )
        return
    if not isinstance(research, str):
        return
    hollow = research_substance(research) is None
    quoted = learned.hollow_quote(learned.judging("no-audience-research", options), research,
                                  next(sentences(research)).quote() if hollow else None)
    if quoted is None:
        return
    yield Violation(
        message=f"the audience research says nothing concrete: \"{quoted}\" states "
                "no fact about the customers and no way it was learned",
        pointer="/audience/research",
        hint=_RESEARCH_HINT,
    )


_RESEARCH_HINT = ("Write down what is known about the customers and how it was learned: a "
                  "counter survey, booking records, a CRM field, interviews.")
