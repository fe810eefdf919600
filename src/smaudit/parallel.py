"""Linting many files across worker processes.

Workers are forked from the process that already built the plugin registry
and read the files, so they start with both instead of rebuilding them, and
only results travel back. Files are handed out in contiguous chunks and
results come back in input order, so the output is the same whatever the
number of workers.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smaudit.engine import Outcome
    from smaudit.lint import Job, Linter

_STATE: tuple[Linter, list[Job]] | None = None


def _work(bounds: tuple[int, int]) -> list[Outcome]:
    assert _STATE is not None
    linter, jobs = _STATE
    return [linter.lint_job(job) for job in jobs[bounds[0]:bounds[1]]]


def lint_in_workers(linter: Linter, jobs: list[Job], workers: int,
                    progress: Callable[[int, int], None] | None = None) -> list[Outcome]:
    """Lint ``jobs`` in ``workers`` processes; one process where fork is unavailable."""
    global _STATE
    if "fork" not in multiprocessing.get_all_start_methods():
        return [linter.lint_job(job) for job in jobs]
    workers = min(workers, len(jobs))
    # Small chunks: the last one decides when the run ends, and a worker left idle
    # while another finishes a long chunk costs more than handing out a few more.
    size = max(1, min(16, len(jobs) // (workers * 8) or 1))
    bounds = [(start, min(start + size, len(jobs))) for start in range(0, len(jobs), size)]
    _STATE = (linter, jobs)
    try:
        outcomes: list[Outcome] = []
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for chunk in pool.imap(_work, bounds, chunksize=1):  # in order, as they finish
                outcomes.extend(chunk)
                if progress:
                    progress(len(outcomes), len(jobs))
    finally:
        _STATE = None
    return outcomes
