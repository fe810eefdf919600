"""The readiness report as one self-contained HTML page.

The page has to survive being e-mailed, archived and printed: inline CSS, an
inline SVG chart, no script, no web font, nothing fetched. Every piece of
text that comes from the plan (organization, messages quoting it, paths,
waiver reasons) goes through ``html.escape``; rule documentation, which is
markdown, goes through ``doc_html``, a deliberately small converter that
escapes first and only then adds the few tags the catalog uses (code blocks,
inline code, bold, lists, paragraphs).
"""

from __future__ import annotations

import re
from html import escape
from string import Template

from smaudit.formatters import score_text
from smaudit.report.chart import VERDICT_COLORS, bar_chart, color
from smaudit.report.model import (
    Comparison,
    ReadinessReport,
    RuleGroup,
    area_title,
    long_date,
)

SEVERITY_LABELS = {"error": "Critical", "warning": "Warning", "info": "Suggestion"}
"""Severities as a client reads them."""

_INLINE_CODE = re.compile(r"`([^`\n]+)`")
_BOLD = re.compile(r"\*\*([^*\n]+)\*\*")

STYLE = """
:root { --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --paper: #ffffff;
  --soft: #f6f7f9; --accent: #1d4ed8; --error: #b91c1c; --warning: #b45309;
  --info: #0e7490; }
* { box-sizing: border-box; }
html { background: var(--soft); }
body { margin: 0 auto; max-width: 980px; padding: 0 24px 48px; color: var(--ink);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; background: var(--paper); }
header.masthead { padding: 36px 0 20px; border-bottom: 3px solid var(--ink); }
.eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 12px;
  color: var(--muted); font-weight: 600; }
h1 { margin: 4px 0 6px; font-size: 32px; line-height: 1.2; overflow-wrap: anywhere; }
h2 { font-size: 21px; margin: 36px 0 12px; padding-bottom: 6px;
  border-bottom: 1px solid var(--line); }
h3 { font-size: 18px; margin: 28px 0 10px; }
h4 { font-size: 16px; margin: 0; }
h5 { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted);
  margin: 14px 0 4px; }
.meta { margin: 0; color: var(--muted); font-size: 14px; overflow-wrap: anywhere; }
.overview { display: flex; gap: 28px; align-items: flex-start; margin-top: 28px; }
.score { flex: 0 0 180px; text-align: center; padding: 20px 10px; border-radius: 10px;
  color: #fff; }
.score-value { display: block; font-size: 52px; font-weight: 700; line-height: 1; }
.score-max { font-size: 15px; opacity: .9; }
.verdict { display: block; margin-top: 10px; font-weight: 700; font-size: 16px; }
.summary { flex: 1; }
.summary h2 { margin-top: 0; }
.summary p { margin: 0 0 10px; }
ol.priorities { margin: 6px 0 0; padding-left: 22px; }
ol.priorities li { margin-bottom: 8px; }
.todo { display: block; color: var(--muted); }
.chart { max-width: 100%; height: auto; }
.area-head { display: flex; justify-content: space-between; align-items: baseline; gap: 12px;
  margin: 28px 0 10px; border-left: 5px solid var(--accent); padding-left: 10px; }
.area-head h3 { margin: 0; }
.area-score { font-weight: 700; white-space: nowrap; }
article.rule { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px;
  margin: 0 0 14px; break-inside: avoid; }
article.rule.error { border-left: 5px solid var(--error); }
article.rule.warning { border-left: 5px solid var(--warning); }
article.rule.info { border-left: 5px solid var(--info); }
.rule-head { display: flex; gap: 10px; align-items: baseline; }
.rule-id { display: block; margin-top: 4px; }
.priorities .code, td.num { white-space: nowrap; }
td.until { white-space: nowrap; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase;
  letter-spacing: .05em; padding: 2px 7px; border-radius: 4px; color: #fff; }
.badge.error { background: var(--error); }
.badge.warning { background: var(--warning); }
.badge.info { background: var(--info); }
.code { color: var(--muted); font-size: 13px; font-family: ui-monospace, SFMono-Regular,
  Menlo, Consolas, monospace; }
ul.occurrences { list-style: none; margin: 10px 0 0; padding: 0; }
ul.occurrences li { background: var(--soft); border-radius: 6px; padding: 8px 12px;
  margin-bottom: 6px; }
.msg { margin: 0; overflow-wrap: anywhere; }
.loc { margin: 2px 0 0; font-size: 12.5px; color: var(--muted);
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  overflow-wrap: anywhere; }
.hint { margin: 4px 0 0; }
.doc p { margin: 0 0 8px; }
.doc ul { margin: 0 0 8px; padding-left: 20px; }
pre { background: #111827; color: #f3f4f6; padding: 10px 12px; border-radius: 6px;
  overflow-x: auto; font-size: 12.5px; line-height: 1.45; margin: 4px 0 8px;
  white-space: pre-wrap; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: .92em; }
p code, li code { background: #eef0f3; padding: 0 4px; border-radius: 3px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 7px 8px; border-bottom: 1px solid var(--line);
  vertical-align: top; overflow-wrap: anywhere; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
td.num, th.num { text-align: right; white-space: nowrap; }
.up { color: #2e7d32; font-weight: 600; }
.down { color: var(--error); font-weight: 600; }
.clean { color: var(--muted); }
footer { margin-top: 44px; padding-top: 12px; border-top: 1px solid var(--line);
  font-size: 13px; color: var(--muted); }
footer h2 { font-size: 15px; border: 0; margin: 0 0 6px; color: var(--ink); }
footer ul { margin: 0 0 12px; padding-left: 20px; }
a { color: var(--accent); }
@media (max-width: 720px) { .overview { flex-direction: column; }
  .score { flex-basis: auto; width: 100%; } }
@media print { html { background: #fff; } body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .score, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
"""

