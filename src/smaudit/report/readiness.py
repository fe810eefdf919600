"""What the client report says, independent of how it is rendered.

``build_report`` turns one plan's ``Result``, the rules' metadata and the
plan's own names (``Context``) into a ``ReadinessReport``:

- the score, per area, and an executive summary that agrees with them;
- one ``Recommendation`` per distinct problem: every finding of a rule is
  merged into it, with the places it occurs ("2 of 3 channels: Instagram
  and TikTok"), ranked by severity, the rule's rated impact, the weight of
  its area and the share of the plan it touches;
- the plan file's own problems (SMA0xx), kept apart: they are for whoever
  edits the file, never a client's priority;
- a 30/60/90-day plan of action from the recommendations' effort and rank.

Findings of a rule that crashed are left out: a crash is the tool's problem
and is reported on standard error and in the exit code. ``compare`` adds
what changed since a previous ``--format json`` run, problem by problem, and
``history`` the score's trend. Everything is a frozen dataclass, so the HTML
and markdown renderers can only read it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from smaudit.formats import RuleMeta, score_text
from smaudit.loading.loader import PARSE_LEVEL
from smaudit.model.findings import AREAS, PLAN_AREA, Finding, Result, Severity
from smaudit.model.findings import area_title as model_area_title
from smaudit.model.results_json import previous_file
from smaudit.report.advice import PROBLEMS, advice_for, article_title, fill
from smaudit.report.context import Context, Place, and_list

BANDS: tuple[tuple[float, str, str], ...] = (
    (95, "Ready", "It is ready to put into action; what remains are refinements."),
    (85, "Nearly ready", "It is nearly ready: a few gaps should be closed before launch."),
    (70, "Needs work", "It needs work before it can deliver results."),
    (0, "Not ready", "It is not ready to put into action yet: several problems need "
                     "fixing first."),
)
"""Score thresholds with a verdict and a sentence for the summary. A mean over eight
areas moves slowly (one warning costs 1.25 points), hence high floors."""

CRITICAL_CAP = "Needs work"
"""The best verdict a plan with a critical finding can get, whatever its score."""

NO_SCORE = "No score"

UNREADABLE = PARSE_LEVEL
"""Findings that mean the plan could not be read at all: whatever the score says, the
plan was not audited, so the report shows no score."""

SEVERITY_WEIGHT = {"error": 3, "warning": 2, "info": 1}
LEVEL_WEIGHT = {"low": 1, "medium": 2, "high": 3}
AREA_WEIGHT: Mapping[str, float] = {
    "foundations": 1.0, "goals": 1.0, "service": 0.9, "resources": 0.9,
    "measurement": 0.8, "channels": 0.8, "expectations": 0.7, "tactics": 0.6,
}
"""How much a problem in each area weighs on the business when ranking: a plan with
no goal or nobody answering fails before a tactic's missing call to action matters."""

PHASES = (("first-30", "First 30 days"), ("days-31-60", "Days 31 to 60"),
          ("days-61-90", "Days 61 to 90"))
URGENT = 3
"""The highest-ranked recommendations start in the first 30 days whatever their effort."""


def area_title(area: str) -> str:
    """The client-facing name of an area (``smaudit.model.findings.AREA_TITLES``)."""
    return model_area_title(area, client=True)


def long_date(date: dt.date) -> str:
    """``22 November 2027``: unambiguous wherever the client is, whatever the locale."""
    months = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
    return f"{date.day} {months[date.month - 1]} {date.year}"


def band(score: float, critical: int = 0) -> tuple[str, str]:
    """``(verdict, sentence)`` for a score; critical findings cap it at "Needs work"."""
    chosen = next((entry for entry in BANDS if score >= entry[0]), BANDS[-1])
    if critical:
        cap = next(i for i, entry in enumerate(BANDS) if entry[1] == CRITICAL_CAP)
        chosen = BANDS[max(cap, BANDS.index(chosen))]
    return chosen[1], chosen[2]


def level(value: str | None) -> str:
    """A rated effort or impact, ``medium`` when the rule did not rate it."""
    return value if value in LEVEL_WEIGHT else "medium"


def rule_title(meta: RuleMeta) -> str:
    """A rule's summary as a heading: without the closing full stop."""
    return (meta.summary or meta.slug).strip().rstrip(".")


@dataclass(frozen=True, slots=True)
class Spot:
    """One finding behind a recommendation, for the appendix: where and what exactly."""

    code: str
    message: str
    location: str


