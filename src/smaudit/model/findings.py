"""The data every stage passes forward: severities, locations, findings, results.

Everything here is a frozen, slotted dataclass so that a finding cannot change
after the engine stamps it, results can be cached and compared byte for byte,
and sorting is defined in exactly one place.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so ``--fail-on`` is a comparison."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        """The lower-case name used in config, output and JSON."""
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        """Read ``error``/``warning``/``info`` (any case); raise ``ValueError`` otherwise."""
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r}: expected error, warning or info"
            ) from None

    def __str__(self) -> str:
        return self.label


AREAS: tuple[str, ...] = (
    "goals",
    "channels",
    "service",
    "measurement",
    "expectations",
    "resources",
    "tactics",
    "foundations",
)
"""The readiness-score areas, in report order. Plan-file rules use area ``plan``."""

PLAN_AREA = "plan"


@dataclass(frozen=True, slots=True)
class AreaTitle:
    """An area's name for each reader, on purpose in different words.

    ``reference`` heads the area in the rule reference (``docs/rules/index.md``),
    written for plan authors who look a rule up; ``client`` names it in the
    client report, in the words of someone who reads no rule codes ("Answering
    people" rather than "Customer service and listening").
    """

    reference: str
    client: str


AREA_TITLES: Mapping[str, AreaTitle] = {
    PLAN_AREA: AreaTitle("The plan file", "The plan file"),
    "goals": AreaTitle("Goals and strategy", "Goals and strategy"),
    "channels": AreaTitle("Channels and audience", "Choice of channels"),
    "service": AreaTitle("Customer service and listening", "Answering people"),
    "measurement": AreaTitle("Measurement", "Measuring results"),
    "expectations": AreaTitle("Expectations", "Expectations and timeline"),
    "resources": AreaTitle("People, time and money", "Time and money"),
    "tactics": AreaTitle("Tactics and content", "Activities"),
    "foundations": AreaTitle("Foundations", "Foundations"),
}
"""Every area's titles, the one place they are written (the rule reference and the
client report both read them here)."""


def area_title(area: str, *, client: bool = False) -> str:
    """The title of ``area`` in the rule reference, or with ``client`` in the client
    report; an area the table does not know (a plugin's own) is shown capitalized."""
    titles = AREA_TITLES.get(area)
    if titles is None:
        return area.replace("_", " ").capitalize()
    return titles.client if client else titles.reference


class Span(NamedTuple):
    """A region of a file: 1-based line and column of its start and end.

    A named tuple rather than a frozen dataclass: the loader makes one for every
    node of every plan, and a tuple is several times cheaper to create while
    being just as immutable.
    """

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points: the file, the region, and the node's JSON pointer.

    The pointer (``/channels/0/rationale``) identifies the node independently of
    line numbers, which is what baselines and fingerprints key on.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    pointer: str = ""

    @classmethod
    def at(cls, path: str, span: Span, pointer: str = "") -> Location:
        return cls(path, span.line, span.column, span.end_line, span.end_column, pointer)


@dataclass(frozen=True, slots=True)
class Suppression:
    """Why a finding does not count: a waiver comment or a baseline entry."""

    reason: str
    until: str | None = None
    kind: str = "comment"  # "comment", "file-comment" or "baseline"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one plan, ready to print: what, where, how bad, what to do."""

    code: str
    slug: str
    severity: Severity
    message: str
    location: Location
    hint: str | None = None
    area: str = PLAN_AREA
    plugin: str = "smaudit"
    suppressed: Suppression | None = None

    @property
    def sort_key(self) -> tuple:
        """Findings sort by file, line, column, then code, then message."""
        loc = self.location
        return (loc.path, loc.line, loc.column, self.code, self.message, loc.pointer)


@dataclass(frozen=True, slots=True)
class Score:
    """The readiness score: per-area figures (0-100) and their mean."""

    overall: float
    areas: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Result:
    """Everything smaudit has to say about one file."""

    path: str
    findings: tuple[Finding, ...] = ()
    score: Score | None = None
    organization: str | None = None
    lines: tuple[tuple[int, str], ...] = ()
    """The source lines the findings point at, for display (number, text)."""

    @property
    def active(self) -> tuple[Finding, ...]:
        """The findings that count: those no waiver or baseline covers."""
        return tuple(f for f in self.findings if f.suppressed is None)


@dataclass(frozen=True, slots=True)
class Violation:
    """What a rule reports before the engine stamps code, severity and location.

    A rule names the node by JSON ``pointer``; ``key=True`` points at the
    mapping key instead of its value (for unknown or duplicate keys). Loader
    problems that have no node yet carry an explicit ``span``.
    """

    message: str
    pointer: str = ""
    hint: str | None = None
    key: bool = False
    span: Span | None = None
    code: str | None = None  # set only by stages that report for several rules
    escalate: bool = False
    """Report as an error when the rule runs at its default severity (for the
    worst form of a pattern, e.g. every metric a vanity metric)."""

    def __post_init__(self) -> None:
        """Check the shape where a violation enters the engine: a wrong one raises in the
        rule that made it (reported with its plugin), not later in a formatter."""
        problem = _violation_problem(self)
        if problem:
            raise TypeError(f"Violation {problem}")


def _violation_problem(v: Violation) -> str | None:
    if not isinstance(v.message, str):
        return f"message must be text, not {type(v.message).__name__}"
    if not isinstance(v.pointer, str):
        return f"pointer must be text, not {type(v.pointer).__name__}"
    if v.pointer and not v.pointer.startswith("/"):
        return f"pointer {v.pointer[:40]!r} must be empty or start with '/'"
    if v.hint is not None and not isinstance(v.hint, str):
        return f"hint must be text or None, not {type(v.hint).__name__}"
    if v.span is not None and not isinstance(v.span, Span):
        return f"span must be a Span or None, not {type(v.span).__name__}"
    if v.code is not None and not isinstance(v.code, str):
        return f"code must be text or None, not {type(v.code).__name__}"
    if not isinstance(v.key, bool) or not isinstance(v.escalate, bool):
        return "key and escalate must be True or False"
    return None


@dataclass(frozen=True, slots=True)
class RunSummary:
    """Counts over a whole run, for the summary line and machine formats."""

    files: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    suppressed: int = 0
    by_code: tuple[tuple[str, int], ...] = field(default_factory=tuple)