PAGE = Template("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="smaudit $version">
<title>Social media readiness report: $organization</title>
<style>$style</style>
</head>
<body>
<header class="masthead">
<p class="eyebrow">Social media readiness report</p>
<h1>$organization</h1>
<p class="meta">$date · plan <code>$path</code></p>
</header>
<main>
$body
</main>
$footer
</body>
</html>
""")


def _inline(text: str) -> str:
    """Escaped text with ``code`` and **bold** marked up."""
    text = escape(text, quote=False)
    text = _INLINE_CODE.sub(r"<code>\1</code>", text)
    return _BOLD.sub(r"<strong>\1</strong>", text)


def text_html(text: str) -> str:
    """Plan-quoting text (a message, a hint): escaped, with `code` spans kept as code."""
    return _INLINE_CODE.sub(r"<code>\1</code>", escape(text, quote=False))


def doc_html(markdown: str) -> str:
    """A rule's markdown documentation as HTML (fences, lists, paragraphs, inline code)."""
    out: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(f"<p>{_inline(' '.join(paragraph))}</p>")
            paragraph.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + "</ul>")
            items.clear()

    lines = markdown.strip().splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if stripped.startswith("```"):
            flush()
            block = []
            index += 1
            while index < len(lines) and not lines[index].strip().startswith("```"):
                block.append(lines[index])
                index += 1
            out.append(f"<pre><code>{escape(chr(10).join(block), quote=False)}</code></pre>")
        elif stripped.startswith(("- ", "* ")):
            if paragraph:
                flush()
            items.append(stripped[2:])
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


def _delta(value: float | None) -> str:
    if value is None:
        return '<span class="clean">new</span>'
    if value > 0:
        return f'<span class="up">+{score_text(value)}</span>'
    if value < 0:
        return f'<span class="down">&minus;{score_text(-value)}</span>'
    return '<span class="clean">±0</span>'


