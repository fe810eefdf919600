"""The public path of the ``@rule`` decorator and the rule types, for plugins.

They live in :mod:`smaudit.model.rule`; this module only re-exports them,
so ``from smaudit.rule import ...`` in a plugin keeps working."""

from __future__ import annotations

from smaudit.model.rule import (
    CODE,
    DOC_SECTIONS,
    LEVELS,
    RULE_AREAS,
    SLUG,
    ActiveRule,
    FunctionRule,
    Rule,
    RuleDefinitionError,
    RuleDocs,
    check_definition,
    fence_yaml,
    option_defaults,
    rule,
    source_location,
)

__all__ = [
    "CODE",
    "DOC_SECTIONS",
    "LEVELS",
    "RULE_AREAS",
    "SLUG",
    "ActiveRule",
    "FunctionRule",
    "Rule",
    "RuleDefinitionError",
    "RuleDocs",
    "check_definition",
    "fence_yaml",
    "option_defaults",
    "rule",
    "source_location",
]
