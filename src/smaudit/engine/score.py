"""The readiness score: every area starts at 100 and loses points per finding.

Findings that count cost points, and so do findings a baseline covers: a
baseline decides which findings fail a build, not how ready the plan is, so
a plan scores the same with or without ``--baseline``. Findings waived by a
comment in the plan (a decision recorded where the problem is) do not cost
points. Plan-file findings (area ``plan``) count against every area. A plan
that cannot be read at all has no score (see ``smaudit.linter.lint``). The same
findings always give the same score.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from smaudit.model.findings import AREAS, PLAN_AREA, Finding, Score

DEFAULT_WEIGHTS: Mapping[str, float] = {"error": 25, "warning": 10, "info": 2}


def readiness(findings: Iterable[Finding], weights: Mapping[str, float] | None = None) -> Score:
    """Per-area scores (floored at 0) and their mean, rounded to one decimal."""
    weights = {**DEFAULT_WEIGHTS, **(weights or {})}
    lost = dict.fromkeys(AREAS, 0.0)
    for finding in findings:
        if finding.suppressed is not None and finding.suppressed.kind != "baseline":
            continue
        cost = float(weights[finding.severity.label])
        targets = AREAS if finding.area == PLAN_AREA else (finding.area,)
        for area in targets:
            if area in lost:
                lost[area] += cost
    areas = tuple((area, round(max(0.0, 100.0 - lost[area]), 1)) for area in AREAS)
    overall = round(sum(value for _, value in areas) / len(areas), 1)
    return Score(overall=overall, areas=areas)
