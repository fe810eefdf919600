"""SMA002: check a plan against the plan JSON Schema and say what is wrong in plain words.

The schema (``schemas/plan.schema.json``) is the machine form of the plan
format. Two validators read it and report the same neutral ``SchemaError``s:

- the *fast* one, used by default, interprets a small keyword subset
  (``$ref`` to ``#/$defs``, ``type``, ``properties``, ``patternProperties``,
  ``additionalProperties``, ``required``, ``enum``, ``const``, ``items``,
  ``minItems``, ``minimum``, ``maximum``, ``minLength``, ``pattern``,
  ``format``, ``anyOf``), compiled once into closures. Importing jsonschema
  alone costs more than linting a plan, and start-up time matters in a
  pre-commit hook;
- the *reference* one is jsonschema's ``Draft202012Validator``. It is used
  when a schema (say, one a plugin extended) needs a keyword outside the
  subset, and by the tests, which hold the fast one to the same errors.

Messages are written here from the keyword, path and instance (never from
jsonschema's text), so both paths read the same, and they are meant for the
consultant or marketer who wrote the plan: "`hours_per_week` of team member
'Maria' should be a number, not text ('ten')", with a did-you-mean where a
close match exists.
"""

from __future__ import annotations

import difflib
import functools
import json
import math
import numbers
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from smaudit import durations
from smaudit.model import Violation
from smaudit.plan import join, unescape
from smaudit.platforms import KNOWN_PLATFORMS
from smaudit.resources import schema_path

