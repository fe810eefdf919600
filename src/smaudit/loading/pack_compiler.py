"""Declarative rule packs: YAML files of rules compiled to the ``Rule`` interface.

A pack rule is metadata plus a selector (``channels[*].rationale``) and a
condition; the rule reports every selected node for which the condition
holds. Conditions (one key each, combinable with ``all``, ``any``, ``not``):

- ``missing: true``: the node does not exist; ``present: true``: it does.
- ``empty: true``: missing, null, blank text, or an empty list or mapping.
- ``matches: PHRASES``: text containing a cue phrase (negation-aware; see
  ``cues.py``) or, with ``{regex: ...}``, a regular expression (bounded in
  time, see ``patterns.py``). ``not_matches`` is its negation.
- ``compare: {op, value | option}``: a number compared (``<``, ``<=``, ``>``,
  ``>=``, ``==``, ``!=``); ``length`` and ``count`` do the same with the
  length of a text and the number of items of a list.
- ``references: SELECTOR``: values not found among those the selector names.

``when`` lists preconditions (``{select, <condition>}``), each true when its
condition holds for at least one selected node: ``strategy`` missing matters
only when channels exist. ``PHRASES`` is a list, or ``{option: NAME}`` to use
an option (``phrases`` plus ``extend_phrases``, which every phrase option
gets, so users can replace or extend the list).

Packs are validated by ``schemas/rule-pack.schema.json``; a bad pack is a
``ConfigError`` naming the file, line and problem. Built-in packs are
validated by the test suite instead of at every start-up.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smaudit.loading.selectors import Node, parse, select
from smaudit.loading.templates import parse_template, render
from smaudit.model.errors import ConfigError
from smaudit.model.findings import Severity, Violation
from smaudit.model.plan import MISSING, Plan
from smaudit.model.prose.blank import is_blank
from smaudit.model.rule import RuleDocs

Condition = Callable[[Node, Mapping[str, Any], Plan], "str | bool | None"]
"""A compiled condition: falsy when it does not hold; a string (the matched
text, for messages) or ``True`` when it does."""

_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
    "==": operator.eq, "!=": operator.ne,
}


@dataclass(frozen=True, slots=True)
class PackExample:
    """An embedded example: a plan and the findings (code, line, column) it must give."""

    plan: str
    findings: tuple[tuple[str, int, int], ...] = ()
    line: int = 0


@dataclass(frozen=True, slots=True)
class PackRule:
    """A rule compiled from a pack; satisfies ``smaudit.model.rule.Rule``."""

    code: str
    slug: str
    severity: Severity
    area: str
    summary: str
    selector: str
    condition: Condition
    preconditions: tuple[tuple[str, Condition], ...]
    message: str
    hint: str | None
    options_schema: Mapping[str, Any] = field(default_factory=dict)
    docs: RuleDocs = field(default_factory=RuleDocs)
    sources: tuple[str, ...] = ()
    effort: str | None = None
    impact: str | None = None
    pack: str = ""
    line: int = 0
    valid_examples: tuple[PackExample, ...] = ()
    invalid_examples: tuple[PackExample, ...] = ()
    key: bool = False
    docs_url: str | None = None

    def check(self, plan: Plan, options: Mapping[str, Any]) -> Iterator[Violation]:
        for selector, condition in self.preconditions:
            if not any(condition(node, options, plan) for node in select(plan.data, selector)):
                return
        for node in select(plan.data, self.selector):
            outcome = self.condition(node, options, plan)
            if outcome:
                match = outcome if isinstance(outcome, str) else ""
                yield Violation(
                    message=_render(self.message, node, match, options),
                    pointer=node.pointer,
                    hint=_render(self.hint, node, match, options) if self.hint else None,
                    key=self.key,
                )


def _short(value: Any, limit: int = 60) -> str:
    if value is MISSING or value is None:
        return ""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _render(template: str, node: Node, match: str, options: Mapping[str, Any]) -> str:
    """A message or hint: the template's documented fields substituted, nothing evaluated."""
    item = node.item if isinstance(node.item, dict) else {}

    def lookup(root: str, name: str) -> str:
        return _short(item.get(name)) if root == "item" else _short(options.get(name), 200)

    values = {"value": _short(node.value), "match": match,
              "key": node.pointer.rsplit("/", 1)[-1]}
    return render(template, values, lookup)


