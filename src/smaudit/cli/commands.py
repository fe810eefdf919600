"""The core commands: each adds its parser and handles its ``Invocation``.

``check`` lints; ``rules``, ``explain``, ``schema``, ``plugins`` and
``test-rules`` show and test what the plugins registered. Each handler returns
an ``ExitCode``: 0 nothing at or above ``--fail-on``, 1 findings, 2 a usage,
configuration or internal error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from smaudit.__about__ import __version__
from smaudit.cli.exitcodes import ExitCode
from smaudit.cli.invocation import Invocation
from smaudit.model.errors import UsageError

AddCommon = Callable[[argparse.ArgumentParser], None]
"""``cli.common``: adds the options every command takes."""


def add_check(sub: argparse._SubParsersAction, common: AddCommon) -> None:
    p = sub.add_parser("check", help="lint plans (the default command)",
                       description="Lint social media plans.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="plan files, directories, or - for standard input")
    common(p)
    p.add_argument("--select", default=None, metavar="RULES",
                   help="only these rules (codes, slugs or prefixes, comma-separated)")
    p.add_argument("--extend-select", default=None, metavar="RULES",
                   help="add these rules to the selection")
    p.add_argument("--ignore", default=None, metavar="RULES", help="skip these rules")
    p.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default=None,
                   help="lowest severity that makes the exit code 1 (default: warning)")
    p.add_argument("--format", default="text", metavar="FORMAT",
                   help="output format: text, json, ... (see `smaudit check --format help`)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes (default: all cores)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    p.add_argument("--baseline", metavar="FILE", help="report only findings not in FILE")
    p.add_argument("--write-baseline", metavar="FILE",
                   help="record the current findings in FILE and exit 0")
    p.add_argument("--statistics", action="store_true", help="count findings per rule")
    p.add_argument("-q", "--quiet", action="store_true", help="one line per finding, no summary")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.add_argument("--show-score", action="store_true",
                   help="show the readiness score per area for each plan")
    p.add_argument("--stdin-filename", metavar="PATH", help="the name to report for -")
    p.add_argument("--root", metavar="DIR",
                   help="write paths in sarif, gitlab, github, junit and json output relative "
                        "to DIR (default: the repository root, else the config file's folder, "
                        "else the working directory)")
    p.add_argument("--only-plans", action="store_true",
                   help="skip named files that are not plans too (for pre-commit hooks)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="say on standard error which files were skipped as not plans, and why")
    p.set_defaults(handler=check)


def add_rules(sub: argparse._SubParsersAction, common: AddCommon) -> None:
    p = sub.add_parser("rules", help="list every rule")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    common(p)
    p.set_defaults(handler=rules)


def add_explain(sub: argparse._SubParsersAction, common: AddCommon) -> None:
    p = sub.add_parser("explain", help="show a rule's documentation")
    p.add_argument("rule", metavar="RULE", help="code or slug")
    common(p)
    p.set_defaults(handler=explain)


def add_schema(sub: argparse._SubParsersAction, common: AddCommon) -> None:
    p = sub.add_parser("schema", help="print the plan JSON Schema (for editors)")
    common(p)
    p.set_defaults(handler=schema)


def add_plugins(sub: argparse._SubParsersAction, common: AddCommon) -> None:
    p = sub.add_parser("plugins", help="list loaded plugins and the rules each adds")
    p.add_argument("--format", choices=("text", "json"), default="text")
    common(p)
    p.set_defaults(handler=plugins)


def add_test_rules(sub: argparse._SubParsersAction, common: AddCommon) -> None:
    p = sub.add_parser("test-rules", help="run the examples embedded in rule packs")
    p.add_argument("packs", nargs="+", metavar="PACK")
    common(p)
    p.set_defaults(handler=test_rules)


def _emit(text: str, output: str | None) -> None:
    from smaudit.model.atomic import write_output, write_stdout

    if output:
        write_output(output, text)
    else:
        write_stdout(text)


def _linter(args: Invocation, *, cache: bool = False, strict: bool = True, settings=None):
    from smaudit.linter.lint import Linter

    linter = Linter(settings or args.settings, cache=cache,
                    only_plans=getattr(args, "only_plans", False), isolate=True)
    linter.strict = strict
    return linter


def lenient_linter(args: Invocation, *, failures: bool = True):
    """A linter for the commands that show rules and plugins: a clash or a bad pack is
    reported on standard error and skipped, so the rest can still be listed (and the
    command exits 2 after listing it, see ``broken``). So is a plugin that failed to
    load, whose rules are missing from the list, unless ``failures`` is off
    (``smaudit plugins`` lists those itself)."""
    linter = _linter(args, strict=False)
    for problem in linter.registry.problems:
        print(f"smaudit: error: {problem}", file=sys.stderr)
    if failures:
        _report_failures(linter, args)
    return linter


def _report_failures(linter, args: Invocation) -> None:
    for problem in _plugin_failures(linter):
        print(f"smaudit: error: {problem}", file=sys.stderr)
    if getattr(args, "debug", False):
        sys.stderr.write(plugin_tracebacks(linter))


def broken(linter) -> bool:
    """Whether a rule, pack or plugin was skipped: the listing is incomplete."""
    return bool(linter.registry.problems or linter.plugins.failures)


def _plugin_failures(linter) -> list[str]:
    if linter._plugins is None:  # never loaded: every result came from the cache
        return []
    return [f"plugin {f.name} failed to load: {f.reason}" for f in linter.plugins.failures]


def plugin_tracebacks(linter) -> str:
    """The tracebacks of the plugins that failed to load, for ``--debug``."""
    if linter._plugins is None:
        return ""
    return "".join(f.traceback for f in linter.plugins.failures)


def check(args: Invocation) -> ExitCode:
    """Lint the paths and write the findings: build, lint, apply the baseline, render,
    exit."""
    linter = _linter(args, cache=not args.no_cache)
    if args.format == "help":
        return _list_formats(linter)
    formatter, plugin = _format(linter, args.format)
    if not args.paths:
        raise UsageError("no paths given: try `smaudit plan.yaml` or `smaudit .`")
    run = _lint(args, linter)
    written = _apply_baseline(args, run)
    report = _report(args, linter, run)
    _emit(_render(formatter, plugin, report), args.output)
    _say_after(args, linter, run, report, written)
    return _exit_code(args, linter.settings, report)


def _list_formats(linter) -> ExitCode:
    """``--format help``: every registered format and what it is for."""
    formats = linter.registry.formats
    width = max(map(len, formats))
    sys.stdout.write("".join(f"{name:<{width}}  {formats[name].description}\n"
                             for name in sorted(formats)))
    return ExitCode.OK


def _format(linter, name: str) -> tuple[Any, str]:
    """The format registered as ``name`` and the plugin to name if it fails (from the
    registry: see ``Linter.format_registry`` for a run answered from the cache)."""
    registry = linter.format_registry(name)
    if name not in registry.formats:
        known = ", ".join(sorted(registry.formats))
        raise UsageError(f"unknown format {name!r}; " + (
            f"choose from {known}" if known else "no plugin registers an output format"))
    plugin = registry.format_plugins[name]
    return registry.formats[name], "smaudit" if registry.plugins.is_builtin(plugin) else plugin


def _lint(args: Invocation, linter):
    """Lint every plan under the paths (standard input for ``-``), with a progress bar
    on a terminal; ``--verbose`` says which files were skipped as not plans."""
    from smaudit.cli.progress import ProgressBar  # on stderr, for long runs on a terminal
    from smaudit.linter.lint import default_jobs

    limit = linter.settings.limits.max_bytes
    stdin = sys.stdin.buffer.read(limit + 1) if "-" in args.paths else None  # SMA006 past it
    # More workers than cores only add memory and start-up time.
    jobs = min(args.jobs, default_jobs()) if args.jobs and args.jobs > 0 else default_jobs()
    with ProgressBar() as progress:
        run = linter.lint_paths(args.paths, jobs=jobs, stdin=stdin,
                                stdin_filename=args.stdin_filename, progress=progress)
    if getattr(args, "verbose", False):
        for skipped in run.skipped:
            print(f"smaudit: skipped {skipped.path}: not a plan: {skipped.reason}",
                  file=sys.stderr)
    elif run.skipped and not run.results and not run.missing:
        count = len(run.skipped)  # a plan without evidence would otherwise vanish silently
        print(f"smaudit: no plans found; {count} file{'s' if count != 1 else ''} skipped as "
              "not plans (--verbose says why)", file=sys.stderr)
    return run


def _apply_baseline(args: Invocation, run) -> int | None:
    """``--write-baseline`` records the findings (and returns how many);
    ``--baseline`` marks those it records as suppressed."""
    if args.write_baseline:
        from smaudit.linter.baseline import write_baseline

        return write_baseline(args.write_baseline, run.results)
    if args.baseline:
        from smaudit.linter.baseline import apply_baseline

        run.results = apply_baseline(args.baseline, run.results)
    return None


def _report(args: Invocation, linter, run):
    """What the formatter shows: the results in the order the reader sees their paths
    (wherever the checkout lives), counts, rules, and the problems of the run."""
    from smaudit.cli.invocation import use_color
    from smaudit.formats import FormatOptions, RunResults
    from smaudit.formats.catalog import LazyRuleMeta
    from smaudit.model.roots import report_path

    errors = [f"{m.path}: {m.reason}" for m in run.missing] + _plugin_failures(linter)
    errors += [crash.describe() for crash in run.crashes]
    options = FormatOptions(color=not args.output and use_color(args.color, sys.stdout),
                            show_score=args.show_score, statistics=args.statistics,
                            quiet=args.quiet)
    root = _root(args, linter.settings)
    results = sorted(run.results, key=lambda r: (report_path(r.path, root), r.path))
    return RunResults(results=tuple(results), summary=run.summary(),
                  rules=LazyRuleMeta(linter), version=__version__, options=options,
                  errors=tuple(dict.fromkeys(errors)), root=root)


def _say_after(args: Invocation, linter, run, report, written: int | None) -> None:
    """On standard error, after the output: the run's errors once (machine formats
    carry them too), tracebacks with ``--debug``, and what the baseline recorded."""
    from smaudit.formats.text import visible

    for error in report.errors:
        print(f"smaudit: error: {visible(error)}", file=sys.stderr)
    if args.debug:
        sys.stderr.write(plugin_tracebacks(linter))
        for crash in run.crashes:
            sys.stderr.write(crash.traceback)
    if written is not None:  # after the findings, so it is the last thing a terminal shows
        print(f"smaudit: wrote {written} finding{'' if written == 1 else 's'} to "
              f"{args.write_baseline}", file=sys.stderr)


def _exit_code(args: Invocation, settings, report) -> ExitCode:
    """2 for an error of the run, 0 after writing a baseline, 1 for a finding at or
    above ``--fail-on``, else 0."""
    if report.errors:
        return ExitCode.ERROR
    if args.write_baseline:
        return ExitCode.OK
    fail_on = settings.fail_on
    if fail_on is not None and any(
        f.severity >= fail_on for r in report.results for f in r.active
    ):
        return ExitCode.FINDINGS
    return ExitCode.OK


def _root(args: Invocation, settings) -> str:
    """The report root: ``--root``, else the repository, config or working directory."""
    import os

    from smaudit.model.roots import find_root

    if args.root:
        if not os.path.isdir(args.root):
            raise UsageError(f"--root {args.root}: not a directory")
        return os.path.abspath(args.root)
    return find_root(os.getcwd(), settings.source)


FORMAT_TIMEOUT = 60.0
"""Seconds a formatter may take before it is reported as hanging."""


def _render(formatter, plugin: str, report) -> str:
    """Run a formatter, turning any failure into a one-line error that names its plugin."""
    from smaudit.model.errors import SmauditError
    from smaudit.model.timebound import time_bound

    try:
        with time_bound(FORMAT_TIMEOUT):
            text = formatter.render(report)
        if not isinstance(text, str):
            raise TypeError(f"render() returned {type(text).__name__}, not text")
        return text
    except Exception as exc:  # a formatter plugin's bug: name it, do not print a traceback
        name = getattr(formatter, "name", "?")
        raise SmauditError(f"output format {name!r} of plugin {plugin} failed: "
                           f"{type(exc).__name__}: {exc}") from exc


def rules(args: Invocation) -> ExitCode:
    from smaudit.formats.catalog import render_rules, rule_meta

    linter = lenient_linter(args)
    sys.stdout.write(render_rules(rule_meta(linter.registry), args.format))
    return ExitCode.ERROR if broken(linter) else ExitCode.OK


def explain(args: Invocation) -> ExitCode:
    from smaudit.formats.catalog import render_explain

    linter = lenient_linter(args)
    code = linter.registry.resolve(args.rule)
    if code is None:
        from smaudit.model.suggest import closest_rule

        close = closest_rule(args.rule, linter.registry.rules, linter.registry.slugs)
        hint = f" (did you mean {close}?)" if close else ""
        raise UsageError(f"no rule {args.rule!r}{hint}; `smaudit rules` lists them")
    entry = linter.registry.rules[code]
    sys.stdout.write(render_explain(entry.rule, entry.plugin))
    return ExitCode.ERROR if broken(linter) else ExitCode.OK


def schema(args: Invocation) -> ExitCode:
    from smaudit.model.schema import extend_schema, plan_schema

    linter = _linter(args)
    document = extend_schema(plan_schema(), linter.registry.schema_sections)
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    _report_failures(linter, args)  # its sections are missing from the schema
    return ExitCode.ERROR if linter.plugins.failures else ExitCode.OK


def plugins(args: Invocation) -> ExitCode:
    linter = lenient_linter(args, failures=False)
    by_plugin: dict[str, list[str]] = {}
    for code, entry in sorted(linter.registry.rules.items()):
        by_plugin.setdefault(entry.plugin, []).append(code)
    formats: dict[str, list[str]] = {}
    for name in sorted(linter.registry.formats):
        formats.setdefault(linter.registry.format_plugins[name], []).append(name)
    rows = []
    for info in linter.plugins.info():
        rows.append({"name": info.name, "version": info.version, "builtin": info.builtin,
                     "hooks": list(info.hooks), "rules": by_plugin.get(info.name, []),
                     "formats": formats.get(info.name, [])})
    for pack in sorted(linter.registry.packs.values(), key=lambda p: (p.plugin, p.path)):
        codes = sorted(r.code for r in pack.rules if r.code in linter.registry.rules
                       and linter.registry.rules[r.code].rule is r)
        rows.append({"name": pack.plugin, "version": None, "builtin": False, "hooks": [],
                     "rules": codes, "formats": [], "path": pack.path,
                     "description": pack.description})
    failures = [{"name": f.name, "error": f.reason} for f in linter.plugins.failures]
    failures += [{"name": "registry", "error": p} for p in linter.registry.problems]
    if args.format == "json":
        sys.stdout.write(json.dumps({"plugins": rows, "failures": failures}, indent=2) + "\n")
    else:
        for row in rows:
            version = f" {row['version']}" if row["version"] else ""
            kind = " (built-in)" if row["builtin"] else ""
            print(f"{row['name']}{version}{kind}")
            if row.get("path"):
                print(f"    file:    {row['path']}")
            if row.get("description"):
                print(f"    about:   {row['description']}")
            if row["hooks"]:
                print(f"    hooks:   {', '.join(row['hooks'])}")
            if row["rules"]:
                print(f"    rules:   {', '.join(row['rules'])}")
            if row["formats"]:
                print(f"    formats: {', '.join(row['formats'])}")
        for failure in linter.plugins.failures:
            print(f"{failure.name}: FAILED TO LOAD: {failure.reason}")
    if args.debug:
        sys.stderr.write(plugin_tracebacks(linter))
    return ExitCode.ERROR if failures else ExitCode.OK


def test_rules(args: Invocation) -> ExitCode:
    from dataclasses import replace

    from smaudit.testing import run_pack_examples

    # the packs under test join the registry exactly as `check` would load them, so a
    # duplicate code or a clash with a built-in fails here too, not only in CI's check
    settings = args.settings
    linter = _linter(args, settings=replace(settings,
                                            rules_packs=settings.rules_packs + tuple(args.packs)))
    linter.registry  # noqa: B018 - raises the ConfigError `check` would
    failed, passed = 0, 0
    for pack in args.packs:
        for outcome in run_pack_examples(pack, linter):
            if outcome.ok:
                passed += 1
                print(f"PASS {outcome.name}")
            else:
                failed += 1
                print(f"FAIL {outcome.name}\n{outcome.detail}")
    print(f"{passed} passed, {failed} failed")
    _report_failures(linter, args)  # as check would: the examples ran without its rules
    if linter.plugins.failures:
        return ExitCode.ERROR
    return ExitCode.FINDINGS if failed else ExitCode.OK
