"""The rule SMA304 no-listening.

Nothing monitored beyond direct messages: no listening, no listening tactic.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``no_listening`` below, which ``smaudit explain SMA304`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose.blank import is_blank
from smaudit.model.rule import rule


@rule(code="SMA304", slug="no-listening", severity="warning", area="service",
      summary="Nothing monitored beyond direct messages: no listening, no listening tactic.",
      sources=("001", "002"), effort="medium", impact="medium")
def no_listening(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan with channels that neither says what it monitors
    (`customer_service.listening`) nor has a tactic of type `listening`.

    ## Why it hurts
    Most of what customers say about a business is not said to it. "Why Small
    Businesses Fail at Social Media" suggests searching for posts about the
    company or the problems it solves and joining those conversations;
    "#2 Piece of Advice For SMBs is Social Media – Also Most Frustrating" puts
    listening first among the jobs a dedicated person has to do. A plan that
    only broadcasts misses complaints, questions and easy openings.

    ## Example
    ```yaml
    customer_service:
      platforms: [instagram]
      response_time: 4h
    ```

    ## Use instead
    ```yaml
    customer_service:
      platforms: [instagram]
      response_time: 4h
      listening: Mentions of the bakery, "office catering" near us, and reviews.
    ```
    """  # noqa: RUF002 - the article title has an en dash
    data = plan.data if isinstance(plan.data, dict) else {}
    if not data.get("channels"):
        return
    if not is_blank(plan.section("customer_service").get("listening")):
        return
    if any(t.get("type") == "listening" for _, t in plan.items("tactics")):
        return
    yield Violation(
        message="nobody listens beyond direct messages: no customer_service.listening and no "
                "listening tactic",
        pointer="/customer_service/listening",
        hint="Say what is monitored and how often: mentions of the business, its name "
             "misspelled, questions about the problems it solves, reviews.",
    )