def _overview(report: ReadinessReport) -> str:
    summary = report.summary
    sentences = "".join(f"<p>{escape(s)}</p>" for s in summary.sentences)
    priorities = ""
    if summary.priorities:
        rows = "".join(
            f'<li><strong>{escape(p.title)}</strong> '
            f'<span class="code">{escape(p.code)} · {escape(area_title(p.area))}</span>'
            f'<span class="todo">{text_html(p.todo)}</span></li>'
            for p in summary.priorities)
        priorities = f'<h3>Top priorities</h3><ol class="priorities">{rows}</ol>'
    return (f'<section class="overview" aria-label="Overall readiness">'
            f'<div class="score" style="background: '
            f'{VERDICT_COLORS.get(report.verdict, color(report.overall))}">'
            f'<span class="score-value">{score_text(report.overall)}</span>'
            f'<span class="score-max">out of 100</span>'
            f'<span class="verdict">{escape(report.verdict)}</span></div>'
            f'<div class="summary"><h2>Executive summary</h2>{sentences}{priorities}</div>'
            f'</section>')


def _chart(report: ReadinessReport) -> str:
    note = ""
    if report.comparison is not None:
        note = '<p class="clean">The dark tick on each bar marks the previous audit.</p>'
    return (f'<section><h2>Readiness by area</h2>{bar_chart(report.areas)}{note}</section>')


def _comparison(comparison: Comparison, report: ReadinessReport) -> str:
    if comparison.previous_overall is None:
        moved = f"The previous audit ({escape(comparison.source)}) had no score."
    else:
        moved = (f"Overall readiness moved from {score_text(comparison.previous_overall)} to "
                 f"{score_text(report.overall)} ({_delta(comparison.overall_delta)}).")
    moved_areas = [a for a in report.areas if a.delta != 0]
    rows = "".join(
        f"<tr><td>{escape(a.title)}</td>"
        f"<td class='num'>{'' if a.previous is None else score_text(a.previous)}</td>"
        f"<td class='num'>{score_text(a.score)}</td><td class='num'>{_delta(a.delta)}</td></tr>"
        for a in moved_areas)
    table = ("<table><thead><tr><th>Area</th><th class='num'>Before</th>"
             "<th class='num'>Now</th><th class='num'>Change</th></tr></thead>"
             f"<tbody>{rows}</tbody></table>") if moved_areas else ""
    if moved_areas and len(moved_areas) < len(report.areas):
        table += "<p class='clean'>The other areas did not move.</p>"
    elif not moved_areas:
        table = "<p class='clean'>No area's score changed.</p>"

    def changes(title: str, items: tuple, empty: str) -> str:
        if not items:
            return f"<h3>{title}</h3><p class='clean'>{empty}</p>"
        lis = "".join(f"<li><strong>{escape(c.title)}</strong> <span class='code'>"
                      f"{escape(c.code)}</span><br>{escape(c.message)} "
                      f"<span class='loc'>{escape(c.location)}</span></li>" for c in items)
        return f"<h3>{title} ({len(items)})</h3><ul>{lis}</ul>"

    return (f"<section class='comparison'><h2>Since the last audit</h2><p>{moved} "
            f"{comparison.unchanged} finding{'s' if comparison.unchanged != 1 else ''} "
            f"remain{'s' if comparison.unchanged == 1 else ''} from before.</p>{table}"
            + changes("Fixed", comparison.fixed, "Nothing from the previous audit was fixed.")
            + changes("New", comparison.new, "No new findings.")
            + (changes("Waived since", comparison.waived, "") if comparison.waived else "")
            + "</section>")