if TYPE_CHECKING:
    from smaudit.plan import Plan

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
    object holding the keyword (messages read sibling keys from it).
    """

    keyword: str
    path: PathT
    instance: Any
    schema_value: Any
    schema: Any

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
    from smaudit.suggest import closest

    def walk(node: Any, where: str) -> str | None:
        if isinstance(node, list):
            return next(filter(None, (walk(item, where) for item in node)), None)
        if not isinstance(node, Mapping):
            return None
        kinds = node.get("type")
        for kind in kinds if isinstance(kinds, list) else [kinds] if kinds is not None else []:
            if kind not in _JSON_TYPES:
                close = closest(str(kind), _JSON_TYPES)
                hint = f" (did you mean {close!r}?)" if close else ""
                return f"{where}: type {kind!r} is not a JSON Schema type{hint}"
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            name = ref[len("#/$defs/"):]
            defs = base.get("$defs", {})
            if name not in defs:
                close = closest(name, defs)
                hint = f" (did you mean '#/$defs/{close}'?)" if close else ""
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
"""The formats both validators check; other formats send the fast validator to jsonschema."""


# --------------------------------------------------------------------------- fast validator

_Link = Any  # None (the root) or (parent link, key): paths are built only on error
_Check = Callable[[Any, _Link, list[SchemaError]], None]

_ANNOTATIONS = frozenset(
    {"title", "description", "default", "examples", "$comment", "deprecated", "readOnly",
     "writeOnly"}
)


class _Unsupported(Exception):
    """The schema needs something the fast validator does not interpret."""


def _path(link: _Link) -> PathT:
    keys: list[str | int] = []
    while link is not None:
        link, key = link
        keys.append(key)
    keys.reverse()
    return tuple(keys)


def _noop(instance: Any, link: _Link, out: list[SchemaError]) -> None:
    return None


def _is_number(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, numbers.Number)


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


_TYPE_TESTS: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "number": _is_number,
    "integer": _is_integer,
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}
_EXACT_TYPES: dict[str, frozenset[type]] = {
    "object": frozenset({dict}),
    "array": frozenset({list}),
    "string": frozenset({str}),
    "number": frozenset({int, float}),
    "integer": frozenset({int}),
    "boolean": frozenset({bool}),
    "null": frozenset({type(None)}),
}


def _unbool(value: Any) -> Any:
    return ("bool", value) if isinstance(value, bool) else value


def _equal(one: Any, two: Any) -> bool:
    """Equality as JSON Schema (and jsonschema) sees it: ``true`` is not ``1``."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if isinstance(one, Sequence) and isinstance(two, Sequence):
        return len(one) == len(two) and all(_equal(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, Mapping) and isinstance(two, Mapping):
        return len(one) == len(two) and all(k in two and _equal(v, two[k]) for k, v in one.items())
    return bool(_unbool(one) == _unbool(two))


def _error(keyword: str, link: _Link, instance: Any, value: Any, schema: Any) -> SchemaError:
    return SchemaError(keyword, _path(link), instance, value, schema)


class _Compiler:
    """Compiles a schema into one closure per schema object, ``$defs`` shared."""

    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self.refs: dict[str, _Check] = {}

    def compile(self, schema: Any, *, root: bool = False) -> _Check:
        if schema is True:
            return _noop
        if not isinstance(schema, dict):
            raise _Unsupported("a schema that is not an object or true")
        checks: list[_Check] = []
        for keyword, value in schema.items():
            if keyword in _ANNOTATIONS or keyword == "$defs":
                continue
            if root and keyword in ("$id", "$schema"):
                continue
            maker = _MAKERS.get(keyword)
            if maker is None:
                raise _Unsupported(keyword)
            check = maker(self, value, schema)
            if check is not _noop:
                checks.append(check)
        if not checks:
            return _noop
        if len(checks) == 1:
            return checks[0]
        first, *rest = checks

        def all_of(instance: Any, link: _Link, out: list[SchemaError]) -> None:
            first(instance, link, out)
            for check in rest:
                check(instance, link, out)

        return all_of

    def ref(self, target: str) -> _Check:
        if target in self.refs:
            return self.refs[target]
        prefix = "#/$defs/"
        raw = target[len(prefix):] if target.startswith(prefix) else ""
        defs = self.root.get("$defs")
        name = unescape(raw)
        if not raw or "/" in raw or "%" in raw or not isinstance(defs, dict) or name not in defs:
            raise _Unsupported(f"$ref {target}")
        cell: list[_Check] = []

        def deferred(instance: Any, link: _Link, out: list[SchemaError]) -> None:
            cell[0](instance, link, out)  # a recursive definition reaches itself here

        self.refs[target] = deferred
        cell.append(self.compile(defs[name]))
        self.refs[target] = cell[0]
        return cell[0]


def _make_ref(c: _Compiler, value: Any, schema: dict) -> _Check:
    if not isinstance(value, str):
        raise _Unsupported("$ref")
    return c.ref(value)


def _make_type(c: _Compiler, value: Any, schema: dict) -> _Check:
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not names or not all(n in _TYPE_TESTS for n in names):
        raise _Unsupported("type")
    exact = frozenset().union(*(_EXACT_TYPES[n] for n in names))
    tests = tuple(_TYPE_TESTS[n] for n in names)

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if type(instance) in exact or any(test(instance) for test in tests):
            return
        out.append(_error("type", link, instance, value, schema))

    return check


def _make_properties(c: _Compiler, value: Any, schema: dict) -> _Check:
    if not isinstance(value, dict):
        raise _Unsupported("properties")
    compiled = {name: c.compile(sub) for name, sub in value.items()}
    active = {name: check for name, check in compiled.items() if check is not _noop}
    if not active:
        return _noop

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if isinstance(instance, dict):
            for key, item in instance.items():
                sub = active.get(key)
                if sub is not None:
                    sub(item, (link, key), out)

    return check


def _make_pattern_properties(c: _Compiler, value: Any, schema: dict) -> _Check:
    if not isinstance(value, dict):
        raise _Unsupported("patternProperties")
    compiled = [(re.compile(p), c.compile(sub)) for p, sub in value.items()]
    active = [(regex, check) for regex, check in compiled if check is not _noop]
    if not active:
        return _noop

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if isinstance(instance, dict):
            for regex, sub in active:
                for key, item in instance.items():
                    if regex.search(key):
                        sub(item, (link, key), out)

    return check


def _make_additional_properties(c: _Compiler, value: Any, schema: dict) -> _Check:
    properties = schema.get("properties", {})
    patterns = schema.get("patternProperties", {})
    if not isinstance(properties, dict) or not isinstance(patterns, dict):
        raise _Unsupported("additionalProperties")
    names = frozenset(properties)
    joined = "|".join(patterns)  # as jsonschema matches them: one alternation
    regex = re.compile(joined) if joined else None

    def extras(instance: dict) -> Iterator[str]:
        for key in instance:
            if key not in names and not (regex is not None and regex.search(key)):
                yield key

    if value is False:

        def forbid(instance: Any, link: _Link, out: list[SchemaError]) -> None:
            if isinstance(instance, dict) and next(extras(instance), None) is not None:
                out.append(_error("additionalProperties", link, instance, value, schema))

        return forbid
    sub = c.compile(value)
    if sub is _noop:
        return _noop

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if isinstance(instance, dict):
            for key in extras(instance):
                sub(instance[key], (link, key), out)

    return check


def _make_required(c: _Compiler, value: Any, schema: dict) -> _Check:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Unsupported("required")

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if isinstance(instance, dict):
            for name in value:
                if name not in instance:  # one error per missing key, as jsonschema reports
                    out.append(_error("required", link, instance, value, schema))

    return check


def _make_enum(c: _Compiler, value: Any, schema: dict) -> _Check:
    if not isinstance(value, list):
        raise _Unsupported("enum")
    if all(isinstance(v, str) for v in value):
        allowed = frozenset(value)

        def check_text(instance: Any, link: _Link, out: list[SchemaError]) -> None:
            if not (isinstance(instance, str) and instance in allowed):
                out.append(_error("enum", link, instance, value, schema))

        return check_text

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if not any(_equal(each, instance) for each in value):
            out.append(_error("enum", link, instance, value, schema))

    return check


def _make_const(c: _Compiler, value: Any, schema: dict) -> _Check:
    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if not _equal(instance, value):
            out.append(_error("const", link, instance, value, schema))

    return check


def _make_items(c: _Compiler, value: Any, schema: dict) -> _Check:
    sub = c.compile(value)  # ``items: false`` is outside the subset: compile() refuses it
    if sub is _noop:
        return _noop

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if isinstance(instance, list):
            for index, item in enumerate(instance):
                sub(item, (link, index), out)

    return check


def _number(value: Any, keyword: str) -> Any:
    if not _is_number(value):
        raise _Unsupported(keyword)
    return value


def _make_min_items(c: _Compiler, value: Any, schema: dict) -> _Check:
    _number(value, "minItems")

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if isinstance(instance, list) and len(instance) < value:
            out.append(_error("minItems", link, instance, value, schema))

    return check


def _make_min_length(c: _Compiler, value: Any, schema: dict) -> _Check:
    _number(value, "minLength")

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if isinstance(instance, str) and len(instance) < value:
            out.append(_error("minLength", link, instance, value, schema))

    return check


def _make_minimum(c: _Compiler, value: Any, schema: dict) -> _Check:
    _number(value, "minimum")

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if _is_number(instance) and instance < value:
            out.append(_error("minimum", link, instance, value, schema))

    return check


def _make_maximum(c: _Compiler, value: Any, schema: dict) -> _Check:
    _number(value, "maximum")

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if _is_number(instance) and instance > value:
            out.append(_error("maximum", link, instance, value, schema))

    return check


def _make_pattern(c: _Compiler, value: Any, schema: dict) -> _Check:
    if not isinstance(value, str):
        raise _Unsupported("pattern")
    regex = re.compile(value)

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if isinstance(instance, str) and not regex.search(instance):
            out.append(_error("pattern", link, instance, value, schema))

    return check


def _make_format(c: _Compiler, value: Any, schema: dict) -> _Check:
    test = FORMATS.get(value) if isinstance(value, str) else None
    if test is None:
        raise _Unsupported(f"format {value!r}")

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        if not test(instance):
            out.append(_error("format", link, instance, value, schema))

    return check


def _make_any_of(c: _Compiler, value: Any, schema: dict) -> _Check:
    if not isinstance(value, list) or not value:
        raise _Unsupported("anyOf")
    branches = [c.compile(sub) for sub in value]
    if _noop in branches:
        return _noop

    def check(instance: Any, link: _Link, out: list[SchemaError]) -> None:
        for branch in branches:
            scratch: list[SchemaError] = []
            branch(instance, link, scratch)
            if not scratch:
                return
        out.append(_error("anyOf", link, instance, value, schema))  # one error, at the node

    return check


_MAKERS: dict[str, Callable[[_Compiler, Any, dict], _Check]] = {
    "$ref": _make_ref,
    "type": _make_type,
    "properties": _make_properties,
    "patternProperties": _make_pattern_properties,
    "additionalProperties": _make_additional_properties,
    "required": _make_required,
    "enum": _make_enum,
    "const": _make_const,
    "items": _make_items,
    "minItems": _make_min_items,
    "minLength": _make_min_length,
    "minimum": _make_minimum,
    "maximum": _make_maximum,
    "pattern": _make_pattern,
    "format": _make_format,
    "anyOf": _make_any_of,
}

_CACHE_SIZE = 16
_fast_cache: dict[int, tuple[Mapping[str, Any], _Check | None]] = {}
_reference_cache: dict[int, tuple[Mapping[str, Any], Any]] = {}
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


def _compile_fast(schema: Mapping[str, Any]) -> _Check | None:
    try:
        return _Compiler(schema).compile(schema, root=True)
    except (_Unsupported, re.error):
        return None


def supports_fast(schema: Mapping[str, Any]) -> bool:
    """Whether the fast validator interprets ``schema`` (otherwise jsonschema is used)."""
    return _cached(_fast_cache, schema, _compile_fast) is not None


# --------------------------------------------------------------------------- reference validator


def _build_reference(schema: Mapping[str, Any]) -> Any:
    from jsonschema import Draft202012Validator, FormatChecker  # costly: only when needed

    checker = FormatChecker()
    for name, test in FORMATS.items():
        checker.checks(name)(test)
    return Draft202012Validator(schema, format_checker=checker)


def _reference_errors(data: Any, schema: Mapping[str, Any]) -> list[SchemaError]:
    validator = _cached(_reference_cache, schema, _build_reference)
    return [
        SchemaError(
            keyword="false" if error.validator is None else str(error.validator),
            path=tuple(error.absolute_path),
            instance=error.instance,
            schema_value=error.validator_value,
            schema=error.schema,
        )
        for error in validator.iter_errors(data)
    ]


def _path_key(path: Iterable[str | int]) -> tuple:
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in path)


