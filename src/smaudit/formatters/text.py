"""``--format text``: compiler-style output for people at a terminal.

``path:line:col: severity CODE slug message``, the source line with a caret
under the column, the hint, then a summary with counts, suppressions and the
readiness score. The whole output is built as one string (and, on a colour
terminal, styled once through rich), which is far faster than printing
finding by finding.
"""

from __future__ import annotations

from smaudit.formatters import (
    NO_SCORE,
    Report,
    score_text,
    severity_counts,
    statistics,
    unscored_note,
)
from smaudit.model import AREAS, Finding, Result

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _snippet(finding: Finding, lines: dict[int, str]) -> list[tuple[str, str | None]]:
    loc = finding.location
    source = lines.get(loc.line)
    if source is None:
        return []
    source = source.expandtabs(1)
    gutter = f"{loc.line:>5} | "
    if loc.end_line == loc.line:
        width = loc.end_column - loc.column
    else:  # a multi-line node: underline to the end of its first line
        width = len(source) - loc.column + 1
    width = max(1, min(width, max(1, len(source) - loc.column + 1)))
    caret = " " * (loc.column - 1) + "^" * width
    return [(gutter, "dim"), (source + "\n", None),
            (" " * (len(gutter) - 2) + "| ", "dim"), (caret + "\n", STYLES[finding.severity.label])]


def _finding(finding: Finding, lines: dict[int, str]) -> list[tuple[str, str | None]]:
    loc = finding.location
    sev = finding.severity.label
    parts: list[tuple[str, str | None]] = [
        (f"{loc.path}:{loc.line}:{loc.column}: ", "bold"),
        (sev, STYLES[sev]),
        (f" {finding.code} ", "bold"),
        (f"{finding.slug} ", "dim"),
        (finding.message + "\n", None),
    ]
    parts += _snippet(finding, lines)
    if finding.hint:
        parts += [("      = hint: ", "green"), (finding.hint + "\n", None)]
    return parts


def _score_lines(result: Result) -> list[tuple[str, str | None]]:
    if not result.is_plan:
        return []
    if result.score is None:
        return [(f"  {result.path}: {NO_SCORE}", "bold"), (" (could not be read)\n", "dim")]
    areas = dict(result.score.areas)
    detail = ", ".join(f"{a} {score_text(areas[a])}" for a in AREAS if a in areas)
    return [(f"  {result.path}: readiness {score_text(result.score.overall)}/100", "bold"),
            (f" ({detail})\n", "dim")]


def segments(report: Report) -> list[tuple[str, str | None]]:
    """The output as (text, style) pieces; plain output ignores the styles."""
    parts: list[tuple[str, str | None]] = []
    opts = report.options
    for result in report.results:
        lines = dict(result.lines)
        for finding in result.active:
            if opts.quiet:
                loc = finding.location
                parts.append((f"{loc.path}:{loc.line}:{loc.column}: {finding.severity.label} "
                              f"{finding.code} {finding.slug} {finding.message}\n", None))
            else:
                parts += _finding(finding, lines)
                parts.append(("\n", None))
    if opts.statistics:
        parts += [(row + "\n", None) for row in statistics(report.summary, report.rules)]
    if opts.quiet:
        return parts
    summary = report.summary
    total = summary.errors + summary.warnings + summary.infos
    plans = [r for r in report.results if r.is_plan and r.score is not None]
    noun = "file" if summary.files == 1 else "files"
    if total:
        line = f"Found {total} finding{'s' if total != 1 else ''} ({severity_counts(summary)})"
        parts.append((f"{line} in {summary.files} {noun}", "bold"))
    else:
        parts.append((f"No findings in {summary.files} {noun}", "bold green"))
    if summary.suppressed:
        parts.append((f"; {summary.suppressed} finding"
                      f"{'s' if summary.suppressed != 1 else ''} suppressed", None))
    if len(plans) == 1:
        parts.append((f"; readiness {score_text(plans[0].score.overall)}/100", "bold"))
    elif plans:
        mean = sum(r.score.overall for r in plans) / len(plans)
        parts.append((f"; mean readiness {score_text(round(mean, 1))}/100", "bold"))
    note = unscored_note(report)
    if note:
        parts.append((f"; {note}", "bold"))
    parts.append((".\n", None))
    if opts.show_score:
        for result in report.results:
            parts += _score_lines(result)
    return parts


def render_plain(report: Report) -> str:
    return "".join(text for text, _ in segments(report))


def render_color(report: Report) -> str:
    import io

    from rich.console import Console
    from rich.text import Text

    text = Text()
    for chunk, style in segments(report):
        text.append(chunk, style=style)
    buffer = io.StringIO()
    Console(file=buffer, force_terminal=True, color_system="standard", width=10_000,
            highlight=False, soft_wrap=True).print(text, end="")
    return buffer.getvalue()


class TextFormatter:
    name = "text"
    description = "Compiler-style findings with source, caret and hint, then a summary."

    def render(self, report: Report) -> str:
        return render_color(report) if report.options.color else render_plain(report)
