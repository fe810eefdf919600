"""The rule SMA004 duplicate.

A duplicate mapping key, goal id, member name or channel platform.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``duplicate`` below, which ``smaudit explain SMA004`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.rule import rule


@rule(code="SMA004", slug="duplicate", severity="error", area="plan",
      summary="A duplicate mapping key, goal id, member name or channel platform.",
      effort="low", impact="medium")
def duplicate(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    The same mapping key twice in one mapping, two goals with one `id`, two team
    members with one `name`, two channels for one `platform`. Reported at the
    second occurrence, naming the line of the first.

    ## Why it hurts
    YAML keeps only one of two equal keys, so half of what was written is
    silently lost; two goals or members with one name make every reference to
    them ambiguous; two channels on one platform split one audience's
    attention and one owner's time without saying why.

    ## Example
    ```yaml
    channels:
      - platform: instagram
        cadence: 3/week
      - platform: instagram
        cadence: daily
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: instagram
        cadence: 3/week
    ```
    """
    for pointer, span, first in plan.duplicates:
        key = pointer.rsplit("/", 1)[-1]
        yield Violation(
            message=f"duplicate key {key!r}: already defined at line {first.line}; "
                    "YAML keeps only one of them",
            pointer=pointer, span=span,
            hint="Merge the two entries into one.",
        )
    for section, key, what in (("business_goals", "id", "goal id"), ("team", "name", "member"),
                               ("channels", "platform", "channel platform")):
        seen: dict[str, str] = {}
        for pointer, item in plan.items(section):
            value = item.get(key)
            if not isinstance(value, str):
                continue
            node = join(pointer, key)
            if value in seen:
                first_line = plan.locate(seen[value]).line
                yield Violation(
                    message=f"duplicate {what} {value!r}: already declared at line {first_line}",
                    pointer=node,
                    hint=f"Give each entry of {section} a distinct {key}, or merge them.",
                )
            else:
                seen[value] = node
