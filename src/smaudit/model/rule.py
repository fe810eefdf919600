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

from smaudit.model.findings import AREAS, PLAN_AREA, Severity, Violation

if TYPE_CHECKING:
    from smaudit.model.plan import Plan

CODE = re.compile(r"^[A-Z][A-Z0-9]*[0-9]{3}$")
SLUG = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

DOC_SECTIONS = ("What it finds", "Why it hurts", "Example", "Use instead")

RULE_AREAS = (*AREAS, PLAN_AREA)
"""The areas a rule may count against; any other would never lower a score."""


class RuleDefinitionError(ValueError):
    """A rule defined wrongly (unknown area, option without default, ...), naming the rule."""


def check_definition(code: str, slug: str, area: str, options: Mapping[str, Any],
                     docstring: str = "", severity: Any = "warning") -> None:
    """Refuse the mistakes that would otherwise pass silently, each with a did-you-mean.

    :raises RuleDefinitionError: naming the rule and what is wrong.
    """
    from smaudit.model.suggest import closest

    def fail(problem: str, word: str = "", choices: Iterable[str] = ()) -> None:
        close = closest(word, choices) if word else None
        hint = f" (did you mean {close!r}?)" if close else ""
        raise RuleDefinitionError(f"rule {code} ({slug}): {problem}{hint}")

    if not isinstance(code, str) or not CODE.match(code):
        fail(f"code {code!r} is not an upper-case prefix and three digits, such as ACME101")
    if not isinstance(slug, str) or not SLUG.match(slug):
        fail(f"slug {slug!r} is not kebab-case, such as no-crisis-contact")
    try:
        Severity.parse(severity)
    except ValueError as exc:
        fail(str(exc), str(severity), ("error", "warning", "info"))
    if area not in RULE_AREAS:
        fail(f"unknown area {area!r}; areas are {', '.join(RULE_AREAS)}", str(area), RULE_AREAS)
    from smaudit.model.options import option_spec_problem

    for name, spec in (options or {}).items():
        if not isinstance(spec, Mapping) or "default" not in spec:
            fail(f"option {name!r} has no default: every option needs one, so the rule "
                 "runs without configuration")
        problem = option_spec_problem(name, spec)
        if problem:
            fail(problem)
    fenced = False  # a YAML comment inside a code fence is not a heading
    for line in textwrap.dedent(docstring or "").splitlines():
        heading = line.strip()
        if heading.startswith("```"):
            fenced = not fenced
            continue
        title = heading.lstrip("#").strip()
        if not fenced and re.match(r"#+ |##\S", heading) \
                and (title not in DOC_SECTIONS or not heading.startswith("## ")):
            fail(f"docstring heading {heading!r} is not one of "
                 f"{', '.join(repr('## ' + s) for s in DOC_SECTIONS)}; its section would be "
                 "dropped", title, DOC_SECTIONS)


def fence_yaml(body: str, *, prose_ok: bool = False) -> str:
    """``body`` inside a YAML code fence, unless it has one already.

    Pack authors often write ``docs.example`` as bare YAML; unfenced, markdown
    renders it as a bullet list. ``prose_ok`` leaves text that is not YAML-shaped
    alone (``docs.instead`` may be a sentence).
    """
    body = (body or "").strip()
    if not body or "```" in body:
        return body
    if prose_ok and not all(_YAML_LINE.match(line) for line in body.splitlines() if line.strip()):
        return body
    return f"```yaml\n{body}\n```"


_YAML_LINE = re.compile(r"^(?:\s+\S|- |-$|[A-Za-z_$][\w$-]*:(?:\s|$)|#)")
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
        return cls.fenced(get("What it finds"), get("Why it hurts"), get("Example"),
                          get("Use instead"))

    @classmethod
    def fenced(cls, what: str, why: str, example: str, instead: str) -> RuleDocs:
        """Documentation whose bare-YAML example (and YAML-shaped ``instead``) is fenced,
        so ``explain``, the rule pages and the report all render it as code."""
        return cls(what.strip(), why.strip(), fence_yaml(example),
                   fence_yaml(instead, prose_ok=True))

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


def source_location(function: Any) -> tuple[str, int] | None:
    """Where a rule function is defined (its first decorator line), so a mistake in a
    plugin's rule points at the file and line like one in a rule pack does; the path
    is relative to the working directory when the file is under it."""
    import os

    code = getattr(function, "__code__", None)
    if code is None:
        return None
    path = code.co_filename
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive
        relative = path
    return (path if relative.startswith("..") else relative), code.co_firstlineno


def option_defaults(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The ``default`` of each property of an options schema."""
    props = schema.get("properties", {}) if schema else {}
    return {name: spec["default"] for name, spec in props.items() if "default" in spec}


@dataclass(frozen=True, slots=True)
class ActiveRule:
    """A rule as this run will execute it: final severity and merged options.

    Made by ``settings.active_rules`` from the registry and the settings; read by
    the engine and by waivers. It lives beside ``Rule`` so that both can import it
    without importing how it is resolved."""

    code: str
    rule: Rule
    plugin: str
    severity: Severity
    options: Mapping[str, Any]
    builtin: bool = False
    """Registered by one of smaudit's own plugins (carried from the registry)."""


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
    docs_url: str | None = None
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
    docs_url: str | None = None,
    effort: str | None = None,
    impact: str | None = None,
) -> Callable[[Callable[..., Iterable[Violation]]], FunctionRule]:
    """Make a rule from a check function ``f(plan, options) -> Iterable[Violation]``.

    ``options`` is a mapping of option name to JSON Schema (with ``default``);
    the function's docstring is the rule's four-part documentation; ``docs_url``
    is the rule's own documentation page (links in SARIF and reports; built-in
    rules link to smaudit's site, other rules to nothing unless they set one).
    ``effort`` and ``impact`` (``low``, ``medium``, ``high``) rate the fix for the
    client report.

    :raises RuleDefinitionError: for an unknown area, an option without a
        default, a docstring heading that is not one of the four sections, or an
        effort or impact that is not a level.
    """
    def wrap(function: Callable[..., Iterable[Violation]]) -> FunctionRule:
        try:
            for name, level in (("effort", effort), ("impact", impact)):
                if level is not None and level not in LEVELS:
                    raise RuleDefinitionError(f"rule {code} ({slug}): {name} must be one of "
                                              f"{', '.join(LEVELS)}, not {level!r}")
            if isinstance(sources, str):  # tuple() would make one source of each letter
                raise RuleDefinitionError(f"rule {code} ({slug}): sources must be a list of "
                                          f"titles, not text: sources=({sources!r},)")
            if docs_url is not None and not re.match(r"https?://\S+$", str(docs_url)):
                raise RuleDefinitionError(f"rule {code} ({slug}): docs_url {docs_url!r} is not "
                                          "an http:// or https:// address")
            check_definition(code, slug, area, options or {}, function.__doc__ or "",
                             severity)
        except RuleDefinitionError as exc:
            where = source_location(function)
            raise RuleDefinitionError(f"{where[0]}:{where[1]}: {exc}" if where else str(exc)) \
                from None
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
            docs_url=docs_url,
            effort=effort,
            impact=impact,
        )

    return wrap
