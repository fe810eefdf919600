"""The rule SMA005 unused-suppression.

A suppression comment that suppressed nothing.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``unused_suppression`` below, which ``smaudit explain SMA005`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.rule import rule


@rule(code="SMA005", slug="unused-suppression", severity="info", area="plan",
      summary="A suppression comment that suppressed nothing.", effort="low", impact="low")
def unused_suppression(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A `# smaudit: disable=...` comment (or `disable-file=`) that suppressed no
    finding: the problem it waived has been fixed, the rule name is wrong, or
    the comment sits on the wrong line.

    ## Why it hurts
    A stale waiver hides the next real problem at that spot and tells readers
    the plan has an exception it no longer has. Waivers should be as visible
    and as short-lived as the problems they excuse.

    ## Example
    ```yaml
    customer_service:
      response_time: 4h  # smaudit: disable=slow-response -- pilot staffing
    ```

    ## Use instead
    ```yaml
    customer_service:
      response_time: 4h
    ```
    """
    return iter(())  # reported by the suppression pass, which sees every finding
