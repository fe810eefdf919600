"""Hook specifications: everything a plugin can add to smaudit.

This module is the reference for plugin authors. smaudit's own rules, rule
packs and output formats are registered through these very hooks, so a
third-party plugin is never a second-class citizen.

A plugin is any module or object with functions named after these hooks and
decorated with ``smaudit.hookimpl``. Publish it through the entry-point group
``smaudit`` in your package metadata::

    [project.entry-points.smaudit]
    acme = "acme_smaudit.plugin"

or load it for one run with ``--plugin acme_smaudit.plugin`` or the config key
``plugins``. Block any plugin, built-in ones included, with ``-p no:NAME`` or
the config key ``disable_plugins``; ``SMAUDIT_DISABLE_PLUGIN_AUTOLOAD=1`` turns
entry-point loading off entirely.

Import the marker as ``from smaudit import hookimpl`` (the same object as
``smaudit.loading.hookspecs.hookimpl``).

The contract every hook follows (each hook's own docstring says how it
applies there, under **Called**, **Results**, **Attribution** and **Errors**):

- **Optional and partial.** Every hook is optional, and an implementation may
  take fewer arguments than the specification (as pluggy allows): a
  ``smaudit_adjust_config()`` that ignores ``config`` is fine.
- **Through pluggy, one plugin at a time.** smaudit calls each hook through the
  plugin manager, for one plugin at a time, in registration order: the
  built-in plugins first (in ``BUILTIN_PLUGINS`` order), then entry points
  (by name), then ``--plugin`` / ``plugins:`` modules (as given).
- **Once per run, and only when needed.** The registry hooks are called when
  a run first needs the rules or formats (a run answered entirely from the
  cache calls none), in the order ``smaudit_plan_schema``,
  ``smaudit_register_rules``, ``smaudit_rule_packs``,
  ``smaudit_register_formats``; ``smaudit_adjust_config`` is called when the
  plugins are loaded, before all of them. Linting workers inherit the
  results and call no hook.
- **Attribution.** Whatever a call registers or returns (rules, packs,
  formats, plan sections) is attributed to the plugin that made the call:
  ``smaudit plugins`` lists it there, and findings carry that plugin's name.
- **Results add up, except one.** Registrations add up and a clash (a rule
  code or slug, a format name, a plan section) is a configuration error naming
  both plugins. ``smaudit_adjust_config`` is the one hook whose results chain:
  each plugin sees the previous one's result, and the last result wins.
- **Failures.** A plugin whose hook raises is reported as failed to load
  (naming the hook and the exception; the run exits 2) and whatever it did
  not register is skipped; the other plugins still load. A hook that returns
  the wrong type, and an exception in ``smaudit_adjust_config`` (which would
  leave the configuration half-adjusted), are configuration errors naming
  the plugin.
- **Built-in.** Whether a plugin is built-in is recorded when smaudit
  registers it (``PluginSet.register(..., builtin=True)``), never inferred
  from its name: only built-in plugins may use the rule code prefix ``SMA``,
  and their packs are trusted without schema validation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from smaudit.model.output import Formatter
    from smaudit.model.rule import Rule

PROJECT = "smaudit"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def smaudit_register_rules(register: Callable[[Rule], None]) -> None:
    """Register lint rules by calling ``register(rule)`` once per rule.

    :param register: takes an object satisfying :class:`smaudit.model.rule.Rule`
        (most easily made with the :func:`smaudit.model.rule.rule` decorator).

    Each rule needs a unique code (``ACME101``: an upper-case prefix of your
    own and three digits; ``SMA`` is reserved for smaudit) and a unique
    kebab-case slug naming the pattern it finds (``no-crisis-plan``), a
    default severity, an area of the readiness score, an options schema with
    defaults, and four-part documentation; ``@rule`` refuses an unknown area,
    an option without a default and a docstring heading that is not one of the
    four sections when the rule is defined, and ``docs_url`` links a page of
    your own (smaudit's site documents only its built-in rules). A clash of
    codes or slugs, and the prefix ``SMA`` on a rule that is not smaudit's, are
    configuration errors naming the plugins.

    Rules are only registered here; whether and how they run is decided by
    the user's configuration (``--select``, ``rules:``). A rule's ``check``
    must not do I/O and may be called from several processes at once.

    Example::

        @hookimpl
        def smaudit_register_rules(register):
            register(no_crisis_plan)

    **Called** once per run, when the rules are first needed, after
    ``smaudit_plan_schema``; ``register`` may be called any number of times
    during the call, and not after it returns. The return value is ignored.

    **Results** add up over all plugins; a clash is refused as above. Built-in
    plugins' rules run before third-party ones, whose checks are guarded so
    that they cannot change the plan other rules see.

    **Attribution**: every rule passed to ``register`` belongs to the plugin
    whose implementation is running; findings and ``smaudit rules`` name it.

    **Errors**: a malformed rule or a clash is a configuration error naming the
    plugin (``smaudit rules``, ``plugins`` and ``explain`` list it and skip the
    rule); an exception marks the plugin failed, keeping the rules it
    registered before raising.
    """


@hookspec
def smaudit_rule_packs() -> Iterable[str | Path] | None:
    """Return paths of declarative rule-pack YAML files this plugin ships.

    Packs are validated against ``schemas/rule-pack.schema.json`` and compiled
    to the same rule interface as Python rules. Use this for rules that are a
    selector plus a condition (a required key, a cue phrase, a number
    comparison): no Python needed. Paths are usually next to the plugin
    module, e.g. ``[Path(__file__).with_name("rules.yaml")]``.

    A pack that fails validation is a configuration error naming the pack
    file, line and what is wrong.

    **Called** once per run, after ``smaudit_register_rules``.

    **Results**: the packs of all plugins add up; a file also named by
    ``--rules-pack`` or the config key ``rules_packs`` loads once, attributed
    to the plugin.

    **Attribution**: each pack's rules belong to the plugin that returned the
    path. Packs of built-in plugins are trusted without schema validation (the
    project's own tests validate them).

    **Errors**: a bad pack or a clash is a configuration error naming the pack
    file and line; an exception marks the plugin failed.
    """


@hookspec
def smaudit_register_formats(register: Callable[[Formatter], None]) -> None:
    """Register output formats by calling ``register(formatter)``.

    :param register: takes an object satisfying
        :class:`smaudit.model.output.Formatter`: a ``name`` (what ``--format``
        takes), a one-line ``description``, and ``render(report) -> str``
        turning a :class:`smaudit.model.output.RunResults` into the text written to
        standard output or ``--output``.

    Formatters only format: they receive the finished, sorted, suppressed and
    scored results and must not lint, read plans, or write files.

    **Called** once per run, last of the registry hooks. (``--format`` with a
    built-in name is answered from the built-in format plugin's own table, so
    that a run answered from the cache need not load the plugins.)

    **Results** add up; a name registered twice is a configuration error naming
    the second plugin, so no plugin can take over a built-in format.

    **Attribution**: ``smaudit plugins`` lists each format under the plugin
    that registered it, and a format that fails when rendering is reported as
    ``output format 'NAME' of plugin PLUGIN failed`` (exit 2).

    **Errors**: an exception in the hook marks the plugin failed; its formats
    are then unknown to ``--format``.
    """


@hookspec
def smaudit_plan_schema() -> Mapping[str, Mapping[str, Any]] | None:
    """Return top-level plan sections this plugin adds, as ``{key: JSON Schema}``.

    By default any top-level key starting with ``x-`` is accepted unchecked
    (``x-acme: ...``). A plugin that reads its own section should declare it
    here, so that typos inside it are schema findings (SMA002) and editors
    using ``smaudit schema`` offer completion for it::

        @hookimpl
        def smaudit_plan_schema():
            return {"crisis_plan": {"type": "object", "properties": {...}}}

    A key that clashes with the core format or another plugin's is a
    configuration error. Inside the core sections, goals, channels, team
    members and tactics accept any ``x-`` key unchecked (``x-backup_owner``),
    so a plugin that only adds a field to a channel needs no schema at all.

    **Called** once per run, first of the registry hooks: rule-pack selectors
    may name the sections it declares.

    **Results** add up into the schema every plan of the run is checked against
    (``smaudit schema`` prints it); each plan carries them in its run context
    (``plan.run.schema_sections``).

    **Attribution**: a section belongs to the plugin that returned it; a clash
    names the second plugin.

    **Errors**: a return value that is not a mapping of section names to JSON
    Schemas, a core section, or a broken schema is a configuration error naming
    the plugin; an exception marks the plugin failed.
    """


@hookspec
def smaudit_adjust_config(config: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """Propose configuration defaults: a house policy for every plan this plugin checks.

    :param config: the configuration as a mapping with the keys ``rules``
        (rule name to a severity, ``"off"`` or ``{severity, ...options}``) and
        ``score_weights``, as the user's config file and command line set them
        (or as the previous plugin returned it).
    :returns: a mapping of the same shape, or ``None`` to propose nothing.

    Called once per run when the plugins are loaded, before any rule runs, in
    registration order, each plugin seeing the previous one's result. What the
    last plugin returns is applied as *defaults*: a rule or weight that the
    user set keeps the user's value, so a plugin can never override an
    explicit choice. Example, a consultancy that allows four hours to answer::

        @hookimpl
        def smaudit_adjust_config(config):
            rules = dict(config["rules"])
            rules.setdefault("slow-response", {"max_response_time": "4h"})
            return {**config, "rules": rules}

    **Called** once per run, when the plugins are loaded (by every command that
    loads them), before any registry hook.

    **Results** chain: each implementation receives the previous one's result,
    ``None`` passes the configuration on unchanged, and the last result wins.

    **Attribution**: a rule name or option the registry refuses later is blamed
    on the last plugin that returned a configuration.

    **Errors**: an exception, a result that is not a mapping, or a key other
    than ``rules`` and ``score_weights`` is a configuration error naming the
    plugin (exit 2): a half-applied house policy is worse than none.
    """
