"""Linting many files across supervised worker processes.

Workers are forked from the process that already built the plugin registry,
so they start with it instead of rebuilding it. The parent reads the files as
the workers need them (``linter.feed``) and sends each file's bytes with its
task, so no process holds every plan at once. A worker sends the results of a
batch of files in one message, so the parent, which shares the cores with the
workers, wakes once a batch rather than once a file. Results are put back in
input order, so the output is the same whatever the number of workers.

The parent is a watchdog. Each worker publishes in shared memory when its
current rule must end (see ``timebound``); a worker whose rule runs past that
by ``GRACE`` seconds, or that spends ``LOAD_BOUND`` seconds on a file outside
any rule, is killed (SIGKILL) and replaced. A worker that dies on its own (a
segfault, ``os._exit``, the out-of-memory killer) is replaced too. Either
way each file still gets exactly one outcome: a file whose rule was stopped
is linted again without that rule and reported with a ``RuleCrash`` naming
the rule and its plugin; a file whose worker died outside any rule is
reported as a one-line error (``Lost``). Rules, and the files of its batch a worker has
linted, are counted in shared memory, not messages, so watching costs nothing
per file; the files of the batch a dead worker had linted are linted again.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import marshal
import mmap
import os
import select
import signal
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from smaudit.linter.feed import AHEAD
from smaudit.linter.jobs import Job, Skipped
from smaudit.model import compiled_patterns, timebound
from smaudit.model.cache import dump_result, load_result

if TYPE_CHECKING:
    from smaudit.engine.run_rules import Outcome
    from smaudit.linter.feed import Feed
    from smaudit.linter.jobs import JobLinter as Linter

GRACE = 2.0
"""Seconds a rule may run past its time bound before its worker is killed (the
in-process timer normally stops it first)."""

LOAD_BOUND = 60.0
"""Seconds a worker may spend on one file outside any rule (reading, parsing, scoring:
bounded by the input limits, so only a fault reaches this)."""

CHUNK = 4
"""Files handed to a worker at a time: few, so a slow one holds up little."""


@dataclass(frozen=True, slots=True)
class Lost:
    """A file no worker could lint: the one-line reason."""

    reason: str


@dataclass
class _Task:
    index: int
    job: Job
    """The file, bytes and all: held until its result is back (a worker that dies
    on it hands it to another), then dropped."""
    skip: frozenset[str] = frozenset()
    crashes: tuple = ()

    def message(self) -> tuple:
        """The task as plain values for ``_send``."""
        job = self.job
        sections = None if job.undecided is None else job.undecided.sections
        return self.index, tuple(self.skip), job.path, job.raw, sections


def _job(path: str, raw: bytes, sections: frozenset[str] | None) -> Job:
    """A job back from ``_Task.message``'s values, in the worker."""
    if sections is None:
        return Job(path, raw)
    from smaudit.loading.evidence import Undecided

    return Job(path, raw, Undecided(sections))


@dataclass
class _Worker:
    pid: int
    tasks_out: int
    """Where the parent writes batches of files."""
    results_in: int
    """Where the parent reads the results of each batch, in one message."""
    watch: memoryview
    tasks: deque[_Task] = field(default_factory=deque)
    since: float = 0.0


_SIZE = struct.Struct("<Q")


def _send(fd: int, message: object) -> None:
    """One message of plain values (``marshal``: far cheaper than pickling dataclasses)."""
    data = marshal.dumps(message)
    data = _SIZE.pack(len(data)) + data
    while data:
        data = data[os.write(fd, data):]


def _receive(fd: int) -> object:
    """One message; ``EOFError`` when the other end is gone (also mid-message)."""
    size = _SIZE.unpack(_read(fd, _SIZE.size))[0]
    return marshal.loads(_read(fd, size))


def _packed(index: int, outcome: Outcome | Skipped) -> tuple:
    """An outcome as plain values: the result as the cache stores it, and the (rare)
    crash records pickled; a file that, read, showed no plan, as its path and reason."""
    if isinstance(outcome, Skipped):
        return index, None, outcome.path, outcome.reason
    crashes = b""
    if outcome.crashes:
        import pickle

        crashes = pickle.dumps(outcome.crashes)
    return index, dump_result(outcome.result), crashes


