"""The rule SMA303 slow-response.

No promised response time, or one longer than a day.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``slow_response`` below, which ``smaudit explain SMA303`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.durations import parse_duration
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.prose.blank import is_blank
from smaudit.model.rule import rule
from smaudit.rules.service.shared import MAX_RESPONSE, _limit


@rule(code="SMA303", slug="slow-response", severity="warning", area="service",
      summary="No promised response time, or one longer than a day.",
      options={"max_response_time": MAX_RESPONSE},
      sources=("004", "003"), effort="medium", impact="medium")
def slow_response(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A `customer_service` section without a `response_time`, or with one
    longer than `max_response_time` (24 hours by default; a business day
    counts as 24 hours, so "1 business day" is within the limit). A plan with
    no `customer_service` section is reported by SMA301 instead.

    ## Why it hurts
    Answering quickly is one of the few things social media does better than
    any other channel: "Why So Many Small Businesses Get Social Media Wrong &
    Some Ideas to Get It Right" names a faster customer response among its
    real benefits, and "Goals vs. outcomes, box checking and bandwagon leaps
    (untitled article)" says a business that values service has to answer
    online. A question left for days is a customer lost in public.

    ## Example
    ```yaml
    customer_service:
      platforms: [facebook]
      response_time: 3 days
    ```

    ## Use instead
    ```yaml
    customer_service:
      platforms: [facebook]
      response_time: 4h
      hours: Mon-Fri 9-17
    ```
    """
    service = plan.section("customer_service")
    if not service:
        return
    value = service.get("response_time")
    if is_blank(value):
        yield Violation(
            message="customer service promises no response time",
            pointer="/customer_service/response_time",
            hint="Promise a first answer within a day (4h is better) and staff it: "
                 "`response_time: 4h`.",
        )
        return
    hours, limit = parse_duration(value), _limit(options)
    if hours is not None and hours > limit:
        shown = options.get("max_response_time")
        written = f"{value:g} days" if isinstance(value, int | float) else value
        yield Violation(
            message=f"customers wait up to {written} for a first answer, longer than {shown}",
            pointer="/customer_service/response_time",
            hint=f"Answer within {shown}: name who covers the inbox, and when.",
        )
