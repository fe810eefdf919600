"""The rule SMA704 no-call-to-action.

A tactic that does not ask its audience to do anything.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``no_call_to_action`` below, which ``smaudit explain SMA704`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose.blank import is_blank
from smaudit.model.rule import rule
from smaudit.rules.tactics.shared import _kind, _name

# --------------------------------------------------------------------------
# SMA704


@rule(code="SMA704", slug="no-call-to-action", severity="info", area="tactics",
      summary="A tactic that does not ask its audience to do anything.",
      options={
          "exempt_types": {
              "type": "array", "items": {"type": "string"}, "default": ["listening"],
              "description": "Tactic types that address no audience and need no call to "
                             "action."},
      },
      sources=("000",), effort="low", impact="low")
def no_call_to_action(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A tactic without a `call_to_action`, or with a placeholder one ("TBD",
    "none"). Tactics of the types in `exempt_types` (default: `listening`,
    which monitors rather than addresses anyone) are not checked.

    ## Why it hurts
    "Your SMB is a Success, So Why is Your Social Media a Failure?" observes
    that the social tactics with positive, measurable results nearly always
    give the audience a mission: join, send, share, give. A tactic that asks
    for nothing gets nothing measurable back, and its success can only be
    guessed from likes.

    ## Example
    ```yaml
    tactics:
      - name: Liquid nitrogen Fridays
        type: content
        channels: [tiktok, youtube]
    ```

    ## Use instead
    ```yaml
    tactics:
      - name: Liquid nitrogen Fridays
        type: content
        channels: [tiktok, youtube]
        call_to_action: Book a lab tour on our spring visit day
    ```
    """
    exempt = set(options.get("exempt_types") or ())
    for pointer, tactic in plan.items("tactics"):
        if _kind(tactic) in exempt or not is_blank(tactic.get("call_to_action")):
            continue
        yield Violation(
            message=f"tactic {_name(tactic, '')} does not ask its audience to do anything "
                    "(no `call_to_action`)".replace("  ", " "),
            pointer=join(pointer, "call_to_action"),
            hint="Give the audience one simple, concrete thing to do: book, join, share, "
                 "sign up, come by.",
        )
