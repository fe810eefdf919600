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

from smaudit.loading.hookspecs import hookimpl


@hookimpl
def smaudit_register_rules(register):
    """Register the rules, in catalog order; their modules load only now."""
    from smaudit.rules.expectations.overnight_expectation import overnight_expectation
    from smaudit.rules.expectations.sales_without_ecommerce import sales_without_ecommerce
    from smaudit.rules.expectations.set_and_forget import set_and_forget
    from smaudit.rules.expectations.viral_expectation import viral_expectation

    for each in (overnight_expectation, viral_expectation, set_and_forget,
                 sales_without_ecommerce):
        register(each)
