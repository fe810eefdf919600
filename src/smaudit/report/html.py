"""The client report as one self-contained HTML page.

The page has to survive being e-mailed, archived, read on a phone and
printed: inline CSS, no script, no web font, nothing fetched (a logo comes
as a ``data:`` URI). Every piece of text that comes from the plan or the
consultant's files goes through ``html.escape``; the consultant's notes are
markdown and go through ``doc_html``, a deliberately small converter that
escapes first and only then adds the few tags it knows.

The markup is meant to be read by tests and tools as well as people:
sections carry the ids ``summary``, ``scores``, ``plan-file``, ``priorities``,
``plan-of-action``, ``notes`` (when there are notes), ``appendix`` and
``sources``; each recommendation is an ``article`` with ``data-rules``,
``data-effort`` and ``data-impact``. The print style keeps headings with
what follows and recommendations whole, on A4 and Letter alike.
"""

from __future__ import annotations

import re
from html import escape
from string import Template

from smaudit.formats import score_text
from smaudit.report.chart import VERDICT_COLORS, area_bars, color, trend_svg
from smaudit.report.readiness import (
    Comparison,
    ProblemChange,
    ReadinessReport,
    Recommendation,
    area_title,
    long_date,
)

SEVERITY_LABELS = {"error": "Critical", "warning": "Important", "info": "Suggestion"}
"""Severities as a client reads them."""

PLAN_LEAD = ("The priorities spread over three months: the three most urgent at once, "
             "the others as their effort allows, with at most five (or a third of a long "
             "list) in any one stretch. The numbers are their ranks above.")
"""How the plan of action is made, in a sentence: a quick fix can land late when many
more urgent problems come first, and the client should not read that as a mistake."""

_INLINE_CODE = re.compile(r"`([^`\n]+)`")
_BOLD = re.compile(r"\*\*([^*\n]+)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*([^*\n]+)\*(?![*\w])")

