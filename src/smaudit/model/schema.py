"""The schema service: JSON Schema validation and its messages, for every document.

smaudit reads four kinds of YAML against a JSON Schema: plans
(``schemas/plan.schema.json``, extended by plugins' sections), config files
(``config.schema.json``), rule packs (``rule-pack.schema.json``) and a rule's
options (its ``options_schema``). This module validates all four and says what is
wrong in one style, for the consultant or marketer who wrote the file:
"`hours_per_week` of team member 'Maria' should be a number, not text ('ten')",
with a did-you-mean where a close match exists (``smaudit.model.suggest``).

- Plans are SMA002 findings (``check_schema``), each located at its node;
  ``content_mix`` percentages that do not sum to 100 are one too.
- The other documents get one-line errors (``problems``): the same sentences,
  with the JSON pointer the caller turns into the file's line.

Validation is jsonschema's ``Draft202012Validator``, the reference, which finds
every error. Importing it costs more than linting a plan, and start-up time
matters in a pre-commit hook, so a plan is first given to validator code
generated ahead of time from the plan schema by fastjsonschema
(``_plan_validator.py``, kept current by a test): it accepts a valid plan in
microseconds, importing nothing, and only a plan it doubts goes to jsonschema,
which is then given only the sections and list items it doubts (``_plan_errors``).
Messages are written here from the keyword, path and instance (never from
jsonschema's text).
"""

from __future__ import annotations

import functools
import json
import math
import numbers
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from smaudit.model import durations
from smaudit.model.data_files import schema_path
from smaudit.model.findings import Violation
from smaudit.model.plan import join, unescape
from smaudit.model.platforms import KNOWN_PLATFORMS
from smaudit.model.suggest import did_you_mean, normalize

if TYPE_CHECKING:
    from smaudit.model.plan import Plan

PathT = tuple[str | int, ...]

PLATFORM_PATTERN = "^[a-z][a-z0-9_]*$"
"""The ``pattern`` of ``$defs/platform``; messages recognise platform errors by it."""

SLUG_PATTERN = "^[a-z0-9][a-z0-9_-]*$"
"""The ``pattern`` of ``$defs/slug`` (goal ids)."""

@dataclass(frozen=True, slots=True)
class SchemaError:
    """One schema violation, independent of the validator that found it.

    ``keyword`` is the failing schema keyword, ``path`` the instance path
    (keys and list indices from the plan's root), ``instance`` the failing
    value, ``schema_value`` the keyword's value and ``schema`` the schema
    object holding the keyword (messages read sibling keys from it). For
    ``anyOf`` and ``oneOf``, ``context`` holds each branch's errors as
    ``(branch index, error)``.
    """

    keyword: str
    path: PathT
    instance: Any
    schema_value: Any
    schema: Any
    context: tuple[tuple[int, SchemaError], ...] = field(default=(), compare=False, repr=False)

    @property
    def pointer(self) -> str:
        """The JSON pointer of the failing node."""
        return join("", *self.path)


# --------------------------------------------------------------------------- schemas


@functools.lru_cache(maxsize=1)
def plan_schema() -> dict[str, Any]:
    """The plan schema, read once. Treat it as read-only: use ``extend_schema`` to add to it."""
    with schema_path("plan.schema.json").open(encoding="utf-8") as handle:
        return json.load(handle)


@functools.lru_cache(maxsize=1)
def config_schema() -> dict[str, Any]:
    """The configuration schema (``schemas/config.schema.json``), read once."""
    with schema_path("config.schema.json").open(encoding="utf-8") as handle:
        return json.load(handle)


