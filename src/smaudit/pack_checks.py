"""Load-time checks of a rule pack: every mistake a located one-line error naming the rule.

A pack that passes its JSON Schema can still be wrong in ways that would only
show at run time, or never: ``{option: b2b_marker}`` naming no option, a
selector rooted at ``buisness_goals``, a message field ``{itme[id]}`` that
renders empty, an example plan that is not a plan. These checks find them
when the pack loads, and turn JSON Schema's own messages (``Additional
properties are not allowed``, a selector regex dumped whole) into sentences
that name the rule and suggest the key.

Each problem is a ``PackProblem``: the message and the JSON pointer of the
node at fault, which ``packs.py`` turns into the pack file's line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from smaudit.suggest import closest

CONDITION_KINDS = ("missing", "present", "empty", "matches", "not_matches", "compare",
                   "length", "count", "references", "all", "any", "not")


@dataclass(frozen=True, slots=True)
class PackProblem:
    """One mistake in a pack: what is wrong and where (a JSON pointer into the pack)."""

    message: str
    pointer: str
    key: bool = False


def rule_name(data: Any, index: int) -> str:
    """``rule HOUSE102`` when the rule has a code, else ``rule #3``."""
    rules = data.get("rules") if isinstance(data, Mapping) else None
    entry = rules[index] if isinstance(rules, list) and index < len(rules) else None
    code = entry.get("code") if isinstance(entry, Mapping) else None
    return f"rule {code}" if isinstance(code, str) and code else f"rule #{index + 1}"


def _did_you_mean(word: Any, choices: Iterable[str]) -> str:
    close = closest(str(word), list(choices)) if isinstance(word, str) else None
    return f" (did you mean {close!r}?)" if close else ""


