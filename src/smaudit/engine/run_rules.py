"""Run the active rules over one loaded plan and stamp what they report.

The engine does no I/O. It turns loader problems and rule violations into
``Finding`` objects (code, slug, severity, area and plugin from the rule;
location from the plan's position table), isolates rules from each other, applies
waivers, and scores the result.

A rule that raises is a bug in the rule, not a problem of the plan, so it is
never a finding: it becomes a ``RuleCrash`` carried beside the file's result
(the run exits 2 and names the rule and its plugin on standard error), which
no waiver or baseline can hide, no score counts and no client report shows.
The other rules still run.
"""

from __future__ import annotations

import datetime as dt
import traceback as tb
import types
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from smaudit.engine.score import readiness
from smaudit.loading.loader import PARSE_LEVEL, Loaded
from smaudit.model.findings import Finding, Location, Result, Severity, Violation
from smaudit.model.plan import Plan
from smaudit.model.rule import ActiveRule
from smaudit.model.timebound import TimeBound, time_bounds


@dataclass(frozen=True, slots=True)
class RuleCrash:
    """A rule that raised (or overran its time bound) instead of returning violations.

    The one representation of a failed rule: the CLI prints ``describe()`` (and
    ``traceback`` under ``--debug``), machine formats list it among the run's errors.
    """

    code: str
    plugin: str
    error: str
    slug: str = ""
    path: str = ""
    traceback: str = ""

    def describe(self) -> str:
        """One line naming the file, the rule and its plugin, and the exception."""
        name = f"{self.code} ({self.slug})" if self.slug else self.code
        where = f"{self.path}: " if self.path else ""
        return f"{where}rule {name} of plugin {self.plugin} crashed: {self.error}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """A file's result plus the crashes behind it (they make the run exit 2)."""

    result: Result
    crashes: tuple[RuleCrash, ...] = ()


def _locate(plan: Plan | None, path: str, violation: Violation) -> Location:
    if violation.span is not None:
        return Location.at(path, violation.span, violation.pointer)
    if plan is None:
        return Location(path, 1, 1, 1, 1, violation.pointer)
    return plan.locate(violation.pointer, key=violation.key)


def _stamp(active: ActiveRule, violation: Violation, location: Location) -> Finding:
    severity = active.severity
    if violation.escalate and severity == active.rule.severity:
        severity = Severity.ERROR
    return Finding(
        code=active.code,
        slug=active.rule.slug,
        severity=severity,
        message=violation.message,
        location=location,
        hint=violation.hint,
        area=active.rule.area,
        plugin=active.plugin,
    )


def run_rules(plan: Plan, rules: Sequence[ActiveRule], *, timeout: float | None = None,
              propagate: bool = False) -> tuple[list[Finding], list[RuleCrash]]:
    """Every violation of every rule, stamped; crashes and time-outs isolated per rule.

    :param propagate: let a rule's exception through instead of recording a
        ``RuleCrash`` (``smaudit.testing``, where the traceback is what a rule's
        author needs).
    """
    with time_bounds(timeout) as bound:
        return _run_rules(plan, rules, bound, propagate)


_VIOLATIONS = frozenset({types.GeneratorType, list, tuple})
"""What checks return (a generator, mostly): known to be fine without asking the
``Iterable`` ABC, which costs more than the rest of a rule's bookkeeping."""


def _run_rules(plan: Plan, rules: Sequence[ActiveRule], bound: TimeBound,
               propagate: bool = False) -> tuple[list[Finding], list[RuleCrash]]:
    findings: list[Finding] = []
    crashes: list[RuleCrash] = []
    for active in rules:
        if active.code in PARSE_LEVEL:
            continue
        try:
            with bound:
                returned = active.rule.check(plan, active.options)
                if type(returned) not in _VIOLATIONS and (
                        not isinstance(returned, Iterable) or isinstance(returned, (str, bytes))):
                    raise TypeError(f"check() returned {type(returned).__name__}, not "
                                    "violations (yield each Violation, or return a list)")
                violations = list(returned)
            stamped = []
            for violation in violations:
                if not isinstance(violation, Violation):
                    raise TypeError(f"check() yielded {type(violation).__name__}, "
                                    "not a Violation")
                stamped.append(_stamp(active, violation, _locate(plan, plan.path, violation)))
        except Exception as exc:  # a plugin's bug must not stop the other rules
            if propagate:
                raise
            crashes.append(RuleCrash(active.code, active.plugin, f"{type(exc).__name__}: {exc}",
                                     active.rule.slug, plan.path, tb.format_exc()))
            continue
        findings.extend(stamped)
    return findings, crashes


def lint_loaded(
    loaded: Loaded,
    path: str,
    rules: Sequence[ActiveRule],
    *,
    score_weights: Mapping[str, float] | None = None,
    today: dt.date | None = None,
    timeout: float | None = None,
    propagate: bool = False,
) -> Outcome:
    """Lint one loaded file: loader problems, rules, waivers, score.

    :param propagate: re-raise a rule's exception (see ``run_rules``).
    """
    by_code = {active.code: active for active in rules}
    findings: list[Finding] = []
    for problem in loaded.problems:
        active = by_code.get(problem.code or "")
        if active is not None:
            findings.append(_stamp(active, problem, _locate(loaded.plan, path, problem)))
    crashes: list[RuleCrash] = []
    organization = None
    plan = loaded.plan
    if plan is not None:
        found, crashes = run_rules(plan, rules, timeout=timeout, propagate=propagate)
        findings.extend(found)
        findings = _apply_waivers(plan, findings, by_code, today,
                                  frozenset(crash.code for crash in crashes))
        name = plan.section("organization").get("name")
        organization = name if isinstance(name, str) else None
    findings = sorted(_dedupe(findings), key=lambda f: f.sort_key)
    return Outcome(
        Result(path=path, findings=tuple(findings), score=readiness(findings, score_weights),
               organization=organization),
        tuple(crashes),
    )


def _apply_waivers(plan: Plan, findings: list[Finding], by_code: Mapping[str, ActiveRule],
                   today: dt.date | None, crashed: frozenset[str] = frozenset()
                   ) -> list[Finding]:
    """Mark findings covered by ``# smaudit: disable=...`` comments (and report unused
    ones, except those naming a rule that crashed: it could not find anything)."""
    if "smaudit:" not in plan.text:
        return findings
    from smaudit.engine.suppressions import apply_suppressions

    return apply_suppressions(plan, findings, by_code, today or dt.date.today(), crashed)


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    seen: set[tuple] = set()
    unique = []
    for finding in findings:
        key = (finding.code, finding.location, finding.message)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique
