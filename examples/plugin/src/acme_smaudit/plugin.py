"""The plugin module named by the ``smaudit`` entry point.

It implements three hooks: a Python rule, a rule pack, and a plan section of
its own. Nothing else is needed: smaudit finds it through the entry point.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from smaudit import hookimpl
from smaudit.model import Violation
from smaudit.plan import Plan
from smaudit.rule import rule


@rule(code="ACME101", slug="no-crisis-contact", severity="warning", area="service",
      summary="Channels are planned but nobody is named to call when a post causes a storm.",
      sources=("Acme Consulting crisis playbook",), effort="low", impact="high",
      docs_url="https://acme.example/smaudit/no-crisis-contact")
def no_crisis_contact(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan with channels but no `x-acme.crisis_contact`: nobody is named to
    decide what to do when a post or a complaint goes badly wrong.

    ## Why it hurts
    In our engagements the first hour of a social media storm decides how long
    it lasts. Teams that must first find out who may answer lose that hour.

    ## Example
    ```yaml
    channels:
      - platform: instagram
    ```

    ## Use instead
    Name one person, with a phone number, who decides what to do when a post
    or a complaint goes badly wrong.

    ```yaml
    channels:
      - platform: instagram
    x-acme:
      crisis_contact: Maria Lopez, +1 555 0100
    ```
    """
    if not plan.data.get("channels"):
        return
    section = plan.data.get("x-acme")
    if not isinstance(section, dict) or not section.get("crisis_contact"):
        yield Violation(
            message="no crisis contact: nobody is named to handle a post or complaint that "
                    "goes badly wrong",
            pointer="/x-acme/crisis_contact",
            hint="Add `x-acme: {crisis_contact: NAME and phone}`.",
        )


@hookimpl
def smaudit_register_rules(register):
    register(no_crisis_contact)


@hookimpl
def smaudit_rule_packs() -> list[Path]:
    return [Path(__file__).with_name("rules.yaml")]


@hookimpl
def smaudit_plan_schema() -> dict[str, Any]:
    return {
        "x-acme": {
            "type": "object",
            "description": "Acme Consulting's additions to the plan.",
            "additionalProperties": False,
            "properties": {
                "crisis_contact": {"type": "string",
                                   "description": "Who decides in a social media crisis."},
                "approval_required": {"type": "boolean",
                                      "description": "Whether posts need sign-off."},
            },
        }
    }