@dataclass(frozen=True, slots=True)
class Recommendation:
    """One distinct problem, merged across every place it occurs."""

    key: str
    codes: tuple[str, ...]
    title: str
    severity: str
    area: str
    effort: str
    impact: str
    where: str
    """"2 of 3 channels: Instagram and TikTok", or "" for the plan as a whole."""
    why: str
    todo: str
    sources: tuple[str, ...]
    example: str
    spots: tuple[Spot, ...]
    weight: float
    rank: int = 0
    places: tuple[Place, ...] = ()
    """What the findings are about, so a merged recommendation can list each place once."""
    listed: str = ""
    """The places as the advice names them ("Instagram and TikTok"), or ""."""

    @property
    def count(self) -> int:
        return len(self.spots)

    @property
    def lines(self) -> str:
        """The plan file's lines it occurs on, in order, each once ("14, 46, 48")."""
        numbers = {int(s.location.rsplit(":", 2)[1]) for s in self.spots}
        return ", ".join(str(n) for n in sorted(numbers))


@dataclass(frozen=True, slots=True)
class PlanFileProblem:
    """A problem with the plan file itself (SMA0xx): for its editor, not the client."""

    code: str
    message: str
    location: str
    hint: str | None = None


@dataclass(frozen=True, slots=True)
class Waived:
    """A finding accepted for now, with the reason given."""

    title: str
    code: str
    message: str
    location: str
    reason: str | None
    until: str | None
    kind: str | None


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
class Phase:
    """A stretch of the plan of action and the recommendations to do in it."""

    ident: str
    title: str
    items: tuple[Recommendation, ...]


@dataclass(frozen=True, slots=True)
class ProblemChange:
    """A problem fixed, new or still open since the previous audit."""

    title: str
    codes: tuple[str, ...]
    before: int
    """Places it occurred at the previous audit."""
    now: int


@dataclass(frozen=True, slots=True)
class Comparison:
    """What moved since the previous audit (``--compare OLD.json``), by problem."""

    source: str
    previous_overall: float | None
    overall_delta: float | None
    fixed: tuple[ProblemChange, ...]
    new: tuple[ProblemChange, ...]
    still_open: tuple[ProblemChange, ...]
    waived: tuple[ProblemChange, ...] = ()
    """Problems that still exist but are now covered by a waiver or the baseline."""


@dataclass(frozen=True, slots=True)
class HistoryPoint:
    """One audit's overall score on the trend (``--history``)."""

    label: str
    score: float | None


@dataclass(frozen=True, slots=True)
class Branding:
    """The consultant's settings (``report:`` in the config), already read and checked."""

    consultant: str = ""
    logo: str = ""
    """A ``data:`` URI, or empty."""
    accent: str = ""
    notes: str = ""
    """The notes file's markdown; renderers escape it."""


@dataclass(frozen=True, slots=True)
class ReadinessReport:
    """Everything the report shows, ready to render."""

    organization: str
    date: dt.date
    path: str
    version: str
    overall: float | None
    verdict: str
    areas: tuple[AreaScore, ...]
    summary: tuple[str, ...]
    recommendations: tuple[Recommendation, ...]
    plan_file: tuple[PlanFileProblem, ...]
    phases: tuple[Phase, ...]
    findings: int
    waived: tuple[Waived, ...] = ()
    sources: tuple[str, ...] = ()
    comparison: Comparison | None = None
    history: tuple[HistoryPoint, ...] = ()
    branding: Branding = Branding()

    @property
    def problems(self) -> int:
        """Distinct problems: one per recommendation."""
        return len(self.recommendations)


def _meta(finding: Finding, rules: Mapping[str, RuleMeta]) -> RuleMeta:
    meta = rules.get(finding.code)
    if meta is not None:
        return meta
    return RuleMeta(code=finding.code, slug=finding.slug, severity=finding.severity.label,
                    area=finding.area, summary=finding.slug.replace("-", " ").capitalize() + ".",
                    plugin=finding.plugin)


def _location(finding: Finding) -> str:
    loc = finding.location
    return f"{loc.path}:{loc.line}:{loc.column}"


PLURALS = {"channel": "channels", "goal": "goals", "measure": "measures",
           "activity": "activities", "person": "people", "value": "values"}


