"""The rule and format registry: what the plugins registered, checked for clashes.

The registry asks every plugin's hooks once, tags each rule with the plugin
that registered it, compiles rule packs, and refuses duplicate codes or
slugs with a message naming both plugins. Everything after this (config,
selection, the engine, ``smaudit rules``) reads rules from here only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smaudit.errors import ConfigError
from smaudit.plugins import PluginFailure, PluginSet
from smaudit.rule import CODE, SLUG, Rule


@dataclass(frozen=True, slots=True)
class RegisteredRule:
    """A rule together with the name of the plugin that registered it."""

    rule: Rule
    plugin: str


@dataclass
class Registry:
    """All rules and formats available in this run."""

    plugins: PluginSet
    rules: dict[str, RegisteredRule] = field(default_factory=dict)
    slugs: dict[str, str] = field(default_factory=dict)
    formats: dict[str, Any] = field(default_factory=dict)
    format_plugins: dict[str, str] = field(default_factory=dict)
    schema_sections: dict[str, Mapping[str, Any]] = field(default_factory=dict)

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

    def add_rule(self, rule: Rule, plugin: str) -> None:
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
        self.rules[code] = RegisteredRule(rule, plugin)
        self.slugs[slug] = code


def _call_each(plugins: PluginSet, hook_name: str) -> Iterable[tuple[str, Any]]:
    """Call a hook plugin by plugin so each result is attributed to its plugin."""
    hook = getattr(plugins.hook, hook_name)
    for impl in hook.get_hookimpls():  # registration order: built-ins first
        yield impl.plugin_name, impl


def build_registry(plugins: PluginSet, *, packs: Iterable[str | Path] = ()) -> Registry:
    """Collect rules, packs, formats and schema sections from every plugin.

    :param packs: extra rule-pack files from ``--rules-pack`` or config.
    :raises ConfigError: on a clash, a malformed rule or a bad pack.
    """
    from smaudit.packs import load_pack

    registry = Registry(plugins)
    for plugin_name, impl in _call_each(plugins, "smaudit_register_rules"):
        try:
            impl.function(register=lambda r, _p=plugin_name: registry.add_rule(r, _p))
        except ConfigError:
            raise
        except Exception as exc:  # a broken plugin is reported and skipped
            plugins.failures.append(PluginFailure(plugin_name, f"{type(exc).__name__}: {exc}"))
    for plugin_name, impl in _call_each(plugins, "smaudit_rule_packs"):
        builtin = plugin_name.startswith("smaudit.")
        for path in impl.function() or ():
            for rule in load_pack(Path(path), validate=not builtin):
                registry.add_rule(rule, plugin_name)
    for path in packs:
        for rule in load_pack(Path(path)):
            registry.add_rule(rule, f"pack:{Path(path).name}")
    for plugin_name, impl in _call_each(plugins, "smaudit_register_formats"):
        def add_format(formatter: Any, _p: str = plugin_name) -> None:
            name = getattr(formatter, "name", None)
            if name in registry.formats:
                raise ConfigError(f"output format {name!r} is registered twice "
                                  f"(again by {_p})")
            registry.formats[name] = formatter
            registry.format_plugins[name] = _p
        impl.function(register=add_format)
    for plugin_name, impl in _call_each(plugins, "smaudit_plan_schema"):
        for key, schema in _plan_sections(plugin_name, impl).items():
            if key in registry.schema_sections:
                raise ConfigError(f"plan section {key!r} is declared twice (again by "
                                  f"{plugin_name})")
            registry.schema_sections[key] = schema
    return registry


def _plan_sections(plugin: str, impl: Any) -> Mapping[str, Mapping[str, Any]]:
    """What a plugin's ``smaudit_plan_schema`` declares, checked: a mapping of section
    names to JSON Schemas. Anything else, or an exception, is an error naming it."""
    try:
        sections = impl.function()
    except Exception as exc:  # third-party code: name it, no traceback
        raise ConfigError(f"plugin {plugin}: smaudit_plan_schema raised "
                          f"{type(exc).__name__}: {exc}") from None
    if sections is None:
        return {}
    if not isinstance(sections, Mapping):
        raise ConfigError(f"plugin {plugin}: smaudit_plan_schema returned "
                          f"{type(sections).__name__}, not a mapping of section names to "
                          "schemas")
    for key, schema in sections.items():
        if not isinstance(key, str) or not isinstance(schema, Mapping) \
                or not all(isinstance(k, str) for k in schema):
            raise ConfigError(f"plugin {plugin}: smaudit_plan_schema section {key!r} is not "
                              "a section name with a JSON Schema")
        kind = schema.get("type", "object")
        if not isinstance(kind, str) and not (isinstance(kind, list)
                                              and all(isinstance(k, str) for k in kind)):
            raise ConfigError(f"plugin {plugin}: smaudit_plan_schema section {key!r} has "
                              f"type {kind!r}, not a JSON Schema type name")
    return sections
