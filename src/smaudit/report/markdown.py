"""The client report as markdown, for wikis, tickets and e-mail.

Same content as the HTML page, in the same order. Markdown renderers cannot
be trusted to keep inline SVG or styles, so the chart is a table with a bar
of block characters. Text from the plan is escaped with the markdown
format's ``md_text`` (HTML and markdown in a plan show as typed); the
consultant's notes are markdown already and are included as written, below
a heading of their own.
"""

from __future__ import annotations

import re

from smaudit.formats import markdown as _markdown
from smaudit.formats import score_text
from smaudit.report.html import PLAN_LEAD, SEVERITY_LABELS
from smaudit.report.readiness import (
    AreaScore,
    Comparison,
    ProblemChange,
    ReadinessReport,
    Recommendation,
    area_title,
    long_date,
)

BAR_CELLS = 20

_LONE_AMPERSAND = re.compile(r"&amp;(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#[xX][0-9A-Fa-f]+;)")


def md_text(text: str) -> str:
    """``text`` shown literally, as the markdown format's ``md_text`` does, but with an
    ampersand that cannot start a character reference left as typed: markdown shows it
    as is, and the report is also read as plain text in e-mail, where "Juniper &amp;
    Co." would be noise."""
    return _LONE_AMPERSAND.sub("&", _markdown.md_text(text))


def with_code(text: str) -> str:
    """``md_text`` for a message that marks keys as `code`: the spans stay code, as in
    the HTML report, instead of showing escaped backticks. A code span shows its
    content literally, so nothing in it needs escaping."""
    parts = text.split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: show it all as typed
        return md_text(text)
    def prose(part: str) -> str:  # md_text trims; the spaces around a span must stay
        lead = " " if part[:1].isspace() else ""
        trail = " " if part[-1:].isspace() and part.strip() else ""
        return lead + md_text(part) + trail

    return "".join(f"`{part}`" if index % 2 else prose(part)
                   for index, part in enumerate(parts))


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


def _changes(title: str, items: tuple[ProblemChange, ...], empty: str, *,
             counts: bool = False) -> list[str]:
    """One list of the comparison; ``counts`` for problems still open, the only ones
    whose places then and now say something ("was 0" for a new one does not)."""
    if not items:
        return [f"### {title}", "", empty, ""]
    lines = [f"### {title} ({len(items)})", ""]
    for c in items:
        moved = (f" ({c.now} place{'s' if c.now != 1 else ''}, was {c.before})"
                 if counts and c.now != c.before else "")
        lines.append(f"- {md_text(c.title)}{moved}")
    return [*lines, ""]


def _comparison(comparison: Comparison, report: ReadinessReport) -> list[str]:
    if comparison.previous_overall is None or report.overall is None:
        moved = "One of the two audits has no score, so the scores cannot be compared."
    else:
        moved = (f"The overall score moved from {score_text(comparison.previous_overall)} to "
                 f"{score_text(report.overall)} ({_delta(comparison.overall_delta)}).")
    lines = ["## Since the last audit", "", moved, ""]
    lines += _changes("Fixed", comparison.fixed, "No problem from the last audit is fixed.")
    lines += _changes("New", comparison.new, "No new problems.")
    lines += _changes("Still open", comparison.still_open, "Nothing left from last time.",
                      counts=True)
    if comparison.waived:
        lines += _changes("Accepted since (waived)", comparison.waived, "")
    return lines


def _recommendation(item: Recommendation) -> list[str]:
    label = SEVERITY_LABELS.get(item.severity, item.severity)
    lines = [f"### {item.rank}. {md_text(item.title)}", "",
             f"*{label} · {area_title(item.area)} · impact {item.impact} · effort "
             f"{item.effort}*", ""]
    if item.where:
        lines += [md_text(item.where), ""]
    if item.why:
        lines += [f"**Why it matters.** {md_text(item.why)}", ""]
    lines += [f"**What to do.** {md_text(item.todo)}", ""]
    return lines


