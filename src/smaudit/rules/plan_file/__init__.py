"""Built-in plugin: the plan-file rules SMA001-SMA007.

SMA001 (syntax) and SMA006 (limits) are reported by the loader, SMA005 by the
suppression pass; they are registered here so that they have metadata,
documentation and configurable severities like every other rule. SMA002,
SMA003, SMA004 and SMA007 check the loaded plan.

One module per rule, named by its slug. This package is the built-in plugin registered as
``smaudit.builtin.plan_file``, the name findings have always shown.
"""

from __future__ import annotations

from smaudit.rules.area import area_rules

smaudit_register_rules = area_rules(
    "plan_file.yaml_syntax",
    "plan_file.schema",
    "plan_file.dangling_reference",
    "plan_file.duplicate",
    "plan_file.unused_suppression",
    "plan_file.plan_too_large",
    "plan_file.unfinished_plan",
)