def _mixed_label(place: Place) -> str:
    """A place named so it reads alone in a list of different things."""
    if place.noun == "channel":
        return f"the {place.label} channel"
    if place.noun in ("goal", "measure", "value"):
        return f"the {place.noun} {place.label}"
    return place.label


def _where(places: Sequence[Place], context: Context) -> tuple[str, str, float]:
    """``(where, places, share)``: the sentence listing the places, the bare list for
    the advice's ``{places}``, and the share of the plan's items touched (1 when the
    problem concerns the plan as a whole). A problem in one section says nothing more
    than its headline does, so it gets no "where"."""
    if not places:
        return "", "", 1.0
    nouns = {p.noun for p in places}
    if len(nouns) == 1 and None not in nouns:
        labels = list(dict.fromkeys(p.label for p in places))
        place = places[0]
        noun = place.noun or ""
        total = max(context.total(place.section), len(labels))
        if total == 1:
            head = f"The only {noun}"
        elif len(labels) == total == 2:
            head = f"Both {PLURALS.get(noun, noun + 's')}"
        elif len(labels) == total:
            head = f"All {total} {PLURALS.get(noun, noun + 's')}"
        else:
            head = f"{len(labels)} of {total} {PLURALS.get(noun, noun + 's')}"
        return f"{head}: {and_list(labels)}", and_list(labels), len(labels) / total
    labels = list(dict.fromkeys(_mixed_label(p) for p in places))
    if len(labels) == 1:
        return "", labels[0], 1.0
    return f"Found in {and_list(labels)}", and_list(labels), 1.0


def _recommendation(code: str, found: Sequence[Finding], rules: Mapping[str, RuleMeta],
                    context: Context) -> Recommendation:
    meta = _meta(found[0], rules)
    advice = advice_for(meta, found[0].hint)
    places = [p for p in (context.place(f.location.pointer) for f in found) if p]
    where, listed, share = _where(places, context)
    values = context.values()
    title = fill(advice.title, {**values, "owner": next(
        (p.label for p in places if p.noun == "person"), values["owner"])})
    if places and all(p.label in title for p in places):
        where = ""  # the headline names it already ("Dana has too little time ...")
    people = [p.label for p in places if p.noun == "person"]
    sources = tuple(article_title(s) for s in meta.sources)
    values.update(places=listed or "the plan", source=sources[0] if sources else "",
                  owner=people[0] if people else values["owner"],
                  it="it" if len({p.label for p in places}) <= 1 else "each one")
    worst = max(f.severity for f in found)
    effort, impact = level(meta.effort), level(meta.impact)
    weight = (SEVERITY_WEIGHT.get(worst.label, 1) * 3 + LEVEL_WEIGHT[impact] * 2
              + AREA_WEIGHT.get(found[0].area, 0.7) * 2 + share)
    why = fill(advice.why, values) if sources or "{source}" not in advice.why else ""
    return Recommendation(
        key=code, codes=(code,), title=title, severity=worst.label,
        area=found[0].area, effort=effort, impact=impact, where=where, why=why,
        todo=fill(advice.todo, values), sources=sources,
        example=fill(advice.example, values),
        spots=tuple(Spot(f.code, f.message, _location(f)) for f in found),
        weight=round(weight, 3), places=tuple(places), listed=listed)


def _merged_where(places: Sequence[Place], context: Context) -> str:
    """Where a merged problem occurs: each place once, grouped by kind ("Both goals: A
    and B; both measures: ..."), rather than one list per rule that names a goal twice.
    Only the places of parts that say where they occur count: a part whose headline
    already names its place ("Dana has too little time") adds nothing here."""
    groups: dict[str | None, list[Place]] = {}
    for place in places:
        groups.setdefault(place.noun, []).append(place)
    parts = [part for part in (_where(group, context)[0] for group in groups.values())
             if part]
    # One sentence: "Both measures: ...; both goals: ...", lower case after the first.
    return "; ".join(parts[:1] + [part[:1].lower() + part[1:] for part in parts[1:]])


def _once(part: Recommendation, named: set[str]) -> str:
    """``part``'s what to do, saying "each of them" for a list of places an earlier
    part of the same recommendation has already spelled out."""
    if " and " not in part.listed or part.listed not in named:
        return part.todo
    return part.todo.replace(part.listed, "each of them")


