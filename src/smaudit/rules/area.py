"""The hook every built-in area's plugin implements: its Python rules, in catalog order.

Each area's ``__init__`` is a plugin of its own (``smaudit.builtin.goals``, ...: the
name findings, SARIF and ``smaudit plugins`` show) and differs from the others only
in the rules it lists, so the hook is written once, here, and each area makes its
own with ``area_rules``. A rule's module loads only when the hook is called, so a
run answered from the cache, or ``smaudit --version``, imports none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from smaudit.loading.hookspecs import hookimpl


def area_rules(*modules: str) -> Callable[[Callable[[Any], None]], None]:
    """An area plugin's ``smaudit_register_rules``: registers the rule of each of
    ``modules`` in the order given (the catalog's).

    :param modules: rule modules under ``smaudit.rules``, as ``"goals.no_strategy"``;
        each holds one rule, the function named like its module (and like the rule's
        slug, see "Where things go" in docs/architecture.md).
    """

    @hookimpl
    def smaudit_register_rules(register: Callable[[Any], None]) -> None:
        """Register the area's rules, in catalog order; their modules load only now."""
        for name in modules:
            register(getattr(import_module(f"smaudit.rules.{name}"), name.rpartition(".")[2]))

    return smaudit_register_rules