def _error_key(error: SchemaError) -> tuple:
    return _path_key(error.path), error.keyword, repr(error.schema_value)


def validate(data: Any, schema: Mapping[str, Any] | None = None, *,
             reference: bool = False) -> list[SchemaError]:
    """Every way ``data`` breaks ``schema`` (the plan schema by default), sorted.

    Uses the fast validator unless ``reference`` is true or the schema needs a
    keyword outside its subset; both give the same errors.
    """
    schema = plan_schema() if schema is None else schema
    check = None if reference else _cached(_fast_cache, schema, _compile_fast)
    if check is None:
        errors = _reference_errors(data, schema)
    else:
        errors = []
        check(data, None, errors)
    errors.sort(key=_error_key)
    return errors


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


def describe(path: PathT, data: Any) -> str:
    """Name the node at ``path`` in plain words.

    ``timeline.review_cadence`` becomes "`timeline.review_cadence`", a goal's
    type "`type` of goal 'catering-leads'", a list entry "item 2 of
    `organization.values`", so a reader finds the node without knowing JSON
    pointers. An item is named by its identifying key (a goal by its id, a
    channel by its platform) unless that key is the node in question.
    """
    return _describe(path, data, by_label=True)


def _describe(path: PathT, data: Any, *, by_label: bool) -> str:
    if not path:
        return "the plan"
    last = path[-1]
    if isinstance(last, int):
        owner = path[-2] if len(path) >= 2 else None
        if isinstance(owner, str) and owner in _ITEMS:
            noun, label_key = _ITEMS[owner]
            item = _get(data, path)
            label = item.get(label_key) if isinstance(item, dict) and by_label else None
            if isinstance(label, str) and label.strip():
                return f"{noun} '{_short(label)}'"
            return f"{noun} {last + 1}"
        return f"item {last + 1} of {describe(path[:-1], data)}"
    keys: list[str] = []
    index = len(path)
    while index and isinstance(path[index - 1], str):
        index -= 1
        keys.insert(0, str(path[index]))
    name = "`" + ".".join(keys) + "`"
    if not index:
        return name
    owner = path[index - 2] if index >= 2 else None
    labelled_by_this = isinstance(owner, str) and _ITEMS.get(owner, ("", ""))[1] == keys[0]
    return f"{name} of {_describe(path[:index], data, by_label=not labelled_by_this)}"


