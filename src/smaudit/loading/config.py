"""Configuration files: discovery, reading, validation, ``extends`` and merging.

Found by walking up from the current directory: ``.smaudit.yaml``,
``smaudit.yaml``, or ``[tool.smaudit]`` in ``pyproject.toml``; ``--config``
wins over discovery. Each file is checked against
``schemas/config.schema.json`` on its own, so a mistake is reported in the
file and at the line where it was made, with the valid choices and a
did-you-mean. Rule names and rule options can only be checked once plugins
are loaded; ``Settings.origins`` keeps their file and line for that moment
(see ``smaudit.loading.settings.active_rules``).

Merging (``extends``, in order, then the file itself): ``rules``,
``per_file`` and ``score_weights`` merge key by key, the later file winning
(a rule's options merge too); ``plugins``, ``disable_plugins``,
``rules_packs``, ``exclude``, ``extend_select`` and ``ignore`` accumulate;
every other key is replaced by the later file.

Validation and its messages are the schema service's (``smaudit.model.schema``),
worded as for plans; jsonschema is imported only when a configuration file
exists: it costs more than linting a plan, and a pre-commit hook runs often.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from smaudit.loading.settings import OFF, Origin, RuleSetting, Settings, origin_key
from smaudit.model.errors import ConfigError
from smaudit.model.findings import Severity
from smaudit.model.yamlread import Limits

CONFIG_NAMES = (".smaudit.yaml", "smaudit.yaml")
SEVERITIES = ("error", "warning", "info", OFF)
_MERGED_MAPPINGS = ("score_weights", "limits")


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class ConfigFile:
    """One configuration file as read: its data and a way to find lines in it.

    ``line_of`` maps a JSON pointer into ``data`` to the 1-based line of the
    node (of its key with ``key=True``), so every message can say where.
    """

    path: str
    data: Mapping[str, Any]
    line_of: Callable[..., int | None] = field(repr=False, compare=False)


def find_config(start: str) -> str | None:
    """The nearest config file at or above ``start`` (``None`` when there is none).

    A ``pyproject.toml`` counts only when it has a ``[tool.smaudit]`` table,
    so a project's unrelated pyproject does not stop the search.
    """
    directory = os.path.abspath(start)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate):
                return candidate
            if os.path.lexists(candidate):  # never skip a config the user meant silently
                raise ConfigError(f"this config file is {_not_a_file(candidate)}: a config "
                                  "file must be a regular file", path=candidate)
        pyproject = os.path.join(directory, "pyproject.toml")
        if os.path.isfile(pyproject) and _has_tool_section(pyproject):
            return pyproject
        up = os.path.dirname(directory)
        if up == directory:
            return None
        directory = up


def _has_tool_section(path: str) -> bool:
    """Cheap test before parsing: only a pyproject naming ``tool.smaudit`` is read."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
    except OSError:
        return False
    if "smaudit" not in text or not _MAY_HAVE_TOOL_SECTION.search(text):
        return False  # a project that merely depends on smaudit, or is smaudit
    return _toml_section(path, text) is not None


# Lines that can open ``tool.smaudit`` in TOML: its table header (``[tool.smaudit]``,
# ``[tool."smaudit".rules]``), a dotted key under ``[tool]`` (``smaudit.select = ...``)
# or at the top level (``tool.smaudit = ...``, ``tool = {smaudit = ...}``).
_MAY_HAVE_TOOL_SECTION = re.compile(
    r"""^[ \t]*(?:\[[ \t]*tool[ \t]*\.[ \t]*["']?smaudit"""
    r"""|["']?smaudit["']?[ \t]*[.=]|tool[ \t]*[.=])""",
    re.MULTILINE,
)


MAX_CONFIG_BYTES = 2 * 1024 * 1024
"""A config file larger than this is not one anyone wrote."""


