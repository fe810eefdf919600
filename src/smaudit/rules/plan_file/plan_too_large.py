"""The rule SMA006 plan-too-large.

Input over the limits: size, nesting depth, aliases resolved or values.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``plan_too_large`` below, which ``smaudit explain SMA006`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.rule import rule


@rule(code="SMA006", slug="plan-too-large", severity="error", area="plan",
      summary="Input over the limits: size, nesting depth, aliases resolved or values.",
      effort="medium", impact="high")
def plan_too_large(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A file over the input limits: larger than 2 MiB, nested more than 64 levels
    deep, resolving more than 10,000 aliases, or holding more than 20,000 values
    (a real plan has a few hundred). The file is not linted further. The limits
    can be changed under `limits` in the configuration.

    ## Why it hurts
    No social media plan comes near these limits; a file that does is
    generated, corrupted or hostile (an "alias bomb" that expands to billions
    of nodes). Stopping early keeps a CI job from hanging or running out of
    memory on it.

    ## Example
    ```yaml
    a: &a [x, x, x, x, x, x, x, x, x]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    # ... and so on: nine times more at every level
    ```

    ## Use instead
    Write the plan out plainly; split a genuinely large document into several
    plan files.
    """
    return iter(())
