"""The rule SMA504 sales-without-ecommerce.

A sales goal while the organization cannot sell online and runs no paid ads.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``sales_without_ecommerce`` below, which ``smaudit explain SMA504``
shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.prose import goal_roles
from smaudit.model.prose.cues import compile_cues
from smaudit.model.prose.facts import has_paid_advertising, sells_online
from smaudit.model.prose.phrasing import phrase_options, phrases, quote
from smaudit.model.rule import rule

SALES_PHRASES = (
    "sales",
    "revenue",
    "turnover",
    "profit*",
    "(sell|sells|selling|sold) (out|more|through|online)",
    "(sell|selling) (our|more of|every|each|all)",
    "(more|online|web|shop|store|product|retail) (orders|purchases)",
    "(orders|purchases) (from|through|via|on) (social|instagram|facebook|tiktok|pinterest"
    "|our page|the page)",
    "(buy|purchase|order) (from us|online|directly|through|via|on instagram|on facebook)",
    "make (money|more money)",
    "(ring|rings) the till",
    "(basket|cart) size",
)
"""Default cues for SMA504: a goal that is about selling."""


@rule(code="SMA504", slug="sales-without-ecommerce", severity="warning", area="expectations",
      summary="A sales goal while the organization cannot sell online and runs no paid ads.",
      options=phrase_options("phrases", SALES_PHRASES, "goals that are about selling"),
      sources=("000",), effort="high", impact="high")
def sales_without_ecommerce(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A business goal of type `sales`, or one whose statement is about selling
    ("increase sales", "sell out every release"), while
    `organization.sells_online` is not true and no channel runs paid
    advertising (nor does `budget.advertising` set money aside for it). Goals
    typed `lead_generation` are the recommended way to frame sales and are
    not reported. Nor is a goal its author typed as something else whose
    sale is one part beside another thing customers do ("staff every stall
    with volunteers and sell out the tombola", typed `community`): that
    other objective is what the goal is about.

    ## Why it hurts
    "Your SMB is a Success, So Why is Your Social Media a Failure?" explains
    that without a way to buy online and without paid promotion, social
    media reaches sales only indirectly, through relationships, reputation
    and recommendations. A sales goal then has no mechanism behind it: the
    numbers will not move, and the channel gets blamed for it.

    ## Example
    ```yaml
    organization: {name: Rosa's Bakery, sells_online: false}
    business_goals:
      - id: sales
        statement: Increase cake sales by 20%
        type: sales
    ```

    ## Use instead
    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering inquiries from offices within 5 km
        type: lead_generation
    ```
    Or add the mechanism: an online shop (`sells_online: true`) or paid
    promotion on a channel (`paid: {monthly_budget: 250}`).
    """
    if sells_online(plan) or has_paid_advertising(plan):
        return
    cues = compile_cues(phrases(options))
    for pointer, goal in plan.items("business_goals"):
        kind = goal.get("type")
        if kind == "lead_generation":
            continue
        statement = goal.get("statement")
        found = cues.find(statement) if isinstance(statement, str) and cues.phrases else None
        if kind == "sales":
            node, why = join(pointer, "type"), "is a sales goal"
        elif found is not None and kind and _sale_is_a_part(statement, found.text):
            continue
        elif found is not None:
            node, why = join(pointer, "statement"), f"is about sales (\"{quote(found.text)}\")"
        else:
            continue
        name = goal.get("id") or "a goal"
        yield Violation(
            message=f"goal {name!s} {why}, but customers cannot buy online and no channel runs "
                    "paid advertising",
            pointer=node,
            hint="Aim social media at a step it can move (leads, visits, inquiries), or add "
                 "the mechanism: online ordering or paid promotion.",
        )


#: Where a goal statement joins one objective to the next: "staff every stall ... and
#: sell out the raffle".
_CONJUNCTS = re.compile(r",|;|\band\b|\bplus\b|\bas\s+well\s+as\b", re.IGNORECASE)


def _sale_is_a_part(statement: str, cue: str) -> bool:
    """Whether a goal's sale is one part of it beside another objective customers carry
    out ("staff every stall with parent volunteers and sell out the raffle"). For a goal
    its author typed as something other than sales, the other objective is what the goal
    is about, and social media has a mechanism for it; a statement that is only the sale
    ("increase sales by 20%") is still a sales statement, whatever its type."""
    for part in _CONJUNCTS.split(statement):
        if cue.lower() in part.lower() or not part.strip():
            continue
        if goal_roles.business_gain(" ".join(part.lower().split())):
            return True
    return False
