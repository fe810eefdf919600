"""The rule SMA106 no-strategy.

Channels are listed but no strategy says how they serve the goals.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``no_strategy`` below, which ``smaudit explain SMA106`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose import learned
from smaudit.model.prose.blank import is_blank
from smaudit.model.prose.goal_roles import sentences, strategy_substance
from smaudit.model.rule import rule


def _channels(plan: Plan) -> bool:
    value = plan.data.get("channels") if isinstance(plan.data, dict) else None
    return isinstance(value, list) and bool(value)


@rule(code="SMA106", slug="no-strategy", severity="info", area="goals",
      summary="Channels are listed but no strategy says how they serve the goals.",
      options=learned.OPTION,
      sources=("001",), effort="medium", impact="medium")
def no_strategy(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan that has channels but no `strategy`, an empty or placeholder one
    ("TBD", "TODO: ..."), or a hollow one: a strategy that names nobody it
    reaches and nothing anyone is asked to do ("post regularly and engage",
    "be everywhere and build the brand", "great content, consistently"). A
    strategy counts as saying something when it asks its audience to act
    (book, order, sign up, come back, request a quote, download) or names
    particular people it reaches ("office managers", "lapsed members"),
    however short; "engage with all comers" or "chat to any visitors" names
    no one in particular.

    ## Why it hurts
    Between a goal and a post there has to be a plan of attack: whom to reach,
    with what, and what they should do next. "Why Small Businesses Fail at
    Social Media" describes the chain as goal, then strategy, then tactics;
    skipping the middle link leaves a list of accounts and a hope. A strategy
    that only promises activity ("post daily, stay consistent") is the same
    gap in more words: nobody can check whether the channels can deliver it.

    ## Example
    ```yaml
    strategy: Post regularly, stay consistent and engage with the community.
    channels:
      - platform: instagram
        goals: [catering-leads]
    ```

    ## Use instead
    ```yaml
    strategy: >-
      Show office managers our platters on LinkedIn and Instagram, and ask
      them to request a tasting box for their next meeting.
    ```
    """
    if not _channels(plan):
        return
    strategy = plan.get("/strategy")
    if is_blank(strategy):
        yield Violation(
            message="the plan lists channels but no strategy saying how they serve the goals",
            pointer="/strategy",
            hint=_STRATEGY_HINT,
        )
        return
    if not isinstance(strategy, str):
        return
    hollow = strategy_substance(strategy) is None
    quoted = learned.hollow_quote(learned.judging("no-strategy", options), strategy,
                                  next(sentences(strategy)).quote() if hollow else None)
    if quoted is None:
        return
    yield Violation(
        message="the strategy says nothing about how social media serves the goals: "
                f"\"{quoted}\" names nobody it reaches and nothing they are asked "
                "to do",
        pointer="/strategy",
        hint=_STRATEGY_HINT,
    )


_STRATEGY_HINT = ("Add a strategy: one or two sentences on how social media moves each goal "
                  "(who you reach, with what, and what you ask them to do).")
