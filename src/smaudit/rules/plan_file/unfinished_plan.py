"""The rule SMA007 unfinished-plan.

The plan still holds placeholders (TODO, TBD, n/a, lorem ipsum).

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``unfinished_plan`` below, which ``smaudit explain SMA007`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.blank import is_placeholder
from smaudit.model.rule import rule


def _placeholders(data: Any) -> tuple[int, str, str]:
    """How many text values are placeholders, and the pointer and text of the first in
    document order (``""``, ``""`` when none is).

    Every text of the plan is visited, but only the first placeholder's pointer is
    reported, so the walk keeps the keys above it in one list and builds no pointer
    until it finds that placeholder: a plan holds a few hundred texts and nearly none
    is one."""
    path: list[str | int] = []
    count = 0
    first = ("", "")

    def visit(node: dict | list) -> None:
        nonlocal count, first
        is_map = isinstance(node, dict)
        for key, value in node.items() if is_map else enumerate(node):
            if isinstance(value, str):
                if is_placeholder(value):
                    count += 1
                    if count == 1:
                        first = (join("", *path, str(key) if is_map else key), value)
            elif isinstance(value, (dict, list)):
                path.append(str(key) if is_map else key)
                visit(value)
                path.pop()

    if isinstance(data, dict | list):
        visit(data)
    elif isinstance(data, str) and is_placeholder(data):
        return 1, "", data
    return (count, *first)


@rule(code="SMA007", slug="unfinished-plan", severity="warning", area="plan",
      summary="The plan still holds placeholders (TODO, TBD, n/a, lorem ipsum).",
      options={"max_placeholders": {
          "type": "integer", "minimum": 0, "default": 2,
          "description": "More placeholders than this make the finding an error: the plan "
                         "is still a template."}},
      effort="medium", impact="high")
def unfinished_plan(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan with text values that are placeholders rather than content: "TODO:
    ...", "TBD", "n/a", "to be decided", "lorem ipsum", "xxx", "[your
    research here]". One finding per plan, at the first placeholder, with the
    count; more than two placeholders (option `max_placeholders`) make it an
    error, since the plan is then still a template. `smaudit init` writes its
    starter plan with TODO lines, so an untouched starter plan is reported.

    ## Why it hurts
    A placeholder is a decision not yet taken. Every rule counts it as
    missing, but most rules judge one field each, so a plan full of TODO lines
    could otherwise pass most checks on the strength of its structure alone
    and look nearly ready. The readiness score should say what a consultant
    would: this is a draft.

    ## Example
    ```yaml
    motivation: "TODO: why social media, in your customers' words"
    strategy: TBD
    audience:
      research: n/a
    ```

    ## Use instead
    ```yaml
    motivation: Office managers ask us for catering photos they can share.
    strategy: >-
      Show office managers our platters on LinkedIn and ask them to request
      a tasting box for their next meeting.
    audience:
      research: Counter survey of 120 customers in September.
    ```
    """
    found, pointer, text = _placeholders(plan.data)
    if not found:
        return
    where = pointer.lstrip("/").replace("/", ".") or "the plan"
    count = f"{found} placeholders" if found > 1 else "a placeholder"
    yield Violation(
        message=f"the plan still holds {count}, first at {where} "
                f"(\"{' '.join(text.split())[:60]}\"): it is a draft, not yet a plan",
        pointer=pointer,
        hint="Replace each TODO, TBD or n/a with what is true for the organization; "
             "a field that does not apply can be left out.",
        escalate=found > options.get("max_placeholders", 2),
    )