def _operand(spec: Mapping[str, Any], options: Mapping[str, Any]) -> Any:
    return options.get(spec["option"]) if "option" in spec else spec.get("value")


def _phrases(spec: Any, options: Mapping[str, Any]) -> tuple[str, ...]:
    if isinstance(spec, Mapping) and "option" in spec:
        name = spec["option"]
        return tuple(options.get(name) or ()) + tuple(options.get(f"extend_{name}") or ())
    if isinstance(spec, Mapping):
        return tuple(spec.get("phrases") or ())
    return tuple(spec or ())


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _compile(spec: Mapping[str, Any], where: str) -> Condition:
    if not isinstance(spec, Mapping) or len(spec) != 1:
        raise ValueError(f"{where}: a condition is a mapping with exactly one key")
    (kind, arg), = spec.items()
    if kind == "missing":
        return lambda node, o, p: (node.value is MISSING) == bool(arg)
    if kind == "present":
        return lambda node, o, p: (node.value is not MISSING) == bool(arg)
    if kind == "empty":
        return lambda node, o, p: is_blank(node.value) == bool(arg)
    if kind in ("matches", "not_matches"):
        matcher = _matcher(arg, where)
        if kind == "matches":
            return matcher
        return lambda node, o, p: not is_blank(node.value) and not matcher(node, o, p)
    if kind in ("compare", "length", "count"):
        op = _OPS.get(arg.get("op", "")) if isinstance(arg, Mapping) else None
        if op is None:
            raise ValueError(f"{where}: {kind} needs op, one of {', '.join(_OPS)}")
        measure = {"compare": _number, "length": _length, "count": _count}[kind]

        def compare(node: Node, options: Mapping[str, Any], plan: Plan) -> bool:
            left, right = measure(node.value), _operand(arg, options)
            return left is not None and isinstance(right, int | float) and op(left, right)

        return compare
    if kind == "references":
        parse(arg)
        last: list[Any] = [None, frozenset()]  # the plan last asked about, its known values

        def dangling(node: Node, options: Mapping[str, Any], plan: Plan) -> str | bool:
            # every node of a plan is checked against the same values: found once per plan
            if last[0] is not plan:
                last[:] = [plan, frozenset(n.value for n in select(plan.data, arg)
                                           if isinstance(n.value, str))]
            known = last[1]
            values = node.value if isinstance(node.value, list) else [node.value]
            missing = [v for v in values if isinstance(v, str) and v not in known]
            return ", ".join(missing) if missing else False

        return dangling
    if kind in ("all", "any"):
        parts = [_compile(s, where) for s in arg]
        if kind == "all":
            def every(node: Node, o: Mapping[str, Any], p: Plan) -> str | bool:
                found: str | bool = True  # the first part's match, if any says one
                for part in parts:  # conditions have no side effects: the first no decides
                    result = part(node, o, p)
                    if not result:
                        return False
                    if found is True and isinstance(result, str):
                        found = result
                return found
            return every

        def some(node: Node, o: Mapping[str, Any], p: Plan) -> str | bool:
            for part in parts:
                result = part(node, o, p)
                if result:
                    return result
            return False
        return some
    if kind == "not":
        inner = _compile(arg, where)
        return lambda node, o, p: not inner(node, o, p)
    raise ValueError(f"{where}: unknown condition {kind!r}")


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _length(value: Any) -> int | None:
    if value is MISSING or value is None:
        return 0
    return len(value.strip()) if isinstance(value, str) else None


def _count(value: Any) -> int | None:
    if value is MISSING or value is None:
        return 0
    return len(value) if isinstance(value, list | dict) else None


