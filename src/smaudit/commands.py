"""What each subcommand does, once ``cli.py`` has parsed its arguments.

Each returns its exit code: 0 nothing at or above ``--fail-on``, 1 findings,
2 a usage, configuration or internal error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Mapping

from smaudit.__about__ import __version__
from smaudit.errors import UsageError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def extra_parsers(sub: argparse._SubParsersAction,
                  common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Parsers of the commands that live in their own modules (report, init, new-rule)."""
    for module in ("smaudit.report.command", "smaudit.init_plan", "smaudit.scaffold"):
        try:
            imported = __import__(module, fromlist=["add_parser"])
        except ImportError:
            continue
        imported.add_parser(sub, common)


def _emit(text: str, output: str | None) -> None:
    from smaudit.atomic import write_output, write_stdout

    if output:
        write_output(output, text)
    else:
        write_stdout(text)


def _linter(args: argparse.Namespace, *, cache: bool = False, strict: bool = True):
    from smaudit.cli import load_settings
    from smaudit.lint import Linter

    linter = Linter(load_settings(args), cache=cache,
                    only_plans=getattr(args, "only_plans", False), isolate=True)
    linter.strict = strict
    return linter


def lenient_linter(args: argparse.Namespace, *, failures: bool = True):
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


def _report_failures(linter, args: argparse.Namespace) -> None:
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


def rule_meta(registry) -> dict:
    from smaudit.formatters import RuleMeta

    return {
        code: RuleMeta(code=code, slug=entry.rule.slug, severity=entry.rule.severity.label,
                       area=entry.rule.area, summary=entry.rule.summary, plugin=entry.plugin,
                       docs=entry.rule.docs, sources=tuple(entry.rule.sources),
                       url=getattr(entry.rule, "docs_url", None) or ("" if entry.builtin else None),
                       effort=getattr(entry.rule, "effort", None),
                       impact=getattr(entry.rule, "impact", None))
        for code, entry in sorted(registry.rules.items())
    }


