"""A progress bar on standard error while a long run lints many files.

Only on a terminal and only past ``THRESHOLD`` files: a pre-commit hook or a
CI log must stay byte-for-byte the same, and a bar that flashes for a
fraction of a second on a small run is noise. The bar is transient, so the
findings that follow it print exactly as without it.

The ``Linter`` has no progress callback, so the files are handed to its own
mapping step in batches (each batch still spread over the worker processes)
and the bar advances after each; results, their order and the exit code are
those of ``Linter.lint_paths``, which still does all the work.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from smaudit.discover import discover

if TYPE_CHECKING:
    from smaudit.lint import Linter, Run

THRESHOLD = 50
"""More files than this, on a terminal, and the bar shows."""


def wanted(stream: TextIO, files: int) -> bool:
    """Whether to show a bar for ``files`` files on ``stream``."""
    isatty = getattr(stream, "isatty", None)
    return files > THRESHOLD and callable(isatty) and bool(isatty())


def _batch_size(jobs: int) -> int:
    return 8 if jobs <= 1 else jobs * 16


def lint_paths(linter: Linter, paths: Sequence[str], *, jobs: int, stdin: bytes | None = None,
               stdin_filename: str | None = None, stream: TextIO | None = None) -> Run:
    """``linter.lint_paths(...)``, with a progress bar on ``stream`` (stderr) when wanted."""
    stream = stream if stream is not None else sys.stderr
    def run_it() -> Run:
        return linter.lint_paths(paths, jobs=jobs, stdin=stdin, stdin_filename=stdin_filename)

    original = getattr(linter, "_map", None)
    if original is None or not getattr(stream, "isatty", lambda: False)():
        return run_it()
    settings = linter.settings
    targets, _ = discover(paths, include=settings.include, exclude=settings.exclude)
    if not wanted(stream, len(targets)):
        return run_it()

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(TextColumn("Linting"), BarColumn(), MofNCompleteColumn(),
                        console=Console(file=stream), transient=True)
    task = progress.add_task("lint", total=len(targets))

    def in_batches(found: list[Any], jobs: int, stdin: bytes | None,
                   stdin_filename: str | None) -> list[Any]:
        out: list[Any] = []
        size = _batch_size(jobs)
        for start in range(0, len(found), size):
            batch = found[start:start + size]
            out += original(batch, jobs, stdin, stdin_filename)
            progress.advance(task, len(batch))
        return out

    with progress:
        linter._map = in_batches  # type: ignore[method-assign]
        try:
            return run_it()
        finally:
            del linter._map