def _not_a_file(path: str) -> str:
    """Why ``path`` (which is not a regular file) cannot be a config file or base."""
    if not os.path.lexists(path):
        return "no such file"
    if os.path.islink(path) and not os.path.exists(path):
        return "a symlink to nothing"
    if os.path.isdir(path):
        return "a directory"
    return "not a regular file (a device, pipe or socket)"


def _extends_error(target: str) -> str:
    reason = _not_a_file(target)
    if reason == "no such file":
        return f"extends: no such file {target!r}"
    return f"extends: {target!r} is {reason}: a config file must be a regular file"


def _read_text(path: str) -> str:
    from smaudit.model.files import read_regular

    try:
        raw = read_regular(path, MAX_CONFIG_BYTES)
    except OSError as exc:
        raise ConfigError(f"cannot read config: {exc.strerror or exc}", path=path) from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"the config file is over {MAX_CONFIG_BYTES:,} bytes", path=path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError("the config file is not UTF-8", path=path) from None


def _toml_section(path: str, text: str) -> Mapping[str, Any] | None:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        line = getattr(exc, "lineno", None) or (int(found.group(1)) if found else None)
        raise ConfigError(f"invalid TOML: {exc}", path=path, line=line) from None
    tool = data.get("tool")
    section = tool.get("smaudit") if isinstance(tool, dict) else None
    if section is not None and not isinstance(section, dict):
        raise ConfigError("tool.smaudit must be a table of settings", path=path)
    return section


def read_config(path: str) -> ConfigFile:
    """Read one config file (YAML, or the ``[tool.smaudit]`` table of a TOML file).

    :raises ConfigError: when the file cannot be read or parsed, or holds a
        duplicate key; validation is ``validate_config``'s job.
    """
    text = _read_text(path)
    if path.endswith(".toml"):
        section = _toml_section(path, text)
        if section is None:
            raise ConfigError("no [tool.smaudit] table in this file", path=path)
        return ConfigFile(path, section, _toml_locator(text))
    return _read_yaml(path, text)


def _read_yaml(path: str, text: str) -> ConfigFile:
    from smaudit.model.plan import Plan
    from smaudit.model.yamlread import ProblemKind, read

    document = read(text, noun="config file")
    problem = document.stopped
    if problem is not None:
        if problem.kind is ProblemKind.EMPTY:
            return ConfigFile(path, {}, _no_lines)
        message = problem.message
        if problem.kind is ProblemKind.NOT_A_MAPPING:
            message = "the top level of a config file must be a mapping of keys"
        raise ConfigError(message, path=path, line=problem.span.line)
    if document.duplicates:
        pointer, span, first = document.duplicates[0]
        raise ConfigError(f"duplicate key {_last(pointer)!r} (first defined at line "
                          f"{first.line}); YAML would keep only one of them",
                          path=path, line=span.line)
    plan = Plan(path=path, text=document.text or "", data=document.data,
                values=document.values, keys=document.keys)

    def line_of(pointer: str, key: bool = False) -> int | None:
        return plan.locate(pointer, key=key).line

    return ConfigFile(path, document.data, line_of)


def _last(pointer: str) -> str:
    from smaudit.model.plan import split

    tokens = split(pointer)
    return tokens[-1] if tokens else ""


_TOML_HEADER = re.compile(r"^\s*\[(?P<name>[^=]*)\]\s*(?:#[^\]\"']*)?$")
_TOML_PART = r"""(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)"""
_TOML_KEY = re.compile(rf"^\s*(?P<key>{_TOML_PART}(?:\s*\.\s*{_TOML_PART})*)\s*=")


def _toml_path(dotted: str) -> list[str]:
    """Split a TOML dotted key (``tool.smaudit.per_file."drafts/*"``) into parts."""
    parts = re.findall(r""""([^"]*)"|'([^']*)'|([^.\s]+)""", dotted)
    return [a or b or c for a, b, c in parts]