def _pointer(path: Iterable[Any]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


# ----------------------------------------------------------------------- schema errors

_KEYWORD_ORDER = {"additionalProperties": 0, "enum": 1, "pattern": 1, "type": 1,
                  "required": 3}


def explain_schema_errors(errors: Iterable[Any], data: Any) -> list[PackProblem]:
    """JSON Schema errors as sentences naming the rule, most useful first per node.

    A missing required key beside an unknown one is almost always the same typo
    (``conditon``), so only the unknown key, with its did-you-mean, is reported.
    """
    errors = list(errors)
    unknown = {tuple(e.absolute_path) for e in errors if e.validator == "additionalProperties"}
    errors = [e for e in errors
              if not (e.validator == "required" and tuple(e.absolute_path) in unknown)]
    return [_explain(error, data) for error in
            sorted(errors, key=lambda e: (_KEYWORD_ORDER.get(e.validator, 2),
                                          -len(e.absolute_path)))]


def _explain(error: Any, data: Any) -> PackProblem:
    path = list(error.absolute_path)
    where, field = "the pack", ".".join(str(p) for p in path)
    if len(path) >= 2 and path[0] == "rules" and isinstance(path[1], int):
        where, field = rule_name(data, path[1]), ".".join(str(p) for p in path[2:])
    pointer = _pointer(path)
    instance, schema, keyword = error.instance, error.schema, error.validator
    at = f" in {field}" if field else ""
    if keyword == "additionalProperties" and isinstance(instance, Mapping):
        known = list(schema.get("properties", {}))
        extra = [k for k in instance if k not in known]
        key = extra[0] if extra else "?"
        noun = "condition" if set(known) >= set(CONDITION_KINDS) else "key"
        return PackProblem(f"{where}: unknown {noun} {_quote(key)}{at}{_did_you_mean(key, known)}; "
                           f"expected one of {', '.join(known)}", f"{pointer}/{key}", key=True)
    if keyword == "required" and isinstance(instance, Mapping):
        missing = [k for k in error.validator_value if k not in instance]
        return PackProblem(f"{where}: missing required key {missing[0]!r}{at}", pointer,
                           key=True)
    if keyword == "enum":
        choices = [str(c) for c in error.validator_value]
        return PackProblem(f"{where}: {field or 'value'} is {_quote(instance)}, not one of "
                           f"{', '.join(choices)}{_did_you_mean(instance, choices)}", pointer)
    if keyword == "pattern":
        return PackProblem(f"{where}: {field} {_quote(instance)} {_pattern_advice(path)}",
                           pointer)
    if keyword == "type":
        wanted = error.validator_value
        wanted = " or ".join(wanted) if isinstance(wanted, list) else wanted
        subject = f"{where}: {field}" if field else where
        return PackProblem(f"{subject} must be {_NOUNS.get(wanted, wanted)}, not "
                           f"{_NOUNS.get(_kind(instance), _kind(instance))}", pointer)
    if keyword in ("minProperties", "maxProperties") and "condition" in field:
        return PackProblem(f"{where}: {field} must hold exactly one condition "
                           f"({', '.join(CONDITION_KINDS)})", pointer)
    if keyword in ("minProperties", "maxProperties"):
        return PackProblem(f"{where}: {field} must have `select` and exactly one condition",
                           pointer)
    if keyword in ("minItems", "minLength"):
        return PackProblem(f"{where}: {field} must not be empty", pointer)
    if keyword in ("oneOf", "anyOf"):
        return PackProblem(f"{where}: {field} {_alternatives(path)}", pointer)
    text = error.message if len(error.message) <= 100 else error.message[:97] + "..."
    return PackProblem(f"{where}: {field or 'the pack'}: {text}", pointer)


def _quote(value: Any, limit: int = 60) -> str:
    """A value as it appears in a message: quoted, escaped, and never more than a line."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "...'"


_NOUNS = {"string": "text", "number": "a number", "integer": "a whole number",
          "boolean": "true or false", "array": "a list", "object": "a mapping",
          "null": "empty"}


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return "null"


def _pattern_advice(path: list[Any]) -> str:
    last = str(path[-1]) if path else ""
    if last == "code":
        return "is not a rule code: an upper-case prefix of your own and three digits, ACME101"
    if last == "docs_url":
        return "is not an http:// or https:// address"
    if last == "slug":
        return "is not a kebab-case slug such as no-crisis-contact"
    return ("is not a selector: keys joined by '.', with [*] or [N] after a list, such as "
            "channels[*].rationale ($ is the whole plan)")


def _alternatives(path: list[Any]) -> str:
    last = str(path[-1]) if path else ""
    if last in ("matches", "not_matches"):
        return "must be a list of phrases, {option: NAME} or {regex: PATTERN}"
    if last in ("compare", "length", "count"):
        return "needs `op` and exactly one of `value` or `option`"
    return "does not match any of the allowed shapes"


# ----------------------------------------------------------------------- meaning

def check_rule(entry: Mapping[str, Any], index: int, data: Any, plan_schema: Mapping[str, Any],
               extra_roots: Iterable[str] = ()) -> Iterator[PackProblem]:
    """What the schema cannot see in one (schema-valid) rule."""
    name = rule_name(data, index)
    base = f"/rules/{index}"
    options = set(entry.get("options") or {})
    options |= {f"extend_{o}" for o, spec in (entry.get("options") or {}).items()
                if isinstance(spec, Mapping) and spec.get("type") == "array"}
    for pointer, option in _option_refs(entry, base):
        if option not in options:
            declared = ", ".join(sorted(options)) or "none"
            yield PackProblem(f"{name}: {{option: {option}}} names no option of the rule"
                              f"{_did_you_mean(option, options)}; declared: {declared}", pointer)
    for pointer, pattern in _keyed(entry, base, "regex"):
        problem = _regex_problem(pattern)
        if problem:
            yield PackProblem(f"{name}: bad regex: {problem}", pointer)
    for pointer, selector in _selectors(entry, base):
        problem = _selector_problem(selector, plan_schema, extra_roots)
        if problem:
            yield PackProblem(f"{name}: selector {_quote(selector)}: {problem}", pointer)
    from smaudit.templates import TemplateError, item_fields, option_names, parse_template

    for field in ("message", "hint"):
        template = entry.get(field)
        if not isinstance(template, str):
            continue
        try:
            parse_template(template)
        except TemplateError as exc:
            yield PackProblem(f"{name}: {field}: {exc}", f"{base}/{field}")
            continue
        for option in option_names(template):
            if option not in options:
                yield PackProblem(f"{name}: {field}: {{options[{option}]}} names no option of "
                                  f"the rule{_did_you_mean(option, options)}", f"{base}/{field}")
        selector = entry.get("select")
        for item_field in item_fields(template):
            problem = _item_field_problem(item_field, selector, plan_schema) \
                if isinstance(selector, str) else None
            if problem:
                yield PackProblem(f"{name}: {field}: {{item[{item_field}]}} {problem}",
                                  f"{base}/{field}")


def _option_refs(entry: Mapping[str, Any], base: str) -> Iterator[tuple[str, str]]:
    for pointer, value in _keyed(entry, base, "option"):
        if isinstance(value, str):
            yield pointer, value


def _keyed(entry: Mapping[str, Any], base: str, wanted: str) -> Iterator[tuple[str, Any]]:
    """``(pointer, value)`` of every ``wanted`` key in the rule's condition and ``when``."""
    def walk(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
        if isinstance(node, Mapping):
            for key, value in node.items():
                if key == wanted:
                    yield f"{pointer}/{key}", value
                else:
                    yield from walk(value, f"{pointer}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{pointer}/{i}")

    yield from walk(entry.get("condition"), f"{base}/condition")
    yield from walk(entry.get("when"), f"{base}/when")


def _regex_problem(pattern: Any) -> str | None:
    """Why a pack's regex cannot be used (the bounded compiler's own reason), or ``None``."""
    from smaudit.patterns import compile_user_pattern

    try:
        compile_user_pattern(pattern)
    except (ValueError, TypeError) as exc:
        return str(exc)
    return None


def _selectors(entry: Mapping[str, Any], base: str) -> Iterator[tuple[str, str]]:
    if isinstance(entry.get("select"), str):
        yield f"{base}/select", entry["select"]
    for i, pre in enumerate(entry.get("when") or ()):
        if isinstance(pre, Mapping) and isinstance(pre.get("select"), str):
            yield f"{base}/when/{i}/select", pre["select"]
    for pointer, value in _keyed(entry, base, "references"):
        if isinstance(value, str):
            yield pointer, value


def _selector_problem(selector: str, schema: Mapping[str, Any],
                      extra_roots: Iterable[str]) -> str | None:
    """Why the selector names no node the plan format can have, or ``None``.

    Follows the plan schema key by key as far as it is unambiguous (properties,
    items, ``$ref``); a key the schema does not allow at its place is reported with
    the closest known key. ``x-`` keys and plugin sections are always allowed.
    """
    from smaudit.selectors import parse

    try:
        steps = parse(selector)
    except ValueError as exc:
        return str(exc).split(": ", 1)[-1]
    roots = set(extra_roots)
    node: Any = schema
    for depth, step in enumerate(steps):
        node = _resolve(node, schema)
        if node is None:
            return None
        if isinstance(step, str) and step != "*":
            if step.startswith("x-") or (depth == 0 and step in roots):
                return None
            properties = node.get("properties")
            if not isinstance(properties, Mapping):
                return None
            if step not in properties:
                if node.get("additionalProperties", True) is not False:
                    return None
                if any(re.search(p, step) for p in node.get("patternProperties") or {}):
                    return None
                known = sorted(properties) + ([] if depth else sorted(roots))
                place = "the top of the plan" if depth == 0 else f"'{_show(steps[:depth])}'"
                return (f"{step!r} is not a key at {place}{_did_you_mean(step, known)}")
            node = properties[step]
        else:
            items = node.get("items")
            if not isinstance(items, Mapping):
                return None
            node = items
    return None


def _item_field_problem(item_field: str, selector: str, schema: Mapping[str, Any]
                        ) -> str | None:
    """Why ``{item[FIELD]}`` would always render empty for this selector, or ``None``.

    The item is the list element the selector passed through last
    (``channels[*].rationale``: the channel). A selector through no list has no
    item; an item whose schema allows no such key never has it.
    """
    from smaudit.selectors import parse

    try:
        steps = parse(selector)
    except ValueError:
        return None
    node: Any = schema
    item: Mapping[str, Any] | None = None
    for step in steps:
        node = _resolve(node, schema)
        if node is None:
            return None  # beyond what the plan format describes: cannot tell
        if step == "*" or isinstance(step, int):
            node = node.get("items")
            item = _resolve(node, schema)
            if item is None:
                return None
        else:
            properties = node.get("properties")
            if not isinstance(properties, Mapping) or step not in properties:
                return None
            node = properties[step]
    if item is None:
        return (f"is always empty: selector {_quote(selector)} passes through no list, so there "
                "is no enclosing item")
    properties = item.get("properties")
    if item_field.startswith("x-") or not isinstance(properties, Mapping) \
            or item_field in properties or item.get("additionalProperties", True) is not False:
        return None
    return (f"is always empty: the items {_quote(selector)} passes through have no key "
            f"{item_field!r}{_did_you_mean(item_field, properties)}")


def _show(steps: Iterable[str | int]) -> str:
    """Selector steps written back as a selector: ``channels[*]``."""
    text = ""
    for step in steps:
        text += f"[{step}]" if step == "*" or isinstance(step, int) else \
            (f".{step}" if text else step)
    return text


def _resolve(node: Any, schema: Mapping[str, Any]) -> Mapping[str, Any] | None:
    for _ in range(8):  # a few hops of $ref, never a loop
        if not isinstance(node, Mapping):
            return None
        ref = node.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/$defs/"):
            return node
        node = schema.get("$defs", {}).get(ref[len("#/$defs/"):])
    return None


def check_unique(data: Any) -> Iterator[PackProblem]:
    """A code or slug used twice in one pack, located at the second use."""
    seen: dict[tuple[str, str], int] = {}
    for index, entry in enumerate(data.get("rules") or ()):
        for field in ("code", "slug"):
            value = entry.get(field)
            if (field, value) in seen:
                first = seen[(field, value)]
                yield PackProblem(f"rule #{index + 1}: {field} {value} is already used by rule "
                                  f"#{first + 1} of this pack", f"/rules/{index}/{field}")
            seen.setdefault((field, value), index)


def check_examples(entry: Mapping[str, Any], index: int, data: Any,
                   plan_schema: Mapping[str, Any]) -> Iterator[PackProblem]:
    """Each example plan parses and matches the plan format (else it tests nothing real)."""
    import textwrap

    from smaudit.loader import load
    from smaudit.schema import check_schema

    name = rule_name(data, index)
    examples = entry.get("examples") or {}
    for kind in ("valid", "invalid"):
        for i, example in enumerate(examples.get(kind) or ()):
            text = example if isinstance(example, str) else example.get("plan")
            pointer = f"/rules/{index}/examples/{kind}/{i}"
            if not isinstance(text, str):
                continue
            label = f"{name}: {kind} example #{i + 1}"
            text = textwrap.dedent(text)  # as `smaudit test-rules` reads it
            loaded = load(text[1:] if text.startswith("\n") else text, "example.yaml")
            if loaded.plan is None:
                yield PackProblem(f"{label} is not valid YAML: {loaded.problems[0].message}",
                                  pointer)
                continue
            for violation in check_schema(loaded.plan, schema=plan_schema):
                line = loaded.plan.locate(violation.pointer, key=violation.key).line
                yield PackProblem(f"{label} does not match the plan format (its line {line}): "
                                  f"{violation.message}", pointer)
                break