def _appendix(report: ReadinessReport) -> list[str]:
    if not report.recommendations and not report.waived:
        return []
    lines = ["## Appendix: for the plan's editor", "",
             f"Where each problem is in `{report.path}`, with an example of the fix. Run "
             "`smaudit explain RULE` for details.", ""]
    if report.recommendations:
        lines += ["| # | Problem | Rule | Lines | Example for the plan file |",
                  "|---:|---|---|---|---|"]
        for item in report.recommendations:
            places = item.lines
            example = ("`" + item.example.replace("`", "").replace("|", "\\|") + "`"
                       if item.example else "")
            lines.append(f"| {item.rank} | {md_text(item.title)} | {' '.join(item.codes)} | "
                         f"{places} | {example} |")
        lines.append("")
    if report.waived:
        lines += ["### Accepted for now (waived)", "",
                  "These do not count against the score.", "",
                  "| Problem | Rule | Where | Reason | Until |", "|---|---|---|---|---|"]
        lines += [f"| {md_text(w.title)} | {w.code} | {md_text(w.location)} | "
                  f"{md_text(w.reason or '(no reason given)')} | "
                  f"{md_text(w.until or 'no end date')} |" for w in report.waived]
        lines.append("")
    return lines


def render_markdown(report: ReadinessReport) -> str:
    """The whole report as one markdown document."""
    byline = long_date(report.date)
    if report.branding.consultant:
        byline += f" · prepared by {md_text(report.branding.consultant)}"
    score = "no score" if report.overall is None else \
        f"{score_text(report.overall)}/100 ({report.verdict})"  # "no score (No score)" stutters
    lines = [f"# Social media audit: {md_text(report.organization)}", "", byline, "",
             f"## Summary: {score}", ""]
    lines += [" ".join(md_text(s) for s in report.summary), ""]
    lines += ["## Scores by area", ""]
    if report.areas:
        lines += [*_chart(report.areas, report.comparison is not None), ""]
    else:
        lines += ["No scores: the plan file has to be fixed first.", ""]
    if report.history:
        lines += ["**Overall score over time:** " + " → ".join(
            f"{md_text(p.label)} {score_text(p.score) if p.score is not None else 'no score'}"
            for p in report.history), ""]
    if report.plan_file:
        lines += ["## Fix the plan file before the audit is complete", "",
                  "These are problems with the file itself, for whoever edits it.", ""]
        lines += [f"- {with_code(p.message)} ({md_text(p.location)}, {p.code})"
                  + (f"<br>{with_code(p.hint)}" if p.hint else "") for p in report.plan_file]
        lines.append("")
    if report.comparison is not None:
        lines += _comparison(report.comparison, report)
    lines += ["## Priorities", ""]
    if report.recommendations:
        lines += [f"{report.problems} distinct problem{'s' if report.problems != 1 else ''}, "
                  "most important first. Impact and effort are low, medium or high.", ""]
        for item in report.recommendations:
            lines += _recommendation(item)
        lines += ["## Plan of action", "", PLAN_LEAD, ""]
        for phase in report.phases:
            lines += [f"**{phase.title}**", ""]
            lines += [f"- {i.rank}. {md_text(i.title)} ({i.effort} effort)"
                      for i in phase.items] or ["- Nothing new: finish what was started."]
            lines.append("")
    else:
        lines += ["The plan could not be audited yet: fix the plan file first."
                  if report.overall is None else
                  "The audit found nothing to fix in the plan itself.", ""]
    if report.branding.notes.strip():
        who = f" from {md_text(report.branding.consultant)}" if report.branding.consultant \
            else ""
        notes = report.branding.notes.strip()
        notes = _LONE_AMPERSAND.sub("&", notes.replace("&", "&amp;").replace("<", "&lt;")
                                    .replace(">", "&gt;"))
        lines += [f"## Notes{who}", "", notes, ""]
    lines += _appendix(report)
    if report.sources:
        lines += ["## Sources", ""]
        lines += [f"- {md_text(title)}" for title in report.sources]
        lines.append("")
    version = f" {report.version}" if report.version else ""
    lines += ["---", "", f"Audit made with smaudit{version} on {report.date.isoformat()}."]
    return "\n".join(lines) + "\n"
