"""Output formats: the ``Formatter`` interface and the ``Report`` it renders.

A formatter turns a finished ``Report`` (sorted, suppressed, scored results
plus rule metadata) into text. Formats are registered through the
``smaudit_register_formats`` hook, built-ins included, so ``--format``
choices come from the registry.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from smaudit.model import Result, RunSummary
from smaudit.rule import RuleDocs

DOCS_URL = "https://smaudit.dev/rules/{slug}"
"""Where each rule's page lives; SARIF and the report link to it."""


@dataclass(frozen=True, slots=True)
class RuleMeta:
    """What formatters need to know about a rule (without importing it)."""

    code: str
    slug: str
    severity: str
    area: str
    summary: str
    plugin: str
    docs: RuleDocs = field(default_factory=RuleDocs)
    sources: tuple[str, ...] = ()
    url: str | None = ""
    """The rule's documentation page: ``""`` for smaudit's own page (built-in rules),
    ``None`` for none (a third-party rule that sets no ``docs_url``), else its own."""
    effort: str | None = None
    impact: str | None = None

    @property
    def help_uri(self) -> str | None:
        return DOCS_URL.format(slug=self.slug, code=self.code) if self.url == "" else self.url


@dataclass(frozen=True, slots=True)
class FormatOptions:
    """Presentation choices from the command line."""

    color: bool = False
    show_score: bool = False
    statistics: bool = False
    quiet: bool = False


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a formatter may show: results, counts, rules, problems of the run."""

    results: tuple[Result, ...]
    summary: RunSummary
    rules: Mapping[str, RuleMeta] = field(default_factory=dict)
    version: str = ""
    options: FormatOptions = field(default_factory=FormatOptions)
    errors: tuple[str, ...] = ()
    root: str = ""
    """The directory machine formats write paths relative to (``--root``; see
    ``smaudit.roots``); empty means the working directory."""

    @property
    def root_dir(self) -> str:
        return self.root or os.getcwd()


@runtime_checkable
class Formatter(Protocol):
    """An output format: ``--format NAME`` renders the report with it."""

    name: str
    description: str

    def render(self, report: Report) -> str:
        """The complete output, ending with a newline unless empty."""
        ...


def severity_counts(summary: RunSummary) -> str:
    """``2 errors, 1 warning, 0 info`` with correct plurals."""
    def plural(n: int, word: str) -> str:
        return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"

    return ", ".join((plural(summary.errors, "error"), plural(summary.warnings, "warning"),
                      plural(summary.infos, "info")))


NO_SCORE = "no score"
"""Shown for a plan that could not be read, which has no readiness score."""


def unscored_note(report: Report) -> str:
    """``no score (the plan could not be read)`` or ``2 plans with no score (could not
    be read)``; empty when every plan has a score."""
    unscored = [r for r in report.results if r.is_plan and r.score is None]
    if not unscored:
        return ""
    if len(report.results) == 1:
        return f"{NO_SCORE} (the plan could not be read)"
    count = len(unscored)
    return f"{count} plan{'s' if count != 1 else ''} with {NO_SCORE} (could not be read)"


def score_text(value: float) -> str:
    """A score as people write it: ``72.5`` or ``100``."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def statistics(summary: RunSummary, rules: Mapping[str, RuleMeta]) -> list[str]:
    """ruff-style ``--statistics`` rows: count, code, slug, most frequent first."""
    rows = sorted(summary.by_code, key=lambda item: (-item[1], item[0]))
    width = max((len(str(n)) for _, n in rows), default=1)
    return [f"{n:>{width}}  {code:<7} {rules[code].slug if code in rules else ''}".rstrip()
            for code, n in rows]
