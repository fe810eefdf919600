"""Third-party rules run after the built-in ones and cannot take the plan from them.

Every rule sees the same ``Plan``. The plan is frozen, so ``plan.data`` cannot
be replaced, but its content is plain dicts and lists: a plugin's rule that
empties a top-level section would silently take findings from every rule
after it. So built-in rules run first, and each third-party rule's check is
wrapped: if it changed the plan's top level, the top level is put back and
the rule fails with an error naming it (the engine reports it with its
plugin). The check costs a shallow copy of a dozen keys per
third-party rule and file; built-in rules are not wrapped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any


class PlanChanged(Exception):
    """A rule changed the plan it was given to check."""


class GuardedRule:
    """A rule whose ``check`` may not change the plan's top level; everything else
    (code, slug, docs, ...) is the wrapped rule's."""

    __slots__ = ("rule",)

    def __init__(self, rule: Any) -> None:
        self.rule = rule

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rule, name)

    def check(self, plan: Any, options: Mapping[str, Any]) -> Any:
        data = plan.data
        saved = dict(data) if isinstance(data, dict) else None
        try:
            returned = self.rule.check(plan, options)
            if not isinstance(returned, Iterable) or isinstance(returned, (str, bytes)):
                return returned  # junk: the engine says what a check must return
            return list(returned)
        finally:
            changed = _changed(data, saved)
            if changed:
                data.clear()
                data.update(saved)
                raise PlanChanged(f"check() {changed}; rules must not change the plan")


def _changed(data: Any, saved: dict | None) -> str | None:
    if saved is None:
        return None
    if len(data) != len(saved) or any(data.get(k, saved) is not v for k, v in saved.items()):
        return "changed the top level of plan.data"
    return None


def guarded(rules: Iterable[Any]) -> tuple:
    """``ActiveRule``s with the built-in ones first and the others guarded."""
    rules = tuple(rules)
    builtin = [a for a in rules if a.builtin]
    others = [replace(a, rule=GuardedRule(a.rule)) for a in rules if not a.builtin]
    return (*builtin, *others)