class LazyRuleMeta(Mapping):
    """Rule metadata built on first access: text and JSON output never need it, so a
    run answered from the cache does not load the plugins to print its findings."""

    def __init__(self, linter) -> None:
        self._linter = linter
        self._rules: dict | None = None

    def _load(self) -> dict:
        if self._rules is None:
            self._rules = rule_meta(self._linter.registry)
        return self._rules

    def __getitem__(self, code: str):
        return self._load()[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


def check(args: argparse.Namespace) -> int:
    from smaudit.cli import use_color
    from smaudit.formatters import FormatOptions, Report
    from smaudit.lint import default_jobs

    linter = _linter(args, cache=not args.no_cache)
    if args.format == "help":
        formats = linter.registry.formats
        width = max(map(len, formats))
        sys.stdout.write("".join(f"{name:<{width}}  {formats[name].description}\n"
                                 for name in sorted(formats)))
        return EXIT_OK
    formatter = _builtin_formatter(args.format) or linter.registry.formats.get(args.format)
    if formatter is None:
        raise UsageError(f"unknown format {args.format!r}; choose from "
                         f"{', '.join(sorted(linter.registry.formats))}")
    if not args.paths:
        raise UsageError("no paths given: try `smaudit plan.yaml` or `smaudit .`")
    limit = linter.settings.limits.max_bytes
    stdin = sys.stdin.buffer.read(limit + 1) if "-" in args.paths else None  # SMA006 past it
    # More workers than cores only add memory and start-up time.
    jobs = min(args.jobs, default_jobs()) if args.jobs and args.jobs > 0 else default_jobs()
    from smaudit.progress import ProgressBar  # on stderr, for long runs on a terminal

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
    results = run.results
    written = None
    if args.write_baseline:
        from smaudit.baseline import write_baseline

        written = write_baseline(args.write_baseline, results)
    elif args.baseline:
        from smaudit.baseline import apply_baseline

        results = apply_baseline(args.baseline, results)
        run.results = results
    errors = [f"{m.path}: {m.reason}" for m in run.missing] + _plugin_failures(linter)
    errors += [crash.describe() for crash in run.crashes]
    options = FormatOptions(color=not args.output and use_color(args.color, sys.stdout),
                            show_score=args.show_score, statistics=args.statistics,
                            quiet=args.quiet)
    root = _root(args, linter.settings)
    from smaudit.roots import report_path

    # in the order the reader sees the paths, wherever the checkout lives
    results = sorted(results, key=lambda r: (report_path(r.path, root), r.path))
    report = Report(results=tuple(results), summary=run.summary(),
                    rules=LazyRuleMeta(linter), version=__version__, options=options,
                    errors=tuple(dict.fromkeys(errors)), root=root)
    _emit(_render(formatter, report, linter), args.output)
    from smaudit.formatters.text import visible

    for error in report.errors:  # once, on standard error; machine formats also carry them
        print(f"smaudit: error: {visible(error)}", file=sys.stderr)
    if args.debug:
        sys.stderr.write(plugin_tracebacks(linter))
        for crash in run.crashes:
            sys.stderr.write(crash.traceback)
    if written is not None:  # after the findings, so it is the last thing a terminal shows
        print(f"smaudit: wrote {written} finding{'' if written == 1 else 's'} to "
              f"{args.write_baseline}", file=sys.stderr)
    if report.errors:
        return EXIT_ERROR
    if args.write_baseline:
        return EXIT_OK
    fail_on = linter.settings.fail_on
    if fail_on is not None and any(
        f.severity >= fail_on for r in results for f in r.active
    ):
        return EXIT_FINDINGS
    return EXIT_OK


def _root(args: argparse.Namespace, settings) -> str:
    """The report root: ``--root``, else the repository, config or working directory."""
    import os

    from smaudit.roots import find_root

    if args.root:
        if not os.path.isdir(args.root):
            raise UsageError(f"--root {args.root}: not a directory")
        return os.path.abspath(args.root)
    return find_root(os.getcwd(), settings.source)


FORMAT_TIMEOUT = 60.0
"""Seconds a formatter may take before it is reported as hanging."""


def _render(formatter, report, linter) -> str:
    """Run a formatter, turning any failure into a one-line error that names its plugin."""
    from smaudit.errors import SmauditError
    from smaudit.timebound import time_bound

    try:
        with time_bound(FORMAT_TIMEOUT):
            text = formatter.render(report)
        if not isinstance(text, str):
            raise TypeError(f"render() returned {type(text).__name__}, not text")
        return text
    except Exception as exc:  # a formatter plugin's bug: name it, do not print a traceback
        name = getattr(formatter, "name", "?")
        plugin = "smaudit" if name in ("text", "json") else \
            linter.registry.format_plugins.get(name, "?")
        raise SmauditError(f"output format {name!r} of plugin {plugin} failed: "
                           f"{type(exc).__name__}: {exc}") from exc


def _builtin_formatter(name: str):
    """A built-in format without building the registry, so a run answered from the cache
    loads no plugin. No plugin can register a built-in name again, so this is the
    formatter the registry would give."""
    from smaudit.formatters.builtin import BUILTIN_FORMATS, LazyFormatter

    target = dict(BUILTIN_FORMATS).get(name)
    return None if target is None else LazyFormatter(name, target)


def rules(args: argparse.Namespace) -> int:
    from smaudit.catalog import render_rules

    linter = lenient_linter(args)
    sys.stdout.write(render_rules(rule_meta(linter.registry), args.format))
    return EXIT_ERROR if broken(linter) else EXIT_OK


def explain(args: argparse.Namespace) -> int:
    from smaudit.catalog import render_explain

    linter = lenient_linter(args)
    code = linter.registry.resolve(args.rule)
    if code is None:
        from smaudit.suggest import closest_rule

        close = closest_rule(args.rule, linter.registry.rules, linter.registry.slugs)
        hint = f" (did you mean {close}?)" if close else ""
        raise UsageError(f"no rule {args.rule!r}{hint}; `smaudit rules` lists them")
    entry = linter.registry.rules[code]
    sys.stdout.write(render_explain(entry.rule, entry.plugin))
    return EXIT_ERROR if broken(linter) else EXIT_OK


def schema(args: argparse.Namespace) -> int:
    from smaudit.schema import extend_schema, plan_schema

    linter = _linter(args)
    document = extend_schema(plan_schema(), linter.registry.schema_sections)
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    _report_failures(linter, args)  # its sections are missing from the schema
    return EXIT_ERROR if linter.plugins.failures else EXIT_OK


def plugins(args: argparse.Namespace) -> int:
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
    return EXIT_ERROR if failures else EXIT_OK


def test_rules(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from smaudit.testing import run_pack_examples

    linter = _linter(args)
    # the packs under test join the registry exactly as `check` would load them, so a
    # duplicate code or a clash with a built-in fails here too, not only in CI's check
    linter.settings = replace(linter.settings,
                              rules_packs=linter.settings.rules_packs + tuple(args.packs))
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
        return EXIT_ERROR
    return EXIT_FINDINGS if failed else EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": check, "rules": rules, "explain": explain, "schema": schema,
    "plugins": plugins, "test-rules": test_rules,
}


def dispatch(args: argparse.Namespace) -> int:
    handler = HANDLERS.get(args.command) or getattr(args, "handler", None)
    if handler is None:
        raise UsageError(f"unknown command {args.command!r}")
    return handler(args)