def _matcher(arg: Any, where: str) -> Condition:
    if isinstance(arg, Mapping) and "regex" in arg:
        from smaudit.model.patterns import compile_user_pattern

        try:
            pattern = compile_user_pattern(arg["regex"])
        except ValueError as exc:
            raise ValueError(f"{where}: bad regex: {exc}") from None

        def by_regex(node: Node, options: Mapping[str, Any], plan: Plan) -> str | bool:
            for text in _texts(node.value):
                found = pattern.search(text)
                if found:
                    return found.group(0) or True
            return False

        return by_regex

    from smaudit.model.prose.cues import compile_cues, validate_phrases

    if not (isinstance(arg, Mapping) and "option" in arg):
        validate_phrases(_phrases(arg, {}))  # fail at load time on bad phrase syntax

    def by_phrase(node: Node, options: Mapping[str, Any], plan: Plan) -> str | bool:
        phrases = _phrases(arg, options)
        if not phrases or is_blank(node.value):
            return False
        found = compile_cues(phrases).find(node.value)
        return found.text if found else False

    return by_phrase


def _options_schema(options: Mapping[str, Any]) -> dict:
    properties = dict(options or {})
    for name, spec in list(properties.items()):
        if spec.get("type") == "array" and f"extend_{name}" not in properties:
            properties[f"extend_{name}"] = {
                "type": "array", "items": spec.get("items", {}), "default": [],
                "description": f"Added to `{name}` instead of replacing it.",
            }
    return {"type": "object", "properties": properties, "additionalProperties": False}


def _examples(entries: Iterable[Any], line: int) -> tuple[PackExample, ...]:
    out = []
    for entry in entries or ():
        if isinstance(entry, str):
            out.append(PackExample(entry, (), line))
        else:
            found = tuple((f["code"], int(f["line"]), int(f["column"]))
                          for f in entry.get("findings") or ())
            out.append(PackExample(entry["plan"], found, line))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Pack:
    """A loaded pack: its ``pack:`` name and ``description`` (shown by ``smaudit plugins``
    and carried by findings as plugin ``pack:NAME``), its file and its compiled rules."""

    name: str
    description: str
    path: str
    rules: tuple[PackRule, ...]

    @property
    def plugin(self) -> str:
        return f"pack:{self.name}"


def load_pack(path: Path, *, validate: bool = True,
              roots: Iterable[str] | Mapping[str, Any] = ()) -> list[PackRule]:
    """The compiled rules of one pack file (see ``read_pack``)."""
    return list(read_pack(path, validate=validate, roots=roots).rules)


def read_pack(path: Path, *, validate: bool = True,
              roots: Iterable[str] | Mapping[str, Any] = ()) -> Pack:
    """Read, validate and compile one pack file.

    :param validate: check it against the rule-pack schema and for the mistakes
        the schema cannot see (``pack_checks``); built-in packs skip this at run
        time because the test suite does it.
    :param roots: top-level plan sections plugins declared, which selectors may name:
        their schemas by name (selectors and examples are then checked inside them
        too), or only their names.
    :raises ConfigError: naming the file, the line and the rule of the first problem.
    """
    from smaudit.model.yamlread import ProblemKind, read

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read rule pack: {exc.strerror}", path=str(path)) from None
    parsed = read(raw, noun="rule pack")
    if parsed.data is None:
        problem = parsed.problems[0]
        if problem.kind in (ProblemKind.NOT_A_MAPPING, ProblemKind.EMPTY):
            raise ConfigError("the top level of a rule pack must be a mapping with a `rules:` "
                              "list", path=str(path), line=problem.span.line)
        raise ConfigError(f"rule pack is not valid YAML: {problem.message}", path=str(path),
                          line=problem.span.line)
    document = Plan(path=str(path), text=parsed.text or "", data=parsed.data,
                    values=parsed.values, keys=parsed.keys, duplicates=parsed.duplicates)
    if validate:
        sections = dict(roots) if isinstance(roots, Mapping) else {r: {} for r in roots}
        _validate(document, path, sections)
    rules = []
    data = document.data if isinstance(document.data, dict) else {}
    pack_name = data.get("pack") if isinstance(data.get("pack"), str) else path.stem
    for index, entry in enumerate(data.get("rules") or []):
        pointer = f"/rules/{index}"
        line = document.locate(pointer).line
        where = f"rule {entry.get('code', index)}" if isinstance(entry, Mapping) else \
            f"rule #{index + 1}"
        try:
            rules.append(_compile_rule(entry, pack_name, line, where))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            message = str(exc) if str(exc).startswith("rule ") else f"{where}: {exc}"
            raise ConfigError(message, path=str(path), line=line) from None
    description = data.get("description") if isinstance(data.get("description"), str) else ""
    return Pack(pack_name, description, str(path), tuple(rules))


