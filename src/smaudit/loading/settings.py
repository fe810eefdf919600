"""The resolved settings of a run and which rules they turn on.

``Settings`` is what the config file and the command line boil down to;
``active_rules`` applies it to the registry: selection by code, slug or
prefix, severity overrides, and options merged over each rule's defaults and
checked against the rule's options schema. Reading and validating config
files lives in ``config.py``; this module only interprets the result.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from smaudit.loading.loader import Limits
from smaudit.model.errors import ConfigError
from smaudit.model.findings import Severity
from smaudit.model.rule import ActiveRule, Rule, option_defaults
from smaudit.model.suggest import closest_rule

if TYPE_CHECKING:
    from smaudit.loading.registry import Registry

__all__ = ["ActiveRule", "Origin", "RuleSetting", "Settings", "active_rules", "origin_key",
           "validate_options"]

OFF = "off"


@dataclass(frozen=True, slots=True)
class RuleSetting:
    """What the user set for one rule: a severity (or ``off``) and options."""

    severity: Severity | str | None = None  # a Severity, "off", or None (default)
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a setting was written (config file and 1-based line), so that a
    mistake only the rule registry can detect still points at its line."""

    path: str
    line: int | None = None


def origin_key(*parts: str) -> str:
    """The key of ``Settings.origins`` for one setting: ``origin_key("rules", "SMA003")``,
    ``origin_key("per_file", "drafts/*", "SMA003")``, ``origin_key("select", "SMA2")``."""
    return "\0".join(parts)


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
    report: Mapping[str, str] = field(default_factory=dict)
    """The ``report:`` section (consultant, logo, accent, notes), files made absolute."""
    limits: Limits = field(default_factory=Limits)
    rule_timeout: float = 5.0
    """Seconds one rule may take on one file before it is reported as crashed."""
    base_dir: str = "."
    origins: Mapping[str, Origin] = field(default_factory=dict)
    """Where each rule name and selector came from (see ``origin_key``);
    names missing here were given on the command line or through the API."""


def _did_you_mean(registry: Registry, name: str) -> str:
    close = closest_rule(name, registry.rules, registry.slugs)
    return f"; did you mean {close!r}?" if close else ""


def _raise(settings: Settings, key: str, message: str) -> None:
    """Raise a ``ConfigError`` located where ``key`` was set (file and line)."""
    origin = settings.origins.get(key)
    if origin is not None:
        raise ConfigError(message, path=origin.path, line=origin.line)
    raise ConfigError(message, path=settings.source)


def _codes(registry: Registry, settings: Settings, what: str) -> set[str]:
    """The codes the selectors of ``what`` (select, extend_select, ignore) name.

    A selector without an origin came from the command line (``--select``)
    and is reported as such, without pointing at the config file.
    """
    codes: set[str] = set()
    for name in getattr(settings, what):
        found = registry.select(name)
        if not found:
            key = origin_key(what, name)
            message = (f"no rule matches {name!r} (a code, slug, code prefix or ALL; "
                       "`smaudit rules` lists them)" + _did_you_mean(registry, name))
            if key not in settings.origins:
                raise ConfigError(f"--{what.replace('_', '-')}: {message}")
            _raise(settings, key, f"{what}: {message}")
        codes.update(found)
    return codes


def validate_options(rule: Rule, options: Mapping[str, Any], where: str, *,
                     path: str | None = None, line: int | None = None) -> dict[str, Any]:
    """Merge ``options`` over the rule's defaults, checked against its schema.

    ``where`` names the setting in the message (``rules.slow-response``);
    ``path`` and ``line`` locate it, since the rule registry is only known
    after the config file was read.
    """
    merged = {**option_defaults(rule.options_schema), **options}
    if options:
        key = (rule.code, id(rule), repr(sorted(merged.items())))
        if key in _VALID_OPTIONS:
            return merged
        from smaudit.model.options import check_options

        problem = check_options(rule.options_schema, merged)
        if problem:
            raise ConfigError(f"{where}: rule {rule.code} ({rule.slug}): {problem}",
                              path=path, line=line)
        _VALID_OPTIONS.add(key)
    return merged