def _toml_locator(text: str) -> Callable[..., int | None]:
    """Lines of keys in a ``[tool.smaudit]`` table, for messages.

    tomllib keeps no positions, so each line is given the key path it
    defines (table header plus dotted key); a pointer is located at the line
    defining it, or else the closest enclosing key. Keys inside multi-line
    inline tables or arrays are located at the line that opens them.
    """
    defined: list[tuple[tuple[str, ...], int]] = []
    table: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        header = _TOML_HEADER.match(line)
        if header:
            path = _toml_path(header.group("name").strip("[] "))
            table = path[2:] if path[:2] == ["tool", "smaudit"] else None
            if table is not None:
                defined.append((tuple(table), number))
            continue
        key = _TOML_KEY.match(line)
        if key and table is not None:
            defined.append((tuple(table + _toml_path(key.group("key"))), number))

    @functools.lru_cache(maxsize=256)
    def line_of(pointer: str, key: bool = False) -> int | None:
        from smaudit.model.plan import split

        wanted = tuple(split(pointer))
        best: tuple[int, int] | None = None  # (length of the matched prefix, line)
        for path, number in defined:
            if wanted[:len(path)] == path and (best is None or len(path) > best[0]):
                best = (len(path), number)
        return best[1] if best else None

    return line_of


# --------------------------------------------------------------------------- validation


def validate_config(config: ConfigFile) -> None:
    """Check one file against the config schema; raise for its first mistake.

    :raises ConfigError: naming the file, the line, and what is wrong in the words
        SMA002 uses for plans (``smaudit.model.schema``), with the closest valid choice.
    """
    from smaudit.model.schema import CONFIG, config_schema, problems

    found = problems(dict(config.data), config_schema(), CONFIG)
    if not found:
        return
    lines = [config.line_of(problem.pointer, key=problem.key) for problem in found]
    index = min(range(len(found)), key=lambda i: (lines[i] or 0, i))
    raise ConfigError(found[index].message, path=config.path, line=lines[index])


# --------------------------------------------------------------------------- extends


@dataclass(frozen=True, slots=True)
class Layer:
    """A validated config file and the packs its ``extends`` named."""

    config: ConfigFile
    packs: tuple[str, ...] = ()


def _extends(config: ConfigFile) -> list[tuple[str, int | None]]:
    value = config.data.get("extends")
    entries = [value] if isinstance(value, str) else list(value or [])
    base = os.path.dirname(os.path.abspath(config.path))
    out = []
    for index, entry in enumerate(entries):
        pointer = "/extends" if isinstance(value, str) else f"/extends/{index}"
        target = os.path.join(base, os.path.expanduser(entry))
        out.append((os.path.normpath(target), config.line_of(pointer)))
    return out


def _is_rule_pack(path: str) -> bool:
    """A rule pack has a list of ``rules``; a config file has a mapping."""
    if path.endswith(".toml"):
        return False
    try:
        data = read_config(path).data
    except ConfigError:
        return False
    return isinstance(data.get("rules"), list)


def collect_layers(path: str, chain: tuple[str, ...] = ()) -> list[Layer]:
    """``path`` and everything it extends, bases first, each validated.

    :raises ConfigError: for a missing or invalid file, or a cycle of
        ``extends`` (naming the chain).
    """
    real = os.path.realpath(path)
    config = read_config(path)
    validate_config(config)
    layers: list[Layer] = []
    packs: list[str] = []
    for target, line in _extends(config):
        if not os.path.isfile(target):
            raise ConfigError(_extends_error(target), path=path, line=line)
        if os.path.realpath(target) in (*chain, real):
            cycle = " -> ".join(os.path.basename(p) for p in (*chain, real, target))
            raise ConfigError(f"extends: cycle {cycle}", path=path, line=line)
        if _is_rule_pack(target):
            packs.append(target)
            continue
        layers.extend(collect_layers(target, (*chain, real)))
    layers.append(Layer(config, tuple(packs)))
    return layers


# --------------------------------------------------------------------------- settings


def _selectors(value: Any) -> tuple[str, ...]:
    """A selector list as given in config: a list, or one comma-separated string."""
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    return tuple(str(v).strip() for v in value or () if str(v).strip())


