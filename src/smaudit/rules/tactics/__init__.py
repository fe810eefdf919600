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

from smaudit.loading.hookspecs import hookimpl


@hookimpl
def smaudit_register_rules(register):
    """Register the rules, in catalog order; their modules load only now."""
    from smaudit.rules.tactics.funnel_skip import funnel_skip
    from smaudit.rules.tactics.giveaway_without_conversion import giveaway_without_conversion
    from smaudit.rules.tactics.hard_sell import hard_sell
    from smaudit.rules.tactics.influencer_without_affinity import influencer_without_affinity
    from smaudit.rules.tactics.no_call_to_action import no_call_to_action

    for each in (giveaway_without_conversion, funnel_skip, influencer_without_affinity,
                 no_call_to_action, hard_sell):
        register(each)
