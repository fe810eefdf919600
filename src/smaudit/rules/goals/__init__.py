"""Built-in plugin: the goals rules written in Python (SMA102-SMA104, SMA106, SMA205).

SMA102 and SMA103 read a goal statement for its object: a social-media
quantity, money, or something customers do (the roles and their frames are
in ``goal_roles``). The same words ("followers", "sales") appear in healthy
goals that use social media as the means to a business result ("turn local
followers into consultations", "grow sales through 30 new catering
leads"), so the statement is weighed as a whole: any customer behaviour in
it makes the goal a business goal. SMA104 checks two keys of each goal at
once. SMA106 and SMA205 ask whether the strategy and the audience research
say anything at all: a hollow text counts as missing.

Rules simple enough to be a selector and a condition (SMA101, SMA105) live
in the declarative pack `goals.yaml` (in this folder) instead.

One module per rule, named by its slug; what several of them share is in
``shared``. This package is the built-in plugin registered as
``smaudit.builtin.goals``, the name findings have always shown.
It also registers ``no_audience_research`` from ``channels/``, as it always has
(findings of that rule name this plugin).
"""

from __future__ import annotations

from smaudit.rules.area import area_rules

smaudit_register_rules = area_rules(
    "goals.social_as_strategy",
    "goals.outcome_as_goal",
    "goals.unmeasurable_goal",
    "goals.no_strategy",
    "channels.no_audience_research",
)
