"""Load-time checks of a rule pack: every mistake a located one-line error naming the rule.

A pack that passes its JSON Schema can still be wrong in ways that would only
show at run time, or never: ``{option: b2b_marker}`` naming no option, a
selector rooted at ``buisness_goals``, a message field ``{itme[id]}`` that
renders empty, an example plan that is not a plan. These checks find them
when the pack loads; the schema's own findings are worded by the schema
service (``smaudit.model.schema``), as for plans and config files.

Each problem is a ``PackProblem``: the message and the JSON pointer of the
node at fault, which ``pack_compiler`` turns into the pack file's line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from smaudit.model.suggest import did_you_mean


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
    close = did_you_mean(word, choices)
    return f"; did you mean {close!r}?" if close else ""


def _quote(value: Any, limit: int = 60) -> str:
    """A value as it appears in a message: quoted, escaped, and never more than a line."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "...'"


def schema_problems(data: Any) -> list[PackProblem]:
    """The pack's mistakes against ``schemas/rule-pack.schema.json``, worded by the
    schema service as SMA002 words a plan's (a rule named by its code)."""
    from smaudit.model.schema import RULE_PACK, pack_schema, problems

    return [PackProblem(problem.message, problem.pointer, problem.key)
            for problem in problems(data, pack_schema(), RULE_PACK)]


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
            yield PackProblem(f"{name}: {{option: {option}}} names no option of the rule "
                              f"(declared: {declared}){_did_you_mean(option, options)}", pointer)
    for option, spec in (entry.get("options") or {}).items():
        problem = _option_problem(option, spec) if isinstance(spec, Mapping) else None
        if problem:
            yield PackProblem(f"{name}: {problem}", f"{base}/options/{option}")
    for pointer, pattern in _keyed(entry, base, "regex"):
        problem = _regex_problem(pattern)
        if problem:
            yield PackProblem(f"{name}: bad regex: {problem}", pointer)
    for pointer, selector in _selectors(entry, base):
        problem = _selector_problem(selector, plan_schema, extra_roots)
        if problem:
            yield PackProblem(f"{name}: selector {_quote(selector)}: {problem}", pointer)
    from smaudit.loading.templates import TemplateError, item_fields, option_names, parse_template

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
    from smaudit.model.patterns import compile_user_pattern

    try:
        compile_user_pattern(pattern)
    except (ValueError, TypeError) as exc:
        return str(exc)
    return None


def _option_problem(option: str, spec: Mapping[str, Any]) -> str | None:
    """An option whose schema is not a JSON Schema, or whose default its own schema
    refuses (``default: three`` for an integer): found at load, not by the first user
    who sets the option or by a rule that silently never fires."""
    from smaudit.model.options import option_spec_problem
    from smaudit.model.schema import DEFAULT, problems, schema_problem

    problem = option_spec_problem(option, spec)
    if problem or "default" not in spec:
        return problem
    invalid = schema_problem(spec)
    if invalid:
        return f"option {option!r} {invalid}"
    found = problems(spec["default"], spec, DEFAULT, bounded=True)
    return f"option {option!r}: {found[0].message}" if found else None


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
    from smaudit.loading.selectors import parse

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
            properties = node.get("properties")
            if isinstance(properties, Mapping) and step in properties:
                node = properties[step]  # a plugin's section too: followed like the rest
                continue
            if step.startswith("x-") or (depth == 0 and step in roots):
                return None
            if not isinstance(properties, Mapping) \
                    or node.get("additionalProperties", True) is not False \
                    or any(re.search(p, step) for p in node.get("patternProperties") or {}):
                return None
            known = sorted(properties) + ([] if depth else sorted(roots))
            place = "the top of the plan" if depth == 0 else f"'{_show(steps[:depth])}'"
            return f"{step!r} is not a key at {place}{_did_you_mean(step, known)}"
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
    from smaudit.loading.selectors import parse

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
    rules = data.get("rules") or ()
    for index, entry in enumerate(rules):
        for field in ("code", "slug"):
            value = entry.get(field)
            if (field, value) in seen:
                first = seen[(field, value)]
                yield PackProblem(f"{_label(entry, index)}: {field} {value} is already used by "
                                  f"{_label(rules[first], first)} of this pack",
                                  f"/rules/{index}/{field}")
            seen.setdefault((field, value), index)


def _label(entry: Mapping[str, Any], index: int) -> str:
    """``rule HOUSE102 (too-many-channels)``: the code and slug name a rule, where the
    code alone is ambiguous in a message about a duplicate code."""
    return f"rule {entry.get('code')} ({entry.get('slug')}, #{index + 1})"


def check_examples(entry: Mapping[str, Any], index: int, data: Any,
                   plan_schema: Mapping[str, Any]) -> Iterator[PackProblem]:
    """Each example plan parses and matches the plan format (else it tests nothing real)."""
    import textwrap

    from smaudit.loading.loader import load
    from smaudit.model.schema import check_schema

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
