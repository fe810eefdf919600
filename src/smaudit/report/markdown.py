"""The readiness report as markdown, for wikis, tickets and e-mail.

Same content as the HTML page, in the same order. Markdown renderers cannot
be trusted to keep inline SVG, so the per-area chart is a table with a bar
of block characters. Text from the plan is escaped with the markdown
format's ``md_text`` (HTML and markdown in a plan show as typed); the rules'
own documentation is markdown already and is included as written.
"""

from __future__ import annotations

from smaudit.formatters import score_text
from smaudit.formatters.markdown import md_text
from smaudit.report.html import SEVERITY_LABELS
from smaudit.report.model import (
    AreaScore,
    Change,
    Comparison,
    ReadinessReport,
    RuleGroup,
    area_title,
    long_date,
)

BAR_CELLS = 20


def bar(score: float) -> str:
    """``██████████░░░░░░░░░░`` for 50: one cell per five points."""
    filled = round(max(0.0, min(100.0, score)) / 100 * BAR_CELLS)
    return "█" * filled + "░" * (BAR_CELLS - filled)


def _delta(value: float | None) -> str:
    if value is None:
        return "new"
    if value > 0:
        return f"+{score_text(value)}"
    return f"\u2212{score_text(-value)}" if value < 0 else "\u00b10"


def _chart(areas: tuple[AreaScore, ...], comparing: bool) -> list[str]:
    if comparing:
        lines = ["| Area | Before | Now | Change | |", "|---|---:|---:|---:|---|"]
        for a in areas:
            before = "" if a.previous is None else score_text(a.previous)
            lines.append(f"| {md_text(a.title)} | {before} | {score_text(a.score)} | "
                         f"{_delta(a.delta)} | `{bar(a.score)}` |")
        return lines
    lines = ["| Area | Score | |", "|---|---:|---|"]
    lines += [f"| {md_text(a.title)} | {score_text(a.score)} | `{bar(a.score)}` |"
              for a in areas]
    return lines


def _changes(title: str, items: tuple[Change, ...], empty: str) -> list[str]:
    if not items:
        return [f"### {title}", "", empty, ""]
    lines = [f"### {title} ({len(items)})", ""]
    lines += [f"- **{md_text(c.title)}** ({c.code}): {md_text(c.message)} "
              f"({md_text(c.location)})" for c in items]
    return [*lines, ""]


def _comparison(comparison: Comparison, report: ReadinessReport) -> list[str]:
    if comparison.previous_overall is None:
        moved = f"The previous audit ({md_text(comparison.source)}) had no score."
    else:
        moved = (f"Overall readiness moved from {score_text(comparison.previous_overall)} to "
                 f"{score_text(report.overall)} ({_delta(comparison.overall_delta)}).")
    remain = comparison.unchanged
    lines = ["## Since the last audit", "",
             f"{moved} {remain} finding{'s' if remain != 1 else ''} "
             f"remain{'s' if remain == 1 else ''} from before.", ""]
    lines += _changes("Fixed", comparison.fixed, "Nothing from the previous audit was fixed.")
    lines += _changes("New", comparison.new, "No new findings.")
    if comparison.waived:
        lines += _changes("Waived since", comparison.waived, "")
    return lines


def _rule(group: RuleGroup) -> list[str]:
    label = SEVERITY_LABELS.get(group.severity, group.severity)
    lines = [f"#### {label}: {md_text(group.title)}", "",
             f"[{group.code} · {md_text(group.slug)}]({group.help_uri})" if group.help_uri
             else f"{group.code} · {md_text(group.slug)}", ""]
    hints = {o.hint for o in group.occurrences}
    shared = len(group.occurrences) > 1 and len(hints) == 1 and None not in hints
    for o in group.occurrences:
        lines.append(f"- {md_text(o.message)} ({md_text(o.location)})")
        if o.hint and not shared:
            lines.append(f"  *Here:* {md_text(o.hint)}")
    lines.append("")
    if shared:
        lines += [f"*In each case:* {md_text(group.occurrences[0].hint or '')}", ""]
    if group.why:
        lines += ["**Why it matters.**", "", group.why.strip(), ""]
    if group.instead:
        lines += ["**What to do.**", "", group.instead.strip(), ""]
    return lines


def render_markdown(report: ReadinessReport) -> str:
    """The whole report as one markdown document."""
    summary = report.summary
    lines = [f"# Social media readiness report: {md_text(report.organization)}", "",
             f"{long_date(report.date)} · plan {md_text(report.path)}", "",
             f"## Readiness: {score_text(report.overall)}/100 ({report.verdict})", "",
             "### Executive summary", ""]
    lines += [" ".join(md_text(s) for s in summary.sentences), ""]
    if summary.priorities:
        lines += ["**Top priorities**", ""]
        lines += [f"{n}. **{md_text(p.title)}** ({p.code}, {area_title(p.area)}): "
                  f"{md_text(p.todo)}" for n, p in enumerate(summary.priorities, 1)]
        lines.append("")
    lines += ["## Readiness by area", "", *_chart(report.areas, report.comparison is not None),
              ""]
    if report.comparison is not None:
        lines += _comparison(report.comparison, report)
    lines += ["## Findings by area", ""]
    if not report.sections:
        lines += ["No findings: every rule passed.", ""]
    for section in report.sections:
        score = f" ({score_text(section.score)}/100)" if section.score is not None else ""
        lines += [f"### {md_text(section.title)}{score}", ""]
        for group in section.rules:
            lines += _rule(group)
    if report.sections and report.clean_areas:
        lines += [f"No findings in: {md_text(', '.join(report.clean_areas))}.", ""]
    if report.suppressed:
        lines += ["## Waived findings", "",
                  "Accepted for now, with a reason; they do not count against the score.", "",
                  "| Rule | Finding | Reason | Until |", "|---|---|---|---|"]
        for group in report.suppressed:
            for o in group.occurrences:
                lines.append(f"| {md_text(group.title)} ({group.code}) | {md_text(o.message)} "
                             f"({md_text(o.location)}) | "
                             f"{md_text(o.reason or '(no reason given)')} | "
                             f"{md_text(o.until or 'no expiry')} |")
        lines.append("")
    lines += ["---", ""]
    if report.sources:
        lines += ["**Sources.** The rules behind this report draw on:", ""]
        lines += [f"- {md_text(title)}" for title in report.sources]
        lines.append("")
    version = f" {report.version}" if report.version else ""
    lines.append(f"Generated by smaudit{version} on {report.date.isoformat()}.")
    return "\n".join(lines) + "\n"
