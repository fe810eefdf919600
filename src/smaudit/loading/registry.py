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

from smaudit.loading.plugins import PluginFailure, PluginSet
from smaudit.model.errors import ConfigError
from smaudit.model.rule import CODE, SLUG, Rule, source_location

if TYPE_CHECKING:
    from smaudit.loading.pack_compiler import Pack


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
    """Packs given by ``--rules-pack`` or config ``rules_packs``, by file: several files
    may share a ``pack:`` name (``smaudit new-rule`` writes one file per rule)."""
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

    def add_rule(self, rule: Rule, plugin: str, builtin: bool = False, *,
                 path: str | None = None, line: int | None = None) -> None:
        """Register one rule, refusing a malformed or reserved code and any clash.

        ``path`` and ``line`` locate a pack rule: its errors then name the pack
        file and line (``house.yaml:12: rule HOUSE102 (...): ...``), as every
        other mistake in a pack does.
        """
        code, slug = getattr(rule, "code", None), getattr(rule, "slug", None)
        name = f"rule {code} ({slug})"
        who = "" if path else f"plugin {plugin}: "
        if not callable(getattr(rule, "check", None)):
            raise ConfigError(f"{who}register() was given {type(rule).__name__} {rule!r:.40}, "
                              "not a rule (a function under @rule)")

        def refuse(problem: str) -> ConfigError:
            where = (path, line) if path else \
                source_location(getattr(rule, "function", None)) or (None, None)  # Python rule
            return ConfigError(f"{who}{problem}", path=where[0], line=where[1])

        if not isinstance(code, str) or not CODE.match(code):
            raise refuse(f"rule code {code!r} is not like ABC123")
        if not isinstance(slug, str) or not SLUG.match(slug):
            raise refuse(f"rule {code} slug {slug!r} is not kebab-case")
        if code in self.rules:
            other = self.rules[code]
            raise refuse(f"{name}: code {code} is registered twice: by {other.plugin} "
                         f"({other.rule.slug}) and by {plugin}")
        if slug in self.slugs:
            raise refuse(f"{name}: slug {slug} is registered twice: by "
                         f"{self.rules[self.slugs[slug]].plugin} ({self.slugs[slug]}) "
                         f"and by {plugin}")
        if code.startswith("SMA") and not builtin:
            raise refuse(f"{name}: the code prefix SMA is reserved for smaudit's own rules; "
                         "use a prefix of your own")
        self.rules[code] = RegisteredRule(rule, plugin, builtin)
        self.slugs[slug] = code


def build_registry(plugins: PluginSet, *, packs: Iterable[str | Path] = (),
                   strict: bool = True) -> Registry:
    """Collect rules, packs, formats and schema sections from every plugin.

    Every hook is called through pluggy, one plugin at a time (``PluginSet.call_one``),
    so each rule, pack, format and section is attributed to the plugin that gave it.
    Plan sections are collected first: pack selectors may name them.

    :param packs: extra rule-pack files from ``--rules-pack`` or config; a file named
        twice (config and command line) is loaded once.
    :param strict: raise on a clash or a bad pack. ``smaudit plugins``, ``rules`` and
        ``explain`` build leniently instead: the rule or pack at fault is skipped and
        the problem recorded in ``problems``, so they can still show everything else.
    :raises ConfigError: on a clash, a malformed rule or a bad pack (when ``strict``).
    """
    from smaudit.loading.pack_compiler import read_pack

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
        sections = _plan_sections(plugin_name, _call(plugins, "smaudit_plan_schema",
                                                     plugin_name))
        for key, schema in sections.items():
            if key in registry.schema_sections:
                raise ConfigError(f"plan section {key!r} is declared twice (again by "
                                  f"{plugin_name})")
            if attempt(_check_section, plugin_name, key, schema):  # else skipped, if lenient
                registry.schema_sections[key] = schema
    roots = dict(registry.schema_sections)  # selectors are checked inside these too
    for plugin_name in plugins.implementers("smaudit_register_rules"):
        builtin = plugins.is_builtin(plugin_name)
        _call(plugins, "smaudit_register_rules", plugin_name,
              register=lambda r, _p=plugin_name, _b=builtin: attempt(registry.add_rule, r, _p, _b))
    seen: set[str] = set()  # a pack named twice (a plugin's, config, --rules-pack) loads once
    for plugin_name in plugins.implementers("smaudit_rule_packs"):
        builtin = plugins.is_builtin(plugin_name)
        for path in _call(plugins, "smaudit_rule_packs", plugin_name) or ():
            seen.add(os.path.realpath(path))
            pack = attempt(lambda p=path, b=builtin: read_pack(Path(p), validate=not b,
                                                               roots=roots))
            for rule in pack.rules if pack else ():
                attempt(lambda r=rule, p=pack, n=plugin_name, b=builtin: registry.add_rule(
                    r, n, b, path=p.path, line=r.line))
    for path in packs:
        real = os.path.realpath(path)
        if real in seen:
            continue
        seen.add(real)
        pack = attempt(lambda p=path: read_pack(Path(p), roots=roots))
        if pack is None:
            continue
        registry.packs[pack.path] = pack
        for rule in pack.rules:
            attempt(lambda r=rule, p=pack: registry.add_rule(r, p.plugin, path=p.path,
                                                             line=r.line))
    _add_formats(registry)
    return registry