_VALID_OPTIONS: set[tuple[str, int, str]] = set()
"""Options already found valid: with ``per_file``, rules are resolved once per
file, and a schema check per file and rule would cost more than linting."""


def _layers(settings: Settings) -> Iterator[tuple[tuple[str, ...], str, Mapping[str, RuleSetting]]]:
    """Every block of rule settings: (origin key prefix, label, settings)."""
    yield ("rules",), "rules", settings.rules
    for glob, rules in settings.per_file:
        yield ("per_file", glob), f"per_file[{glob!r}]", rules


def _resolve_layer(registry: Registry, settings: Settings, prefix: tuple[str, ...],
                   label: str, layer: Mapping[str, RuleSetting]) -> dict[str, RuleSetting]:
    """Rule settings keyed by code, each name and its options checked and located."""
    resolved: dict[str, RuleSetting] = {}
    for name, setting in layer.items():
        key = origin_key(*prefix, name)
        code = registry.resolve(name)
        if code is None:
            _raise(settings, key, f"{label}: unknown rule {name!r} (a code or slug; "
                   "`smaudit rules` lists them)" + _did_you_mean(registry, name))
        assert code is not None
        if setting.options:
            origin = settings.origins.get(key) or Origin(settings.source or "config")
            validate_options(registry.rules[code].rule, setting.options, f"{label}.{name}",
                             path=origin.path, line=origin.line)
        previous = resolved.get(code, RuleSetting())
        resolved[code] = _merge(previous, setting)
    return resolved


def _merge(base: RuleSetting, over: RuleSetting) -> RuleSetting:
    """``over`` on top of ``base``: its severity if it sets one, options merged."""
    return RuleSetting(
        severity=over.severity if over.severity is not None else base.severity,
        options={**base.options, **over.options},
    )


def active_rules(registry: Registry, settings: Settings, path: str | None = None
                 ) -> tuple[ActiveRule, ...]:
    """The rules that run on ``path``, with severities and options applied.

    Every rule name in ``rules`` and in every ``per_file`` block is checked,
    whether or not the block applies to ``path``, so a typo is reported on
    the first run rather than on the first run over a matching file.
    """
    enabled = set(registry.rules)
    if settings.select:
        enabled = _codes(registry, settings, "select")
    enabled |= _codes(registry, settings, "extend_select")
    enabled -= _codes(registry, settings, "ignore")
    overrides: dict[str, RuleSetting] = {}
    for prefix, label, layer in _layers(settings):
        resolved = _resolve_layer(registry, settings, prefix, label, layer)
        if prefix[0] == "rules" or (path is not None and _matches(path, prefix[1],
                                                                   settings.base_dir)):
            for code, setting in resolved.items():
                overrides[code] = _merge(overrides.get(code, RuleSetting()), setting)
    active = []
    for code in sorted(enabled):
        entry = registry.rules[code]
        setting = overrides.get(code, RuleSetting())
        if setting.severity == OFF:
            continue
        severity = Severity.parse(setting.severity) if setting.severity else entry.rule.severity
        options = validate_options(entry.rule, setting.options, settings.source or "config")
        active.append(ActiveRule(code, entry.rule, entry.plugin, severity, options,
                                  entry.builtin))
    return tuple(active)


def _matches(path: str, glob: str, base_dir: str = ".") -> bool:
    """Whether a ``per_file`` glob covers ``path``.

    The glob is tried against the path as given, without a leading ``./``,
    relative to ``base_dir`` (the directory of the configuration), and, for
    a glob without ``/``, against the file name alone.
    """
    normalized = path.replace("\\", "/")
    candidates = {normalized}
    while normalized.startswith("./"):
        normalized = normalized[2:]
        candidates.add(normalized)
    try:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(base_dir))
    except ValueError:  # another drive on Windows
        relative = ""
    if relative and not relative.startswith(".."):
        candidates.add(relative.replace("\\", "/"))
    if "/" not in glob:
        candidates.add(normalized.rsplit("/", 1)[-1])
    return any(fnmatch.fnmatch(candidate, glob) for candidate in candidates)
