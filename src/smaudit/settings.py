"""The resolved settings of a run and which rules they turn on.

``Settings`` is what the config file and the command line boil down to;
``active_rules`` applies it to the registry: selection by code, slug or
prefix, severity overrides, and options merged over each rule's defaults and
checked against the rule's options schema. Reading and validating config
files lives in ``config.py``; this module only interprets the result.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from smaudit.errors import ConfigError
from smaudit.loader import Limits
from smaudit.model import Severity
from smaudit.registry import Registry
from smaudit.rule import Rule, option_defaults

OFF = "off"


@dataclass(frozen=True, slots=True)
class RuleSetting:
    """What the user set for one rule: a severity (or ``off``) and options."""

    severity: Severity | str | None = None  # a Severity, "off", or None (default)
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything that decides what a run checks and how it reports."""

    source: str | None = None
    rules: Mapping[str, RuleSetting] = field(default_factory=dict)
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    plugins: tuple[str, ...] = ()
    disable_plugins: tuple[str, ...] = ()
    rules_packs: tuple[str, ...] = ()
    include: tuple[str, ...] = ("*.yaml", "*.yml", "*.json")
    exclude: tuple[str, ...] = ()
    per_file: tuple[tuple[str, Mapping[str, RuleSetting]], ...] = ()
    fail_on: Severity | None = Severity.WARNING  # None: never fail on findings
    score_weights: Mapping[str, float] = field(default_factory=dict)
    limits: Limits = field(default_factory=Limits)
    base_dir: str = "."


@dataclass(frozen=True, slots=True)
class ActiveRule:
    """A rule as this run will execute it: final severity and merged options."""

    code: str
    rule: Rule
    plugin: str
    severity: Severity
    options: Mapping[str, Any]


def _codes(registry: Registry, names: tuple[str, ...], what: str) -> set[str]:
    codes: set[str] = set()
    for name in names:
        found = registry.select(name)
        if not found:
            raise ConfigError(f"{what}: no rule matches {name!r}" + _did_you_mean(registry, name))
        codes.update(found)
    return codes


def _did_you_mean(registry: Registry, name: str) -> str:
    import difflib

    close = difflib.get_close_matches(name.lower(), list(registry.slugs), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def validate_options(rule: Rule, options: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Merge ``options`` over the rule's defaults, checked against its schema."""
    merged = {**option_defaults(rule.options_schema), **options}
    if options:
        from smaudit.options import check_options

        problem = check_options(rule.options_schema, merged)
        if problem:
            raise ConfigError(f"{where}: rule {rule.code} ({rule.slug}) option {problem}")
    return merged


def active_rules(registry: Registry, settings: Settings, path: str | None = None
                 ) -> tuple[ActiveRule, ...]:
    """The rules that run on ``path``, with severities and options applied."""
    enabled = set(registry.rules)
    if settings.select:
        enabled = _codes(registry, settings.select, "select")
    enabled |= _codes(registry, settings.extend_select, "extend-select")
    enabled -= _codes(registry, settings.ignore, "ignore")
    overrides: dict[str, RuleSetting] = {}
    layers = [settings.rules]
    if path is not None:
        layers += [rules for glob, rules in settings.per_file if _matches(path, glob)]
    for layer in layers:
        for name, setting in layer.items():
            code = registry.resolve(name)
            if code is None:
                raise ConfigError(f"rules: unknown rule {name!r}" + _did_you_mean(registry, name),
                                  path=settings.source)
            previous = overrides.get(code, RuleSetting())
            overrides[code] = RuleSetting(
                severity=setting.severity if setting.severity is not None else previous.severity,
                options={**previous.options, **setting.options},
            )
    active = []
    for code in sorted(enabled):
        entry = registry.rules[code]
        setting = overrides.get(code, RuleSetting())
        if setting.severity == OFF:
            continue
        severity = Severity.parse(setting.severity) if setting.severity else entry.rule.severity
        options = validate_options(entry.rule, setting.options, settings.source or "config")
        active.append(ActiveRule(code, entry.rule, entry.plugin, severity, options))
    return tuple(active)


def _matches(path: str, glob: str) -> bool:
    normalized = path.replace("\\", "/")
    return fnmatch.fnmatch(normalized, glob) or fnmatch.fnmatch(normalized.lstrip("./"), glob)
