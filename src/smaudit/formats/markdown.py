"""``--format markdown``: a findings table to post as a pull-request comment.

A heading with the counts and the readiness score, one table row per finding
that counts (severity, rule linked to its documentation, location, message
and hint), the number of waived findings, and, for several plans, a table of
scores per plan and area. Text from plans is escaped for the table: ``|``
and newlines would break the row, and markdown or HTML in a plan must show
as typed rather than render (a plan is not trusted to format a comment).
"""

from __future__ import annotations

import re

from smaudit.formats import NO_SCORE, RunResults, score_text, severity_counts, unscored_note
from smaudit.model.findings import AREAS, Finding

_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
"""What could start emphasis, code, a link or strikethrough, or end a table cell."""


def md_text(text: str) -> str:
    """Inline markdown that displays ``text`` literally, table-safe, on one line."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    return "<br>".join(part.strip() for part in text.replace("\r\n", "\n").split("\n"))


def _row(finding: Finding, help_uri: str | None) -> str:
    loc = finding.location
    rule = f"`{finding.code}` {md_text(finding.slug)}"
    if help_uri:
        rule = f"[`{finding.code}`]({help_uri}) {md_text(finding.slug)}"
    message = md_text(finding.message)
    if finding.hint:
        message += f"<br>*Hint:* {md_text(finding.hint)}"
    where = md_text(f"{loc.path}:{loc.line}:{loc.column}")
    return f"| {finding.severity.label} | {rule} | {where} | {message} |"


def headline(report: RunResults) -> str:
    """``smaudit: 3 findings (…) in 2 files · readiness 80/100``."""
    summary = report.summary
    total = summary.errors + summary.warnings + summary.infos
    noun = "file" if summary.files == 1 else "files"
    if total:
        text = (f"smaudit: {total} finding{'s' if total != 1 else ''} "
                f"({severity_counts(summary)}) in {summary.files} {noun}")
    else:
        text = f"smaudit: no findings in {summary.files} {noun}"
    plans = [r for r in report.results if r.score is not None]
    if len(plans) == 1:
        text += f" · readiness {score_text(plans[0].score.overall)}/100"
    elif plans:
        mean = round(sum(r.score.overall for r in plans) / len(plans), 1)
        text += f" · mean readiness {score_text(mean)}/100"
    note = unscored_note(report)
    if note:
        text += f" · {note}"
    return text


def render(report: RunResults) -> str:
    lines = [f"### {headline(report)}", ""]
    rows = [_row(f, report.rules[f.code].help_uri if f.code in report.rules else None)
            for result in report.results for f in result.active]
    if rows:
        lines += ["| Severity | Rule | Location | Message |", "|---|---|---|---|", *rows, ""]
    suppressed = report.summary.suppressed
    if suppressed:
        lines += [f"{suppressed} finding{'s' if suppressed != 1 else ''} suppressed "
                  "by waivers or the baseline.", ""]
    for error in report.errors:
        lines += [f"**Error:** {md_text(error)}", ""]
    if plans := report.results:
        lines += ["<details><summary>Readiness by area</summary>", "",
                  "| Plan | Score | " + " | ".join(AREAS) + " |",
                  "|---|---:|" + "---:|" * len(AREAS)]
        for result in plans:
            areas = dict(result.score.areas) if result.score else {}
            cells = " | ".join(score_text(areas[a]) if a in areas else "" for a in AREAS)
            overall = score_text(result.score.overall) if result.score else NO_SCORE
            lines.append(f"| {md_text(result.path)} | {overall} | {cells} |")
        lines += ["", "</details>", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


class MarkdownFormatter:
    name = "markdown"
    description = "A markdown findings table with the score, for pull-request comments."

    def render(self, report: RunResults) -> str:
        return render(report)
