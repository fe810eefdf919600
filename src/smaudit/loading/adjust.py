"""Plugins' configuration defaults (the ``smaudit_adjust_config`` hook).

A plugin sees the configuration as a plain mapping (the keys of
``.smaudit.yaml``) and may return a new one. What it returns is applied as
*defaults*: a rule or a score weight the user set keeps the user's value, so
a house policy can never override an explicit choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from smaudit.loading.settings import OFF, Origin, RuleSetting, Settings, origin_key
from smaudit.model.errors import ConfigError

ADJUSTABLE = ("rules", "score_weights")
"""The configuration keys ``smaudit_adjust_config`` sees and may return."""


def as_mapping(settings: Settings) -> dict[str, Any]:
    """The parts of ``settings`` a plugin may adjust, as config-file keys."""
    rules: dict[str, Any] = {}
    for name, setting in settings.rules.items():
        severity = setting.severity
        label = severity if severity in (None, OFF) else getattr(severity, "label", severity)
        rules[name] = {**({"severity": label} if label else {}), **dict(setting.options)}
    return {"rules": rules, "score_weights": dict(settings.score_weights)}  # = ADJUSTABLE


def _setting(name: str, value: Any, plugin: str) -> RuleSetting:
    """A plugin's rule value read as a config file's, with errors naming the plugin."""
    from smaudit.loading.config import rule_setting

    if not isinstance(value, str | Mapping):
        raise ConfigError(f"plugin {plugin} set rule {name!r} to {value!r}: expected a "
                          "severity, 'off' or a mapping")
    try:
        return rule_setting(value)
    except ValueError as exc:
        raise ConfigError(f"plugin {plugin} set rule {name!r}: {exc}") from None


def apply_config_hooks(plugins: Any, settings: Settings) -> Settings:
    """Ask each plugin for defaults, in registration order, and apply them under the user's."""
    names = plugins.implementers("smaudit_adjust_config")
    if not names:
        return settings
    user = as_mapping(settings)
    config: Mapping[str, Any] = user
    source = ""
    for name in names:
        try:
            proposed = plugins.call_one("smaudit_adjust_config", name, config=config)
        except Exception as exc:  # a plugin's bug: name it, in one line
            raise ConfigError(f"plugin {name}: smaudit_adjust_config raised "
                              f"{type(exc).__name__}: {exc}") from None
        if proposed is not None:
            if not isinstance(proposed, Mapping):
                raise ConfigError(f"plugin {name}: smaudit_adjust_config returned "
                                  f"{type(proposed).__name__}, not a mapping")
            config = proposed
            source = name
    if config is user:
        return settings
    unknown = sorted(set(config) - set(ADJUSTABLE))
    if unknown:  # else a typo (`rule:`) would drop the plugin's defaults silently
        from smaudit.model.suggest import closest

        close = closest(unknown[0], ADJUSTABLE)
        hint = f" (did you mean {close!r}?)" if close else ""
        raise ConfigError(f"plugin {source}: smaudit_adjust_config returned the key "
                          f"{unknown[0]!r}{hint}; a plugin may adjust "
                          f"{' and '.join(ADJUSTABLE)}")
    rules = {name: _setting(name, value, source)
             for name, value in (config.get("rules") or {}).items()
             if name not in settings.rules}
    weights = {k: v for k, v in (config.get("score_weights") or {}).items()
               if k not in settings.score_weights}
    # a rule name or option the registry refuses later is blamed on the plugin
    origin = Origin(f"plugin {source} (smaudit_adjust_config)")
    origins = {**{origin_key("rules", name): origin for name in rules}, **settings.origins}
    return replace(settings, rules={**rules, **settings.rules},
                   score_weights={**weights, **settings.score_weights}, origins=origins)
