"""The files to lint, read only a little ahead of the linting.

A large run must not hold every plan's bytes at once: the worker processes are
forked from the process that reads the files, and a fork starts with every page
its parent holds, so a parent that had read all plans would hand all of them to
each worker. The linter therefore reads its files lazily, in the order found,
and a ``Feed`` keeps at most ``AHEAD`` of them before they are handed on. Each
file is still read once, by the parent, which keys the results cache on those
bytes; the workers get the bytes with their task, and they are dropped when the
file's result comes back.

Reading lazily means the number of files to lint (those the cache does not
answer) is known only once the last file is read. Progress is reported against
that number, so it starts once it is known: at once for a run of up to
``AHEAD`` files, later for a larger one (first ``(0, total)``, as always).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from smaudit.linter.jobs import Job

AHEAD = 64
"""Files read before any is linted, and read ahead of the workers after: enough to
keep every worker busy and to tell a small run (linted in-process) from a large one."""


class Feed:
    """Jobs in the order they are read, with the count of them once it is known."""

    def __init__(self, jobs: Iterable[Job],
                 progress: Callable[[int, int], None] | None = None) -> None:
        self._jobs = iter(jobs)
        self._progress = progress
        self._head: deque[Job] = deque(islice(self._jobs, AHEAD + 1))
        self.total: int | None = len(self._head) if len(self._head) <= AHEAD else None
        """How many jobs there are; ``None`` until the last one has been read."""
        self.taken = 0
        self.done = 0
        self._started = False
        self._report()

    def __iter__(self) -> Iterator[Job]:
        while self._head:
            self.taken += 1
            yield self._head.popleft()
        for job in self._jobs:
            self.taken += 1
            yield job
        if self.total is None:
            self.total = self.taken
            self._report()

    def finished(self, count: int = 1) -> None:
        """``count`` more jobs have an outcome."""
        self.done += count
        self._report()

    def _report(self) -> None:
        if self._progress is None or self.total is None:
            return
        if not self._started:
            self._started = True
            self._progress(0, self.total)
            if not self.done:
                return
        self._progress(self.done, self.total)
