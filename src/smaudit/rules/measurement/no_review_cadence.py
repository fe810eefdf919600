"""The rule SMA405 no-review-cadence.

No timeline.review_cadence, or reviews less often than quarterly.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``no_review_cadence`` below, which ``smaudit explain SMA405`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.durations import QUARTER, parse_cadence_hours
from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.rule import rule


@rule(code="SMA405", slug="no-review-cadence", severity="warning", area="measurement",
      summary="No timeline.review_cadence, or reviews less often than quarterly.",
      options={"max_cadence": {"type": ["string", "number"], "default": "quarterly",
                               "description": "The longest acceptable time between reviews "
                                              "(a cadence name or a duration)."}},
      sources=("003",), effort="low", impact="medium")
def no_review_cadence(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan without `timeline.review_cadence`, or with one longer than
    `max_cadence` (quarterly, 13 weeks, by default): "6 months", "yearly".

    ## Why it hurts
    "Why So Many Small Businesses Get Social Media Wrong & Some Ideas to Get It
    Right" stresses that some platforms and tactics will work for a business
    and others will not, and the only way to know is to look at what works
    and adjust. A plan that is never reviewed keeps spending time on what
    does not work and never doubles down on what does.

    ## Example
    ```yaml
    timeline:
      start: 2027-01-01
      expect_results_within: 9 months
      review_cadence: 6 months
    ```

    ## Use instead
    ```yaml
    timeline:
      start: 2027-01-01
      expect_results_within: 9 months
      review_cadence: monthly
    ```
    """
    limit = parse_cadence_hours(options.get("max_cadence")) or QUARTER
    value = plan.section("timeline").get("review_cadence")
    if value is None or (isinstance(value, str) and not value.strip()):
        yield Violation(
            message="the plan never says how often results are reviewed",
            pointer="/timeline/review_cadence",
            hint="Add `timeline.review_cadence` (monthly suits most plans) and adjust the plan "
                 "at each review.",
        )
        return
    hours = parse_cadence_hours(value)
    if hours is not None and hours > limit:
        limit_name = options.get("max_cadence")
        yield Violation(
            message=f"results are reviewed only every {value}, less often than {limit_name}",
            pointer="/timeline/review_cadence",
            hint="Review at least quarterly (monthly is better) so what does not work is "
                 "dropped early.",
        )
