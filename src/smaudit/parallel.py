"""Linting many files across worker processes.

Workers are forked from the process that already built the plugin registry,
so they start with it instead of rebuilding it. Files are handed out in
contiguous chunks, and results come back in input order, so the output is
the same whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smaudit.discover import Missing, Target
    from smaudit.engine import Outcome
    from smaudit.lint import Linter

_LINTER: Linter | None = None


def _work(chunk: list[Target]) -> list[Outcome | Missing | None]:
    assert _LINTER is not None
    return [_LINTER.lint_target(target) for target in chunk]


def lint_in_workers(linter: Linter, targets: list[Target], jobs: int
                    ) -> list[Outcome | Missing | None]:
    """Lint ``targets`` in ``jobs`` processes; falls back to one process without fork."""
    global _LINTER
    if "fork" not in multiprocessing.get_all_start_methods():
        return [linter.lint_target(t) for t in targets]
    jobs = min(jobs, len(targets))
    size = max(1, min(64, len(targets) // (jobs * 4) or 1))
    chunks = [targets[i:i + size] for i in range(0, len(targets), size)]
    _LINTER = linter
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(jobs) as pool:
            results = pool.map(_work, chunks, chunksize=1)
    finally:
        _LINTER = None
    return [outcome for chunk in results for outcome in chunk]