STYLE = """
:root { --ink: #1f2937; --muted: #4b5563; --line: #d9dde3; --paper: #ffffff;
  --soft: #f4f5f7; --accent: #1d4ed8; --error: #b71c1c; --warning: #b45309;
  --info: #0e7490; }
* { box-sizing: border-box; }
html { background: var(--soft); -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 900px; padding: 0 28px 40px; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; background: var(--paper); overflow-wrap: break-word; }
header.masthead { padding: 28px 0 14px; border-bottom: 4px solid var(--accent);
  display: flex; gap: 18px; align-items: center; justify-content: space-between; }
.masthead img { max-height: 64px; max-width: 180px; }
.eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 12px;
  color: var(--muted); font-weight: 600; }
h1 { margin: 2px 0 4px; font-size: 28px; line-height: 1.2; }
h2 { font-size: 20px; margin: 28px 0 10px; padding-bottom: 4px;
  border-bottom: 2px solid var(--line); }
h3 { font-size: 16px; margin: 0 0 4px; line-height: 1.35; }
.meta { margin: 0; color: var(--muted); font-size: 13.5px; }
.overview { display: flex; gap: 22px; align-items: flex-start; }
.score { flex: 0 0 150px; text-align: center; padding: 16px 8px; border-radius: 10px;
  color: #fff; }
.score-value { display: block; font-size: 44px; font-weight: 700; line-height: 1; }
.score-max { font-size: 13px; }
.verdict { display: block; margin-top: 8px; font-weight: 700; font-size: 15px; }
.summary-text { flex: 1; min-width: 0; }
.summary-text p { margin: 0 0 8px; }
ul.bars { list-style: none; margin: 0; padding: 0; }
.bar-row { display: grid; grid-template-columns: 230px 1fr 150px; gap: 10px;
  align-items: center; padding: 3px 0; }
.bar-label { font-weight: 600; }
.bar-track { display: block; height: 14px; background: #e8ebef; border-radius: 3px; }
.bar-fill { display: block; height: 100%; border-radius: 3px; }
.bar-value { font-weight: 700; }
.delta { font-weight: 400; color: var(--muted); font-size: 13px; white-space: nowrap; }
.trend { width: 100%; max-width: 520px; height: auto; display: block; margin-top: 8px; }
.box { border: 2px solid var(--warning); border-radius: 8px; padding: 10px 14px;
  margin-top: 18px; background: #fffbeb; }
.box.ok { border-color: var(--line); background: var(--soft); padding: 8px 14px; }
.box.ok h2 { font-size: 15px; display: inline; margin-right: 6px; }
.box.ok p { display: inline; margin: 0; }
.box h2 { border: 0; margin: 0 0 6px; padding: 0; }
.box ul { margin: 4px 0 0; padding-left: 20px; }
.loc, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 12.5px; }
.loc { color: var(--muted); }
article.rec { border: 1px solid var(--line); border-left: 5px solid var(--info);
  border-radius: 6px; padding: 10px 14px; margin: 0 0 10px; }
article.rec.error { border-left-color: var(--error); }
article.rec.warning { border-left-color: var(--warning); }
article.rec p { margin: 4px 0 0; }
.rank { display: inline-block; min-width: 1.4em; color: var(--muted); }
.tags { font-size: 13px; color: var(--muted); }
.tags strong { color: var(--ink); font-weight: 600; }
.where { font-size: 14px; }
.phases { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; }
.phase { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.phase ol { margin: 4px 0 0; padding-left: 22px; font-size: 14px; }
.phase li { margin-bottom: 3px; }
.phase a { color: inherit; text-decoration-color: var(--line); }
.muted { color: var(--muted); }
.notes p { margin: 0 0 8px; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
td code { overflow-wrap: anywhere; }
footer { margin-top: 28px; padding-top: 10px; border-top: 1px solid var(--line);
  font-size: 12.5px; color: var(--muted); }
a { color: var(--accent); }
h2, h3, .keep, .lead { break-after: avoid; page-break-after: avoid; }
article.rec, .phase, .box, tr, .keep, .hold, #plan-of-action, #sources {
  break-inside: avoid; page-break-inside: avoid; }
@media (max-width: 640px) {
  body { padding: 0 14px 28px; font-size: 15px; }
  header.masthead { flex-direction: column-reverse; align-items: flex-start; }
  .overview { flex-direction: column; }
  .score { flex-basis: auto; width: 100%; }
  .bar-row { grid-template-columns: 1fr auto; row-gap: 2px; }
  .bar-track { grid-column: 1 / -1; grid-row: 2; }
  .phases { grid-template-columns: 1fr; }
  table.appendix, .appendix thead, .appendix tbody, .appendix tr, .appendix td {
    display: block; }
  .appendix thead { display: none; }
  .appendix tr { padding: 6px 0; border-bottom: 1px solid var(--line); }
  .appendix td { border: 0; padding: 1px 0; }
  .appendix td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
}
@page { margin: 13mm 12mm; }
@media print {
  html { background: #fff; }
  body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.38; }
  header.masthead { padding-top: 0; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; margin: 12pt 0 6pt; }
  h3 { font-size: 10.5pt; }
  .score { flex-basis: 110pt; padding: 8pt 4pt; }
  .score-value { font-size: 30pt; }
  .bar-row { grid-template-columns: 150pt 1fr 105pt; padding: 1pt 0; }
  .box { padding: 6pt 10pt; }
  .box.ok h2 { font-size: 10.5pt; }
  article.rec { padding: 5pt 9pt; margin-bottom: 5pt; }
  article.rec p { margin-top: 2pt; }
  .tags, .where { font-size: 8.5pt; }
  .phase ol { font-size: 8.5pt; }
  a { color: inherit; text-decoration: none; }
  .score, .bar-fill, .bar-track, .box, article.rec { -webkit-print-color-adjust: exact;
    print-color-adjust: exact; }
  table { font-size: 7.5pt; }
  th, td { padding: 2pt 4pt; }
  td code, .loc { font-size: 7.5pt; }
  footer { margin-top: 12pt; }
}
"""