def _merge(title: str, parts: Sequence[Recommendation], context: Context) -> Recommendation:
    """One recommendation for rules that describe the same problem (``PROBLEMS``): the
    most important part's why, every part's what to do, the places of all."""
    parts = sorted(parts, key=lambda r: -r.weight)
    first = parts[0]
    spots = tuple(spot for part in parts for spot in part.spots)
    worst = max((part.severity for part in parts), key=lambda s: SEVERITY_WEIGHT.get(s, 0))
    effort = max((part.effort for part in parts), key=LEVEL_WEIGHT.__getitem__)
    impact = max((part.impact for part in parts), key=LEVEL_WEIGHT.__getitem__)
    places = list(dict.fromkeys(place for part in parts if part.where
                                for place in part.places))
    todos, named = [], set()
    for part in parts:
        todos.append(_once(part, named))
        if part.listed and part.listed in part.todo:
            named.add(part.listed)  # spelled out, so a later part may say "each of them"
    return replace(
        first, key="+".join(sorted(part.key for part in parts)),
        codes=tuple(code for part in parts for code in part.codes),
        title=fill(title, context.values()), severity=worst, effort=effort, impact=impact,
        where=_merged_where(places, context), todo=" ".join(todos), places=tuple(places),
        sources=tuple(dict.fromkeys(t for part in parts for t in part.sources)),
        example="; ".join(part.example for part in parts if part.example), spots=spots,
        weight=round(max(part.weight for part in parts) + 0.5 * (len(parts) - 1), 3))


def recommendations(active: Iterable[Finding], rules: Mapping[str, RuleMeta],
                    context: Context) -> tuple[Recommendation, ...]:
    """One recommendation per problem, most important first: one per rule that fired,
    then the rules of one ``PROBLEMS`` group merged when two or more of them fired."""
    by_code: dict[str, list[Finding]] = {}
    for finding in active:
        if finding.area != PLAN_AREA:
            by_code.setdefault(finding.code, []).append(finding)
    single = {code: _recommendation(code, found, rules, context)
              for code, found in by_code.items()}
    made: list[Recommendation] = []
    for title, codes in PROBLEMS:
        present = [single.pop(code) for code in codes if code in single]
        if len(present) > 1:
            made.append(_merge(title, present, context))
        else:
            made += present
    made += single.values()
    made.sort(key=lambda r: (-r.weight, r.spots[0].location, r.key))
    return tuple(replace(r, rank=n) for n, r in enumerate(made, 1))


