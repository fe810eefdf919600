"""The rule and format registry: what the plugins registered, checked for clashes.

The registry asks every plugin's hooks once, tags each rule with the plugin
that registered it, compiles rule packs, and refuses duplicate codes or
slugs with a message naming both plugins. Everything after this (config,
selection, the engine, ``smaudit rules``) reads rules from here only.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smaudit.errors import ConfigError
from smaudit.plugins import PluginFailure, PluginSet
from smaudit.rule import CODE, SLUG, Rule

if TYPE_CHECKING:
    from smaudit.packs import Pack


@dataclass(frozen=True, slots=True)
class RegisteredRule:
    """A rule together with the name of the plugin that registered it."""

    rule: Rule
    plugin: str
    builtin: bool = False


@dataclass
class Registry:
    """All rules and formats available in this run."""

    plugins: PluginSet
    rules: dict[str, RegisteredRule] = field(default_factory=dict)
    slugs: dict[str, str] = field(default_factory=dict)
    formats: dict[str, Any] = field(default_factory=dict)
    format_plugins: dict[str, str] = field(default_factory=dict)
    schema_sections: dict[str, Mapping[str, Any]] = field(default_factory=dict)
    packs: dict[str, Pack] = field(default_factory=dict)
    """Packs given by ``--rules-pack`` or config ``rules_packs``, by plugin name."""
    problems: list[str] = field(default_factory=list)
    """Clashes and bad packs skipped by a lenient build (``strict=False``)."""

    def resolve(self, name: str) -> str | None:
        """The code of the rule named by code or slug (any case), or ``None``."""
        upper = name.strip().upper()
        if upper in self.rules:
            return upper
        return self.slugs.get(name.strip().lower())

    def select(self, selector: str) -> list[str]:
        """Codes matching a code, a slug, a code prefix (``SMA2``) or ``ALL``."""
        code = self.resolve(selector)
        if code:
            return [code]
        prefix = selector.strip().upper()
        if prefix == "ALL":
            return sorted(self.rules)
        return sorted(c for c in self.rules if c.startswith(prefix) and prefix)

    def sorted_rules(self) -> list[RegisteredRule]:
        return [self.rules[c] for c in sorted(self.rules)]

    def add_rule(self, rule: Rule, plugin: str, builtin: bool = False) -> None:
        code, slug = getattr(rule, "code", None), getattr(rule, "slug", None)
        if not isinstance(code, str) or not CODE.match(code):
            raise ConfigError(f"plugin {plugin}: rule code {code!r} is not like ABC123")
        if not isinstance(slug, str) or not SLUG.match(slug):
            raise ConfigError(f"plugin {plugin}: rule {code} slug {slug!r} is not kebab-case")
        if code in self.rules:
            raise ConfigError(f"rule code {code} is registered twice: by "
                              f"{self.rules[code].plugin} and by {plugin}")
        if slug in self.slugs:
            raise ConfigError(f"rule slug {slug} is registered twice: by "
                              f"{self.rules[self.slugs[slug]].plugin} ({self.slugs[slug]}) "
                              f"and by {plugin} ({code})")
        if code.startswith("SMA") and not builtin:
            raise ConfigError(f"plugin {plugin}: rule {code} ({slug}): the code prefix SMA is "
                              "reserved for smaudit's own rules; use a prefix of your own")
        self.rules[code] = RegisteredRule(rule, plugin, builtin)
        self.slugs[slug] = code


def build_registry(plugins: PluginSet, *, packs: Iterable[str | Path] = (),
                   strict: bool = True) -> Registry:
    """Collect rules, packs, formats and schema sections from every plugin.

    Every hook is called through pluggy, one plugin at a time (``PluginSet.call_each``),
    so each rule, pack, format and section is attributed to the plugin that gave it.
    Plan sections are collected first: pack selectors may name them.

    :param packs: extra rule-pack files from ``--rules-pack`` or config; a file named
        twice (config and command line) is loaded once.
    :param strict: raise on a clash or a bad pack. ``smaudit plugins``, ``rules`` and
        ``explain`` build leniently instead: the rule or pack at fault is skipped and
        the problem recorded in ``problems``, so they can still show everything else.
    :raises ConfigError: on a clash, a malformed rule or a bad pack (when ``strict``).
    """
    from smaudit.packs import read_pack

    registry = Registry(plugins)

    def attempt(action: Any, *args: Any) -> Any:
        try:
            return action(*args)
        except ConfigError as exc:
            if strict:
                raise
            registry.problems.append(str(exc))
            return None

    for plugin_name in plugins.implementers("smaudit_plan_schema"):
        sections = _call(plugins, "smaudit_plan_schema", plugin_name)
        if sections is not None and not isinstance(sections, Mapping):
            raise ConfigError(f"plugin {plugin_name}: smaudit_plan_schema returned "
                              f"{type(sections).__name__}, not a mapping of section to schema")
        for key, schema in (sections or {}).items():
            if key in registry.schema_sections:
                raise ConfigError(f"plan section {key!r} is declared twice (again by "
                                  f"{plugin_name})")
            registry.schema_sections[key] = schema
    roots = tuple(registry.schema_sections)
    for plugin_name in plugins.implementers("smaudit_register_rules"):
        builtin = plugins.is_builtin(plugin_name)
        _call(plugins, "smaudit_register_rules", plugin_name,
              register=lambda r, _p=plugin_name, _b=builtin: attempt(registry.add_rule, r, _p, _b))
    for plugin_name in plugins.implementers("smaudit_rule_packs"):
        builtin = plugins.is_builtin(plugin_name)
        for path in _call(plugins, "smaudit_rule_packs", plugin_name) or ():
            pack = attempt(lambda p=path, b=builtin: read_pack(Path(p), validate=not b,
                                                               roots=roots))
            for rule in pack.rules if pack else ():
                attempt(registry.add_rule, rule, plugin_name, builtin)
    seen: set[str] = set()
    for path in packs:
        real = os.path.realpath(path)
        if real in seen:
            continue
        seen.add(real)
        pack = attempt(lambda p=path: read_pack(Path(p), roots=roots))
        if pack is None:
            continue
        registry.packs[pack.plugin] = pack
        for rule in pack.rules:
            attempt(registry.add_rule, rule, pack.plugin)

    def add_format(formatter: Any, plugin: str) -> None:
        name = getattr(formatter, "name", None)
        if name in registry.formats:
            raise ConfigError(f"output format {name!r} is registered twice "
                              f"(again by {plugin})")
        registry.formats[name] = formatter
        registry.format_plugins[name] = plugin

    for plugin_name in plugins.implementers("smaudit_register_formats"):
        _call(plugins, "smaudit_register_formats", plugin_name,
              register=lambda f, _p=plugin_name: add_format(f, _p))
    return registry


def _call(plugins: PluginSet, hook_name: str, plugin_name: str, **kwargs: Any) -> Any:
    """One plugin's hook; a plugin that raises (other than a ``ConfigError`` it caused
    by registering something wrong) is recorded as failed and skipped, never fatal."""
    try:
        return plugins.call_one(hook_name, plugin_name, **kwargs)
    except ConfigError:
        raise
    except Exception as exc:  # third-party code: name it, keep the run going
        plugins.failures.append(PluginFailure(plugin_name, f"{hook_name} raised "
                                              f"{type(exc).__name__}: {exc}"))
        return None
