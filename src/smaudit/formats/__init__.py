"""Output formats: one module per format, and the helpers they share.

A formatter turns a finished ``RunResults`` (sorted, suppressed, scored results
plus rule metadata) into text; that interface lives in ``smaudit.model.output`` and
is re-exported here. Formats are registered through the
``smaudit_register_formats`` hook, built-ins included (``builtin.py``).
"""

from __future__ import annotations

from collections.abc import Mapping

from smaudit.model.findings import RunSummary
from smaudit.model.output import DOCS_URL, FormatOptions, Formatter, RuleMeta, RunResults

__all__ = ["DOCS_URL", "NO_SCORE", "FormatOptions", "Formatter", "RuleMeta", "RunResults",
           "score_text", "severity_counts", "statistics", "unscored_note"]


def severity_counts(summary: RunSummary) -> str:
    """``2 errors, 1 warning, 0 info`` with correct plurals."""
    def plural(n: int, word: str) -> str:
        return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"

    return ", ".join((plural(summary.errors, "error"), plural(summary.warnings, "warning"),
                      plural(summary.infos, "info")))


NO_SCORE = "no score"
"""Shown for a plan that could not be read, which has no readiness score."""


def unscored_note(report: RunResults) -> str:
    """``no score (the plan could not be read)`` or ``2 plans with no score (could not
    be read)``; empty when every plan has a score."""
    unscored = [r for r in report.results if r.score is None]
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
