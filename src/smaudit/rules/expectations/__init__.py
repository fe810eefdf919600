"""Built-in plugin: the expectations rules SMA501-SMA504.

SMA501 and SMA502 read prose (expectations, motivation, goals, strategy,
channel rationales) for hopes a consultant would talk a client out of. They
read roles, not phrases: the sentence frames, word classes and clause
scoping they share with SMA404 (``smaudit.rules.measurement``) live in
``expectation_roles``, so all three agree on which fields are read and on
what a negation, a hedge or a contrast cancels.

One module per rule, named by its slug. This package is the built-in plugin registered as
``smaudit.builtin.expectations``, the name findings have always shown.
"""

from __future__ import annotations

from smaudit.rules.area import area_rules

smaudit_register_rules = area_rules(
    "expectations.overnight_expectation",
    "expectations.viral_expectation",
    "expectations.set_and_forget",
    "expectations.sales_without_ecommerce",
)