PAGE = Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="smaudit $version">
<title>Social media audit: $organization</title>
<style>$style</style>
</head>
<body>
<header class="masthead">
<div>
<p class="eyebrow">Social media audit</p>
<h1>$organization</h1>
<p class="meta">$byline</p>
</div>
$logo
</header>
<main>
$body
</main>
$footer
</body>
</html>
""")


def _inline(text: str) -> str:
    """Escaped text with ``code``, **bold** and *italic* marked up."""
    text = escape(text, quote=False)
    text = _INLINE_CODE.sub(r"<code>\1</code>", text)
    text = _BOLD.sub(r"<strong>\1</strong>", text)
    return _ITALIC.sub(r"<em>\1</em>", text)


def doc_html(markdown: str) -> str:
    """Markdown (the consultant's notes) as HTML: headings, lists, paragraphs, code.

    Everything is escaped before any tag is added, so HTML in the notes shows as
    typed; links are shown as text, since a report should not send its reader to
    an address nobody checked."""
    out: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    ordered = False

    def flush() -> None:
        if paragraph:
            out.append(f"<p>{_inline(' '.join(paragraph))}</p>")
            paragraph.clear()
        if items:
            tag = "ol" if ordered else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{_inline(i)}</li>" for i in items)
                       + f"</{tag}>")
            items.clear()

    lines = markdown.strip().splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        numbered = re.match(r"\d+[.)]\s+", stripped)
        if stripped.startswith("```"):
            flush()
            block = []
            index += 1
            while index < len(lines) and not lines[index].strip().startswith("```"):
                block.append(lines[index])
                index += 1
            out.append(f"<pre><code>{escape(chr(10).join(block), quote=False)}</code></pre>")
        elif re.match(r"#{1,6}\s", stripped):
            flush()
            out.append(f"<h3>{_inline(stripped.lstrip('#').strip())}</h3>")
        elif stripped.startswith(("- ", "* ")) or numbered:
            if paragraph or (items and ordered != bool(numbered)):
                flush()
            ordered = bool(numbered)
            items.append(stripped[numbered.end():] if numbered else stripped[2:])
        elif not stripped:
            flush()
        elif items and line.startswith("  "):
            items[-1] += " " + stripped
        else:
            if items:
                flush()
            paragraph.append(stripped)
        index += 1
    flush()
    return "\n".join(out)


def _verdict_color(report: ReadinessReport) -> str:
    if report.overall is None:
        return VERDICT_COLORS["No score"]
    return VERDICT_COLORS.get(report.verdict, color(report.overall))


def _summary(report: ReadinessReport) -> str:
    value = "\u2013" if report.overall is None else score_text(report.overall)
    out_of = "no score yet" if report.overall is None else "out of 100"
    sentences = "".join(f"<p>{escape(s)}</p>" for s in report.summary)
    return (f'<section id="summary"><h2>Summary</h2><div class="overview">'
            f'<div class="score" style="background: {_verdict_color(report)}">'
            f'<span class="score-value">{value}</span><span class="score-max">{out_of}</span>'
            f'<span class="verdict">{escape(report.verdict)}</span></div>'
            f'<div class="summary-text">{sentences}</div></div></section>')


def _scores(report: ReadinessReport) -> str:
    if not report.areas:
        return ('<section id="scores"><h2>Scores by area</h2><p class="muted">No scores: '
                'the plan file has to be fixed first.</p></section>')
    trend = ""
    if report.history:
        trend = f'<h3 style="margin-top:14px">Overall score over time</h3>' \
                f'{trend_svg(report.history)}'
    return (f'<section id="scores"><h2>Scores by area</h2><div class="keep">'
            f'<p class="muted">Each area starts at 100 and loses points for every problem '
            f'found in it.</p>{area_bars(report.areas)}</div>{trend}</section>')


def _plan_file(report: ReadinessReport) -> str:
    if not report.plan_file:
        return ('<section id="plan-file" class="box ok"><h2>The plan file</h2>'
                '<p>Read without problems: nothing in the file itself needs fixing.</p>'
                '</section>')
    rows = "".join(
        f'<li>{_inline(p.message)} <span class="loc">({escape(p.location)}, {p.code})</span>'
        + (f"<br>{_inline(p.hint)}" if p.hint else "") + "</li>" for p in report.plan_file)
    return ('<section id="plan-file" class="box"><h2>Fix the plan file before the audit is '
            'complete</h2><p>These are problems with the file itself, for whoever edits it. '
            f'Parts of the plan may not have been checked until they are fixed.</p>'
            f'<ul>{rows}</ul></section>')


def _recommendation(item: Recommendation) -> str:
    severity = SEVERITY_LABELS.get(item.severity, item.severity)
    where = f'<p class="where">{escape(item.where)}</p>' if item.where else ""
    why = f"<p><strong>Why it matters.</strong> {escape(item.why)}</p>" if item.why else ""
    return (f'<article class="rec {escape(item.severity)}" id="rec-{item.rank}" '
            f'data-rules="{escape(" ".join(item.codes))}" data-effort="{item.effort}" '
            f'data-impact="{item.impact}">'
            f'<h3><span class="rank">{item.rank}.</span> {escape(item.title)}</h3>'
            f'<p class="tags"><strong>{severity}</strong> · {escape(area_title(item.area))}'
            f' · impact <strong>{item.impact}</strong> · effort '
            f'<strong>{item.effort}</strong></p>{where}{why}'
            f'<p><strong>What to do.</strong> {escape(item.todo)}</p></article>')


def _priorities(report: ReadinessReport) -> str:
    items = report.recommendations
    if not items:
        said = ("The plan could not be audited yet: fix the plan file first."
                if report.overall is None else "The audit found nothing to fix in the plan "
                "itself.")
        return f'<section id="priorities"><h2>Priorities</h2><p>{said}</p></section>'
    intro = (f"<p>{len(items)} distinct problem{'s' if len(items) != 1 else ''}, most "
             "important first: ranked by how seriously each one holds the plan back, how "
             "much of the plan it touches, and what fixing it is worth. Impact and effort "
             "are low, medium or high.</p>")
    first, rest = _recommendation(items[0]), "".join(_recommendation(i) for i in items[1:])
    # The heading, the introduction and the first recommendation stay together
    # (``hold``) but, unlike ``keep``, may be followed by a page break: otherwise the
    # block and the second recommendation must share a page, which left half of the
    # first page empty.
    return (f'<section id="priorities"><div class="hold"><h2>Priorities</h2>{intro}{first}'
            f'</div>{rest}</section>')


def _plan_of_action(report: ReadinessReport) -> str:
    if not report.recommendations:
        return ('<section id="plan-of-action"><h2>Plan of action</h2><p>Nothing to schedule: '
                'put the plan into action and review it every month.</p></section>')
    columns = []
    for phase in report.phases:
        if phase.items:
            # Each item links to its recommendation: on a phone the page is long.
            rows = "".join(f'<li value="{i.rank}"><a href="#rec-{i.rank}">'
                           f'{escape(i.title)}</a> '
                           f'<span class="muted">({i.effort} effort)</span></li>'
                           for i in phase.items)
            body = f"<ol>{rows}</ol>"
        else:
            body = '<p class="muted">Nothing new: finish what was started.</p>'
        columns.append(f'<div class="phase" id="{phase.ident}"><h3>{phase.title}</h3>'
                       f'{body}</div>')
    return ('<section id="plan-of-action"><h2>Plan of action</h2><p class="lead">'
            f'{PLAN_LEAD}</p><div class="phases">{"".join(columns)}</div></section>')


def _changes(title: str, items: tuple[ProblemChange, ...], empty: str, *,
             counts: bool = False) -> str:
    if not items:
        return f'<h3>{title}</h3><p class="muted">{empty}</p>'

    def detail(c: ProblemChange) -> str:
        if not counts or c.before == c.now:
            return ""
        return f' <span class="muted">({c.now} place{"s" if c.now != 1 else ""}, was ' \
               f'{c.before})</span>'

    rows = "".join(f"<li>{escape(c.title)}{detail(c)}</li>" for c in items)
    return f"<h3>{title} ({len(items)})</h3><ul>{rows}</ul>"


def _comparison(comparison: Comparison, report: ReadinessReport) -> str:
    if comparison.previous_overall is None or report.overall is None:
        moved = "One of the two audits has no score, so the scores cannot be compared."
    else:
        delta = comparison.overall_delta or 0
        moved = (f"The overall score moved from {score_text(comparison.previous_overall)} to "
                 f"{score_text(report.overall)} "
                 f"({'+' if delta > 0 else ''}{score_text(delta)}).")
    return (f'<section id="comparison"><h2>Since the last audit</h2><p>{escape(moved)}</p>'
            + _changes("Fixed", comparison.fixed, "No problem from the last audit is fixed.")
            + _changes("New", comparison.new, "No new problems.")
            + _changes("Still open", comparison.still_open, "Nothing left from last time.",
                       counts=True)
            + (_changes("Accepted since (waived)", comparison.waived, "")
               if comparison.waived else "")
            + "</section>")


def _notes(report: ReadinessReport) -> str:
    branding = report.branding
    if not branding.notes.strip():
        return ""
    who = f" from {escape(branding.consultant)}" if branding.consultant else ""
    return (f'<section id="notes" class="notes"><h2>Notes{who}</h2>'
            f'{doc_html(branding.notes)}</section>')


def _appendix(report: ReadinessReport) -> str:
    rows = []
    for item in report.recommendations:
        places = item.lines
        example = f"<code>{escape(item.example)}</code>" if item.example else ""
        rows.append(f"<tr><td>{item.rank}</td><td>{escape(item.title)}</td>"
                    f"<td data-label='Rule'>{' '.join(item.codes)}</td>"
                    f"<td class='loc' data-label='Lines'>{escape(places)}</td>"
                    f"<td>{example}</td></tr>")
    waived = ""
    if report.waived:
        lines = "".join(f"<tr><td>{escape(w.title)}</td><td>{w.code}</td>"
                        f"<td class='loc'>{escape(w.location)}</td>"
                        f"<td>{escape(w.reason or '(no reason given)')}</td>"
                        f"<td>{escape(w.until or 'no end date')}</td></tr>" for w in report.waived)
        waived = ("<h3 style='margin-top:12px'>Accepted for now (waived)</h3><p>These do not "
                  "count against the score.</p><table class='appendix'><thead><tr>"
                  "<th>Problem</th><th>Rule</th><th>Where</th><th>Reason</th><th>Until</th>"
                  f"</tr></thead><tbody>{lines}</tbody></table>")
    if not rows and not waived:
        return ('<section id="appendix"><h2>Appendix: for the plan\'s editor</h2><p>Nothing '
                'in the plan file needs changing.</p></section>')
    table = ("<table class='appendix'><thead><tr><th>#</th><th>Problem</th><th>Rule</th>"
             "<th>Lines</th><th>Example for the plan file</th></tr></thead>"
             f"<tbody>{''.join(rows)}</tbody></table>") if rows else ""
    return (f'<section id="appendix"><div class="keep"><h2>Appendix: for the plan\'s '
            f'editor</h2><p>Where each problem is in <code>{escape(report.path)}</code>, '
            f'with an example of the fix. Run <code>smaudit explain RULE</code> for '
            f'details.</p></div>{table}{waived}</section>')


def _sources(report: ReadinessReport) -> str:
    if not report.sources:
        return ('<section id="sources"><h2>Sources</h2><p>No recommendation, so no article '
                'to cite.</p></section>')
    items = "".join(f"<li>{escape(title)}</li>" for title in report.sources)
    return (f'<section id="sources"><h2>Sources</h2><p>The articles the recommendations '
            f'draw on:</p><ul>{items}</ul></section>')


def _byline(report: ReadinessReport) -> str:
    parts = [long_date(report.date)]
    if report.branding.consultant:
        parts.append(f"prepared by {escape(report.branding.consultant)}")
    return " · ".join(parts)


def render_html(report: ReadinessReport) -> str:
    """The whole page."""
    body = [_summary(report), _scores(report), _plan_file(report)]
    if report.comparison is not None:
        body.append(_comparison(report.comparison, report))
    body += [_priorities(report), _plan_of_action(report), _notes(report), _appendix(report),
             _sources(report)]
    style = STYLE
    if report.branding.accent:
        style += f":root {{ --accent: {report.branding.accent}; }}\n"
    logo = (f'<img src="{escape(report.branding.logo)}" alt="'
            f'{escape(report.branding.consultant or "Logo")}">' if report.branding.logo else "")
    version = f" {escape(report.version)}" if report.version else ""
    footer = (f"<footer>Audit of <code>{escape(report.path)}</code> made with smaudit{version} "
              f"on {report.date.isoformat()}.</footer>")
    return PAGE.substitute(
        version=escape(report.version), organization=escape(report.organization),
        style=style, byline=_byline(report), logo=logo,
        body="\n".join(part for part in body if part), footer=footer)
