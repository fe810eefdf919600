"""The rule interface every rule satisfies, built-in, plugin or rule pack.

A rule is metadata (code, slug, default severity, area, options with
defaults, four-part documentation, source articles) plus a ``check`` that
yields ``Violation`` objects naming nodes by JSON pointer. The engine stamps
code, severity and location on each, as yamllint's linter does, so a rule
never formats positions or decides its own severity.

Python rules are written as plain functions under the ``@rule`` decorator;
the docstring holds the documentation in four ``##`` sections (ruff's
shape): ``What it finds``, ``Why it hurts``, ``Example``, ``Use instead``.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from smaudit.model import Severity, Violation

if TYPE_CHECKING:
    from smaudit.plan import Plan

CODE = re.compile(r"^[A-Z][A-Z0-9]*[0-9]{3}$")
SLUG = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

DOC_SECTIONS = ("What it finds", "Why it hurts", "Example", "Use instead")

LEVELS = ("low", "medium", "high")
"""The values of a rule's ``effort`` (to fix) and ``impact`` (on the business); the
client report ranks and schedules its recommendations by them."""


@dataclass(frozen=True, slots=True)
class RuleDocs:
    """The four parts of a rule's documentation, in markdown."""

    what: str = ""
    why: str = ""
    example: str = ""
    instead: str = ""

    @classmethod
    def from_markdown(cls, text: str) -> RuleDocs:
        """Split a docstring into the four ``## Heading`` sections."""
        text = textwrap.dedent(text or "").strip()
        parts: dict[str, list[str]] = {}
        current = None
        for line in text.splitlines():
            heading = line.strip()
            if heading.startswith("## ") and heading[3:].strip() in DOC_SECTIONS:
                current = heading[3:].strip()
                parts[current] = []
            elif current is not None:
                parts[current].append(line)
        get = lambda name: "\n".join(parts.get(name, [])).strip()  # noqa: E731
        return cls(get("What it finds"), get("Why it hurts"), get("Example"), get("Use instead"))

    def to_markdown(self) -> str:
        sections = zip(DOC_SECTIONS, (self.what, self.why, self.example, self.instead),
                       strict=True)
        return "\n\n".join(f"## {title}\n\n{body}" for title, body in sections if body)

    @property
    def complete(self) -> bool:
        return all((self.what, self.why, self.example, self.instead))


@runtime_checkable
class Rule(Protocol):
    """What the engine needs of a rule. Attributes are read once at registration."""

    code: str
    slug: str
    severity: Severity
    area: str
    summary: str
    options_schema: Mapping[str, Any]
    docs: RuleDocs
    sources: tuple[str, ...]

    def check(self, plan: Plan, options: Mapping[str, Any]) -> Iterable[Violation]:
        """Yield a ``Violation`` for each problem found in ``plan``."""
        ...


def option_defaults(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The ``default`` of each property of an options schema."""
    props = schema.get("properties", {}) if schema else {}
    return {name: spec["default"] for name, spec in props.items() if "default" in spec}


@dataclass(frozen=True, slots=True)
class FunctionRule:
    """A rule whose check is a Python function; made by ``@rule``."""

    code: str
    slug: str
    severity: Severity
    area: str
    summary: str
    function: Callable[..., Iterable[Violation]]
    options_schema: Mapping[str, Any] = field(default_factory=dict)
    docs: RuleDocs = field(default_factory=RuleDocs)
    sources: tuple[str, ...] = ()
    effort: str | None = None
    """How much work a fix takes: ``low``, ``medium`` or ``high`` (None: not rated)."""
    impact: str | None = None
    """How much a fix matters to the business: ``low``, ``medium`` or ``high``."""

    def check(self, plan: Plan, options: Mapping[str, Any]) -> Iterable[Violation]:
        return self.function(plan, options)


def rule(
    *,
    code: str,
    slug: str,
    severity: str | Severity,
    area: str,
    summary: str,
    options: Mapping[str, Any] | None = None,
    sources: Iterable[str] = (),
    effort: str | None = None,
    impact: str | None = None,
) -> Callable[[Callable[..., Iterable[Violation]]], FunctionRule]:
    """Make a rule from a check function ``f(plan, options) -> Iterable[Violation]``.

    ``options`` is a mapping of option name to JSON Schema (with ``default``);
    the function's docstring is the rule's four-part documentation. ``effort``
    and ``impact`` (``low``, ``medium``, ``high``) rate the fix for the client report.
    """
    for name, level in (("effort", effort), ("impact", impact)):
        if level is not None and level not in LEVELS:
            raise ValueError(f"rule {code}: {name} must be one of {', '.join(LEVELS)}, "
                             f"not {level!r}")

    def wrap(function: Callable[..., Iterable[Violation]]) -> FunctionRule:
        schema = {
            "type": "object",
            "properties": dict(options or {}),
            "additionalProperties": False,
        }
        return FunctionRule(
            code=code,
            slug=slug,
            severity=Severity.parse(severity),
            area=area,
            summary=summary,
            function=function,
            options_schema=schema,
            docs=RuleDocs.from_markdown(function.__doc__ or ""),
            sources=tuple(sources),
            effort=effort,
            impact=impact,
        )

    return wrap