def _unpacked(message: tuple) -> tuple[int, Outcome | Skipped]:
    from smaudit.engine.run_rules import Outcome

    if message[1] is None:
        index, _, path, reason = message
        return index, Skipped(path, reason)
    index, result, crashes = message
    if crashes:
        import pickle

        return index, Outcome(load_result(result), pickle.loads(crashes))
    return index, Outcome(load_result(result))


def _read(fd: int, size: int) -> bytes:
    chunks = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _serve(tasks_in: int, results_out: int, linter: Linter) -> None:
    """A worker's loop: lint the batches of files it is sent, one message of results
    per batch, counting in ``watch[2]`` the files of the batch it has linted."""
    watch = timebound.WATCH
    assert watch is not None
    while True:
        try:
            batch = _receive(tasks_in)
        except (EOFError, OSError):
            return
        results = []
        for number, (index, skip, path, raw, sections) in enumerate(batch):  # type: ignore[arg-type]
            # the first file's time outside rules counts from when the parent sent it
            watch[0] = -time.monotonic() if number else 0
            watch[1] = 0
            outcome = linter.lint_job(_job(path, raw, sections), skip=frozenset(skip))
            watch[1] = 0
            watch[2] = number + 1
            results.append(_packed(index, outcome))
        # before the results: once it has every result the parent stops us
        compiled_patterns.save()
        watch[0] = watch[2] = 0
        _send(results_out, results)


def _start(linter: Linter) -> _Worker:
    # Anonymous shared memory: [deadline of the current rule, rules entered on this file,
    # files of the batch linted].
    watch = memoryview(mmap.mmap(-1, 24)).cast("d")
    tasks_in, tasks_out = os.pipe()
    results_in, results_out = os.pipe()
    gc.freeze()  # the worker's collections then leave the parent's objects (and pages) alone
    pid = os.fork()
    if pid == 0:  # the worker: never returns
        status = 0
        try:
            os.close(tasks_out)
            os.close(results_in)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            faulthandler.disable()  # the parent reports a crash, in one line
            timebound.WATCH, timebound.IN_WORKER = watch, True
            _serve(tasks_in, results_out, linter)
        except BaseException:  # nothing may unwind into the parent's code
            status = 1
        finally:
            os._exit(status)
    os.close(tasks_in)
    os.close(results_out)
    return _Worker(pid, tasks_out, results_in, watch)


