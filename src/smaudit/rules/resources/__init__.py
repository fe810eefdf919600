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

from smaudit.rules.area import area_rules

smaudit_register_rules = area_rules(
    "resources.no_owner",
    "resources.overloaded_owner",
    "resources.free_lunch",
    "resources.leads_without_ads",
)