@functools.lru_cache(maxsize=1)
def pack_schema() -> dict[str, Any]:
    """The rule-pack schema (``schemas/rule-pack.schema.json``), read once."""
    with schema_path("rule-pack.schema.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def extend_schema(base: Mapping[str, Any], sections: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``base`` with plugin-declared top-level ``sections`` added.

    Each value is the JSON Schema of one section; it may refer to the plan's
    own definitions (``{"$ref": "#/$defs/platform"}``). ``base`` is not
    modified (it is usually the cached plan schema). A section cannot replace
    a key the base already defines: that would change the plan format under
    every other plugin, so it raises ``ValueError``.
    """
    properties = dict(base.get("properties", {}))
    for name, section in sections.items():
        if name in properties:
            raise ValueError(f"plan section {name!r} is already defined by the plan schema")
        properties[name] = section
    extended = dict(base)
    extended["properties"] = properties
    return extended


_JSON_TYPES = ("string", "integer", "number", "boolean", "array", "object", "null")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
"""Keywords whose values map names to schemas (a property may be called ``type``)."""


def section_problem(name: str, section: Any, base: Mapping[str, Any]) -> str | None:
    """What makes a plugin's section schema unusable, or ``None``.

    Checked when the plugin registers it, without a JSON Schema library: a type
    that does not exist (``strng``) or a ``$ref`` to a definition the plan schema
    lacks (``#/$defs/platfrom``) would otherwise surface only when a plan uses the
    section, as a crash of the built-in schema rule.
    """
    def walk(node: Any, where: str) -> str | None:
        if isinstance(node, list):
            return next(filter(None, (walk(item, where) for item in node)), None)
        if not isinstance(node, Mapping):
            return None
        kinds = node.get("type")
        for kind in kinds if isinstance(kinds, list) else [kinds] if kinds is not None else []:
            if kind not in _JSON_TYPES:
                close = did_you_mean(str(kind), _JSON_TYPES)
                hint = f"; did you mean {close!r}?" if close else ""
                return f"{where}: type {kind!r} is not a JSON Schema type{hint}"
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            name = ref[len("#/$defs/"):]
            defs = base.get("$defs", {})
            if name not in defs:
                close = did_you_mean(name, defs)
                hint = f"; did you mean '#/$defs/{close}'?" if close else ""
                return f"{where}: $ref {ref!r} names no definition of the plan schema{hint}"
        for key, value in node.items():
            if key in _SCHEMA_MAPS and isinstance(value, Mapping):
                found = next(filter(None, (walk(sub, f"{where}.{child}")
                                           for child, sub in value.items())), None)
            else:
                found = walk(value, where) if isinstance(value, Mapping | list) else None
            if found:
                return found
        return None

    if not isinstance(section, Mapping):
        return f"{name}: its schema is {type(section).__name__}, not a mapping"
    return walk(section, name)


# --------------------------------------------------------------------------- formats


def _format_duration(value: Any) -> bool:
    """``format: duration`` judges strings only (a number is checked by ``type``/``minimum``)."""
    return not isinstance(value, str) or durations.parse_duration(value) is not None


def _format_date(value: Any) -> bool:
    return not isinstance(value, str) or durations.parse_date(value) is not None


DATE, DURATION = "smaudit-date", "smaudit-duration"
"""Format names of our own: editors skip formats they do not know, where the standard
``date`` and ``duration`` would make them reject a quarter (2027-Q2) or "4h"."""

FORMATS: dict[str, Callable[[Any], bool]] = {DURATION: _format_duration, DATE: _format_date}
"""The formats of our own, checked alike by the generated plan validator and jsonschema."""


# --------------------------------------------------------------------------- validation


def _is_number(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, numbers.Number)


_CACHE_SIZE = 16
_validator_cache: dict[int, tuple[Mapping[str, Any], Any]] = {}
_bounded_cache: dict[int, tuple[Mapping[str, Any], Any]] = {}
_extended_cache: dict[int, tuple[Mapping[str, Any], Any]] = {}


def _cached(cache: dict[int, tuple[Mapping[str, Any], Any]], schema: Mapping[str, Any],
            build: Callable[[Mapping[str, Any]], Any]) -> Any:
    """Memoize per schema object (schemas are treated as immutable once validated)."""
    hit = cache.get(id(schema))
    if hit is not None and hit[0] is schema:
        return hit[1]
    built = build(schema)
    if len(cache) >= _CACHE_SIZE:
        cache.clear()
    cache[id(schema)] = (schema, built)
    return built


def _extend_base(sections: Mapping[str, Any]) -> dict[str, Any]:
    return extend_schema(plan_schema(), sections)


def _build_validator(schema: Mapping[str, Any], *, bounded: bool = False) -> Any:
    from jsonschema import Draft202012Validator, FormatChecker, validators  # costly: when needed

    checker = FormatChecker()
    for name, test in FORMATS.items():
        checker.checks(name)(test)
    kind = validators.extend(Draft202012Validator, {"pattern": _bounded_pattern}) \
        if bounded else Draft202012Validator
    return kind(schema, format_checker=checker)


def _build_bounded(schema: Mapping[str, Any]) -> Any:
    return _build_validator(schema, bounded=True)


def _bounded_pattern(validator: Any, pattern: Any, instance: Any, schema: Any) -> Any:
    """``pattern``, matched under a time bound: for schemas and values both untrusted.

    jsonschema matches ``pattern`` with Python's ``re``, which can backtrack for
    hours (``(a+)+$`` against thirty-odd ``a`` and a ``!``); a rule's options schema
    comes from a plugin or pack and the value from a config file. The pattern goes
    through ``compile_user_pattern`` instead: refused when invalid, and searched
    with the ``regex`` package's timeout.
    """
    from jsonschema.exceptions import ValidationError

    from smaudit.model.patterns import PatternTimeout, compile_user_pattern

    if not validator.is_type(instance, "string"):
        return
    try:
        found = compile_user_pattern(pattern, flags="").search(instance)
    except PatternTimeout:
        yield ValidationError("timeout", validator="patternTimeout", validator_value=pattern)
        return
    except (TypeError, ValueError) as exc:
        yield ValidationError("invalid", validator="patternInvalid", validator_value=str(exc))
        return
    if found is None:
        yield ValidationError("no match")


def _convert(error: Any, prefix: PathT = ()) -> SchemaError:
    """jsonschema's error as ours; ``prefix`` is the path of the node that was validated
    on its own (see ``_plan_errors``), which the error's path is relative to."""
    return SchemaError(
        keyword="false" if error.validator is None else str(error.validator),
        path=prefix + tuple(error.absolute_path),
        instance=error.instance,
        schema_value=error.validator_value,
        schema=error.schema,
        context=tuple((sub.relative_schema_path[0], _convert(sub, prefix))
                      for sub in error.context or ()
                      if sub.relative_schema_path and isinstance(sub.relative_schema_path[0],
                                                                 int)),
    )


def _errors(data: Any, schema: Mapping[str, Any], *, bounded: bool = False) -> list[SchemaError]:
    validator = _cached(_bounded_cache, schema, _build_bounded) if bounded else \
        _cached(_validator_cache, schema, _build_validator)
    return [_convert(error) for error in validator.iter_errors(data)]


def _added_sections(schema: Mapping[str, Any], base: Mapping[str, Any]) -> frozenset[str] | None:
    """The sections ``schema`` adds to the plan schema ``base`` (see ``extend_schema``),
    or ``None`` when it is not such an extension (another schema altogether)."""
    if schema is base:
        return frozenset()
    properties = schema.get("properties")
    core = base.get("properties", {})
    if schema.keys() != base.keys() or not isinstance(properties, Mapping) \
            or any(schema[key] is not base[key] for key in base if key != "properties") \
            or any(properties.get(name) is not sub for name, sub in core.items()):
        return None
    return frozenset(properties) - frozenset(core)


def _plan_errors(data: Mapping[str, Any], schema: Mapping[str, Any],
                 added: frozenset[str]) -> list[SchemaError]:
    """Every error of a plan (a mapping) the generated validator doubts, finding them
    only where they are: the same errors jsonschema finds in the whole plan.

    jsonschema takes milliseconds over a whole plan, most of it in the sections and
    list items that are valid. The plan schema requires no top-level key, so a section
    is valid exactly when a plan holding only that section is, which the generated
    validator answers in microseconds; the same holds for one item of a list section
    whose schema says only that it is a list of such items. Only what it doubts
    (and any section ``added`` by a plugin, which it does not know) is given to
    jsonschema, through ``descend`` as its ``properties`` and ``items`` keywords do.
    What the root itself says (unknown keys) comes from the root's keywords applied
    to the plan without its known sections, which they do not look into.
    """
    validator = _cached(_validator_cache, schema, _build_validator)
    properties = schema.get("properties", {})
    others: dict[Any, Any] = {}
    errors: list[SchemaError] = []
    for key, value in data.items():
        section = properties.get(key)
        if section is None:
            others[key] = value
        elif key in added:
            errors.extend(_convert(e) for e in validator.descend(value, section, path=key))
        elif not _generated_accepts({key: value}):
            items = _items_schema(section)
            if items is None or not isinstance(value, list):
                errors.extend(_convert(e) for e in validator.descend(value, section, path=key))
                continue
            for index, item in enumerate(value):
                if not _generated_accepts({key: [item]}):
                    errors.extend(_convert(e, (key,))
                                  for e in validator.descend(item, items, path=index))
    for error in validator.iter_errors(others):
        converted = _convert(error)
        errors.append(SchemaError(converted.keyword, converted.path,
                                  data if converted.instance is others else converted.instance,
                                  converted.schema_value, converted.schema, converted.context))
    return errors


_ANNOTATIONS = frozenset({"title", "description", "examples", "default", "$comment"})
_ROOT_KEYWORDS = _ANNOTATIONS | {"$schema", "$id", "$defs", "type", "properties",
                                 "patternProperties", "additionalProperties"}


def _by_section(schema: Mapping[str, Any]) -> bool:
    """Whether ``_plan_errors`` may check a plan under ``schema`` section by section:
    its root requires nothing and says nothing about a known section beyond that
    section's own schema (a ``required`` key, or a ``patternProperties`` schema that a
    section's name could match, would tie the sections together)."""
    patterns = schema.get("patternProperties", {})
    return set(schema) <= _ROOT_KEYWORDS and isinstance(patterns, Mapping) and all(
        isinstance(sub, Mapping) and set(sub) <= _ANNOTATIONS for sub in patterns.values())


def _items_schema(section: Any) -> Any:
    """The schema of a list section's items, when the section says nothing else (only
    ``type: array`` and ``items``): its errors are then those of its items alone."""
    if not isinstance(section, Mapping) or section.get("type") != "array" \
            or "items" not in section or not set(section) - _ANNOTATIONS <= {"type", "items"}:
        return None
    return section["items"]


def _generated_accepts(data: Any) -> bool:
    """Whether the generated plan validator finds no fault in ``data`` (a plan)."""
    from smaudit.model import _plan_validator

    try:
        _plan_validator.validate(data, FORMATS)
    except _plan_validator.JsonSchemaValueException:
        return False
    return True


def accepts(data: Any, schema: Mapping[str, Any] | None = None) -> bool:
    """Whether the generated plan validator vouches for ``data`` under ``schema``.

    ``True`` means valid; ``False`` means only "ask jsonschema" (the generated code
    stops at a first doubt and explains nothing). It vouches for the plan schema,
    and for a schema ``extend_schema`` made from it when the plan uses none of the
    added sections: such a plan is valid under one exactly when under the other.
    """
    base = plan_schema()
    added = _added_sections(plan_schema() if schema is None else schema, base)
    if added is None or (added and isinstance(data, Mapping) and not added.isdisjoint(data)):
        return False
    return _generated_accepts(data)


def _path_key(path: Iterable[str | int]) -> tuple:
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in path)


def _error_key(error: SchemaError) -> tuple:
    return _path_key(error.path), error.keyword, repr(error.schema_value)


def validate(data: Any, schema: Mapping[str, Any] | None = None) -> list[SchemaError]:
    """Every way ``data`` breaks ``schema`` (the plan schema by default), sorted.

    A plan the generated validator accepts costs microseconds and no import;
    any other is checked by jsonschema, which finds every error.
    """
    schema = plan_schema() if schema is None else schema
    if accepts(data, schema):
        return []
    added = _added_sections(schema, plan_schema())
    errors = _plan_errors(data, schema, added) \
        if added is not None and isinstance(data, dict) and _by_section(schema) \
        else _errors(data, schema)
    errors.sort(key=_error_key)
    return errors


# --------------------------------------------------------------------------- generated code

GENERATED = "_plan_validator.py"
"""The module (beside this one) holding the plan schema's generated validator."""

_PRELUDE = '''\
"""The plan schema's validator, generated ahead of time: do not edit.

Written by ``smaudit.model.schema.generated_source()`` from ``schemas/plan.schema.json``
with fastjsonschema {version}; a test fails when it is not current. Only
``validate(data, formats)`` is used: it returns when the plan is valid and raises
at the first doubt, after which jsonschema finds and explains every error.
"""
# ruff: noqa
import re

Decimal = float  # plans come from YAML: no Decimal ever reaches the validator


class JsonSchemaValueException(ValueError):
    """Raised at the first value that may break the schema."""


JsonSchemaValuesException = JsonSchemaValueException
'''

_HEADER = ("from decimal import Decimal\nimport re\n"
           "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n")


def generated_source() -> str:
    """The text ``_plan_validator.py`` must hold: fastjsonschema's code for the plan
    schema, with its imports replaced so that running it needs neither fastjsonschema
    nor ``decimal`` (importing those would cost more than validating a plan), and
    each ``raise`` stripped of its message and the schema it quotes: nothing reads
    them, and they made the module ten times the size, which is paid in compile
    time wherever Python keeps no bytecode.

    Needs fastjsonschema (a development dependency), as only this function does.
    """
    import copy

    import fastjsonschema

    schema = copy.deepcopy(plan_schema())  # fastjsonschema rewrites the $refs it resolves
    code = fastjsonschema.compile_to_code(schema, formats=FORMATS, use_default=False)
    _, header, body = code.partition(_HEADER)
    if not header:
        raise RuntimeError("fastjsonschema's generated imports changed: update _HEADER")
    body = _bare_raises(body)
    start = body.index("\ndef ") + 5
    entry = body[start:body.index("(", start)]
    return (_PRELUDE.format(version=fastjsonschema.VERSION) + body.rstrip("\n")
            + f"\n\n\ndef validate(data, formats):\n    {entry}(data, formats)\n")


def _bare_raises(code: str) -> str:
    """``raise JsonSchemaValueException(...)`` as ``raise JsonSchemaValueException``, and
    calls of the per-definition functions without the name prefix they would build
    for messages (``.format(**locals())`` for every list item)."""
    import ast

    raw = code.encode("utf-8")  # ast's column offsets count bytes
    starts = [0]
    for line in raw.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))

    def at(line: int | None, column: int | None) -> int:
        assert line is not None and column is not None
        return starts[line - 1] + column

    edits: list[tuple[int, int, bytes]] = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            edits.append((at(node.exc.lineno, node.exc.col_offset),
                          at(node.exc.end_lineno, node.exc.end_col_offset),
                          b"JsonSchemaValueException"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id.startswith("validate_") and len(node.args) == 3:
            edits.append((at(node.args[1].end_lineno, node.args[1].end_col_offset),
                          at(node.args[2].end_lineno, node.args[2].end_col_offset), b""))
    for begin, end, text in sorted(edits, reverse=True):
        raw = raw[:begin] + text + raw[end:]
    return raw.decode("utf-8")


def write_generated() -> None:
    """Regenerate ``_plan_validator.py`` after an edit of the plan schema."""
    from pathlib import Path

    target = Path(__file__).with_name(GENERATED)
    target.write_text(generated_source(), encoding="utf-8")

# --------------------------------------------------------------------------- messages

_ITEMS = {
    "business_goals": ("goal", "id"),
    "channels": ("channel", "platform"),
    "tactics": ("tactic", "name"),
    "team": ("team member", "name"),
    "metrics": ("metric", "name"),
    "segments": ("segment", "name"),
}
"""List sections whose items messages name by a noun and their identifying key."""

_TYPE_NOUNS = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of keys",
    "null": "empty",
}

_REQUIRED_HINTS = {
    "id": "Add `id:` with a short lower-case name such as catering-leads; "
          "channels, tactics and metrics refer to the goal by it.",
    "statement": "Add `statement:` with the goal in words, about the business.",
    "platform": "Add `platform:` with the platform's lower-case name, e.g. instagram.",
}


def _get(data: Any, path: PathT) -> Any:
    for token in path:
        try:
            data = data[token]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _num(value: float) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(round(value, 2)) if isinstance(value, float) else str(value)


def _show(value: Any) -> str:
    """A value as the plan's author would write it, short."""
    if isinstance(value, str):
        return f"'{_short(value)}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "empty"
    if isinstance(value, int | float):
        return _num(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return _short(repr(value))


def _kind(value: Any) -> str:
    """What kind of value this is, for "should be X, not Y" messages."""
    if isinstance(value, str):
        return f"text ({_show(value)})"
    if isinstance(value, bool):
        return f"true/false ({_show(value)})"
    if isinstance(value, int | float):
        return f"a number ({_show(value)})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping of keys"
    return _show(value)


@dataclass(frozen=True, slots=True)
class Document:
    """A kind of document, as messages name it.

    ``name`` says whose format a value breaks ("the config format"), ``root`` names
    the whole document, and ``items`` the list sections whose items are named by a
    noun and an identifying key (a goal by its id, a pack's rule by its code).
    """

    name: str
    root: str
    items: Mapping[str, tuple[str, str]] = field(default_factory=dict)


PLAN = Document("plan", "the plan", _ITEMS)
CONFIG = Document("config", "the config")
RULE_PACK = Document("rule-pack", "the pack", {"rules": ("rule", "code")})
OPTIONS = Document("options", "the options")
DEFAULT = Document("option", "the default")


def describe(path: PathT, data: Any, document: Document = PLAN) -> str:
    """Name the node at ``path`` in plain words.

    ``timeline.review_cadence`` becomes "`timeline.review_cadence`", a goal's
    type "`type` of goal 'catering-leads'", a list entry "item 2 of
    `organization.values`", so a reader finds the node without knowing JSON
    pointers. An item is named by its identifying key (a goal by its id, a
    channel by its platform) unless that key is the node in question.
    """
    return _describe(path, data, document, by_label=True)


def _describe(path: PathT, data: Any, document: Document, *, by_label: bool) -> str:
    items = document.items
    if not path:
        return document.root
    last = path[-1]
    if isinstance(last, int):
        owner = path[-2] if len(path) >= 2 else None
        if isinstance(owner, str) and owner in items:
            noun, label_key = items[owner]
            item = _get(data, path)
            label = item.get(label_key) if isinstance(item, dict) and by_label else None
            if isinstance(label, str) and label.strip():
                return f"{noun} '{_short(label)}'"
            return f"{noun} {last + 1}"
        return f"item {last + 1} of {describe(path[:-1], data, document)}"
    keys: list[str] = []
    index = len(path)
    while index and isinstance(path[index - 1], str):
        index -= 1
        keys.insert(0, str(path[index]))
    name = "`" + ".".join(keys) + "`"
    if not index:
        return name
    owner = path[index - 2] if index >= 2 else None
    labelled_by_this = isinstance(owner, str) and items.get(owner, ("", ""))[1] == keys[0]
    return f"{name} of {_describe(path[:index], data, document, by_label=not labelled_by_this)}"


def _choices(values: Iterable[Any]) -> str:
    shown = [str(v) if isinstance(v, str) else _show(v) for v in values]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " or " + shown[-1]


@dataclass(frozen=True, slots=True)
class _Context:
    data: Any
    root: Mapping[str, Any]
    document: Document = PLAN

    def describe(self, path: PathT) -> str:
        return describe(path, self.data, self.document)

    @property
    def check_format(self) -> str:
        return f"Check the {self.document.name} format for what this key takes."

    def resolve(self, schema: Any) -> Any:
        """Follow a ``$ref`` to ``#/$defs/...`` (for naming anyOf branches)."""
        target = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(target, str) and target.startswith("#/$defs/"):
            return self.root.get("$defs", {}).get(unescape(target[8:]), schema)
        return schema


_Explained = Iterator[tuple[PathT, Violation]]


def _explain_type(error: SchemaError, ctx: _Context) -> _Explained:
    subject = ctx.describe(error.path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    names = [error.schema_value] if isinstance(error.schema_value, str) else error.schema_value
    fmt = schema.get("format")
    if fmt == DATE:
        expected = "a date"
        hint = f"Write {durations.ACCEPTED_DATES}."
    elif fmt == DURATION:
        expected = "a duration"
        hint = f"Write {durations.ACCEPTED_DURATIONS}."
    else:
        expected = _choices(_TYPE_NOUNS.get(n, n) for n in names)
        hint = _type_hint(names, error.instance, schema, ctx)
    if error.instance is None:
        message = f"{subject} is empty; it should be {expected}"
        hint = "Write a value after the colon, or remove the key."
    else:
        message = f"{subject} should be {expected}, not {_kind(error.instance)}"
    yield error.path, Violation(message, pointer=error.pointer, hint=hint)


def _type_hint(names: Sequence[str], instance: Any, schema: Mapping[str, Any],
               ctx: _Context) -> str:
    if "object" in names:
        required = schema.get("required") or list(schema.get("properties", {}))[:1]
        example = f", e.g. `{required[0]}: …`" if required else ""
        return f"Put its keys on the lines below it, indented{example}."
    if "string" in names and not isinstance(instance, list | dict):
        return f"Put the value in quotes to make it text: '{_show(instance)}'."
    if "array" in names:
        return "Write a list: one `- item` per line below it, or [a, b] on one line."
    if "number" in names or "integer" in names:
        return "Write a plain number, without units or quotes."
    if "boolean" in names:
        return "Write true or false."
    return ctx.check_format


def _explain_enum(error: SchemaError, ctx: _Context) -> _Explained:
    subject = ctx.describe(error.path)
    values = error.schema_value if isinstance(error.schema_value, list) else []
    message = f"{subject} is {_show(error.instance)}; expected {_choices(values)}"
    guess = did_you_mean(error.instance, values)
    hint = "Use one of these values, exactly as written."
    if guess is not None:
        message += f"; did you mean '{guess}'?"
        hint = f"Write '{guess}'."
    yield error.path, Violation(message, pointer=error.pointer, hint=hint)


def _explain_const(error: SchemaError, ctx: _Context) -> _Explained:
    subject = ctx.describe(error.path)
    expected = _show(error.schema_value)
    if error.path == ("version",):
        message = (f"`version` is {_show(error.instance)}, but this smaudit reads plan format "
                   f"version {expected} only")
        hint = f"Write `version: {expected}`, or remove the key (it defaults to {expected})."
    else:
        message = f"{subject} is {_show(error.instance)}; it must be {expected}"
        hint = f"Write {expected}."
    yield error.path, Violation(message, pointer=error.pointer, hint=hint)


def _explain_required(error: SchemaError, ctx: _Context) -> _Explained:
    subject = ctx.describe(error.path)
    names = error.schema_value if isinstance(error.schema_value, list) else []
    instance = error.instance if isinstance(error.instance, dict) else {}
    missing = [name for name in names if name not in instance]
    listed = " and ".join(f"`{name}`" for name in missing)
    plural = "keys" if len(missing) > 1 else "key"
    message = f"{subject} is missing its required {plural} {listed}"
    hints = [_REQUIRED_HINTS.get(name, f"Add `{name}:`.") for name in missing]
    yield error.path, Violation(message, pointer=error.pointer, hint=" ".join(hints))


def _explain_additional(error: SchemaError, ctx: _Context) -> _Explained:
    schema = error.schema if isinstance(error.schema, dict) else {}
    allowed = [name for name in schema.get("properties", {}) if isinstance(name, str)]
    patterns = schema.get("patternProperties", {})
    joined = "|".join(patterns)
    instance = error.instance if isinstance(error.instance, dict) else {}
    where = f" in {ctx.describe(error.path)}" if error.path else ""
    hint = f"Keys allowed here: {', '.join(allowed)}." if allowed else "No keys are allowed here."
    if "^x-" in patterns:
        hint += " A plugin's own section starts with `x-`."
    cut: str | None = None  # the text key a comma in a {...} mapping may have cut short
    text = ""
    for key, value in instance.items():
        if key in allowed or (joined and re.search(joined, key)):
            cut, text = (key, value) if isinstance(value, str) else (None, "")
            continue
        message = f"unknown key `{key}`{where}"
        key_hint = hint
        guess = did_you_mean(key, allowed)
        if guess is not None:
            message += f"; did you mean `{guess}`?"
            cut = None
        elif value is None and cut is not None:
            text = f"{text}, {key}"
            message += f"; it looks like the end of `{cut}`, cut off by a comma"
            key_hint = (f"In a {{...}} mapping a comma ends the value: put the whole text in "
                        f"quotes, e.g. {cut}: \"{_short(text, 60)}\".")
        else:
            cut = None
        path = (*error.path, key)
        yield path, Violation(message, pointer=join("", *path), hint=key_hint, key=True)


def _explain_format(error: SchemaError, ctx: _Context) -> _Explained:
    subject = ctx.describe(error.path)
    shown = _show(error.instance)
    if error.schema_value == DURATION:
        message = (f"{subject} is {shown}, which is not a duration; accepted: "
                   f"{durations.ACCEPTED_DURATIONS}")
        hint = "Write it as e.g. '4h', '2 days', '6 months' or 'P3M'."
    elif error.schema_value == DATE:
        message = f"{subject} is {shown}, which is not a date; accepted: {durations.ACCEPTED_DATES}"
        hint = "Write it as e.g. 2027-06-30, or 2027-Q2 for a quarter."
    else:
        message = f"{subject} is {shown}, which is not a valid {error.schema_value}"
        hint = f"Write a valid {error.schema_value}."
    yield error.path, Violation(message, pointer=error.pointer, hint=hint)


def _explain_pattern(error: SchemaError, ctx: _Context) -> _Explained:
    subject = ctx.describe(error.path)
    shown = _show(error.instance)
    text = error.instance if isinstance(error.instance, str) else ""
    guess: str | None = None
    if error.schema_value == PLATFORM_PATTERN:
        message = f"{subject} is {shown}; platforms are lower-case names, e.g. instagram"
        guess = did_you_mean(text, KNOWN_PLATFORMS)
        if guess is None and re.match(PLATFORM_PATTERN, normalize(text)):
            guess = normalize(text)
        hint = f"Known platforms: {', '.join(KNOWN_PLATFORMS)}; others are allowed in lower case."
    elif error.schema_value == SLUG_PATTERN:
        message = (f"{subject} is {shown}; goal ids are short lower-case names with hyphens, "
                   "e.g. catering-leads")
        slug = re.sub(r"[^a-z0-9_-]+", "-", text.strip().lower()).strip("-_")
        guess = slug or None
        hint = "Use lower-case letters, digits, hyphens and underscores, and update references."
    else:
        message = f"{subject} is {shown}, which does not have the expected form"
        hint = _described(error.schema, ctx, f"It must match the pattern {error.schema_value}.")
    if guess is not None and guess != text:
        message += f"; did you mean '{guess}'?"
    yield error.path, Violation(message, pointer=error.pointer, hint=hint)


def _explain_bound(error: SchemaError, ctx: _Context) -> _Explained:
    subject = ctx.describe(error.path)
    bound = _show(error.schema_value)
    value = _show(error.instance)
    if error.keyword == "minimum":
        limit = "cannot be negative" if error.schema_value == 0 else f"cannot be less than {bound}"
    else:
        limit = f"cannot be more than {bound}"
    percent = ctx.document is PLAN and isinstance(error.schema, dict) \
        and error.schema.get("maximum") == 100
    noun = "a percentage" if percent else "it"
    message = f"{subject} is {value}; {noun} {limit}"
    yield error.path, Violation(message, pointer=error.pointer, hint="Correct the number.")


def _explain_length(error: SchemaError, ctx: _Context) -> _Explained:
    subject = ctx.describe(error.path)
    need = error.schema_value
    if error.keyword == "minItems":
        what = f"at least {_num(need)} item{'s' if need != 1 else ''}"
        message = f"{subject} is empty; it needs {what}" if not error.instance else (
            f"{subject} has {len(error.instance)}; it needs {what}")
        hint = "Add items to the list, or remove the key."
    else:
        what = f"at least {_num(need)} character{'s' if need != 1 else ''}"
        message = f"{subject} is empty text" if not error.instance else (
            f"{subject} is too short; it needs {what}")
        hint = "Write it out, or remove the key."
    yield error.path, Violation(message, pointer=error.pointer, hint=hint)


def _explain_limit(error: SchemaError, ctx: _Context) -> _Explained:
    """The bounds the plan schema does not use: sizes of mappings and text, and
    exclusive minimums."""
    subject = ctx.describe(error.path)
    bound = _num(error.schema_value) if _is_number(error.schema_value) else "?"
    if error.keyword == "exclusiveMinimum":
        message = f"{subject} is {_show(error.instance)}; it must be more than {bound}"
        hint = "Correct the number."
    elif error.keyword == "maxLength":
        message = f"{subject} is too long; it takes at most {bound} characters"
        hint = "Shorten it."
    else:
        size = len(error.instance) if isinstance(error.instance, dict) else 0
        keys = f"{size} key{'s' if size != 1 else ''}"
        allowed = f"{bound} key{'s' if bound != '1' else ''}"
        if error.keyword == "minProperties":
            message = f"{subject} has {keys}; it needs at least {allowed}"
        else:
            message = f"{subject} has {keys}; it takes at most {allowed}"
        hint = _described(error.schema, ctx)
    yield error.path, Violation(message, pointer=error.pointer, hint=hint)


def _explain_pattern_problem(error: SchemaError, ctx: _Context) -> _Explained:
    """A ``pattern`` that could not be used (only from a bounded validator)."""
    subject = ctx.describe(error.path)
    if error.keyword == "patternTimeout":
        message = (f"{subject} could not be checked against the pattern "
                   f"{_short(str(error.schema_value), 60)} in time (the pattern backtracks "
                   "without bound)")
    else:
        message = f"the pattern for {subject} cannot be used: {error.schema_value}"
    yield error.path, Violation(message, pointer=error.pointer,
                                hint="Simplify the pattern in the schema that declares it.")


def _described(schema: Any, ctx: _Context, otherwise: str | None = None) -> str:
    """A schema's own description as the hint, else ``otherwise`` or the general one.

    Not for plans, whose hints say what to write in the plan's own terms.
    """
    text = schema.get("description") if isinstance(schema, dict) else None
    if ctx.document is PLAN or not isinstance(text, str) or not text.strip():
        return otherwise or ctx.check_format
    return text


def _branch_nouns(branches: Any, ctx: _Context) -> tuple[list[Any], list[str], bool]:
    values: list[Any] = []
    nouns: list[str] = []
    duration = False
    for branch in branches if isinstance(branches, list) else []:
        target = ctx.resolve(branch)
        if not isinstance(target, dict):
            continue
        if isinstance(target.get("enum"), list):
            values.extend(target["enum"])
        elif "const" in target:
            values.append(target["const"])
        elif target.get("format") == DURATION:
            nouns.append("a duration")
            duration = True
        elif target.get("format") == DATE:
            nouns.append("a date")
        elif isinstance(target.get("title"), str):
            nouns.append("a " + target["title"].lower())
        elif "type" in target:
            kinds = target["type"] if isinstance(target["type"], list) else [target["type"]]
            nouns.append(_choices(_TYPE_NOUNS.get(k, str(k)) for k in kinds))
    return values, nouns, duration


_JSON_TYPE_OF = ((bool, "boolean"), (dict, "object"), (list, "array"), (str, "string"))


def _matching_branch(error: SchemaError, ctx: _Context) -> list[SchemaError] | None:
    """The errors of the one branch made for this kind of mapping or list, if exactly one is.

    ``{severity: warn}`` fails both "a severity" and "a mapping with a severity"; only
    the second was meant for a mapping, and its error says what is wrong inside it.
    """
    kind = next((name for cls, name in _JSON_TYPE_OF if isinstance(error.instance, cls)), None)
    if kind not in ("object", "array") or not isinstance(error.schema_value, list):
        return None
    meant = [index for index, branch in enumerate(error.schema_value)
             if isinstance(target := ctx.resolve(branch), dict) and target.get("type") == kind]
    if len(meant) != 1:
        return None
    inside = [sub for index, sub in error.context if index == meant[0]]
    return inside or None


def _explain_any_of(error: SchemaError, ctx: _Context) -> _Explained:
    inside = _matching_branch(error, ctx)
    if inside is not None:
        yield from _explain_all(inside, ctx)
        return
    subject = ctx.describe(error.path)
    values, nouns, duration = _branch_nouns(error.schema_value, ctx)
    expected = _choices(dict.fromkeys(
        [*(str(v) if isinstance(v, str) else _show(v) for v in values), *nouns]))
    if not expected and ctx.document is not PLAN:
        expected = "another form"
    message = f"{subject} is {_show(error.instance)}; expected {expected or 'another value'}"
    guess = did_you_mean(error.instance, [v for v in values if isinstance(v, str)])
    if guess is not None:
        message += f"; did you mean '{guess}'?"
    hint = f"A duration is {durations.ACCEPTED_DURATIONS}." if duration else (
        _described(error.schema, ctx))
    yield error.path, Violation(message, pointer=error.pointer, hint=hint)


def _explain_other(error: SchemaError, ctx: _Context) -> _Explained:
    subject = ctx.describe(error.path)
    if error.keyword == "false":
        message = f"{subject} is not allowed here"
    else:
        message = (f"{subject} does not match the {ctx.document.name} format "
                   f"({error.keyword}: {_short(json.dumps(error.schema_value, default=str), 60)})")
    yield error.path, Violation(message, pointer=error.pointer,
                                hint=ctx.check_format)


_EXPLAINERS: dict[str, Callable[[SchemaError, _Context], _Explained]] = {
    "type": _explain_type,
    "enum": _explain_enum,
    "const": _explain_const,
    "required": _explain_required,
    "additionalProperties": _explain_additional,
    "format": _explain_format,
    "pattern": _explain_pattern,
    "minimum": _explain_bound,
    "maximum": _explain_bound,
    "minItems": _explain_length,
    "minLength": _explain_length,
    "anyOf": _explain_any_of,
    "oneOf": _explain_any_of,
    "minProperties": _explain_limit,
    "maxProperties": _explain_limit,
    "exclusiveMinimum": _explain_limit,
    "maxLength": _explain_limit,
    "patternTimeout": _explain_pattern_problem,
    "patternInvalid": _explain_pattern_problem,
}


def explain(errors: Iterable[SchemaError], data: Any,
            schema: Mapping[str, Any] | None = None,
            document: Document = PLAN) -> list[tuple[PathT, Violation]]:
    """Turn schema errors into plain-words violations, each paired with its path.

    One violation per node and keyword (jsonschema reports a missing key once
    per key; they are said together), except unknown keys, which get one
    violation each, pointed at the key. A node with the wrong type reports
    only that: its enum or format would just repeat the point.
    """
    ctx = _Context(data, plan_schema() if schema is None else schema, document)
    return list(_explain_all(list(errors), ctx))


def _explain_all(errors: list[SchemaError], ctx: _Context) -> _Explained:
    mistyped = {error.path for error in errors if error.keyword == "type"}
    seen: set[tuple[PathT, str]] = set()
    for error in errors:
        if (error.path, error.keyword) in seen:
            continue
        seen.add((error.path, error.keyword))
        if error.keyword != "type" and error.path in mistyped:
            continue
        yield from _EXPLAINERS.get(error.keyword, _explain_other)(error, ctx)


def schema_problem(schema: Mapping[str, Any]) -> str | None:
    """Why ``schema`` (a rule option's, say) is not a JSON Schema, or ``None``."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError as Invalid

    try:
        Draft202012Validator.check_schema(dict(schema))
    except Invalid as exc:
        return f"is not a valid JSON Schema: {exc.message}"
    return None


@dataclass(frozen=True, slots=True)
class Problem:
    """One mistake in a config file, a rule pack or a rule's options, as a one-line
    error: the sentence (message and hint), and where, as the JSON pointer of the
    node (of its key, with ``key``) that the caller turns into a line of its file."""

    message: str
    pointer: str
    key: bool = False


def problems(data: Any, schema: Mapping[str, Any], document: Document, *,
             bounded: bool = False) -> list[Problem]:
    """Every way ``data`` breaks ``schema``, said as SMA002 says it, in document order.

    A missing required key beside an unknown one is almost always the same typo
    (``conditon``), so only the unknown key, with its did-you-mean, is reported.
    ``bounded`` matches ``pattern`` under a time bound, for schemas that come from
    plugins and packs (see ``_bounded_pattern``).
    """
    errors = sorted(_errors(data, schema, bounded=bounded), key=_error_key)
    unknown = {e.path for e in errors if e.keyword == "additionalProperties"}
    errors = [e for e in errors if not (e.keyword == "required" and e.path in unknown)]
    return [Problem(_one_line(violation), violation.pointer, violation.key)
            for _, violation in explain(errors, data, schema, document)]


def _one_line(violation: Violation) -> str:
    if not violation.hint:
        return violation.message
    joint = " " if violation.message.endswith(("?", ".")) else ". "
    return violation.message + joint + violation.hint


def content_mix_violations(data: Any) -> Iterator[tuple[PathT, Violation]]:
    """A channel whose ``content_mix`` percentages do not add up to 100.

    Only when every share is a number: a value of the wrong type is already a
    schema finding, and its sum would mean nothing.
    """
    channels = data.get("channels") if isinstance(data, dict) else None
    for index, channel in enumerate(channels if isinstance(channels, list) else []):
        mix = channel.get("content_mix") if isinstance(channel, dict) else None
        if not isinstance(mix, dict):
            continue
        shares = list(mix.values())
        if not all(_is_number(v) and math.isfinite(v) for v in shares):
            continue
        total = sum(shares)
        if math.isclose(total, 100, abs_tol=1e-6):
            continue
        path: PathT = ("channels", index, "content_mix")
        subject = describe(path, data)
        message = (f"{subject} is empty; its percentages should sum to 100" if not shares
                   else f"{subject} sums to {_num(total)}, not 100")
        yield path, Violation(message, pointer=join("", *path),
                              hint="Adjust the percentages so they add up to 100.")


def check_schema(plan: Plan, options: Mapping[str, Any] | None = None, *,
                 schema: Mapping[str, Any] | None = None) -> Iterator[Violation]:
    """SMA002: values that do not match the plan format.

    ## What it finds

    A value of the wrong type, an unknown key (with a "did you mean" when a
    known key is close), a value outside a fixed list of choices, a missing
    required key, a duration or date that cannot be read, and a channel's
    `content_mix` whose percentages do not add up to 100.

    ## Why it hurts

    Every other rule reads the plan through the plan format. A misspelled
    `buisness_goals` is not a plan without goals, it is a typo; a
    `response_time` of "soon" cannot be compared with any promise. Reporting
    these first keeps the other findings about the plan, not about its
    spelling.

    ## Example

    ```yaml
    buisness_goals:
      - statement: Win catering orders
    customer_service:
      response_time: soon
    ```

    ## Use instead

    ```yaml
    business_goals:
      - id: catering-leads
        statement: Win catering orders
    customer_service:
      response_time: 4h
    ```
    """
    if schema is None:
        sections = getattr(plan, "schema_sections", None)
        schema = _cached(_extended_cache, sections, _extend_base) if sections else plan_schema()
    errors = validate(plan.data, schema)
    found = explain(errors, plan.data, schema)
    found.extend(content_mix_violations(plan.data))
    found.sort(key=lambda pair: (_path_key(pair[0]), pair[1].message))
    for _, violation in found:
        yield violation
