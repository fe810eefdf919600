"""The rule SMA002 schema.

A value does not match the plan format (type, unknown key, enum, duration, date).

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``schema`` below, which ``smaudit explain SMA002`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.rule import rule


@rule(code="SMA002", slug="schema", severity="error", area="plan",
      summary="A value does not match the plan format (type, unknown key, enum, duration, date).",
      effort="low", impact="medium")
def schema(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A value that does not match plan format v1: a wrong type, a key the format
    does not have (with a "did you mean" when one is close), a value outside
    a fixed list, a duration or date that cannot be read, a content mix that
    does not add up to 100. One finding per problem, at the node.

    ## Why it hurts
    A misspelled section is a section the plan silently lacks: `buisness_goals`
    looks like goals to a reader but every rule sees a plan without any. Schema
    findings keep the other rules honest.

    ## Example
    ```yaml
    buisness_goals:
      - id: leads
        statement: Win catering orders
    team:
      - name: Maria
        hours_per_week: ten
    ```

    ## Use instead
    ```yaml
    business_goals:
      - id: leads
        statement: Win catering orders
    team:
      - name: Maria
        hours_per_week: 10
    ```
    """
    from smaudit.model.schema import check_schema

    return check_schema(plan, options)