def _choices(values: Iterable[Any]) -> str:
    shown = [str(v) if isinstance(v, str) else _show(v) for v in values]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " or " + shown[-1]


def _normalize(text: str) -> str:
    return re.sub(r"[\s-]+", "_", text.strip().lower())


def did_you_mean(word: Any, choices: Iterable[str]) -> str | None:
    """The closest of ``choices`` to ``word`` (case, spaces and hyphens forgiven), or ``None``."""
    if not isinstance(word, str):
        return None
    options = [c for c in choices if isinstance(c, str)]
    if word in options:
        return None
    normalized = _normalize(word)
    for option in options:
        if _normalize(option) == normalized:
            return option
    lowered = {option.lower(): option for option in options}
    close = difflib.get_close_matches(normalized, list(lowered), n=1, cutoff=0.6)
    return lowered[close[0]] if close else None


@dataclass(frozen=True, slots=True)
class _Context:
    data: Any
    root: Mapping[str, Any]

    def resolve(self, schema: Any) -> Any:
        """Follow a ``$ref`` to ``#/$defs/...`` (for naming anyOf branches)."""
        target = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(target, str) and target.startswith("#/$defs/"):
            return self.root.get("$defs", {}).get(unescape(target[8:]), schema)
        return schema


_Explained = Iterator[tuple[PathT, Violation]]


