"""The rule SMA001 yaml-syntax.

The file is not valid YAML, not UTF-8, empty, or not a mapping at top level.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``yaml_syntax`` below, which ``smaudit explain SMA001`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.rule import rule


@rule(code="SMA001", slug="yaml-syntax", severity="error", area="plan",
      summary="The file is not valid YAML, not UTF-8, empty, or not a mapping at top level.",
      effort="low", impact="high")
def yaml_syntax(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan file that cannot be read as a plan: invalid YAML (reported at the
    parser's position), bytes that are not UTF-8, an empty file, more than one
    YAML document, or a top level that is a list or a single value instead of
    a mapping of sections.

    ## Why it hurts
    Nothing else can be checked until the file can be read. A plan that does
    not parse also fails in every other tool the team uses on it (editors,
    review diffs, dashboards), so it is reported first and at the exact spot.

    ## Example
    ```yaml
    organization:
      name: Rosa's Bakery
     industry: food   # one space too few: not valid YAML
    ```

    ## Use instead
    ```yaml
    organization:
      name: Rosa's Bakery
      industry: food
    ```
    """
    return iter(())
