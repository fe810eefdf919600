"""Rendering the rule catalog: ``smaudit rules`` and ``smaudit explain``."""

from __future__ import annotations

import json
from collections.abc import Mapping

from smaudit.formatters import RuleMeta
from smaudit.rule import Rule
from smaudit.rule_page import render_rule_page


def render_rules(rules: Mapping[str, RuleMeta], fmt: str) -> str:
    """Every rule as a table (text), a JSON list, or a markdown table."""
    if fmt == "json":
        rows = [{"code": m.code, "slug": m.slug, "severity": m.severity, "area": m.area,
                 "summary": m.summary, "plugin": m.plugin, "sources": list(m.sources),
                 "url": m.help_uri} for m in rules.values()]
        return json.dumps(rows, indent=2) + "\n"
    if fmt == "markdown":
        lines = ["| code | slug | severity | area | finds |", "|---|---|---|---|---|"]
        lines += [f"| {m.code} | `{m.slug}` | {m.severity} | {m.area} | {m.summary} |"
                  for m in rules.values()]
        return "\n".join(lines) + "\n"
    width = max((len(m.slug) for m in rules.values()), default=10)
    lines = [f"{m.code}  {m.slug:<{width}}  {m.severity:<7}  {m.area:<12}  {m.summary}"
             for m in rules.values()]
    return "\n".join(lines) + "\n"


def render_explain(rule: Rule, plugin: str) -> str:
    """A rule's full documentation as markdown: the page ``docs/rules/`` publishes
    (``smaudit.rule_page``), so the terminal and the reference never disagree."""
    return "\n".join(render_rule_page(rule, plugin)) + "\n"
