"""The rule SMA702 funnel-skip.

Asking for leads or sales with nothing that builds know, like and trust first.

Its documentation (what it finds, why it hurts, an example, what to write instead) is
the docstring of ``funnel_skip`` below, which ``smaudit explain SMA702`` shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan, join
from smaudit.model.rule import rule
from smaudit.rules.tactics.shared import Selling, _kind, _mix, _name, selling_options

# --------------------------------------------------------------------------
# SMA702


@rule(code="SMA702", slug="funnel-skip", severity="warning", area="tactics",
      summary="Asking for leads or sales with nothing that builds know, like and trust first.",
      options={
          "trust_tactic_types": {
              "type": "array", "items": {"type": "string"},
              "default": ["content", "community", "event", "customer_service"],
              "description": "Tactic types that build know, like and trust."},
          "trust_goal_types": {
              "type": "array", "items": {"type": "string"},
              "default": ["awareness", "community", "customer_engagement"],
              "description": "Goal types whose tactics build know, like and trust."},
          **selling_options("promotional content-mix categories and tactic names"),
      },
      sources=("004",), effort="medium", impact="medium")
def funnel_skip(plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
    """
    ## What it finds
    A plan that asks for leads (a `lead_capture` or `social_selling` tactic,
    or a `lead_generation` goal) while nothing in it builds an audience's
    trust first: no `content`, `community`, `event` or `customer_service`
    tactic (the option `trust_tactic_types`) that is not itself a sales
    push, no tactic serving an awareness, community or engagement goal, and
    no channel whose `content_mix` holds anything but promotion. A plan that
    states neither tactics nor content mixes is left to the rules that ask
    for those.

    ## Why it hurts
    "Goals vs. outcomes, box checking and bandwagon leaps (untitled article)"
    draws the funnel and describes the businesses that jump straight to the
    leads: nobody wants your e-book before they know who you are and like
    what they see. Know, like and trust come in that order and cannot be
    skipped, so a plan made only of offers and sign-up forms gets ignored,
    and its owners conclude that social media does not work.

    ## Example
    ```yaml
    channels:
      - platform: facebook
        content_mix: {promotional: 70, offers: 30}
    tactics:
      - name: Free home valuation
        type: lead_capture
    ```

    ## Use instead
    ```yaml
    channels:
      - platform: facebook
        content_mix: {market_updates: 40, neighbourhood_stories: 30, promotional: 30}
    tactics:
      - name: Monthly market report
        type: content
      - name: Free home valuation
        type: lead_capture
    ```
    """
    selling = Selling(options)
    tactics = list(plan.items("tactics"))
    goals = list(plan.items("business_goals"))
    asks = [(join(p, "type"), f"tactic {_name(t, '')} ({_kind(t).replace('_', ' ')})")
            for p, t in tactics if _kind(t) in ("lead_capture", "social_selling")]
    asks += [(join(p, "type"), f"goal {g['id'] if isinstance(g.get('id'), str) else ''} "
                               "(lead generation)")
             for p, g in goals if _kind(g) == "lead_generation"]
    if not asks:
        return
    channels = list(plan.items("channels"))
    mixes = [_mix(channel, selling) for _, channel in channels]
    if not tactics and not any(total for _, _, total in mixes):
        return  # nothing said about what is posted: no evidence either way
    trust_types = set(options.get("trust_tactic_types") or ())
    trust_goal_types = set(options.get("trust_goal_types") or ())
    trust_goal_ids = {g["id"] for _, g in goals
                      if isinstance(g.get("id"), str) and _kind(g) in trust_goal_types}
    for _, tactic in tactics:
        served = tactic.get("goals") if isinstance(tactic.get("goals"), list) else []
        if _kind(tactic) in trust_types and not selling(tactic.get("name")):
            return
        if trust_goal_ids.intersection(g for g in served if isinstance(g, str)):
            return
    if any(share > 0 for _, other, _ in mixes for _, share in other):
        return
    pointer, what = asks[0]
    mixed = sum(1 for _, _, total in mixes if total)
    content = ("every channel's content mix is promotion" if mixed == len(channels) and mixed
               else "no channel's content mix holds anything but promotion" if mixed
               else "no channel states a content mix beyond promotion")
    yield Violation(
        message=f"{' '.join(what.split())} asks for leads, but no tactic builds know, like "
                f"and trust first and {content}",
        pointer=pointer,
        hint="Add content, community or event tactics (useful tips, stories, answers to "
             "questions) and give each channel a mix that is mostly not promotion, before "
             "asking for contact details.",
    )
