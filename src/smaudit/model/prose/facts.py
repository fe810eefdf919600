"""Facts about a plan that several rules weigh: money for ads, online selling, numbers,
the channels that are running.

Kept in one place so that, say, "the plan pays for advertising" means the same
to the rule on leads without ads as to the rules on ROI and sales expectations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from smaudit.model import compiled_patterns
from smaudit.model.plan import Plan

_NUMBER = compiled_patterns.compile(
    r"\s*[$€£]?\s*(\d+(?:[.,]\d+)?)\s*(?:%|h|hrs?|hours?|[a-z]{3})?\s*", re.IGNORECASE)


def number(value: Any) -> float | None:
    """A number from a number or a numeric string ("8", "8 h", "$250"), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        found = _NUMBER.fullmatch(value)
        if found:
            result = float(found.group(1).replace(",", "."))
            return result if result - result == 0 else None  # "1" and 400 zeros is infinite
    return None


def has_paid_advertising(plan: Plan) -> bool:
    """Whether any money goes to advertising on social media: `budget.advertising`, a
    channel's `paid` block (without an amount, or with one above zero), or an advertising
    tactic paid out of a monthly budget that does not say how much of it is advertising."""
    budget = plan.section("budget")
    if (number(budget.get("advertising")) or 0) > 0:
        return True
    for _, channel in plan.items("channels"):
        paid = channel.get("paid")
        if paid is True:
            return True
        if isinstance(paid, dict) and paid and (
                "monthly_budget" not in paid or (number(paid["monthly_budget"]) or 0) > 0):
            return True
    if "advertising" not in budget and (number(budget.get("monthly")) or 0) > 0:
        return any(t.get("type") == "advertising" for _, t in plan.items("tactics"))
    return False


def sells_online(plan: Plan) -> bool:
    """Whether the plan says customers can buy online (absent counts as no)."""
    return plan.section("organization").get("sells_online") is True


def is_paused(channel: dict) -> bool:
    """Whether a channel is on hold (``status: paused``, in any case)."""
    status = channel.get("status")
    return isinstance(status, str) and status.strip().lower() == "paused"


def active_channels(plan: Plan) -> Iterator[tuple[str, dict]]:
    """``(pointer, channel)`` for each channel that is not paused.

    A paused channel is one the plan has deliberately put on hold: nobody
    posts there, so nobody needs to answer there (SMA302), it needs no owner
    or cadence (SMA503), and it takes none of the team's hours (SMA207).
    Planned channels (and those without a status) count as running.
    """
    for pointer, channel in plan.items("channels"):
        if not is_paused(channel):
            yield pointer, channel