def _explain_type(error: SchemaError, ctx: _Context) -> _Explained:
    subject = describe(error.path, ctx.data)
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
        hint = _type_hint(names, error.instance, schema)
    if error.instance is None:
        message = f"{subject} is empty; it should be {expected}"
        hint = "Write a value after the colon, or remove the key."
    else:
        message = f"{subject} should be {expected}, not {_kind(error.instance)}"
    yield error.path, Violation(message, pointer=error.pointer, hint=hint)


def _type_hint(names: Sequence[str], instance: Any, schema: Mapping[str, Any]) -> str:
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
    return "Check the plan format for what this key takes."


def _explain_enum(error: SchemaError, ctx: _Context) -> _Explained:
    subject = describe(error.path, ctx.data)
    values = error.schema_value if isinstance(error.schema_value, list) else []
    message = f"{subject} is {_show(error.instance)}; expected {_choices(values)}"
    guess = did_you_mean(error.instance, values)
    hint = "Use one of these values, exactly as written."
    if guess is not None:
        message += f"; did you mean '{guess}'?"
        hint = f"Write '{guess}'."
    yield error.path, Violation(message, pointer=error.pointer, hint=hint)


def _explain_const(error: SchemaError, ctx: _Context) -> _Explained:
    subject = describe(error.path, ctx.data)
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
    subject = describe(error.path, ctx.data)
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
    where = f" in {describe(error.path, ctx.data)}" if error.path else ""
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
    subject = describe(error.path, ctx.data)
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
    subject = describe(error.path, ctx.data)
    shown = _show(error.instance)
    text = error.instance if isinstance(error.instance, str) else ""
    guess: str | None = None
    if error.schema_value == PLATFORM_PATTERN:
        message = f"{subject} is {shown}; platforms are lower-case names, e.g. instagram"
        guess = did_you_mean(text, KNOWN_PLATFORMS)
        if guess is None and re.match(PLATFORM_PATTERN, _normalize(text)):
            guess = _normalize(text)
        hint = f"Known platforms: {', '.join(KNOWN_PLATFORMS)}; others are allowed in lower case."
    elif error.schema_value == SLUG_PATTERN:
        message = (f"{subject} is {shown}; goal ids are short lower-case names with hyphens, "
                   "e.g. catering-leads")
        slug = re.sub(r"[^a-z0-9_-]+", "-", text.strip().lower()).strip("-_")
        guess = slug or None
        hint = "Use lower-case letters, digits, hyphens and underscores, and update references."
    else:
        message = f"{subject} is {shown}, which does not have the expected form"
        hint = f"It must match the pattern {error.schema_value}."
    if guess is not None and guess != text:
        message += f"; did you mean '{guess}'?"
    yield error.path, Violation(message, pointer=error.pointer, hint=hint)


