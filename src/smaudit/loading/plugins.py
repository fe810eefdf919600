"""The plugin manager: built-ins and third-party plugins through the same hooks.

Built-in plugins are listed in ``BUILTIN_PLUGINS`` and registered exactly as an
installed plugin is, only first. Entry points (group ``smaudit``) are read once
per process and only when something needs the registry, which keeps
``smaudit --version`` fast; ``SMAUDIT_DISABLE_PLUGIN_AUTOLOAD`` turns them off.
A plugin that fails to import is recorded and skipped, never fatal.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from traceback import format_exc
from typing import Any

import pluggy

from smaudit.loading import hookspecs

BUILTIN_PLUGINS: dict[str, str] = {
    "smaudit.builtin.plan_file": "smaudit.rules.plan_file",
    "smaudit.builtin.goals": "smaudit.rules.goals",
    "smaudit.builtin.channels": "smaudit.rules.channels",
    "smaudit.builtin.service": "smaudit.rules.service",
    "smaudit.builtin.measurement": "smaudit.rules.measurement",
    "smaudit.builtin.expectations": "smaudit.rules.expectations",
    "smaudit.builtin.resources": "smaudit.rules.resources",
    "smaudit.builtin.tactics": "smaudit.rules.tactics",
    "smaudit.builtin.foundations": "smaudit.rules.foundations",
    "smaudit.builtin.packs": "smaudit.rules.packs",
    "smaudit.formats.builtin": "smaudit.formats.builtin",
}
"""Plugins registered before any third-party plugin, in this order: the name each is
registered under (shown in findings, SARIF and ``smaudit plugins``, so kept when
the modules moved into layer folders) and the module that holds it."""

AUTOLOAD_ENV = "SMAUDIT_DISABLE_PLUGIN_AUTOLOAD"


@dataclass(frozen=True, slots=True)
class PluginFailure:
    """A plugin that could not be loaded: its name, the one-line reason, and the
    traceback of the exception (shown under ``--debug`` only) when there was one."""

    name: str
    reason: str
    traceback: str = ""


@dataclass(frozen=True, slots=True)
class PluginInfo:
    """What ``smaudit plugins`` shows about one registered plugin."""

    name: str
    version: str | None
    hooks: tuple[str, ...]
    builtin: bool


@dataclass
class PluginSet:
    """A configured plugin manager plus what happened while loading it."""

    manager: pluggy.PluginManager
    failures: list[PluginFailure] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)
    builtins: set[str] = field(default_factory=set)
    """Names registered as smaudit's own: recorded at registration, never guessed
    from a name (a third-party module may well be called ``smaudit.something``)."""

    @property
    def hook(self) -> pluggy.HookRelay:
        return self.manager.hook

    def is_builtin(self, name: str) -> bool:
        return name in self.builtins

    def register(self, plugin: Any, name: str, *, builtin: bool = False) -> bool:
        """Register one plugin, and whether it is one of smaudit's own, in one step.

        A hook that pluggy refuses (an argument the specification does not have)
        makes the plugin a named failure, in one line, as does a plugin already
        registered under another name; returns whether it was registered.
        """
        try:
            self.manager.register(plugin, name=name)
        except (pluggy.PluginValidationError, ValueError) as exc:
            self.failures.append(PluginFailure(name, " ".join(str(exc).split())))
            return False
        if builtin:
            self.builtins.add(name)
        return True

    def implementers(self, hook_name: str) -> list[str]:
        """The plugins implementing a hook, in registration order (built-ins first)."""
        return [impl.plugin_name for impl in getattr(self.manager.hook, hook_name).get_hookimpls()]

    def call_one(self, hook_name: str, plugin_name: str, **kwargs: Any) -> Any:
        """One plugin's implementation of a hook, called through pluggy.

        The call goes through a subset caller holding that plugin alone, so an
        implementation taking fewer arguments than the spec works as pluggy
        promises, and the result is attributed to the plugin that returned it.
        """
        plugin = self.manager.get_plugin(plugin_name)
        others = [p for _, p in self.manager.list_name_plugin() if p is not plugin]
        results = self.manager.subset_hook_caller(hook_name, remove_plugins=others)(**kwargs)
        return results[0] if results else None

    def info(self) -> list[PluginInfo]:
        """Each registered plugin with its version and the hooks it implements."""
        infos = []
        for name, plugin in self.manager.list_name_plugin():
            if plugin is None:
                continue
            hooks = tuple(sorted(h.name for h in self.manager.get_hookcallers(plugin) or ()))
            builtin = self.is_builtin(name)
            version = self.versions.get(name)
            if builtin:
                from smaudit.__about__ import __version__ as version
            infos.append(PluginInfo(name, version, hooks, builtin))
        return infos


def _short(name: str) -> str:
    """Users block built-ins by their last component too (``-p no:packs``)."""
    return name.rsplit(".", 1)[-1]


def _blocked(name: str, blocked: frozenset[str]) -> bool:
    return name in blocked or _short(name) in blocked


def build(
    *,
    extra: Iterable[str] = (),
    blocked: Iterable[str] = (),
    autoload: bool | None = None,
) -> PluginSet:
    """Create the plugin manager: built-ins, entry points, then ``extra`` modules.

    :param extra: module names from ``--plugin`` or config ``plugins``.
    :param blocked: plugin names (or the last part of a built-in's module
        name) not to register.
    :param autoload: read the ``smaudit`` entry points; defaults to on unless
        the environment variable ``SMAUDIT_DISABLE_PLUGIN_AUTOLOAD`` is set.
    """
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    blocked_set = frozenset(blocked)
    plugins = PluginSet(manager)
    for name, module in BUILTIN_PLUGINS.items():
        if not _blocked(name, blocked_set):
            plugins.register(importlib.import_module(module), name, builtin=True)
    if autoload is None:
        autoload = not os.environ.get(AUTOLOAD_ENV)
    if autoload:
        _load_entry_points(plugins, blocked_set)
    for name in extra:
        if _blocked(name, blocked_set) or manager.has_plugin(name):
            continue
        try:
            module = import_plugin(name)
        except Exception as exc:  # any import-time failure of third-party code
            plugins.failures.append(PluginFailure(name, _reason(exc, name), format_exc()))
            continue
        plugins.register(module, name)
    _drop_unknown_hooks(plugins)
    return plugins


class PluginExit(Exception):
    """A plugin tried to end the process while it was imported."""


def import_plugin(name: str):
    """Import a third-party plugin module; its attempts to end the process become errors.

    ``sys.exit()``, ``raise KeyboardInterrupt`` and ``os._exit()`` at import time would
    otherwise end the run with no output, and ``sys.exit(0)`` with exit code 0, which CI
    reads as a pass. (A segfault cannot be caught; the CLI's fault handler reports it.)
    """
    real_exit = os._exit

    def refuse(status: int) -> None:
        raise PluginExit(f"called os._exit({status}) while being imported")

    os._exit = refuse  # type: ignore[assignment]
    try:
        return importlib.import_module(name)
    except SystemExit as exc:
        raise PluginExit(f"called sys.exit({exc.code!r}) while being imported") from None
    except KeyboardInterrupt:
        raise PluginExit("raised KeyboardInterrupt while being imported") from None
    finally:
        os._exit = real_exit  # type: ignore[assignment]
def _reason(exc: Exception, module: str = "") -> str:
    """One line for an import failure; a rule defined wrongly already says where and
    which rule, so its class name would only push that to the middle of the line."""
    from smaudit.model.rule import RuleDefinitionError

    if isinstance(exc, RuleDefinitionError):
        return str(exc)
    if isinstance(exc, ModuleNotFoundError) and module and exc.name == module.split(".")[0]:
        return (f"no module named {exc.name!r} on the Python path (for a module in this "
                "folder, run with PYTHONPATH=.; or install its package)")
    return f"{type(exc).__name__}: {exc}"


def _drop_unknown_hooks(plugins: PluginSet) -> None:
    """A function marked ``@hookimpl`` whose name is no hook is a typo
    (``smaudit_register_rule``) that would silently register nothing: the plugin
    is reported, with a did-you-mean, and unregistered."""
    from smaudit.model.suggest import closest

    known = [name for name in vars(hookspecs) if name.startswith("smaudit_")]
    for hook_name in sorted(n for n in vars(plugins.manager.hook) if not n.startswith("_")):
        caller = getattr(plugins.manager.hook, hook_name)
        if caller.has_spec():
            continue
        for impl in caller.get_hookimpls():
            if impl.optionalhook or not plugins.manager.is_registered(impl.plugin):
                continue
            close = closest(hook_name, known)
            hint = f" (did you mean {close!r}?)" if close else ""
            plugins.failures.append(PluginFailure(
                impl.plugin_name, f"{hook_name} is not a smaudit hook{hint}; hooks are "
                                  f"{', '.join(sorted(known))}"))
            plugins.manager.unregister(impl.plugin)


def _load_entry_points(plugins: PluginSet, blocked: frozenset[str]) -> None:
    from smaudit.loading.entrypoints import smaudit_entry_points

    for entry in smaudit_entry_points():
        if _blocked(entry.name, blocked) or plugins.manager.has_plugin(entry.name):
            continue
        try:
            module = import_plugin(entry.module)
            plugin = module
            for attr in filter(None, entry.attr.split(".")):
                plugin = getattr(plugin, attr)
        except Exception as exc:  # a broken plugin must not stop the run
            plugins.failures.append(PluginFailure(entry.name, _reason(exc, entry.module),
                                                  format_exc()))
            continue
        if not plugins.register(plugin, entry.name):
            continue
        if entry.version:
            plugins.versions[entry.name] = entry.version
