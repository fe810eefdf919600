"""``--format text``: compiler-style output for people at a terminal.

``path:line:col: severity CODE slug message``, the source line with a caret
under the column, the hint, then a summary with counts, suppressions and the
readiness score. The whole output is built as one string (and, on a colour
terminal, styled once through rich), which is far faster than printing
finding by finding.
"""

from __future__ import annotations

from smaudit.formats import (
    NO_SCORE,
    RunResults,
    score_text,
    severity_counts,
    statistics,
    unscored_note,
)
from smaudit.model.findings import AREAS, Finding, Result

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}

SOURCE_WIDTH = 160
"""Characters of a source line shown around a finding: a plan written on one 2 MB line
would otherwise print the whole line once per finding."""

_CONTROLS = [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0),
             0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_VISIBLE = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in _CONTROLS}
"""Control characters (ESC starts a terminal command: ``\\e[2J`` clears the screen) and
bidirectional overrides (they reorder what a reader sees) from a plan, shown as escapes."""


def visible(text: str) -> str:
    """``text`` with every character that would act on the terminal written as an escape."""
    return text.translate(_VISIBLE)


def _snippet(finding: Finding, lines: dict[int, str]) -> list[tuple[str, str | None]]:
    loc = finding.location
    source = lines.get(loc.line)
    if source is None:
        return []
    gutter = f"{loc.line:>5} | "
    if loc.end_line == loc.line:
        width = loc.end_column - loc.column
    else:  # a multi-line node: underline to the end of its first line
        width = len(source) - loc.column + 1
    width = max(1, min(width, max(1, len(source) - loc.column + 1)))
    start = 0 if loc.column <= SOURCE_WIDTH // 2 else loc.column - 1 - SOURCE_WIDTH // 4
    end = min(len(source), start + SOURCE_WIDTH)
    before = visible(source[start:loc.column - 1].expandtabs(1))
    shown = visible(source[start:end].expandtabs(1))
    under = visible(source[loc.column - 1:min(end, loc.column - 1 + width)].expandtabs(1))
    lead, tail = ("…" if start else ""), ("…" if end < len(source) else "")
    caret = " " * (len(lead) + len(before)) + "^" * max(1, len(under))
    return [(gutter, "dim"), (lead + shown + tail + "\n", None),
            (" " * (len(gutter) - 2) + "| ", "dim"), (caret + "\n", STYLES[finding.severity.label])]


def _finding(finding: Finding, lines: dict[int, str]) -> list[tuple[str, str | None]]:
    loc = finding.location
    sev = finding.severity.label
    parts: list[tuple[str, str | None]] = [
        (f"{visible(loc.path)}:{loc.line}:{loc.column}: ", "bold"),
        (sev, STYLES[sev]),
        (f" {finding.code} ", "bold"),
        (f"{visible(finding.slug)} ", "dim"),
        (visible(finding.message) + "\n", None),
    ]
    parts += _snippet(finding, lines)
    if finding.hint:
        parts += [("      = hint: ", "green"), (visible(finding.hint) + "\n", None)]
    return parts


def _score_lines(result: Result) -> list[tuple[str, str | None]]:
    if result.score is None:
        return [(f"  {result.path}: {NO_SCORE}", "bold"), (" (could not be read)\n", "dim")]
    areas = dict(result.score.areas)
    detail = ", ".join(f"{a} {score_text(areas[a])}" for a in AREAS if a in areas)
    return [(f"  {visible(result.path)}: readiness {score_text(result.score.overall)}/100", "bold"),
            (f" ({detail})\n", "dim")]


def segments(report: RunResults) -> list[tuple[str, str | None]]:
    """The output as (text, style) pieces; plain output ignores the styles."""
    parts: list[tuple[str, str | None]] = []
    opts = report.options
    for result in report.results:
        lines = dict(result.lines)
        for finding in result.active:
            if opts.quiet:
                loc = finding.location
                parts.append((visible(f"{loc.path}:{loc.line}:{loc.column}: "
                                      f"{finding.severity.label} {finding.code} {finding.slug} "
                                      f"{finding.message}") + "\n", None))
            else:
                parts += _finding(finding, lines)
                parts.append(("\n", None))
    if opts.statistics:
        parts += [(row + "\n", None) for row in statistics(report.summary, report.rules)]
    if opts.quiet:
        return parts
    summary = report.summary
    total = summary.errors + summary.warnings + summary.infos
    plans = [r for r in report.results if r.score is not None]
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


def render_plain(report: RunResults) -> str:
    return "".join(text for text, _ in segments(report))


def render_color(report: RunResults) -> str:
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

    def render(self, report: RunResults) -> str:
        return render_color(report) if report.options.color else render_plain(report)
