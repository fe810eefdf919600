"""Bytes to ``Plan``: the plan's reading of a YAML file, and the rule codes of its problems.

``yamlread`` reads the YAML (data, positions, comments, limits) and says what is
wrong as a ``ProblemKind``; this module makes a ``Plan`` of what it read and turns
each problem into a ``Violation`` of the rule that reports it: SMA001 for a file
that cannot be read as a plan, SMA006 for one past a limit, SMA002 for a key or
number no rule can use. Nothing raises past this module.

The codes of the problems that leave nothing to lint live here, and only here
(``PARSE_LEVEL``): the engine, the report and the formats ask this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from smaudit.model.findings import Violation
from smaudit.model.plan import Plan
from smaudit.model.platforms import PLATFORM_ALIASES
from smaudit.model.yamlread import Document, Limits, Problem, ProblemKind, read, resolve_plain

__all__ = ["LIMITS", "PARSE_LEVEL", "PLATFORM_ALIASES", "SYNTAX", "Limits", "Loaded",
           "load", "load_document", "resolve_plain"]

SYNTAX = "SMA001"
"""yaml-syntax: the file cannot be read as a plan."""
LIMITS = "SMA006"
"""plan-too-large: reading the file would cost more than any plan needs."""
VALUES = "SMA002"
"""The schema rule, which also reports keys and numbers no rule can use."""
PARSE_LEVEL = frozenset({SYNTAX, LIMITS})
"""Codes of the problems that stop a plan from being read: no rule ran on it."""

_CODES = {"syntax": SYNTAX, "limit": LIMITS, "value": VALUES}

_PLAN_WORDS: dict[ProblemKind, tuple[str | None, str]] = {
    ProblemKind.EMPTY: ("the file is empty: a plan needs at least an organization",
                        "Start from `smaudit init` or the example in the plan-format docs."),
    ProblemKind.NOT_A_MAPPING: (None, "Start the plan with `organization:` and the other "
                                      "sections as keys."),
}
"""A plan's own message (None: the reader's) and hint for the kinds a plan words itself."""


@dataclass(frozen=True, slots=True)
class Loaded:
    """The outcome of loading one file: a plan (unless it could not be read as
    one) and the problems found on the way."""

    plan: Plan | None
    problems: tuple[Violation, ...] = ()
    text: str | None = None
    """The decoded text, when decoding succeeded (for showing source lines)."""


def violation(problem: Problem) -> Violation:
    """A reader's problem as the finding of the rule that reports it, in a plan's words."""
    message, hint = problem.message, problem.hint
    words = _PLAN_WORDS.get(problem.kind)
    if words is not None:
        message, hint = words[0] or message, words[1]
    return Violation(message=message, hint=hint, span=problem.span,
                     code=_CODES[problem.kind.family])


def _normalize_platforms(data: dict) -> None:
    def fix(value: Any) -> Any:
        return PLATFORM_ALIASES.get(value, value) if isinstance(value, str) else value

    def fix_list(container: Any, key: str) -> None:
        if isinstance(container, dict) and isinstance(container.get(key), list):
            container[key] = [fix(v) for v in container[key]]

    def items(container: Any, key: str) -> list:
        value = container.get(key) if isinstance(container, dict) else None
        return value if isinstance(value, list) else []

    for channel in items(data, "channels"):
        if isinstance(channel, dict) and "platform" in channel:
            channel["platform"] = fix(channel["platform"])
    for tactic in items(data, "tactics"):
        fix_list(tactic, "channels")
    fix_list(data.get("customer_service"), "platforms")
    for segment in items(data.get("audience"), "segments"):
        fix_list(segment, "platforms")


def load(raw: bytes | str, path: str = "<stdin>", *, limits: Limits | None = None,
         reference: bool = False) -> Loaded:
    """Load one plan. Never raises for bad input: problems come back as violations.

    ``reference=True`` parses with ruamel.yaml's round-trip parser instead of
    libyaml; the results are identical, only slower (tests compare the two).
    """
    return load_document(read(raw, limits=limits, reference=reference, noun="plan"), path)


def load_document(document: Document, path: str = "<stdin>") -> Loaded:
    """A plan of a file the reader has already read (``read(..., noun="plan")``), as
    ``load`` makes it: the evidence that a found file is a plan reads it, and the
    linter does not read it twice. Calling it again on the same document gives the
    same plan (normalizing platform names is idempotent)."""
    problems = tuple(violation(problem) for problem in document.problems)
    if document.data is None:
        return Loaded(None, problems, document.text)
    _normalize_platforms(document.data)
    assert document.text is not None
    plan = Plan(path=path, text=document.text, data=document.data, values=document.values,
                keys=document.keys, duplicates=document.duplicates,
                comments=document.comments)
    return Loaded(plan, problems, document.text)