def _compile_rule(entry: Mapping[str, Any], pack: str, line: int, where: str) -> PackRule:
    parse(entry["select"])
    for field_name in ("message", "hint"):
        if entry.get(field_name) is not None:
            try:
                parse_template(entry[field_name])
            except ValueError as exc:
                raise ValueError(f"{where}: {field_name}: {exc}") from None
    for pre in entry.get("when") or ():
        parse(pre["select"])
    options = _options_schema(entry.get("options") or {})
    docs = entry.get("docs") or {}
    examples = entry.get("examples") or {}
    return PackRule(
        code=entry["code"],
        slug=entry["slug"],
        severity=Severity.parse(entry["severity"]),
        area=entry["area"],
        summary=entry.get("summary", ""),
        selector=entry["select"],
        condition=_compile(entry["condition"], where),
        preconditions=tuple(
            (pre["select"], _compile({k: v for k, v in pre.items() if k != "select"}, where))
            for pre in entry.get("when") or ()
        ),
        message=entry["message"],
        hint=entry.get("hint"),
        options_schema=options,
        docs=RuleDocs.fenced(docs.get("what", ""), docs.get("why", ""),
                             docs.get("example", ""), docs.get("instead", "")),
        sources=tuple(str(s) for s in entry.get("sources") or ()),
        effort=entry.get("effort"),
        impact=entry.get("impact"),
        pack=pack,
        line=line,
        valid_examples=_examples(examples.get("valid"), line),
        invalid_examples=_examples(examples.get("invalid"), line),
        key=bool(entry.get("locate_key", False)),
        docs_url=entry.get("docs_url"),
    )


VALID_PACKS_KEPT = 256
"""Packs remembered as valid; plenty for every plugin a user has installed."""


def _validate(document: Plan, path: Path, sections: Mapping[str, Any]) -> None:
    """Check a pack against the rule-pack schema and ``pack_checks``, once per content.

    Validity depends only on the pack's bytes, the plugin sections selectors may
    name, and smaudit's code, so a pack that passed is remembered in the user
    cache (``smaudit.model.cache``): jsonschema costs more to import than the rest of a
    run, and a plugin's packs rarely change.
    """
    import json

    from smaudit.model.cache import Store, cache_key, user_cache_dir

    store = Store(user_cache_dir(), "valid-packs", VALID_PACKS_KEPT)
    key = cache_key("valid-pack", document.text,
                    json.dumps(sections, sort_keys=True, default=repr))
    if store.read(key) is True:
        return
    _check(document, path, sections)
    store.write(key, True)


def _check(document: Plan, path: Path, sections: Mapping[str, Any]) -> None:
    """Raise the first problem of the pack (in file order) as a located ``ConfigError``."""
    from smaudit.loading.pack_checks import (
        check_examples,
        check_rule,
        check_unique,
        schema_problems,
    )
    from smaudit.model.schema import extend_schema, plan_schema

    data = document.data
    problems = schema_problems(data)
    if not problems:
        schema = plan_schema()
        added = {name: section for name, section in sections.items()
                 if name not in schema.get("properties", {})}
        extended = extend_schema(schema, added) if added else schema
        problems.extend(check_unique(data))
        for index, entry in enumerate(data.get("rules") or ()):
            problems.extend(check_rule(entry, index, data, extended))
            problems.extend(check_examples(entry, index, data, extended))
    if not problems:
        return

    def line_of(problem: Any) -> int:
        return document.locate(problem.pointer, key=problem.key).line

    first = min(enumerate(problems), key=lambda p: (line_of(p[1]), p[0]))[1]
    raise ConfigError(first.message, path=str(path), line=line_of(first))
