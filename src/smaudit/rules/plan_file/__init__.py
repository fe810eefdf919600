"""Built-in plugin: the plan-file rules SMA001-SMA007.

SMA001 (syntax) and SMA006 (limits) are reported by the loader, SMA005 by the
suppression pass; they are registered here so that they have metadata,
documentation and configurable severities like every other rule. SMA002,
SMA003, SMA004 and SMA007 check the loaded plan.

One module per rule, named by its slug. This package is the built-in plugin registered as
``smaudit.builtin.plan_file``, the name findings have always shown.
"""

from __future__ import annotations

from smaudit.loading.hookspecs import hookimpl


@hookimpl
def smaudit_register_rules(register):
    """Register the rules, in catalog order; their modules load only now."""
    from smaudit.rules.plan_file.dangling_reference import dangling_reference
    from smaudit.rules.plan_file.duplicate import duplicate
    from smaudit.rules.plan_file.plan_too_large import plan_too_large
    from smaudit.rules.plan_file.schema import schema
    from smaudit.rules.plan_file.unfinished_plan import unfinished_plan
    from smaudit.rules.plan_file.unused_suppression import unused_suppression
    from smaudit.rules.plan_file.yaml_syntax import yaml_syntax

    for each in (yaml_syntax, schema, dangling_reference, duplicate, unused_suppression,
                 plan_too_large, unfinished_plan):
        register(each)
