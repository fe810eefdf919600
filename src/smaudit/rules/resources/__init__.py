"""Built-in plugin: the resources rules SMA601-SMA604, written in Python.

Each of them weighs several sections against each other (the team against
channel and service owners, the budget against the hours people give, the
goals against the advertising money), which a declarative pack rule, that
judges one selected node at a time, cannot express.

One module per rule, named by its slug; what several of them share is in
``shared``. This package is the built-in plugin registered as
``smaudit.builtin.resources``, the name findings have always shown.
"""

from __future__ import annotations

from smaudit.loading.hookspecs import hookimpl


@hookimpl
def smaudit_register_rules(register):
    """Register the rules, in catalog order; their modules load only now."""
    from smaudit.rules.resources.free_lunch import free_lunch
    from smaudit.rules.resources.leads_without_ads import leads_without_ads
    from smaudit.rules.resources.no_owner import no_owner
    from smaudit.rules.resources.overloaded_owner import overloaded_owner

    for each in (no_owner, overloaded_owner, free_lunch, leads_without_ads):
        register(each)