def _stop(worker: _Worker) -> int:
    """Kill a worker (if it still runs) and reap it; its wait status."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(worker.pid, signal.SIGKILL)
    for fd in (worker.tasks_out, worker.results_in):
        with contextlib.suppress(OSError):
            os.close(fd)
    try:
        return os.waitpid(worker.pid, 0)[1]
    except ChildProcessError:
        return 0


def _how(status: int) -> str:
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"killed by {name}"
    return f"exit code {os.waitstatus_to_exitcode(status)}"


def lint_in_workers(linter: Linter, jobs: Feed, workers: int) -> list[Outcome | Skipped | Lost]:
    """Lint ``jobs`` in ``workers`` supervised processes (in this process where fork is
    unavailable); outcomes in the order of ``jobs``, which are read as they are sent."""
    if not hasattr(os, "fork"):
        outcomes: list[Outcome | Skipped | Lost] = []
        for job in jobs:
            outcomes.append(linter.lint_job(job))
            jobs.finished()
        return outcomes
    from smaudit.engine.run_rules import RuleCrash

    compiled_patterns.preload()  # once, not once per worker
    results: list[Outcome | Skipped | Lost | None] = []
    pending: deque[_Task] = deque()
    feed = enumerate(jobs)
    pool: list[_Worker] = []

    def refill() -> bool:
        """Read files until ``AHEAD`` wait for a worker; whether any file is left."""
        while len(pending) < AHEAD:
            task = next(feed, None)
            if task is None:
                break
            pending.append(_Task(*task))
            results.append(None)
        return bool(pending) or any(w.tasks for w in pool) or jobs.total is None

    def fail(worker: _Worker, how: str | None = None) -> None:
        """Replace a worker that died or had to be stopped; account for its files."""
        pool.remove(worker)
        status = _stop(worker)
        lost = _replace(linter, worker, how or _how(status), pending, results, RuleCrash)
        if lost:
            jobs.finished(lost)
        if refill():
            pool.append(_start(linter))

    def terminated(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)  # unwinds through the finally below

    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, terminated) if in_main else None  # no orphans

    try:
        pool = [_start(linter) for _ in range(workers)]
        while refill():
            for worker in list(pool):
                if not worker.tasks and pending:
                    size = max(1, min(CHUNK, len(pending) // len(pool)))
                    batch = [pending.popleft() for _ in range(size)]
                    worker.tasks.extend(batch)
                    worker.since = time.monotonic()
                    try:
                        _send(worker.tasks_out, [task.message() for task in batch])
                    except OSError:  # it died while idle: its first file is charged
                        fail(worker)
            busy = [w.results_in for w in pool if w.tasks]
            ready = set(select.select(busy, [], [], 0.25)[0]) if busy else set()
            for worker in list(pool):
                if worker.results_in not in ready:
                    continue
                try:
                    outcomes = [_unpacked(m) for m in _receive(worker.results_in)]  # type: ignore[attr-defined]
                except (EOFError, OSError, ValueError):
                    fail(worker)
                    continue
                for index, outcome in outcomes:
                    task = worker.tasks.popleft()
                    if task.crashes and not isinstance(outcome, Skipped):
                        outcome = replace(outcome, crashes=(*task.crashes, *outcome.crashes))
                    results[index] = outcome
                    jobs.finished()
                worker.since = time.monotonic()
            now = time.monotonic()
            for worker in list(pool):
                if not worker.tasks:
                    continue
                why = overdue(worker.watch[0], worker.since, now, linter.settings.rule_timeout)
                if why:
                    fail(worker, why)
    finally:
        for worker in pool:
            _stop(worker)
        if in_main:
            signal.signal(signal.SIGTERM, previous)
    return results  # type: ignore[return-value]


def overdue(deadline: float, since: float, now: float, seconds: float) -> str | None:
    """Why a busy worker must be stopped now, or ``None``.

    ``deadline`` is what the worker published (see ``timebound.WATCH``): a rule's
    deadline while it runs; minus the time the last rule ended (or a later file of the
    batch started); 0 before the first rule of the batch, sent at ``since``. Time
    outside rules counts from the end of the last one, so many slow rules on one file
    (or a batch of slow files) are not a stuck worker.
    """
    if deadline > 0:
        if now > deadline + GRACE:
            return f"ran past its {seconds:g} s time bound; its worker process was stopped " \
                "and replaced"
        return None
    if now > (-deadline if deadline < 0 else since) + LOAD_BOUND:
        return f"took over {LOAD_BOUND:g} s outside any rule"
    return None


def _replace(linter: Linter, worker: _Worker, how: str,
             pending: deque[_Task], results: list, crash: type) -> int:
    """Requeue a dead worker's files; the one in progress is linted again without the
    rule that was running, or, outside any rule, reported as lost. Returns files done.

    The files of its batch it had linted (``watch[2]``) lost their results with it:
    they are linted again, first."""
    if not worker.tasks:
        return 0
    linted = min(int(worker.watch[2]), len(worker.tasks) - 1)  # type: ignore[index]
    again = [worker.tasks.popleft() for _ in range(linted)]
    task = worker.tasks.popleft()
    pending.extendleft(reversed(worker.tasks))
    path = task.job.path
    entered = int(worker.watch[1])  # type: ignore[index]
    from smaudit.engine.run_rules import PARSE_LEVEL

    rules = [a for a in linter.rules_to_run(path, task.skip) if a.code not in PARSE_LEVEL]
    died = how.startswith(("killed", "exit"))
    running = worker.watch[0] > 0  # a rule was running, not finished (see timebound.WATCH)
    if running and 0 < entered <= len(rules):
        active = rules[entered - 1]
        error = f"its worker process ended ({how}) while it ran" if died else how
        failure = crash(active.code, active.plugin, error, active.rule.slug, path)
        pending.appendleft(_Task(task.index, task.job, task.skip | {active.code},
                                 (*task.crashes, failure)))
        pending.extendleft(reversed(again))
        return 0
    pending.extendleft(reversed(again))
    results[task.index] = Lost(f"linting stopped: the worker process ended ({how})" if died
                               else f"linting stopped: the file {how}")
    return 1
