"""Built-in plugin: the tactics rules SMA701-SMA705, written in Python.

Every one of them judges a field against its siblings (a `conversion`
missing only on giveaways, a `brand_affinity` only on influencer tactics, a
content mix weighed category by category), or the tactics against the
channels and goals, which a declarative pack rule, judging one selected node
at a time, cannot express.

One module per rule, named by its slug; what several of them share is in
``shared``. This package is the built-in plugin registered as
``smaudit.builtin.tactics``, the name findings have always shown.
"""

from __future__ import annotations

from smaudit.rules.area import area_rules

smaudit_register_rules = area_rules(
    "tactics.giveaway_without_conversion",
    "tactics.funnel_skip",
    "tactics.influencer_without_affinity",
    "tactics.no_call_to_action",
    "tactics.hard_sell",
)