def rule_setting(value: Any) -> RuleSetting:
    """A validated rule value (severity, ``off`` or mapping) as a ``RuleSetting``."""
    if isinstance(value, str):
        return RuleSetting(OFF if value == OFF else Severity.parse(value))
    options = {k: v for k, v in value.items() if k != "severity"}
    severity = value.get("severity")
    return RuleSetting(OFF if severity == OFF else Severity.parse(severity) if severity
                       else None, options)


def _merge_setting(base: RuleSetting | None, over: RuleSetting) -> RuleSetting:
    if base is None:
        return over
    return RuleSetting(over.severity if over.severity is not None else base.severity,
                       {**base.options, **over.options})


@dataclass
class _Merged:
    """The merge of several config files, built in order (bases first)."""

    values: dict[str, Any] = field(default_factory=dict)
    rules: dict[str, RuleSetting] = field(default_factory=dict)
    per_file: dict[str, dict[str, RuleSetting]] = field(default_factory=dict)
    origins: dict[str, Origin] = field(default_factory=dict)

    def add(self, layer: Layer) -> None:
        config = layer.config
        data = config.data
        base = os.path.dirname(os.path.abspath(config.path))
        for name, value in (data.get("rules") or {}).items():
            self.rules[name] = _merge_setting(self.rules.get(name), rule_setting(value))
            self._origin(config, ("rules", name), f"/rules/{_esc(name)}")
        for glob, rules in (data.get("per_file") or {}).items():
            block = self.per_file.setdefault(glob, {})
            for name, value in (rules or {}).items():
                block[name] = _merge_setting(block.get(name), rule_setting(value))
                self._origin(config, ("per_file", glob, name),
                             f"/per_file/{_esc(glob)}/{_esc(name)}")
        packs = [*layer.packs, *(os.path.join(base, p) for p in data.get("rules_packs") or ())]
        self._accumulate("rules_packs", [os.path.normpath(p) for p in packs])
        for key in ("select", "extend_select", "ignore"):
            if key in data:
                selectors = _selectors(data[key])
                for index, name in enumerate(selectors):
                    pointer = f"/{key}" if isinstance(data[key], str) else f"/{key}/{index}"
                    self._origin(config, (key, name), pointer)
                if key == "select":
                    self.values[key] = selectors
                else:
                    self._accumulate(key, selectors)
        for key in ("plugins", "disable_plugins", "exclude"):
            self._accumulate(key, data.get(key) or ())
        for key in _MERGED_MAPPINGS:
            if key in data:
                self.values[key] = {**self.values.get(key, {}), **data[key]}
        for key in ("include", "fail_on", "rule_timeout"):
            if key in data:
                self.values[key] = data[key]
        if "report" in data:
            self.values["report"] = {**self.values.get("report", {}),
                                     **_report_section(config, data["report"])}

    def _accumulate(self, key: str, items: Iterable[str]) -> None:
        self.values[key] = tuple(dict.fromkeys((*self.values.get(key, ()), *items)))

    def _origin(self, config: ConfigFile, parts: tuple[str, ...], pointer: str) -> None:
        self.origins[origin_key(*parts)] = Origin(config.path, config.line_of(pointer,
                                                                             key=True))


def _report_section(config: ConfigFile, section: Mapping[str, Any]) -> dict[str, str]:
    """The ``report:`` section with its files made absolute, relative to the config file.

    A config is often shared or copied from a client's repository, so its files may
    only come from the config's own folder tree: a path that leaves it (``..``, an
    absolute path elsewhere, a symbolic link pointing out) is refused."""
    base = os.path.realpath(os.path.dirname(os.path.abspath(config.path)))
    out = dict(section)
    for key in ("logo", "notes"):
        if key not in section:
            continue
        target = os.path.realpath(os.path.join(base, section[key]))
        if os.path.commonpath([base, target]) != base:
            raise ConfigError(f"report.{key}: {section[key]!r} is outside the folder of the "
                              "config file; keep report files next to it",
                              path=config.path, line=config.line_of(f"/report/{key}"))
        out[key] = target
    return out


