"""``smaudit report PLAN -o report.html``: lint one plan and write the client report.

The format follows the output's suffix (``.html``/``.htm`` or
``.md``/``.markdown``) unless ``--format`` says otherwise; without ``-o``
the report goes to standard output, as markdown unless ``--format html``.
``--compare OLD.json`` takes a previous ``smaudit --format json`` output and
adds which problems were fixed, which are new and which are still open;
``--history`` takes several and draws the overall score's trend. The
consultant's name, logo, accent colour and notes come from the config's
``report:`` section. The exit code is 0 once the report is written, whatever
it found: the report is the product here, not a gate (``smaudit check`` is
the gate); a rule that crashed stays out of the report, is named on standard
error and makes the exit code 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable

from smaudit.cli.exitcodes import ExitCode
from smaudit.cli.invocation import Invocation
from smaudit.model.errors import UsageError

SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}


def add_parser(sub: argparse._SubParsersAction,
               common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``report`` to the command line."""
    p = sub.add_parser(
        "report", help="write the readiness report for a client (html or markdown)",
        description="Lint one plan and write a readiness report for the client: score, "
                    "chart per area, executive summary, and what to do about each finding.")
    p.add_argument("plan", metavar="PLAN", help="the plan file, or - for standard input")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write the report to FILE; .html or .md picks the format "
                        "(default: standard output)")
    p.add_argument("--format", choices=("html", "markdown"), default=None,
                   help="the report format (default: from the output's suffix, else markdown)")
    p.add_argument("--compare", metavar="OLD.json",
                   help="a previous `smaudit --format json` output: show what changed since")
    p.add_argument("--history", metavar="OLD.json", nargs="+",
                   help="earlier `smaudit --format json` outputs, oldest first: draw the "
                        "overall score's trend")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the date on the report (default: today)")
    p.add_argument("--organization", metavar="NAME",
                   help="the name on the report (default: organization.name in the plan)")
    p.add_argument("--stdin-filename", metavar="PATH", help="the name to show for -")
    common(p)
    p.set_defaults(handler=run)


def choose_format(requested: str | None, output: str | None) -> str:
    """``html`` or ``markdown``: ``--format``, else the output's suffix, else markdown."""
    if requested:
        return requested
    if not output:
        return "markdown"
    suffix = os.path.splitext(output)[1].lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"cannot tell the report format from {output!r}: name it .html or "
                         ".md, or pass --format html|markdown")
    return SUFFIXES[suffix]


def _date(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date {value!r} is not a date like 2027-03-31") from None


def _plan_data(path: str, stdin: bytes | None, limits: object) -> object:
    """The plan's data, for the advice's names; None when it cannot be read as a plan."""
    from smaudit.loading.loader import load
    from smaudit.model.files import read_regular

    try:
        raw = read_regular(path, limits.max_bytes) if stdin is None else stdin
    except OSError:
        return None
    loaded = load(raw, path, limits=limits)
    return loaded.plan.data if loaded.plan is not None else None


def run(args: Invocation) -> ExitCode:
    """Lint the plan, build the report, write it; returns the exit code."""
    from smaudit.__about__ import __version__
    from smaudit.formats.catalog import rule_meta
    from smaudit.linter.lint import Linter
    from smaudit.model.results_json import read_results
    from smaudit.report.branding import load_branding
    from smaudit.report.context import build_context
    from smaudit.report.readiness import build_report, compare, history

    fmt = choose_format(args.format, args.output)
    date = _date(args.date)
    previous = read_results(args.compare) if args.compare else None
    earlier = [(os.path.splitext(os.path.basename(path))[0], read_results(path, "--history"))
               for path in args.history or ()]
    settings = args.settings
    branding = load_branding(settings.report, settings.source)
    linter = Linter(settings, isolate=True)
    limit = linter.settings.limits.max_bytes
    stdin = sys.stdin.buffer.read(limit + 1) if args.plan == "-" else None  # SMA006 past it
    outcome = linter.lint_paths([args.plan], jobs=1, stdin=stdin,
                                stdin_filename=args.stdin_filename)
    if outcome.missing:
        missing = outcome.missing[0]
        raise UsageError(f"{missing.path}: {missing.reason}")
    if not outcome.results:
        raise UsageError(f"{args.plan}: nothing to report on")
    result = outcome.results[0]
    rules = rule_meta(linter.registry)
    data = _plan_data(result.path, stdin, settings.limits)
    name = args.organization or result.organization or os.path.basename(result.path)
    context = build_context(data, name)
    report = build_report(result, rules, date=date, version=__version__,
                          organization=args.organization, context=context,
                          crashed={crash.code for crash in outcome.crashes},
                          branding=branding)
    if previous is not None:
        report = compare(report, result, previous, rules, source=args.compare,
                         context=context)
    if earlier:
        report = history(report, result, earlier)
    if fmt == "html":
        from smaudit.report.html import render_html

        text = render_html(report)
    else:
        from smaudit.report.markdown import render_markdown

        text = render_markdown(report)
    if args.output:
        from smaudit.model.atomic import write_output

        write_output(args.output, text, what="report")
        score = "no score" if report.overall is None else f"readiness {report.overall:g}/100"
        print(f"smaudit: wrote {args.output} ({score})", file=sys.stderr)
    else:
        from smaudit.model.atomic import write_stdout

        write_stdout(text)
    failures = linter.plugins.failures
    for failure in failures:  # its rules are missing from the report: say so, as check does
        print(f"smaudit: error: plugin {failure.name} failed to load: {failure.reason}",
              file=sys.stderr)
        if getattr(args, "debug", False):
            sys.stderr.write(failure.traceback)
    for crash in outcome.crashes:
        print(f"smaudit: error: {crash.describe()}", file=sys.stderr)
        if getattr(args, "debug", False):
            sys.stderr.write(crash.traceback)
    return ExitCode.ERROR if outcome.crashes or failures else ExitCode.OK
