"""What the readiness report says, independent of how it is rendered.

``build_report`` turns one plan's ``Result`` and the rules' metadata into a
``ReadinessReport``: the score and its areas, an executive summary in plain
words, the findings grouped by area and then by rule (so a rule that fires
five times explains itself once), the waived findings with their reasons,
and the articles the rules draw on. ``compare`` adds what changed since a
previous ``smaudit --format json`` run. Everything is a frozen dataclass so
the HTML and markdown renderers can only read it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from smaudit.errors import UsageError
from smaudit.formatters import RuleMeta, score_text
from smaudit.model import AREAS, PLAN_AREA, Finding, Result, Severity
from smaudit.sources import SOURCES, source_title

AREA_TITLES: Mapping[str, str] = {
    PLAN_AREA: "The plan file",
    "goals": "Goals and strategy",
    "channels": "Motivation and channel choice",
    "service": "Customer service and values",
    "measurement": "Measurement",
    "expectations": "Expectations and timeline",
    "resources": "Resources",
    "tactics": "Tactics",
    "foundations": "Foundations",
}
"""Area names as a client reads them."""

BANDS: tuple[tuple[float, str, str], ...] = (
    (95, "Ready", "The plan is ready to put into action; what remains are refinements."),
    (85, "Nearly ready", "The plan is nearly ready: close the gaps below before launch."),
    (70, "Needs work", "The plan needs work before it can deliver business results."),
    (0, "Not ready", "The plan is not ready: some of its foundations are missing."),
)
"""Score thresholds with a one-word verdict and a sentence for the summary. A mean
over eight areas moves slowly (one warning costs 1.25 points), hence high floors."""

UNREADABLE = frozenset({"SMA001", "SMA006"})
"""Findings that mean the plan could not be read at all: the verdict is "Not ready"."""

CRITICAL_CAP = "Needs work"
"""The best verdict a plan with a critical (error) finding can get, whatever its score."""


def area_title(area: str) -> str:
    """The client-facing name of an area (a plugin's own area is shown capitalized)."""
    return AREA_TITLES.get(area, area.replace("_", " ").capitalize())


def long_date(date: dt.date) -> str:
    """``22 November 2027``: unambiguous wherever the client is, whatever the locale."""
    months = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
    return f"{date.day} {months[date.month - 1]} {date.year}"


def band(score: float, critical: int = 0) -> tuple[str, str]:
    """``(verdict, sentence)`` for a score; critical findings cap it at "Needs work"."""
    chosen = BANDS[-1]
    for entry in BANDS:
        if score >= entry[0]:
            chosen = entry
            break
    if critical:
        cap = next(i for i, entry in enumerate(BANDS) if entry[1] == CRITICAL_CAP)
        chosen = BANDS[max(cap, BANDS.index(chosen))]
    return chosen[1], chosen[2]


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One finding: where it is and what exactly is wrong there."""

    message: str
    path: str
    line: int
    column: int
    pointer: str
    hint: str | None = None
    severity: str = "warning"
    reason: str | None = None
    """For a waived finding: the reason given in the waiver or baseline."""
    until: str | None = None
    kind: str | None = None

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class RuleGroup:
    """A rule that fired, with its explanation and every place it fired."""

    code: str
    slug: str
    title: str
    severity: str
    area: str
    why: str
    instead: str
    help_uri: str
    occurrences: tuple[Occurrence, ...]


@dataclass(frozen=True, slots=True)
class AreaScore:
    """An area's score now and, when comparing, at the previous audit."""

    area: str
    title: str
    score: float
    findings: int = 0
    previous: float | None = None

    @property
    def delta(self) -> float | None:
        return None if self.previous is None else round(self.score - self.previous, 1)


@dataclass(frozen=True, slots=True)
class AreaSection:
    """The findings of one area, by rule, most severe first."""

    area: str
    title: str
    score: float | None
    rules: tuple[RuleGroup, ...]


@dataclass(frozen=True, slots=True)
class Priority:
    """One of the top things to fix, in a sentence and a to-do."""

    code: str
    title: str
    severity: str
    area: str
    todo: str


@dataclass(frozen=True, slots=True)
class ExecutiveSummary:
    """The summary a client reads first."""

    verdict: str
    sentences: tuple[str, ...]
    strongest: tuple[AreaScore, ...]
    weakest: tuple[AreaScore, ...]
    critical: int
    warnings: int
    notes: int
    priorities: tuple[Priority, ...]


@dataclass(frozen=True, slots=True)
class Change:
    """A finding that was fixed or is new since the previous audit."""

    code: str
    title: str
    area: str
    message: str
    location: str


@dataclass(frozen=True, slots=True)
class Comparison:
    """What moved since the previous audit (``--compare OLD.json``)."""

    source: str
    previous_overall: float | None
    overall_delta: float | None
    fixed: tuple[Change, ...]
    new: tuple[Change, ...]
    unchanged: int
    waived: tuple[Change, ...] = ()
    """Findings that still exist but are now covered by a waiver or the baseline."""


@dataclass(frozen=True, slots=True)
class ReadinessReport:
    """Everything the report shows, ready to render."""

    organization: str
    date: dt.date
    path: str
    version: str
    overall: float
    verdict: str
    areas: tuple[AreaScore, ...]
    sections: tuple[AreaSection, ...]
    summary: ExecutiveSummary
    suppressed: tuple[RuleGroup, ...] = ()
    sources: tuple[str, ...] = ()
    comparison: Comparison | None = None
    clean_areas: tuple[str, ...] = field(default=())
    """Titles of the areas with no finding at all."""


def _meta(finding: Finding, rules: Mapping[str, RuleMeta]) -> RuleMeta:
    meta = rules.get(finding.code)
    if meta is not None:
        return meta
    return RuleMeta(code=finding.code, slug=finding.slug, severity=finding.severity.label,
                    area=finding.area, summary=finding.slug.replace("-", " ").capitalize() + ".",
                    plugin=finding.plugin)


def rule_title(meta: RuleMeta) -> str:
    """A rule's summary as a heading: without the closing full stop."""
    return (meta.summary or meta.slug).strip().rstrip(".")


def _occurrence(finding: Finding) -> Occurrence:
    loc = finding.location
    waiver = finding.suppressed
    return Occurrence(message=finding.message, path=loc.path, line=loc.line, column=loc.column,
                      pointer=loc.pointer, hint=finding.hint, severity=finding.severity.label,
                      reason=waiver.reason if waiver else None,
                      until=waiver.until if waiver else None,
                      kind=waiver.kind if waiver else None)


def _groups(findings: Iterable[Finding], rules: Mapping[str, RuleMeta]) -> list[RuleGroup]:
    by_code: dict[str, list[Finding]] = {}
    for finding in findings:
        by_code.setdefault(finding.code, []).append(finding)
    groups = []
    for code, found in by_code.items():
        meta = _meta(found[0], rules)
        worst = max(f.severity for f in found)
        groups.append(RuleGroup(
            code=code, slug=meta.slug, title=rule_title(meta), severity=worst.label,
            area=found[0].area, why=meta.docs.why, instead=meta.docs.instead,
            help_uri=meta.help_uri, occurrences=tuple(_occurrence(f) for f in found)))
    groups.sort(key=lambda g: (-int(Severity.parse(g.severity)), g.code))
    return groups


def _area_order(area: str) -> int:
    if area == PLAN_AREA:
        return -1
    return AREAS.index(area) if area in AREAS else len(AREAS)


def _first_sentence(text: str) -> str:
    """The opening sentence of a doc section, without markdown code blocks."""
    prose = " ".join(line.strip() for line in text.split("```")[0].splitlines() if line.strip())
    end = prose.find(". ")
    return prose if end < 0 else prose[:end + 1]


def _priorities(active: Sequence[Finding], rules: Mapping[str, RuleMeta],
                area_scores: Mapping[str, float]) -> tuple[Priority, ...]:
    """The three rules to fix first: most severe, then in the weakest area, then first found."""
    ranked = sorted(active, key=lambda f: (-int(f.severity),
                                           area_scores.get(f.area, -1.0),
                                           _area_order(f.area), f.sort_key))
    out: list[Priority] = []
    for finding in ranked:
        if any(p.code == finding.code for p in out):
            continue
        meta = _meta(finding, rules)
        todo = finding.hint or _first_sentence(meta.docs.instead) or finding.message
        out.append(Priority(code=finding.code, title=rule_title(meta),
                            severity=finding.severity.label, area=finding.area, todo=todo))
        if len(out) == 3:
            break
    return tuple(out)


def _names(areas: Sequence[AreaScore]) -> str:
    titles = [a.title for a in areas]
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _summary(organization: str, overall: float, areas: Sequence[AreaScore],
             active: Sequence[Finding], rules: Mapping[str, RuleMeta]) -> ExecutiveSummary:
    counts = Counter(f.severity for f in active)
    critical, warnings, notes = (counts[Severity.ERROR], counts[Severity.WARNING],
                                 counts[Severity.INFO])
    verdict, verdict_sentence = band(overall, critical)
    if any(f.code in UNREADABLE for f in active):
        verdict, verdict_sentence = BANDS[-1][1], ("The plan file could not be read, so "
                                                    "nothing else in it was checked yet.")
    top = max(a.score for a in areas)
    bottom = min(a.score for a in areas)
    strongest = tuple(a for a in areas if a.score == top)
    weakest = tuple(a for a in areas if a.score == bottom)
    score = score_text(overall)
    sentences = [f"{organization}'s social media plan scores {score} out of 100 for "
                 f"readiness. {verdict_sentence}"]
    if top == bottom:
        sentences.append(f"Every area scores {score_text(top)}.")
    else:
        each = " each" if len(strongest) > 1 else ""
        sentences.append(f"Strongest: {_names(strongest)} ({score_text(top)}{each}). "
                         f"Weakest: {_names(weakest)} ({score_text(bottom)}"
                         f"{' each' if len(weakest) > 1 else ''}).")
    if critical:
        along = f", along with {_plural(warnings, 'warning')}" if warnings else ""
        sentences.append(f"{_plural(critical, 'critical issue')} must be fixed before the "
                         f"plan can work{along}.")
    elif warnings:
        sentences.append(f"There are no critical issues, and {_plural(warnings, 'warning')} "
                         "to address.")
    elif notes:
        sentences.append(f"There are no critical issues or warnings, only "
                         f"{_plural(notes, 'suggestion')}.")
    else:
        sentences.append("The audit found nothing to fix.")
    area_scores = {a.area: a.score for a in areas}
    priorities = _priorities(active, rules, area_scores)
    return ExecutiveSummary(verdict=verdict, sentences=tuple(sentences), strongest=strongest,
                            weakest=weakest, critical=critical, warnings=warnings, notes=notes,
                            priorities=priorities)


def _sources(findings: Sequence[Finding], rules: Mapping[str, RuleMeta]) -> tuple[str, ...]:
    """Titles of the articles behind the rules that fired (all of them if none did)."""
    metas = [_meta(f, rules) for f in findings] or list(rules.values())
    refs: list[str] = []
    for meta in metas:
        for ref in meta.sources:
            if ref not in refs:
                refs.append(ref)
    ordered = sorted(refs, key=lambda r: (str(r).zfill(3) not in SOURCES, str(r).zfill(3)))
    return tuple(dict.fromkeys(source_title(r) for r in ordered))


def build_report(result: Result, rules: Mapping[str, RuleMeta], *, date: dt.date,
                 version: str = "", organization: str | None = None) -> ReadinessReport:
    """The report for one plan's lint result."""
    name = organization or result.organization or os.path.basename(result.path) or "The plan"
    active = result.active
    scores = dict(result.score.areas) if result.score else dict.fromkeys(AREAS, 0.0)
    overall = result.score.overall if result.score else 0.0
    per_area = Counter(f.area for f in active)
    areas = tuple(AreaScore(area=a, title=area_title(a), score=scores.get(a, 0.0),
                            findings=per_area[a] + per_area[PLAN_AREA])
                  for a in AREAS if a in scores)
    sections = []
    for area in sorted({f.area for f in active}, key=lambda a: (_area_order(a), a)):
        groups = _groups((f for f in active if f.area == area), rules)
        sections.append(AreaSection(area=area, title=area_title(area),
                                    score=scores.get(area), rules=tuple(groups)))
    waived = [f for f in result.findings if f.suppressed is not None]
    summary = _summary(name, overall, areas, active, rules)
    touched = {f.area for f in active}
    clean = tuple(a.title for a in areas if a.area not in touched and PLAN_AREA not in touched)
    return ReadinessReport(
        organization=name, date=date, path=result.path, version=version, overall=overall,
        verdict=summary.verdict, areas=areas, sections=tuple(sections), summary=summary,
        suppressed=tuple(_groups(waived, rules)), sources=_sources(result.findings, rules),
        clean_areas=clean)


# --- comparing with a previous audit -------------------------------------------------


def _identity(code: str, pointer: str, message: str) -> tuple[str, str]:
    """A finding's identity across audits: its rule and node (its message if it has none)."""
    return (code, pointer or message)


def _previous_file(document: Any, result: Result) -> Mapping[str, Any]:
    """The entry of ``files`` in an old JSON report that describes the same plan."""
    if not isinstance(document, Mapping) or not isinstance(document.get("files"), list):
        raise UsageError("the --compare file is not `smaudit --format json` output "
                         "(no `files` list)")
    files = [f for f in document["files"] if isinstance(f, Mapping)]
    if not files:
        raise UsageError("the --compare file lists no files")
    candidates = (
        [f for f in files if f.get("path") == result.path],
        [f for f in files if os.path.basename(str(f.get("path", "")))
         == os.path.basename(result.path)],
        [f for f in files if result.organization
         and f.get("organization") == result.organization],
        files if len(files) == 1 else [],
    )
    for found in candidates:
        if len(found) == 1:
            return found[0]
    raise UsageError(f"the --compare file has {len(files)} files and none is clearly "
                     f"{result.path}")


def _number(value: Any) -> float | None:
    """A finite score from an old report, else None (it may hold any JSON at all)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if number - number == 0 else None


def compare(report: ReadinessReport, result: Result, document: Any,
            rules: Mapping[str, RuleMeta], source: str) -> ReadinessReport:
    """``report`` with a ``Comparison`` against a previous JSON run, and area deltas."""
    old = _previous_file(document, result)
    listed = old.get("findings")
    old_findings = [f for f in listed if isinstance(f, Mapping)] if isinstance(listed, list) else []
    old_findings = [f for f in old_findings if isinstance(f, Mapping)
                    and f.get("suppressed") is None and isinstance(f.get("code"), str)]
    before = Counter(_identity(f["code"], str(f.get("pointer") or ""), str(f.get("message", "")))
                     for f in old_findings)
    now = Counter(_identity(f.code, f.location.pointer, f.message) for f in result.active)
    gone, came = before - now, now - before
    waived_now = Counter(_identity(f.code, f.location.pointer, f.message)
                         for f in result.findings if f.suppressed is not None)

    def title(code: str, fallback: str) -> str:
        return rule_title(rules[code]) if code in rules else fallback

    fixed: list[Change] = []
    waived: list[Change] = []
    for f in old_findings:
        key = _identity(f["code"], str(f.get("pointer") or ""), str(f.get("message", "")))
        if gone[key] > 0:
            gone[key] -= 1
            into = fixed
            if waived_now[key] > 0:
                waived_now[key] -= 1
                into = waived
            into.append(Change(code=f["code"], title=title(f["code"], str(f.get("slug", ""))),
                                area=str(f.get("area") or PLAN_AREA),
                                message=str(f.get("message", "")),
                                location=f"{f.get('path', old.get('path', ''))}:"
                                         f"{f.get('line', '?')}:{f.get('column', '?')}"))
    new = []
    for f in result.active:
        key = _identity(f.code, f.location.pointer, f.message)
        if came[key] > 0:
            came[key] -= 1
            loc = f.location
            new.append(Change(code=f.code, title=title(f.code, f.slug), area=f.area,
                              message=f.message,
                              location=f"{loc.path}:{loc.line}:{loc.column}"))
    old_areas = old.get("areas") if isinstance(old.get("areas"), Mapping) else {}
    areas = tuple(AreaScore(area=a.area, title=a.title, score=a.score, findings=a.findings,
                            previous=_number(old_areas.get(a.area))) for a in report.areas)
    previous = _number(old.get("score"))
    comparison = Comparison(
        source=source, previous_overall=previous,
        overall_delta=None if previous is None else round(report.overall - previous, 1),
        fixed=tuple(fixed), new=tuple(new), unchanged=len(result.active) - len(new),
        waived=tuple(waived))
    return replace(report, areas=areas, comparison=comparison)
