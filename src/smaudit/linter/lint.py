"""The linting pipeline as a library: paths in, results out.

``Linter`` is built once per run. Plugins and the rule registry are built on
first need, so a run answered entirely from the cache never loads them. Files
are linted one by one or across worker processes; the output does not depend
on the number of workers or on the order paths were given. The CLI and the
Python API (``smaudit.lint_text``, ``smaudit.lint_paths``) both use it.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from smaudit.engine.run_rules import Outcome, RuleCrash, lint_loaded
from smaudit.linter.feed import Feed
from smaudit.linter.jobs import Job, Skipped
from smaudit.loading.discover import Missing, discover
from smaudit.loading.evidence import Evidence, evidence_before_reading, evidence_of
from smaudit.loading.loader import load, load_document
from smaudit.loading.settings import Settings
from smaudit.model.findings import Finding, Result, RunSummary, Severity
from smaudit.model.plan import RunContext
from smaudit.model.rule import ActiveRule


@dataclass
class Run:
    """The results of linting many files, and what went wrong on the way."""

    results: list[Result] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)
    crashes: list[RuleCrash] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

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

    def __init__(self, settings: Settings | None = None, *, plugins=None,
                 registry=None, reference: bool = False, cache: bool = False,
                 only_plans: bool = False, isolate: bool = False) -> None:
        self.isolate = isolate
        """Lint in supervised worker processes even for one file (the CLI): a rule that
        segfaults, calls ``os._exit`` or loops in C code then costs only its file."""
        self.only_plans = only_plans
        """Skip named files that are not plans too (a pre-commit hook is handed every
        YAML and JSON file of a commit)."""
        self._settings = settings or Settings()
        self._plugins = plugins
        self._run_settings = None if plugins is None else self._settings
        """The settings rules run with: the user's, over the plugins' config defaults
        (``smaudit_adjust_config``); read when the plugins are loaded. Plugins handed in
        are taken as loaded, their defaults already in ``settings``."""
        self._registry = registry
        self._context: RunContext | None = None
        self.reference = reference
        self.use_cache = cache
        self._rules: dict[str | None, tuple[ActiveRule, ...]] = {}
        self.today = dt.date.today()
        self.propagate = False
        self.strict = True
        """Refuse a registry with a clash or a bad pack; ``False`` records and skips them
        (``smaudit plugins``, ``rules``, ``explain``, which must work to show the problem)."""
        """Let a rule's exception through instead of recording a crash (``smaudit.testing``)."""

    @property
    def settings(self) -> Settings:
        """The settings the linter was made with (config file and command line)."""
        return self._settings

    @property
    def plugins(self):
        if self._plugins is None:
            self._load_plugins()
        return self._plugins

    @property
    def run_settings(self) -> Settings:
        """``settings`` with the plugins' configuration defaults under the user's."""
        if self._run_settings is None:
            self._load_plugins()
        return self._run_settings

    def _load_plugins(self) -> None:
        """Load the plugins and ask them for configuration defaults, together: a hook
        that fails there fails the loading, whichever of the two was asked for first."""
        from smaudit.loading.adjust import apply_config_hooks
        from smaudit.loading.plugins import build

        plugins = build(extra=self.settings.plugins, blocked=self.settings.disable_plugins)
        self._run_settings = apply_config_hooks(plugins, self.settings)
        self._plugins = plugins

    @property
    def context(self) -> RunContext:
        """What every plan of this run carries besides its own content."""
        if self._context is None:
            self._context = RunContext(schema_sections=self.registry.schema_sections)
        return self._context

    @property
    def registry(self):
        if self._registry is None:
            from smaudit.loading.registry import build_registry

            self._registry = build_registry(self.plugins, packs=self.settings.rules_packs,
                                            strict=self.strict)
        return self._registry

    def format_registry(self, name: str):
        """A registry holding the output format ``name``, if any plugin registers it.

        Formats come only from the registry. Until the plugins are loaded (a run
        answered entirely from the cache never loads them), the built-in plugins
        alone are asked first: the registry refuses a second format of the same
        name, and built-ins register first, so a format they give is the one the
        whole registry would give. Only another name loads every plugin."""
        if self._plugins is None and self._registry is None:
            from smaudit.loading.plugins import build
            from smaudit.loading.registry import build_format_registry

            builtin = build_format_registry(build(blocked=self.settings.disable_plugins,
                                                  autoload=False))
            if name in builtin.formats:
                return builtin
        return self.registry

    def rules_for(self, path: str | None) -> tuple[ActiveRule, ...]:
        from smaudit.loading.settings import active_rules

        settings = self.run_settings
        key = path if settings.per_file else None
        if key not in self._rules:
            from smaudit.engine.guard import guarded

            self._rules[key] = guarded(active_rules(self.registry, settings, key))
        return self._rules[key]

    def rules_to_run(self, path: str, skip: frozenset[str] = frozenset()
                     ) -> tuple[ActiveRule, ...]:
        """``rules_for(path)`` without the rules in ``skip`` (stopped on this file)."""
        rules = self.rules_for(path)
        return tuple(a for a in rules if a.code not in skip) if skip else rules

    def lint_bytes(self, raw: bytes | str, path: str,
                   skip: frozenset[str] = frozenset(), *, document=None) -> Outcome:
        """Lint one file's content; never raises for anything in the content.

        ``document`` is the content as ``model.yamlread`` already read it with this
        linter's limits (see ``Job.document``); it is then not read again."""
        if document is not None:
            loaded = load_document(document, path)
        else:
            loaded = load(raw, path, limits=self.settings.limits, reference=self.reference)
        if loaded.plan is not None and self.context.schema_sections:
            loaded = replace(loaded, plan=replace(loaded.plan, run=self.context))
        rules = self.rules_to_run(path, skip)
        outcome = lint_loaded(loaded, path, rules,
                              score_weights=self.run_settings.score_weights, today=self.today,
                              timeout=self.settings.rule_timeout, propagate=self.propagate)
        result = outcome.result
        lines = _source_lines(loaded.text, result.findings)
        # A plan the loader could not read (SMA001, SMA006) was not checked at all: a
        # score would rank it above a readable flawed plan and lift every mean.
        score = result.score if loaded.plan is not None else None
        return Outcome(replace(result, lines=lines, score=score), outcome.crashes)

    def lint_job(self, job: Job, skip: frozenset[str] = frozenset()) -> Outcome | Skipped:
        """Lint one job; one whose evidence waits for its reading (``Job.undecided``) is
        read here, once, and either skipped or linted from that reading."""
        if job.undecided is None:
            return self.lint_bytes(job.raw, job.path, skip)
        from smaudit.model.yamlread import read

        document = read(job.raw, limits=self.settings.limits, reference=self.reference,
                        noun="plan")
        evidence = evidence_of(document, job.undecided)
        if not evidence.is_plan:
            return Skipped(job.path, evidence.reason)
        return self.lint_bytes(job.raw, job.path, skip, document=document)

    def read(self, path: str, explicit: bool) -> Job | Missing | Skipped:
        """The bytes of a file to lint; ``Skipped`` for a found file (or, with
        ``only_plans``, any file) that shows no evidence of being a plan. Evidence
        that needs the file read is left to ``lint_job``, which reads it anyway."""
        from smaudit.model.files import read_regular

        try:
            raw = read_regular(path, self.settings.limits.max_bytes)
        except OSError as exc:
            return Missing(path, exc.strerror or str(exc))
        if self.only_plans or not explicit:
            evidence = evidence_before_reading(raw, path)
            if not isinstance(evidence, Evidence):
                return Job(path, raw, evidence)
            if not evidence.is_plan:
                return Skipped(path, evidence.reason)
        return Job(path, raw)

    def lint_paths(self, paths: Sequence[str], *, jobs: int = 1, stdin: bytes | None = None,
                   stdin_filename: str | None = None,
                   progress: Callable[[int, int], None] | None = None) -> Run:
        """Lint every plan under ``paths``; results sorted by path.

        ``progress(done, total)`` is called as files not answered by the cache
        are linted (first with ``done`` 0), from when their number is known: files
        are read as the linting needs them (``linter.feed``), so no process holds
        every file's bytes at once.
        """
        targets, missing = discover(paths, include=self.settings.include,
                                    exclude=self.settings.exclude)
        run = Run(missing=list(missing))
        cache = self._open_cache() if self.use_cache else None
        keys: dict[str, str] = {}
        linted: list[str] = []

        def to_lint() -> Iterator[Job]:
            """The files the cache does not answer, read one by one as they are needed
            (``linter.feed``); the others go straight into ``run``."""
            for target in targets:
                if target.path == "-":
                    job: Job | Missing | Skipped = Job(stdin_filename or "-", stdin or b"")
                else:
                    job = self.read(target.path, target.explicit)
                if isinstance(job, Missing):
                    run.missing.append(job)
                    continue
                if isinstance(job, Skipped):
                    run.skipped.append(job)
                    continue
                if cache is not None and job.path != "-":
                    keys[job.path] = key = _file_key(job, self.today)
                    hit = cache.get(key)
                    if hit is not None:
                        run.results.append(hit)
                        continue
                linted.append(job.path)
                yield job

        outcomes = self._lint_many(Feed(to_lint(), progress), jobs)
        for path, outcome in zip(linted, outcomes, strict=True):
            if isinstance(outcome, Skipped):  # read, it showed no plan (never cached)
                run.skipped.append(outcome)
                continue
            if not isinstance(outcome, Outcome):  # its worker died outside any rule
                run.missing.append(Missing(path, outcome.reason))
                continue
            run.results.append(outcome.result)
            run.crashes.extend(outcome.crashes)
            if cache is not None and path in keys and not outcome.crashes:
                cache.put(keys[path], outcome.result)
        if cache is not None and not (self._plugins is not None and self._plugins.failures):
            cache.save()  # not when a plugin failed: its rules are missing from these results
        from smaudit.model import compiled_patterns

        compiled_patterns.save()  # those compiled in this process (workers save their own)
        run.results.sort(key=lambda r: r.path)
        found = {target.path: number for number, target in enumerate(targets)}
        run.skipped.sort(key=lambda skipped: found.get(skipped.path, 0))  # as discovered
        return run

    def _open_cache(self):
        from smaudit.loading.entrypoints import smaudit_entry_points
        from smaudit.loading.plugins import AUTOLOAD_ENV
        from smaudit.model.cache import ResultCache, run_key

        autoload = not os.environ.get(AUTOLOAD_ENV)
        entry_points = smaudit_entry_points() if autoload else ()
        return ResultCache.open(run_key(self.settings, entry_points,
                                        extra=(f"reference={self.reference}",)))

    def _lint_many(self, feed: Feed, jobs: int) -> list:
        total = feed.total
        if total == 0:
            return []
        if not self.isolate and (jobs <= 1 or (total is not None and total < 8)):
            outcomes = []
            for job in feed:
                outcomes.append(self.lint_job(job))
                feed.finished()
            return outcomes
        self.context  # noqa: B018 - plugins, settings and registry built once, before
        self.run_settings  # noqa: B018 - forking, so that workers inherit them
        from smaudit.linter.parallel import lint_in_workers

        return lint_in_workers(self, feed, max(1, min(jobs, total or jobs, default_jobs())))


def _file_key(job: Job, today: dt.date) -> str:
    """The cache key of a job. A file whose evidence waits for its reading is keyed
    apart: its cached result (stored only when it proved a plan) must not answer for
    the same file named on the command line, nor the other way round."""
    from smaudit.model.cache import file_key

    key = file_key(job.path, job.raw, today.isoformat())
    return key if job.undecided is None else f"{key}-found"


@functools.lru_cache(maxsize=1)
def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
