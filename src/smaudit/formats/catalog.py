"""The rule catalog: rule metadata for formats and reports (``rule_meta``), and
its rendering for ``smaudit rules`` and ``smaudit explain``."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from smaudit.formats import RuleMeta
from smaudit.formats.rule_page import render_rule_page
from smaudit.model.rule import Rule


def rule_meta(registry: Any) -> dict[str, RuleMeta]:
    """What formats and the client report know of each registered rule, by code."""
    return {
        code: RuleMeta(code=code, slug=entry.rule.slug, severity=entry.rule.severity.label,
                       area=entry.rule.area, summary=entry.rule.summary, plugin=entry.plugin,
                       docs=entry.rule.docs, sources=tuple(entry.rule.sources),
                       url=getattr(entry.rule, "docs_url", None) or ("" if entry.builtin else None),
                       effort=getattr(entry.rule, "effort", None),
                       impact=getattr(entry.rule, "impact", None))
        for code, entry in sorted(registry.rules.items())
    }


class LazyRuleMeta(Mapping):
    """Rule metadata built on first access: text and JSON output never need it, so a
    run answered from the cache does not load the plugins to print its findings."""

    def __init__(self, linter: Any) -> None:
        self._linter = linter
        self._rules: dict | None = None

    def _load(self) -> dict:
        if self._rules is None:
            self._rules = rule_meta(self._linter.registry)
        return self._rules

    def __getitem__(self, code: str) -> RuleMeta:
        return self._load()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


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
    (``smaudit.formats.rule_page``), so the terminal and the reference never disagree."""
    return "\n".join(render_rule_page(rule, plugin)) + "\n"