def _rule(group: RuleGroup) -> str:
    hints = {o.hint for o in group.occurrences}
    shared = len(group.occurrences) > 1 and len(hints) == 1 and None not in hints
    occurrences = []
    for o in group.occurrences:
        hint = (f'<p class="hint"><strong>Here:</strong> {text_html(o.hint)}</p>'
                if o.hint and not shared else "")
        occurrences.append(f'<li><p class="msg">{text_html(o.message)}</p>'
                           f'<p class="loc">{escape(o.location)}</p>{hint}</li>')
    common = (f'<p class="hint"><strong>In each case:</strong> '
              f'{text_html(group.occurrences[0].hint or "")}</p>' if shared else "")
    why = (f'<div class="doc why"><h5>Why it matters</h5>{doc_html(group.why)}</div>'
           if group.why else "")
    instead = (f'<div class="doc instead"><h5>What to do</h5>{doc_html(group.instead)}</div>'
               if group.instead else "")
    return (f'<article class="rule {escape(group.severity)}" id="{escape(group.code)}">'
            f'<div class="rule-head"><span class="badge {escape(group.severity)}">'
            f'{SEVERITY_LABELS.get(group.severity, escape(group.severity))}</span>'
            f'<h4>{escape(group.title)}</h4></div>'
            + (f'<a class="code rule-id" href="{escape(group.help_uri)}">{escape(group.code)} · '
               f'{escape(group.slug)}</a>' if group.help_uri else
               f'<span class="code rule-id">{escape(group.code)} · {escape(group.slug)}</span>')
            + f'<ul class="occurrences">{"".join(occurrences)}</ul>{common}{why}{instead}'
            f'</article>')


def _findings(report: ReadinessReport) -> str:
    if not report.sections:
        return ("<section><h2>Findings by area</h2><p>No findings: every rule passed.</p>"
                "</section>")
    parts = ["<section><h2>Findings by area</h2>"]
    for section in report.sections:
        score = (f'<span class="area-score">{score_text(section.score)}/100</span>'
                 if section.score is not None else "")
        parts.append(f'<div class="area-head"><h3>{escape(section.title)}</h3>{score}</div>')
        parts += [_rule(group) for group in section.rules]
    if report.clean_areas:
        parts.append(f'<p class="clean">No findings in: '
                     f'{escape(", ".join(report.clean_areas))}.</p>')
    parts.append("</section>")
    return "\n".join(parts)


def _suppressed(report: ReadinessReport) -> str:
    if not report.suppressed:
        return ""
    rows = []
    for group in report.suppressed:
        for o in group.occurrences:
            kind = "baseline" if o.kind == "baseline" else "waiver"
            rows.append(f"<tr><td><strong>{escape(group.title)}</strong><br>"
                        f"<span class='code'>{escape(group.code)}</span></td>"
                        f"<td>{escape(o.message)}<br><span class='loc'>{escape(o.location)}"
                        f"</span></td><td>{escape(o.reason or '(no reason given)')}"
                        f"<br><span class='clean'>{kind}</span></td>"
                        f"<td class='until'>{escape(o.until or 'no expiry')}</td></tr>")
    return ("<section><h2>Waived findings</h2><p>These findings were accepted for now, with "
            "a reason; they do not count against the score.</p>"
            "<table><thead><tr><th>Rule</th><th>Finding</th><th>Reason</th><th>Until</th>"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table></section>")


def _footer(report: ReadinessReport) -> str:
    sources = "".join(f"<li>{escape(title)}</li>" for title in report.sources)
    listed = f"<h2>Sources</h2><p>The rules behind this report draw on:</p><ul>{sources}</ul>" \
        if sources else ""
    version = f" {escape(report.version)}" if report.version else ""
    return (f"<footer>{listed}<p>Generated by smaudit{version} on "
            f"{report.date.isoformat()}. The score starts each area at 100 and subtracts "
            f"for every finding that is not waived.</p></footer>")


def render_html(report: ReadinessReport) -> str:
    """The whole page."""
    body = [_overview(report), _chart(report)]
    if report.comparison is not None:
        body.append(_comparison(report.comparison, report))
    body += [_findings(report), _suppressed(report)]
    return PAGE.substitute(
        version=escape(report.version), organization=escape(report.organization),
        style=STYLE, date=long_date(report.date), path=escape(report.path),
        body="\n".join(part for part in body if part), footer=_footer(report))