def _esc(token: str) -> str:
    from smaudit.model.plan import escape

    return escape(token)


def _exclude_globs(globs: Iterable[str]) -> tuple[str, ...]:
    """Exclude globs that also match below the directory a run starts from.

    ``drafts/*.yaml`` should skip ``./drafts/a.yaml`` and ``plans/drafts/a.yaml``
    whatever path was typed, so a relative glob also gets a ``*/`` form.
    """
    out: list[str] = []
    for glob in globs:
        out.append(glob)
        if "/" in glob.strip("/") and not glob.startswith(("*", "/")):
            out.append("*/" + glob)
    return tuple(dict.fromkeys(out))


def settings_from_layers(layers: Iterable[Layer], source: str) -> Settings:
    """Merge validated config layers (bases first) into ``Settings``."""
    merged = _Merged()
    for layer in layers:
        merged.add(layer)
    values = merged.values
    fail_on = values.get("fail_on", "warning")
    limits = Limits(**{**_limits_dict(Limits()), **values.get("limits", {})})
    return Settings(
        source=source,
        rules=merged.rules,
        select=values.get("select", ()),
        extend_select=values.get("extend_select", ()),
        ignore=values.get("ignore", ()),
        plugins=values.get("plugins", ()),
        disable_plugins=values.get("disable_plugins", ()),
        rules_packs=values.get("rules_packs", ()),
        include=tuple(values.get("include") or Settings().include),
        exclude=_exclude_globs(values.get("exclude", ())),
        per_file=tuple((glob, rules) for glob, rules in merged.per_file.items()),
        fail_on=None if fail_on == "never" else Severity.parse(fail_on),
        score_weights=dict(values.get("score_weights", {})),
        report=dict(values.get("report", {})),
        limits=limits,
        rule_timeout=float(values.get("rule_timeout", Settings().rule_timeout)),
        base_dir=os.path.dirname(os.path.abspath(source)),
        origins=merged.origins,
    )


def _limits_dict(limits: Limits) -> dict[str, int]:
    return {"max_bytes": limits.max_bytes, "max_depth": limits.max_depth,
            "max_aliases": limits.max_aliases, "max_nodes": limits.max_nodes}


def settings_from_mapping(data: Mapping[str, Any], source: str | None) -> Settings:
    """Turn a config mapping (as in ``.smaudit.yaml``) into validated ``Settings``.

    For programs that build configuration in code. ``extends`` and relative
    paths are resolved against the directory of ``source`` (or the current
    directory); mistakes raise ``ConfigError`` naming ``source`` but no line.
    """
    path = source or os.path.join(os.getcwd(), "<config>")
    config = ConfigFile(path, dict(data), _no_lines)
    validate_config(config)
    layers: list[Layer] = []
    packs: list[str] = []
    for target, _line in _extends(config):
        if not os.path.isfile(target):
            raise ConfigError(_extends_error(target), path=source)
        if _is_rule_pack(target):
            packs.append(target)
        else:
            layers.extend(collect_layers(target))
    layers.append(Layer(config, tuple(packs)))
    settings = settings_from_layers(layers, path)
    if source is None:
        origins = {k: v for k, v in settings.origins.items() if v.path != path}
        settings = replace(settings, source=None, origins=origins)
    return settings


def _no_lines(pointer: str, key: bool = False) -> int | None:
    """The line locator of configuration that has no file."""
    return None


def load_settings(config: str | None, cwd: str) -> Settings:
    """The settings of the named config file, or the discovered one, or defaults.

    :raises ConfigError: when the named file does not exist, or any file
        involved is unreadable or invalid.
    """
    if config is not None and not os.path.isfile(config):
        raise ConfigError("config file not found", path=config)
    path = config or find_config(cwd)
    if path is None:
        return Settings()
    return settings_from_layers(collect_layers(path), path)