def _explain_bound(error: SchemaError, ctx: _Context) -> _Explained:
    subject = describe(error.path, ctx.data)
    bound = _show(error.schema_value)
    value = _show(error.instance)
    if error.keyword == "minimum":
        limit = "cannot be negative" if error.schema_value == 0 else f"cannot be less than {bound}"
    else:
        limit = f"cannot be more than {bound}"
    percent = isinstance(error.schema, dict) and error.schema.get("maximum") == 100
    noun = "a percentage" if percent else "it"
    message = f"{subject} is {value}; {noun} {limit}"
    yield error.path, Violation(message, pointer=error.pointer, hint="Correct the number.")


def _explain_length(error: SchemaError, ctx: _Context) -> _Explained:
    subject = describe(error.path, ctx.data)
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


def _explain_any_of(error: SchemaError, ctx: _Context) -> _Explained:
    subject = describe(error.path, ctx.data)
    values, nouns, duration = _branch_nouns(error.schema_value, ctx)
    expected = _choices([*(str(v) if isinstance(v, str) else _show(v) for v in values), *nouns])
    message = f"{subject} is {_show(error.instance)}; expected {expected or 'another value'}"
    guess = did_you_mean(error.instance, [v for v in values if isinstance(v, str)])
    if guess is not None:
        message += f"; did you mean '{guess}'?"
    hint = f"A duration is {durations.ACCEPTED_DURATIONS}." if duration else (
        "Check the plan format for what this key takes.")
    yield error.path, Violation(message, pointer=error.pointer, hint=hint)


def _explain_other(error: SchemaError, ctx: _Context) -> _Explained:
    subject = describe(error.path, ctx.data)
    if error.keyword == "false":
        message = f"{subject} is not allowed here"
    else:
        message = (f"{subject} does not match the plan format "
                   f"({error.keyword}: {_short(json.dumps(error.schema_value, default=str), 60)})")
    yield error.path, Violation(message, pointer=error.pointer,
                                hint="Check the plan format for what this key takes.")


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
}


def explain(errors: Iterable[SchemaError], data: Any,
            schema: Mapping[str, Any] | None = None) -> list[tuple[PathT, Violation]]:
    """Turn schema errors into plain-words violations, each paired with its path.

    One violation per node and keyword (jsonschema reports a missing key once
    per key; they are said together), except unknown keys, which get one
    violation each, pointed at the key. A node with the wrong type reports
    only that: its enum or format would just repeat the point.
    """
    ctx = _Context(data, plan_schema() if schema is None else schema)
    errors = list(errors)
    mistyped = {error.path for error in errors if error.keyword == "type"}
    seen: set[tuple[PathT, str]] = set()
    out: list[tuple[PathT, Violation]] = []
    for error in errors:
        if (error.path, error.keyword) in seen:
            continue
        seen.add((error.path, error.keyword))
        if error.keyword != "type" and error.path in mistyped:
            continue
        out.extend(_EXPLAINERS.get(error.keyword, _explain_other)(error, ctx))
    return out


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
                 schema: Mapping[str, Any] | None = None,
                 reference: bool = False) -> Iterator[Violation]:
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
    errors = validate(plan.data, schema, reference=reference)
    found = explain(errors, plan.data, schema)
    found.extend(content_mix_violations(plan.data))
    found.sort(key=lambda pair: (_path_key(pair[0]), pair[1].message))
    for _, violation in found:
        yield violation
