"""The rule SMA302 uncovered-platform.

A channel's platform where nobody answers customer questions.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``uncovered_platform`` below, which ``smaudit explain SMA302`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.facts import active_channels
from smaudit.model.rule import rule
from smaudit.rules.service.shared import _platforms


@rule(code="SMA302", slug="uncovered-platform", severity="warning", area="service",
      summary="A channel's platform where nobody answers customer questions.",
      options={"except_platforms": {
          "type": "array", "items": {"type": "string"}, "default": ["blog", "email"],
          "description": "Platforms that need no customer service coverage of their own."}},
      sources=("004",), effort="medium", impact="high")
def uncovered_platform(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A channel whose platform is missing from `customer_service.platforms`:
    the business posts there, but nobody is meant to answer the questions and
    complaints that arrive there. The blog and email are excepted by default
    (`except_platforms`), and so are paused channels (`status: paused`). A
    plan with no customer service platforms at all is reported by SMA301
    instead.

    ## Why it hurts
    Customers do not take questions to the channel a business prefers; they
    ask where they saw the post. "Goals vs. outcomes, box checking and
    bandwagon leaps (untitled article)" points out how rarely businesses
    that claim service as a value answer their audience online. An unanswered
    question in public is read by every later visitor as the answer.

    ## Example
    ```yaml
    channels:
      - platform: facebook
      - platform: linkedin
    customer_service:
      platforms: [facebook]
    ```

    ## Use instead
    ```yaml
    customer_service:
      platforms: [facebook, linkedin]
    ```
    """
    covered = _platforms(plan.section("customer_service").get("platforms"))
    if not covered:
        return
    excepted = _platforms(options.get("except_platforms") or [])
    for pointer, channel in active_channels(plan):
        platform = channel.get("platform")
        if not isinstance(platform, str) or not platform.strip():
            continue
        name = platform.strip().lower()
        if name in covered or name in excepted:
            continue
        yield Violation(
            message=f"customers who ask on {platform} get no answer: it is not among "
                    "customer_service.platforms",
            pointer=join(pointer, "platform"),
            hint=f"Add {platform} to customer_service.platforms and check it as often as "
                 "the others, or stop posting there.",
        )