def build_format_registry(plugins: PluginSet) -> Registry:
    """A registry of the output formats alone: what ``build_registry`` collects from
    ``smaudit_register_formats``, without asking for plan sections, rules or packs.

    :raises ConfigError: when two plugins register the same format name.
    """
    registry = Registry(plugins)
    _add_formats(registry)
    return registry


def _add_formats(registry: Registry) -> None:
    """Ask every plugin for its formats; a name registered twice is refused."""
    def add_format(formatter: Any, plugin: str) -> None:
        name = getattr(formatter, "name", None)
        if name in registry.formats:
            raise ConfigError(f"output format {name!r} is registered twice "
                              f"(again by {plugin})")
        registry.formats[name] = formatter
        registry.format_plugins[name] = plugin

    plugins = registry.plugins
    for plugin_name in plugins.implementers("smaudit_register_formats"):
        _call(plugins, "smaudit_register_formats", plugin_name,
              register=lambda f, _p=plugin_name: add_format(f, _p))


def _check_section(plugin: str, key: str, schema: Any) -> bool:
    """A section that redefines the core format or whose schema is broken is the
    plugin's configuration error, not a crash of the built-in schema rule later.

    :returns: True (the section is usable).
    """
    from smaudit.model.schema import plan_schema, section_problem

    base = plan_schema()
    if key in base.get("properties", {}):
        raise ConfigError(f"plugin {plugin}: smaudit_plan_schema declares {key!r}, a section "
                          "of the plan format itself; name a section of your own "
                          f"(x-{plugin.rsplit('.', 1)[-1]}) or use `x-` keys inside {key!r}")
    problem = section_problem(key, schema, base)
    if problem:
        raise ConfigError(f"plugin {plugin}: smaudit_plan_schema: {problem}")
    return True


def _call(plugins: PluginSet, hook_name: str, plugin_name: str, **kwargs: Any) -> Any:
    """One plugin's hook; a plugin that raises (other than a ``ConfigError`` it caused
    by registering something wrong) is recorded as failed and skipped, never fatal."""
    try:
        return plugins.call_one(hook_name, plugin_name, **kwargs)
    except ConfigError:
        raise
    except Exception as exc:  # third-party code: name it, keep the run going
        from traceback import format_exc

        plugins.failures.append(PluginFailure(plugin_name, f"{hook_name} raised "
                                              f"{type(exc).__name__}: {exc}", format_exc()))
        return None


def _plan_sections(plugin: str, sections: Any) -> Mapping[str, Mapping[str, Any]]:
    """What a plugin's ``smaudit_plan_schema`` declared, checked: a mapping of section
    names to JSON Schemas. Anything else is an error naming the plugin, because a
    malformed schema would otherwise fail later, inside the plan check, unattributed."""
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
