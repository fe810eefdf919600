"""The linting pipeline as a library: paths in, results out.

``Linter`` is built once per run (plugins, registry, settings) and lints
files one by one or across worker processes; its output does not depend on
the number of workers or on the order paths were given. The CLI and the
Python API (``smaudit.lint_text``, ``smaudit.lint_paths``) both use it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from smaudit.discover import Missing, Target, discover, looks_like_plan
from smaudit.engine import Outcome, RuleCrash, lint_loaded
from smaudit.loader import load
from smaudit.model import Finding, Result, RunSummary, Severity
from smaudit.plugins import PluginSet, build
from smaudit.registry import Registry, build_registry
from smaudit.settings import ActiveRule, Settings, active_rules


@dataclass
class Run:
    """The results of linting many files, and what went wrong on the way."""

    results: list[Result] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)
    crashes: list[RuleCrash] = field(default_factory=list)

    def summary(self) -> RunSummary:
        counts: Counter[Severity] = Counter()
        codes: Counter[str] = Counter()
        suppressed = 0
        for result in self.results:
            for finding in result.findings:
                if finding.suppressed is not None:
                    suppressed += 1
                    continue
                counts[finding.severity] += 1
                codes[finding.code] += 1
        return RunSummary(
            files=len(self.results), errors=counts[Severity.ERROR],
            warnings=counts[Severity.WARNING], infos=counts[Severity.INFO],
            suppressed=suppressed, by_code=tuple(sorted(codes.items())),
        )


def _source_lines(text: str | None, findings: Iterable[Finding]) -> tuple[tuple[int, str], ...]:
    if not text:
        return ()
    wanted = sorted({f.location.line for f in findings})
    if not wanted:
        return ()
    lines = text.split("\n")
    return tuple((n, lines[n - 1]) for n in wanted if 0 < n <= len(lines))


class Linter:
    """Lints plans with one set of plugins, rules and settings."""

    def __init__(self, settings: Settings | None = None, *, plugins: PluginSet | None = None,
                 registry: Registry | None = None, reference: bool = False) -> None:
        self.settings = settings or Settings()
        self.plugins = plugins or build(extra=self.settings.plugins,
                                        blocked=self.settings.disable_plugins)
        self.registry = registry or build_registry(self.plugins, packs=self.settings.rules_packs)
        self.reference = reference
        self._rules: dict[str | None, tuple[ActiveRule, ...]] = {}
        self.today = dt.date.today()

    def rules_for(self, path: str | None) -> tuple[ActiveRule, ...]:
        key = path if self.settings.per_file else None
        if key not in self._rules:
            self._rules[key] = active_rules(self.registry, self.settings, key)
        return self._rules[key]

    def lint_bytes(self, raw: bytes | str, path: str) -> Outcome:
        """Lint one file's content; never raises for anything in the content."""
        loaded = load(raw, path, limits=self.settings.limits, reference=self.reference)
        if loaded.plan is not None and self.registry.schema_sections:
            loaded.plan.schema_sections = self.registry.schema_sections
        outcome = lint_loaded(loaded, path, self.rules_for(path),
                              score_weights=self.settings.score_weights, today=self.today,
                              timeout=self.settings.rule_timeout)
        result = outcome.result
        lines = _source_lines(loaded.text, result.findings)
        return Outcome(replace(result, lines=lines), outcome.crashes)

    def lint_target(self, target: Target, stdin: bytes | None = None,
                    display: str | None = None) -> Outcome | Missing | None:
        """Lint a discovered file; ``None`` for a found file that is not a plan."""
        name = display or target.path
        if target.path == "-":
            return self.lint_bytes(stdin or b"", name)
        try:
            with open(target.path, "rb") as handle:
                raw = handle.read(self.settings.limits.max_bytes + 1)
        except OSError as exc:
            return Missing(target.path, exc.strerror or str(exc))
        if not target.explicit and not looks_like_plan(raw):
            return None
        if len(raw) > self.settings.limits.max_bytes:
            raw = raw + b"\0"  # over the limit: the loader reports SMA006 by size
        return self.lint_bytes(raw, name)

    def lint_paths(self, paths: Sequence[str], *, jobs: int = 1, stdin: bytes | None = None,
                   stdin_filename: str | None = None) -> Run:
        """Lint every plan under ``paths``; results sorted by path."""
        targets, missing = discover(paths, include=self.settings.include,
                                    exclude=self.settings.exclude)
        run = Run(missing=list(missing))
        outcomes = self._map(targets, jobs, stdin, stdin_filename)
        for outcome in outcomes:
            if outcome is None:
                continue
            if isinstance(outcome, Missing):
                run.missing.append(outcome)
                continue
            run.results.append(outcome.result)
            run.crashes.extend(outcome.crashes)
        run.results.sort(key=lambda r: r.path)
        return run

    def _map(self, targets: list[Target], jobs: int, stdin: bytes | None,
             stdin_filename: str | None) -> list[Outcome | Missing | None]:
        def one(target: Target) -> Outcome | Missing | None:
            display = stdin_filename if target.path == "-" and stdin_filename else None
            return self.lint_target(target, stdin, display)

        files = [t for t in targets if t.path != "-"]
        if jobs <= 1 or len(files) < 4:
            return [one(t) for t in targets]
        from smaudit.parallel import lint_in_workers

        outcomes = lint_in_workers(self, files, jobs)
        return outcomes + [one(t) for t in targets if t.path == "-"]


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
