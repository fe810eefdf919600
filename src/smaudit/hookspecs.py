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
``smaudit.hookspecs.hookimpl``).

The contract every hook follows:

- **Optional and partial.** Every hook is optional, and an implementation may
  take fewer arguments than the specification (as pluggy allows): a
  ``smaudit_adjust_config()`` that ignores ``config`` is fine.
- **Order.** Hooks are called through pluggy one plugin at a time, in
  registration order: the built-in plugins first (in ``BUILTIN_PLUGINS``
  order), then entry points, then ``--plugin`` / ``plugins:`` modules.
- **Attribution.** Whatever a call registers or returns (rules, packs,
  formats, plan sections) is attributed to the plugin that made the call:
  ``smaudit plugins`` lists it there, and findings carry that plugin's name.
- **Clashes and chaining.** Registrations add up and a clash (a rule code or
  slug, a format name, a plan section) is a configuration error naming both
  plugins. ``smaudit_adjust_config`` is the one hook whose results chain:
  each plugin sees the previous one's result, and the last result wins.
- **Failures.** A plugin whose hook raises is reported as failed to load
  (naming the hook and the exception; the run exits 2) and whatever it did
  not register is skipped; the other plugins still load. A hook that returns
  the wrong type, and an exception in ``smaudit_adjust_config`` (which would
  leave the configuration half-adjusted), are configuration errors naming
  the plugin.
- **Built-in.** Whether a plugin is built-in is recorded when smaudit
  registers it, never inferred from its name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from smaudit.formatters import Formatter
    from smaudit.rule import Rule

PROJECT = "smaudit"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def smaudit_register_rules(register: Callable[[Rule], None]) -> None:
    """Register lint rules by calling ``register(rule)`` once per rule.

    :param register: takes an object satisfying :class:`smaudit.rule.Rule`
        (most easily made with the :func:`smaudit.rule.rule` decorator).

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
    """


@hookspec
def smaudit_register_formats(register: Callable[[Formatter], None]) -> None:
    """Register output formats by calling ``register(formatter)``.

    :param register: takes an object satisfying
        :class:`smaudit.formatters.Formatter`: a ``name`` (what ``--format``
        takes), a one-line ``description``, and ``render(report) -> str``
        turning a :class:`smaudit.formatters.Report` into the text written to
        standard output or ``--output``.

    Formatters only format: they receive the finished, sorted, suppressed and
    scored results and must not lint, read plans, or write files.
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
    """
