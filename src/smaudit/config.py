"""Configuration files: discovery and reading into ``Settings``.

Found by walking up from the current directory: ``.smaudit.yaml``,
``smaudit.yaml``, or ``[tool.smaudit]`` in ``pyproject.toml``; ``--config``
wins over discovery.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from smaudit.errors import ConfigError
from smaudit.model import Severity
from smaudit.settings import OFF, RuleSetting, Settings

CONFIG_NAMES = (".smaudit.yaml", "smaudit.yaml")


def find_config(start: str) -> str | None:
    """The nearest config file at or above ``start``."""
    directory = os.path.abspath(start)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate):
                return candidate
        pyproject = os.path.join(directory, "pyproject.toml")
        if os.path.isfile(pyproject) and _tool_section(pyproject) is not None:
            return pyproject
        up = os.path.dirname(directory)
        if up == directory:
            return None
        directory = up


def _tool_section(path: str) -> Mapping[str, Any] | None:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    with open(path, "rb") as handle:
        try:
            data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"invalid TOML: {exc}", path=path) from None
    return data.get("tool", {}).get("smaudit")


def _read(path: str) -> Mapping[str, Any]:
    if path.endswith(".toml"):
        return _tool_section(path) or {}
    from smaudit.loader import load

    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise ConfigError(f"cannot read config: {exc.strerror}", path=path) from None
    loaded = load(raw, path)
    if loaded.plan is None:
        problem = loaded.problems[0]
        raise ConfigError(problem.message, path=path,
                          line=problem.span.line if problem.span else None)
    return loaded.plan.data


def _rule_setting(value: Any) -> RuleSetting:
    if isinstance(value, str):
        return RuleSetting(OFF if value == OFF else Severity.parse(value))
    if isinstance(value, Mapping):
        options = {k: v for k, v in value.items() if k != "severity"}
        severity = value.get("severity")
        return RuleSetting(OFF if severity == OFF else
                           Severity.parse(severity) if severity else None, options)
    raise ConfigError(f"a rule setting is a severity, 'off', or a mapping; got {value!r}")


def settings_from_mapping(data: Mapping[str, Any], source: str | None) -> Settings:
    """Turn a config mapping into ``Settings``."""
    base = os.path.dirname(os.path.abspath(source)) if source else os.getcwd()
    rules = {name: _rule_setting(v) for name, v in (data.get("rules") or {}).items()}
    per_file = tuple((glob, {n: _rule_setting(v) for n, v in (over or {}).items()})
                     for glob, over in (data.get("per_file") or {}).items())
    fail_on = data.get("fail_on", "warning")
    return Settings(
        source=source,
        rules=rules,
        select=tuple(data.get("select") or ()),
        extend_select=tuple(data.get("extend_select") or ()),
        ignore=tuple(data.get("ignore") or ()),
        plugins=tuple(data.get("plugins") or ()),
        disable_plugins=tuple(data.get("disable_plugins") or ()),
        rules_packs=tuple(os.path.join(base, p) for p in data.get("rules_packs") or ()),
        include=tuple(data.get("include") or Settings().include),
        exclude=tuple(data.get("exclude") or ()),
        per_file=per_file,
        fail_on=None if fail_on == "never" else Severity.parse(fail_on),
        score_weights=dict(data.get("score_weights") or {}),
        base_dir=base,
    )


def load_settings(config: str | None, cwd: str) -> Settings:
    """The settings of the named config file, or the discovered one, or defaults."""
    if config is not None and not os.path.isfile(config):
        raise ConfigError("config file not found", path=config)
    path = config or find_config(cwd)
    if path is None:
        return Settings()
    return settings_from_mapping(_read(path), path)