def plan_of_action(items: Sequence[Recommendation]) -> tuple[Phase, ...]:
    """Who does what when: the most urgent first, then quick fixes, bigger work later.

    Each recommendation goes to the stretch its effort suggests (low: first 30
    days, medium: by day 60, high: by day 90), the top-ranked ones into the first
    30 days whatever their effort. A stretch holds at most a third of the list
    (five at least), so a long list spreads out instead of landing in month one;
    the lowest-ranked move on to the next stretch.
    """
    cap = max(5, -(-len(items) // 3))
    buckets: list[list[Recommendation]] = [[], [], []]
    for item in items:
        buckets[0 if item.rank <= URGENT else
                {"low": 0, "medium": 1, "high": 2}[item.effort]].append(item)
    for index in (0, 1):
        buckets[index].sort(key=lambda r: r.rank)
        spill, buckets[index] = buckets[index][cap:], buckets[index][:cap]
        buckets[index + 1] = sorted(buckets[index + 1] + spill, key=lambda r: r.rank)
    return tuple(Phase(ident, title, tuple(bucket))
                 for (ident, title), bucket in zip(PHASES, buckets, strict=True))


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"


def _summary(name: str, overall: float | None, verdict: str, sentence: str,
             areas: Sequence[AreaScore], items: Sequence[Recommendation],
             plan_file: Sequence[PlanFileProblem], findings: int) -> tuple[str, ...]:
    if overall is None:
        out = [f"{name}'s plan file could not be read, so it has no score yet and nothing "
               "else in it was checked."]
        if plan_file:
            out.append("Fix the plan file (see below) and run the audit again.")
        return tuple(out)
    if not items and verdict == BANDS[0][1]:
        sentence = "It is ready to put into action."  # no refinements remain to mention
    out = [f"{name}'s social media plan scores {score_text(overall)} out of 100. {sentence}"]
    if items:
        critical = sum(1 for r in items if r.severity == "error")
        found = (f"The audit found {_plural(len(items), 'distinct problem')}"
                 f"{f' ({findings} findings in all)' if findings > len(items) else ''}")
        out.append(found + (f", {critical} of them critical." if critical else "."))
    else:
        out.append("The audit found no problem with the plan itself.")
    strongest: dict[str, str] = {}
    if areas:
        top = max(a.score for a in areas)
        bottom = min(a.score for a in areas)
        if top == bottom:
            out.append(f"Every area scores {score_text(top)}.")
        else:
            best = [a.title.lower() for a in areas if a.score == top]
            worst = [a.title.lower() for a in areas if a.score == bottom]
            if len(best) > 2:
                out.append(f"Its best score, {score_text(top)}, is shared by {len(best)} "
                           f"areas; it is weakest on {_areas(worst, bottom)}.")
            else:
                out.append(f"It is strongest on {_areas(best, top)} and weakest on "
                           f"{_areas(worst, bottom)}.")
                strongest = {a.area: a.title for a in areas if a.score == top}
    if items:
        first = [r.title[:1].lower() + r.title[1:] for r in items[:URGENT]]
        start = "; ".join(first)
        out.append(f"Start with: {start}" + ("" if start.endswith((".", "!", "?")) else "."))
        strong = [strongest[r.area] for r in items[:URGENT] if r.area in strongest]
        if strong:
            # "Strongest on foundations" beside a foundations problem to start with
            # reads as a contradiction unless the summary says why both are true.
            out.append(f"{strong[0]} is its strongest area, but a problem there is among "
                       "the first to fix, because it holds the whole plan back.")
    if plan_file:
        # Plan-file findings cost points in every area (see ``smaudit.engine.score``): without
        # this, areas near 0 with few problems of their own would look wrongly scored.
        them = "it lowers" if len(plan_file) == 1 else "they lower"
        out.append(f"The plan file itself has {_plural(len(plan_file), 'problem')} to fix "
                   f"before the audit is complete; until then {them} the score of every "
                   "area.")
    return tuple(out)


def _areas(titles: Sequence[str], score: float) -> str:
    """Areas sharing a score, each with it; several area names contain "and", so more
    than two are counted rather than listed."""
    if len(titles) > 2:
        return f"{len(titles)} areas ({score_text(score)} each)"
    return " and ".join(f"{title} ({score_text(score)})" for title in titles)


def _sources(items: Sequence[Recommendation]) -> tuple[str, ...]:
    """The articles behind the recommendations, in order of first citation."""
    return tuple(dict.fromkeys(title for r in items for title in r.sources))


def build_report(result: Result, rules: Mapping[str, RuleMeta], *, date: dt.date,
                 version: str = "", organization: str | None = None,
                 context: Context | None = None, crashed: Iterable[str] = (),
                 branding: Branding | None = None) -> ReadinessReport:
    """The report for one plan's lint result.

    ``crashed`` names rules that crashed on this plan: their findings are the tool's
    problem and stay out of the report.
    """
    name = organization or result.organization or os.path.basename(result.path) or "The plan"
    context = replace(context, organization=name) if context else Context(organization=name)
    skip = set(crashed)
    active = [f for f in result.active if f.code not in skip]
    per_area = Counter(f.area for f in active)
    if result.score is None or any(f.code in UNREADABLE for f in active):
        overall, areas = None, ()
    else:
        overall = result.score.overall
        scores = dict(result.score.areas)
        areas = tuple(AreaScore(area=a, title=area_title(a), score=scores[a],
                                findings=per_area[a]) for a in AREAS if a in scores)
    items = recommendations(active, rules, context)
    plan_file = tuple(PlanFileProblem(f.code, f.message, _location(f), f.hint)
                      for f in active if f.area == PLAN_AREA)
    if overall is None:
        verdict, sentence = NO_SCORE, ""
    else:
        verdict, sentence = band(overall, sum(1 for f in active if f.severity is Severity.ERROR
                                              and f.area != PLAN_AREA))
    client_findings = sum(r.count for r in items)
    waived = tuple(Waived(rule_title(_meta(f, rules)), f.code, f.message, _location(f),
                          f.suppressed.reason, f.suppressed.until, f.suppressed.kind)
                   for f in result.findings if f.suppressed is not None and f.code not in skip)
    return ReadinessReport(
        organization=name, date=date, path=result.path, version=version, overall=overall,
        verdict=verdict, areas=areas,
        summary=_summary(name, overall, verdict, sentence, areas, items, plan_file,
                         client_findings),
        recommendations=items, plan_file=plan_file, phases=plan_of_action(items),
        findings=client_findings, waived=waived, sources=_sources(items),
        branding=branding or Branding())


# --- comparing with earlier audits ---------------------------------------------------


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        else None


def _old_problems(old: Mapping[str, Any], *, suppressed: bool) -> Counter[str]:
    """Places per problem (rule code) in an old run, client problems only."""
    counts: Counter[str] = Counter()
    listed = old.get("findings")
    for f in listed if isinstance(listed, list) else ():
        if not isinstance(f, Mapping) or not isinstance(f.get("code"), str):
            continue
        if (f.get("suppressed") is not None) != suppressed or f.get("area") == PLAN_AREA:
            continue
        if not f.get("pointer") and "crashed: " in str(f.get("message", "")):
            continue  # a rule's crash in an older run was the tool's problem
        counts[f["code"]] += 1
    return counts


def _grouped(codes: Iterable[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Rule codes of a run as problems, ``(title or "", codes)``, grouped as
    ``recommendations`` groups them."""
    left = set(codes)
    out = []
    for title, members in PROBLEMS:
        present = tuple(code for code in members if code in left)
        if len(present) > 1:
            out.append((title, present))
            left -= set(present)
    return out + [("", (code,)) for code in sorted(left)]


def compare(report: ReadinessReport, result: Result, document: Any,
            rules: Mapping[str, RuleMeta], source: str,
            context: Context | None = None) -> ReadinessReport:
    """``report`` with a ``Comparison`` against a previous JSON run, and area deltas.

    Problems are matched by rule, the unit the recommendations are made of, so a
    problem whose places moved, were renamed or were reworded is still the same
    problem; the number of places shows whether it shrank. An old problem is still
    open when any of its rules still fires, and a recommendation is new when none of
    its rules fired before. A fixed problem is titled in the plan's own words
    (``context``: "Nobody answers donors ..."), as it was in the last report.
    """
    old = previous_file(document, result)
    before = _old_problems(old, suppressed=False)
    owner = {code: r for r in report.recommendations for code in r.codes}
    waived_now = Counter(w.code for w in report.waived)
    words = context or Context(organization=report.organization)
    names = {**words.values(), "org": report.organization, "owner": "The owner"}

    def title(group: str, codes: tuple[str, ...]) -> str:
        if group:
            return fill(group, names)
        meta = rules.get(codes[0])
        return fill(advice_for(meta).title, names) if meta else codes[0]

    fixed, waived, new = [], [], []
    still: dict[str, ProblemChange] = {}
    for group, codes in _grouped(before):
        places = sum(before[code] for code in codes)
        current = [owner[code] for code in codes if code in owner]
        if current:
            item = current[0]
            seen = still.get(item.key)
            still[item.key] = ProblemChange(item.title, item.codes,
                                            places + (seen.before if seen else 0), item.count)
        elif any(waived_now[code] for code in codes):
            waived.append(ProblemChange(title(group, codes), codes, places, 0))
        else:
            fixed.append(ProblemChange(title(group, codes), codes, places, 0))
    for item in report.recommendations:
        if not any(code in before for code in item.codes):
            new.append(ProblemChange(item.title, item.codes, 0, item.count))
    rank = {r.key: r.rank for r in report.recommendations}
    still_open = sorted(still.items(), key=lambda pair: rank[pair[0]])
    old_areas = old.get("areas") if isinstance(old.get("areas"), Mapping) else {}
    areas = tuple(replace(a, previous=_number(old_areas.get(a.area))) for a in report.areas)
    previous = _number(old.get("score"))
    comparison = Comparison(
        source=source, previous_overall=previous,
        overall_delta=None if previous is None or report.overall is None
        else round(report.overall - previous, 1),
        fixed=tuple(fixed), new=tuple(new),
        still_open=tuple(change for _key, change in still_open), waived=tuple(waived))
    return replace(report, areas=areas, comparison=comparison)


def history(report: ReadinessReport, result: Result,
            documents: Sequence[tuple[str, Any]]) -> ReadinessReport:
    """``report`` with the overall score of each earlier JSON run, oldest first, then now."""
    points = []
    for label, document in documents:
        old = previous_file(document, result, option="--history")
        points.append(HistoryPoint(label, _number(old.get("score"))))
    points.append(HistoryPoint("This audit", report.overall))
    return replace(report, history=tuple(points))
